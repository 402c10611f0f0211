package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Users: first administrator, sign-in, password change, memberships; on SQLite and PostgreSQL. */
class UsersTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void bootstrapSignInAndPasswordChange(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            Users users = ws.users();
            User admin = users.bootstrapAdmin("Admin", "Administrator", "admin-password-1");
            assertThat(admin.username()).isEqualTo("admin");
            assertThat(admin.admin()).isTrue();
            assertThatThrownBy(() -> users.bootstrapAdmin("second", "Second", "second-password"))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(users.authenticate("ADMIN", "admin-password-1")).get().extracting(User::id)
                    .isEqualTo(admin.id());
            assertThat(users.authenticate("admin", "wrong-password")).isEmpty();
            assertThat(users.authenticate("nobody", "admin-password-1")).isEmpty();
            assertThat(admin.toString()).doesNotContain("argon2").doesNotContain("admin-password-1");

            User ana = users.create(admin, "ana", "Ana", "ana-password-1", false);
            assertThatThrownBy(() -> users.create(admin, "ana", "Ana 2", "ana-password-2", false))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("ana");
            assertThatThrownBy(() -> users.create(ana, "budi", "Budi", "budi-password", false))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> users.changePassword(ana, ana.id(), ana.version(), "not-it", "ana-password-new"))
                    .isInstanceOf(ForbiddenException.class);
            User changed = users.changePassword(ana, ana.id(), ana.version(), "ana-password-1", "ana-password-new");
            assertThat(changed.version()).isEqualTo(ana.version() + 1);
            assertThat(users.authenticate("ana", "ana-password-1")).isEmpty();
            assertThat(users.authenticate("ana", "ana-password-new")).isPresent();
            assertThatThrownBy(() -> users.changePassword(admin, ana.id(), ana.version(), null, "third-password"))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.storedVersion()).isEqualTo(2);
                        assertThat(e.submittedVersion()).isEqualTo(1);
                    });

            User deleted = users.delete(admin, ana.id(), changed.version());
            assertThat(users.authenticate("ana", "ana-password-new")).isEmpty();
            users.restore(admin, deleted.id());
            assertThat(users.authenticate("ana", "ana-password-new")).isPresent();
            // the user audit trail holds no hash
            assertThat(ws.audit().workspaceEntries(admin)).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.beforeJson() + " " + e.afterJson()).doesNotContain("argon2")
                            .doesNotContain("password"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void membershipsGiveRolesPerInitiative(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            assertThat(w.manager.roleOn(w.a.id())).isEqualTo(Role.MANAGER);
            assertThat(w.manager.roleOn(w.b.id())).isNull();
            // a manager grants on their own initiative, not on another one
            User granted = ws.users().grant(w.manager, w.outsider.id(), w.a.id(), Role.VIEWER);
            assertThat(granted.roleOn(w.a.id())).isEqualTo(Role.VIEWER);
            assertThatThrownBy(() -> ws.users().grant(w.manager, w.outsider.id(), w.b.id(), Role.MANAGER))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.users().grant(w.admin, w.outsider.id(), w.a.id(), Role.ADMIN))
                    .isInstanceOf(ValidationException.class);
            User revoked = ws.users().revoke(w.manager, w.outsider.id(), w.a.id());
            assertThat(revoked.roleOn(w.a.id())).isNull();
            assertThat(ws.audit().forInitiative(w.manager, w.a.id())).extracting(AuditEntry::entity)
                    .contains("membership");
        }
    }
}
