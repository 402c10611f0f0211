package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Schema migrations from an empty database and from version 1, on SQLite and PostgreSQL; SQLite settings. */
class MigrationTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void emptyDatabaseMigratesToTheNewestVersion(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            assertThat(ws.schemaVersion()).isEqualTo("5");
            assertThat(ws.integrityCheck()).isEmpty();
            // every table of the schema is there and empty, region_code (V2) included
            long n = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM kpi_observations WHERE region_code IS NULL"));
            assertThat(n).isZero();
            for (String t : Schema.TABLES) {
                long rows = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM " + t));
                assertThat(rows).as(t).isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void version1DatabaseMigratesToVersion2KeepingItsRows(String backend) {
        String url = TestDb.freshUrl(backend, tmp);
        String initiativeId;
        String kpiId;
        try (Workspace v1 = Workspace.open(url, "1")) {
            assertThat(v1.schemaVersion()).isEqualTo("1");
            // V1 has no region_code on observations
            assertThatThrownBy(() -> v1.db().read(c -> Rows.count(c,
                    "SELECT COUNT(*) FROM kpi_observations WHERE region_code IS NULL")))
                    .isInstanceOf(StorageException.class);
            User admin = v1.users().bootstrapAdmin("admin", "Admin", "admin-password-1");
            Initiative i = v1.initiatives().create(admin, TestDb.draft("Klaster mebel", "3320"));
            initiativeId = i.id();
            // a version-1 observation row, written with version-1 columns only
            kpiId = v1.db().write(c -> {
                String k = Ids.next();
                Rows.update(c, "INSERT INTO kpis (id, initiative_id, name, unit, goal, frequency, aggregation, created_at,"
                                + " updated_at, version) VALUES (?, ?, 'Tenaga kerja', 'orang', 'PRODUCTIVITY_EMPLOYMENT',"
                                + " 'ANNUAL', 'SUM', ?, ?, 1)", k, initiativeId, Rows.now(), Rows.now());
                Rows.update(c, "INSERT INTO kpi_observations (id, initiative_id, kpi_id, observed_on, value, source,"
                        + " created_at, updated_at, version) VALUES (?, ?, ?, '2023-12-31', 1250, 'BPS', ?, ?, 1)",
                        Ids.next(), initiativeId, k, Rows.now(), Rows.now());
                return k;
            });
        }
        try (Workspace v2 = Workspace.open(url)) {
            assertThat(v2.schemaVersion()).isEqualTo("5");
            User admin = v2.users().authenticate("admin", "admin-password-1").orElseThrow();
            assertThat(v2.initiatives().get(admin, initiativeId).name()).isEqualTo("Klaster mebel");
            List<Observation> obs = v2.kpis().observations(admin, kpiId);
            assertThat(obs).hasSize(1);
            assertThat(obs.get(0).regionCode()).isNull(); // V1 rows cover the whole area
            assertThat(obs.get(0).value()).isEqualTo(1250.0);
            Observation placed = v2.kpis().observe(admin, kpiId, LocalDate.of(2024, 12, 31), 700, "survey", "3320");
            assertThat(placed.regionCode()).isEqualTo("3320");
            assertThat(v2.integrityCheck()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void version2DatabaseMigratesToVersion3WithSurveyRounds(String backend) {
        String url = TestDb.freshUrl(backend, tmp);
        String initiativeId;
        String stakeholderId;
        try (Workspace v2 = Workspace.open(url, "2")) {
            assertThat(v2.schemaVersion()).isEqualTo("2");
            assertThatThrownBy(() -> v2.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM survey_rounds")))
                    .isInstanceOf(StorageException.class);
            User admin = v2.users().bootstrapAdmin("admin", "Admin", "admin-password-1");
            Initiative i = v2.initiatives().create(admin, TestDb.draft("Klaster mebel", "3320"));
            initiativeId = i.id();
            stakeholderId = v2.stakeholders().create(admin, i.id(), TestDb.stakeholder("CV Jati",
                    StakeholderType.CORE_FIRM, true)).id();
        }
        try (Workspace v3 = Workspace.open(url)) {
            assertThat(v3.schemaVersion()).isEqualTo("5");
            User admin = v3.users().authenticate("admin", "admin-password-1").orElseThrow();
            assertThat(v3.stakeholders().get(admin, stakeholderId).name()).isEqualTo("CV Jati");
            SurveyRound r = v3.surveys().createRound(admin, initiativeId, new SurveyRoundDraft("Putaran 1",
                    LocalDate.now(), null));
            String token = v3.surveys().invite(admin, r.id(), List.of()).get(0).token();
            v3.surveys().answerByToken(token, java.util.Map.of("cooperation", 4));
            assertThat(v3.surveys().results(admin, r.id()).mean("cooperation")).isEqualTo(4.0);
            assertThat(v3.integrityCheck()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void version3DatabaseMigratesToVersion4WithTheProductRegistry(String backend) {
        String url = TestDb.freshUrl(backend, tmp);
        String initiativeId;
        String roundId;
        try (Workspace v3 = Workspace.open(url, "3")) {
            assertThat(v3.schemaVersion()).isEqualTo("3");
            assertThatThrownBy(() -> v3.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM products")))
                    .isInstanceOf(StorageException.class);
            User admin = v3.users().bootstrapAdmin("admin", "Admin", "admin-password-1");
            initiativeId = v3.initiatives().create(admin, TestDb.draft("Klaster mebel", "3320")).id();
            roundId = v3.surveys().createRound(admin, initiativeId, new SurveyRoundDraft("Putaran 1",
                    LocalDate.now(), null)).id();
        }
        try (Workspace v4 = Workspace.open(url)) {
            assertThat(v4.schemaVersion()).isEqualTo("5");
            User admin = v4.users().authenticate("admin", "admin-password-1").orElseThrow();
            assertThat(v4.surveys().round(admin, roundId).title()).isEqualTo("Putaran 1");
            Product p = v4.products().create(admin, initiativeId, new ProductDraft("Kursi ukir", "Mulyoharjo", "3320",
                    "KUB Ukir", "31091", ProductCategory.FURNITURE, null, 4, -6.59, 110.67,
                    List.of(Certification.SNI)));
            assertThat(p.clusterCode()).isEqualTo("C16");
            assertThat(v4.integrityCheck()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void version4DatabaseMigratesToVersion5WithEvaluations(String backend) {
        String url = TestDb.freshUrl(backend, tmp);
        String initiativeId;
        String kpiId;
        try (Workspace v4 = Workspace.open(url, "4")) {
            assertThat(v4.schemaVersion()).isEqualTo("4");
            assertThatThrownBy(() -> v4.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM evaluations")))
                    .isInstanceOf(StorageException.class);
            User admin = v4.users().bootstrapAdmin("admin", "Admin", "admin-password-1");
            initiativeId = v4.initiatives().create(admin, TestDb.draft("Klaster mebel", "3320")).id();
            kpiId = v4.kpis().create(admin, initiativeId, KpisActionsTest.employment(Aggregation.SUM)).id();
        }
        try (Workspace v5 = Workspace.open(url)) {
            assertThat(v5.schemaVersion()).isEqualTo("5");
            User admin = v5.users().authenticate("admin", "admin-password-1").orElseThrow();
            assertThat(v5.kpis().get(admin, kpiId).name()).isEqualTo("Tenaga kerja klaster mebel");
            Evaluation e = v5.evaluations().create(admin, initiativeId, new EvaluationDraft(LocalDate.of(2025, 1, 10),
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
                    List.of(new KpiVerdict(kpiId, Verdict.AT_RISK, "lambat")), Verdict.AT_RISK, "Tinjauan 2024",
                    LocalDate.of(2025, 1, 10), LocalDate.of(2025, 12, 31)));
            assertThat(v5.evaluations().list(admin, initiativeId)).containsExactly(e);
            assertThat(v5.integrityCheck()).isEmpty();
        }
    }

    @Test
    void sqliteConnectionsUseWalFullSynchronousForeignKeysAndBusyTimeout() {
        try (Workspace ws = Workspace.open("sqlite:" + tmp.resolve("w.db"))) {
            for (var pool : List.of("write", "read")) {
                SqlWork<String> probe = c -> {
                    StringBuilder sb = new StringBuilder();
                    try (Statement s = c.createStatement()) {
                        for (String p : List.of("journal_mode", "synchronous", "foreign_keys", "busy_timeout")) {
                            try (ResultSet rs = s.executeQuery("PRAGMA " + p)) {
                                rs.next();
                                sb.append(p).append('=').append(rs.getString(1)).append(' ');
                            }
                        }
                    }
                    return sb.toString().trim();
                };
                String got = pool.equals("write") ? ws.db().write(probe) : ws.db().read(probe);
                // synchronous: 2 = FULL (SQLite documentation, PRAGMA synchronous)
                assertThat(got).as(pool).isEqualTo("journal_mode=wal synchronous=2 foreign_keys=1 busy_timeout=10000");
            }
        }
    }

    @Test
    void badAddressesAreRefusedWithoutShowingThePassword() {
        assertThatThrownBy(() -> Workspace.open("mysql://u:secret@h/db"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("mysql://u:***@h/db")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> Workspace.open("postgresql://u:secret@/")).isInstanceOf(ValidationException.class)
                .hasMessageNotContaining("secret");
        assertThat(DbUrl.parse("postgresql://k:p%40ss@127.0.0.1:5433/db?sslmode=disable"))
                .satisfies(u -> {
                    assertThat(u.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5433/db?sslmode=disable");
                    assertThat(u.user()).isEqualTo("k");
                    assertThat(u.password()).isEqualTo("p@ss");
                    assertThat(u.toString()).doesNotContain("p@ss");
                });
    }
}
