package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A failing unit of work leaves nothing behind: the row and its audit entry are rolled back together. */
class DbTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void failureInsideAWriteRollsEverythingBack(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            long before = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM audit_log"));
            assertThatThrownBy(() -> ws.db().write(c -> {
                Stakeholders.insert(c, w.admin, w.a.id(), TestDb.stakeholder("Half", StakeholderType.BUYER, true));
                throw new IllegalStateException("fails after the insert and its audit entry");
            })).isInstanceOf(IllegalStateException.class);
            long after = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM audit_log"));
            assertThat(after).isEqualTo(before);
            assertThat(ws.stakeholders().list(w.admin, w.a.id(), null)).isEmpty();
            // a SQL error becomes a StorageException and also rolls back
            assertThatThrownBy(() -> ws.db().write(c -> {
                Stakeholders.insert(c, w.admin, w.a.id(), TestDb.stakeholder("Half", StakeholderType.BUYER, true));
                Rows.update(c, "INSERT INTO no_such_table VALUES (1)");
                return null;
            })).isInstanceOf(StorageException.class);
            assertThat(ws.stakeholders().list(w.admin, w.a.id(), null)).isEmpty();
        }
    }
}
