package dev.klaster.workspace;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

/**
 * Test databases: SQLite in a temporary folder always, PostgreSQL when the environment variable
 * {@code KLASTER_TEST_PG} holds a {@code postgresql://user:pass@host:port/db} address (its tables are dropped
 * before each test). Without it the PostgreSQL cases are reported as skipped with a message saying so.
 */
final class TestDb {
    static final String PG_ENV = "KLASTER_TEST_PG";
    static final String SQLITE = "sqlite";
    static final String POSTGRESQL = "postgresql";
    private static boolean warned;

    private TestDb() {
    }

    /** Parameter source of the tests that run on every backend. */
    static List<String> backends() {
        if (pgUrl() == null && !warned) {
            warned = true;
            System.out.println("[klaster-workspace] " + PG_ENV + " is not set: the PostgreSQL cases are SKIPPED"
                    + " (e.g. " + PG_ENV + "=postgresql://klaster:klaster@127.0.0.1:5432/klaster_test)");
        }
        return List.of(SQLITE, POSTGRESQL);
    }

    static String pgUrl() {
        String v = System.getenv(PG_ENV);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The address of a fresh, empty database of {@code backend}; skips the test for PostgreSQL when unset. */
    static String freshUrl(String backend, Path tmp) {
        if (SQLITE.equals(backend)) {
            return "sqlite:" + tmp.resolve("workspace.db");
        }
        String url = pgUrl();
        assumeTrue(url != null, PG_ENV + " is not set: PostgreSQL case skipped");
        resetPostgres(url);
        return url;
    }

    static Workspace open(String backend, Path tmp) {
        return Workspace.open(freshUrl(backend, tmp));
    }

    static void resetPostgres(String url) {
        DbUrl u = DbUrl.parse(url);
        try (Connection c = DriverManager.getConnection(u.jdbcUrl(), u.user(), u.password());
             Statement s = c.createStatement()) {
            for (String t : Schema.TABLES) {
                s.execute("DROP TABLE IF EXISTS " + t + " CASCADE");
            }
            s.execute("DROP TABLE IF EXISTS flyway_schema_history CASCADE");
            s.execute("DROP TABLE IF EXISTS durability_probe CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test database " + DbUrl.redact(url), e);
        }
    }

    /** A workspace with an admin, a manager, a member and a viewer on one initiative, plus a second initiative. */
    static final class World {
        final Workspace ws;
        final User admin;
        final Initiative a;
        final Initiative b;
        User manager;
        User member;
        User viewer;
        final User outsider;

        World(Workspace ws) {
            this.ws = ws;
            Users users = ws.users();
            User root = users.bootstrapAdmin("admin", "Admin", "admin-password-1");
            this.admin = root;
            this.a = ws.initiatives().create(root, draft("Klaster mebel Jepara", "3101"));
            this.b = ws.initiatives().create(root, draft("Klaster batik Pekalongan", "3326"));
            User m = users.create(root, "manager", "Programme manager", "manager-password", false);
            User mem = users.create(root, "member", "Member", "member-password", false);
            User v = users.create(root, "viewer", "Viewer", "viewer-password", false);
            this.outsider = users.create(root, "outsider", "Outsider", "outsider-password", false);
            users.grant(root, m.id(), a.id(), Role.MANAGER);
            users.grant(root, mem.id(), a.id(), Role.MEMBER);
            users.grant(root, v.id(), a.id(), Role.VIEWER);
            this.manager = users.get(m.id());
            this.member = users.get(mem.id());
            this.viewer = users.get(v.id());
        }
    }

    static InitiativeDraft draft(String name, String region) {
        return new InitiativeDraft(name, "C16", "Furniture and wood carving", List.of(region),
                "Dinas Perindustrian", "Forum klaster", LocalDate.of(2024, 1, 15), LocalDate.of(2028, 12, 31), false);
    }

    static StakeholderDraft stakeholder(String name, StakeholderType type, boolean committed) {
        return new StakeholderDraft(name, type, "31091", SizeClass.SMALL, "3320", -6.59, 110.67, "Sentra ukir Mulyoharjo",
                committed);
    }
}
