package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite backup with VACUUM INTO and restore by file replacement. */
class BackupRestoreTest {
    @TempDir
    Path tmp;

    @Test
    void restoreBringsBackTheStateOfTheBackup() throws Exception {
        Path db = tmp.resolve("ws.db");
        Path backup = tmp.resolve("backups/ws-1.db");
        String initiativeId;
        try (Workspace ws = Workspace.open("sqlite:" + db)) {
            User admin = ws.users().bootstrapAdmin("admin", "Admin", "admin-password-1");
            initiativeId = ws.initiatives().create(admin, TestDb.draft("Before backup", "3320")).id();
            ws.backup(backup);
            assertThatThrownBy(() -> ws.backup(backup)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("ws-1.db");
            ws.initiatives().create(admin, TestDb.draft("After backup", "3320"));
            assertThat(ws.initiatives().list(admin)).hasSize(2);
            assertThatThrownBy(() -> Workspace.restore(backup, db)).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("open");
        }
        assertThat(Files.list(backup.getParent()).map(p -> p.getFileName().toString()))
                .containsExactly("ws-1.db"); // no partial files left
        Workspace.restore(backup, db);
        try (Workspace ws = Workspace.open("sqlite:" + db)) {
            User admin = ws.users().authenticate("admin", "admin-password-1").orElseThrow();
            assertThat(ws.initiatives().list(admin)).extracting(Initiative::id).containsExactly(initiativeId);
            assertThat(ws.integrityCheck()).isEmpty();
        }
    }

    @Test
    void restoreRefusesFilesThatAreNotWorkspaces() throws Exception {
        Path junk = tmp.resolve("junk.db");
        Files.writeString(junk, "not a database");
        Path db = tmp.resolve("ws.db");
        assertThatThrownBy(() -> Workspace.restore(junk, db)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("junk.db");
        assertThatThrownBy(() -> Workspace.restore(tmp.resolve("missing.db"), db))
                .isInstanceOf(ValidationException.class).hasMessageContaining("missing.db");
        assertThat(db).doesNotExist();
    }

    @Test
    void postgresBackupPointsToPgDump() {
        String url = TestDb.pgUrl();
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null, TestDb.PG_ENV + " is not set: PostgreSQL case skipped");
        TestDb.resetPostgres(url);
        try (Workspace ws = Workspace.open(url)) {
            assertThatThrownBy(() -> ws.backup(tmp.resolve("x.db"))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("pg_dump");
        }
    }
}
