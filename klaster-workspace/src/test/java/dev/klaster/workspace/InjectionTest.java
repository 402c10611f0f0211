package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markup and SQL fragments in every text field are stored and returned unchanged (bound parameters only), and
 * the schema is intact afterwards; on every backend.
 */
class InjectionTest {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String SQL = "'; DROP TABLE stakeholders; --";
    static final String BOTH = SCRIPT + " " + SQL + " \" \\ % _ ";

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void hostileTextRoundTripsUnchanged(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            User admin = ws.users().bootstrapAdmin("admin", BOTH, "admin-password-1");
            assertThat(ws.users().get(admin.id()).displayName()).isEqualTo(BOTH);
            Initiative i = ws.initiatives().create(admin, new InitiativeDraft(BOTH, "C16", BOTH, List.of("3320"),
                    BOTH, BOTH, null, null, false));
            Initiative got = ws.initiatives().get(admin, i.id());
            assertThat(List.of(got.name(), got.clusterName(), got.leadOrganisation(), got.governanceBody()))
                    .containsOnly(BOTH);
            ws.initiatives().changeStage(admin, i.id(), 1, new StageChangeRequest(Stage.DIAGNOSIS,
                    LocalDate.of(2024, 1, 1), BOTH, List.of(new EndorsedDocument(BOTH, DocumentType.OTHER))));
            StageChange sc = ws.initiatives().stageHistory(admin, i.id()).get(0);
            assertThat(sc.note()).isEqualTo(BOTH);
            assertThat(sc.documents().get(0).title()).isEqualTo(BOTH);

            Stakeholder s = ws.stakeholders().create(admin, i.id(), new StakeholderDraft(BOTH,
                    StakeholderType.CORE_FIRM, null, null, null, null, null, BOTH, true));
            assertThat(ws.stakeholders().get(admin, s.id()).name()).isEqualTo(BOTH);
            assertThat(ws.stakeholders().get(admin, s.id()).sentraIkm()).isEqualTo(BOTH);
            assertThat(ws.stakeholders().list(admin, i.id(), new StakeholderFilter(null, null, null, SQL, null)))
                    .hasSize(1);
            String csv = "name,type,sentra_ikm\n\"" + BOTH.replace("\"", "\"\"") + "\",SUPPLIER,\""
                    + SQL.replace("\"", "\"\"") + "\"\n";
            ws.stakeholders().importCsv(admin, i.id(), SCRIPT + ".csv",
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
            assertThat(ws.stakeholders().list(admin, i.id(), new StakeholderFilter(StakeholderType.SUPPLIER, null,
                    null, null, null)).get(0).name()).isEqualTo(BOTH.strip()); // CSV cells are trimmed, by design

            Kpi k = ws.kpis().create(admin, i.id(), new KpiDraft(BOTH, BOTH, Goal.ENVIRONMENT, null, null, null, null,
                    Frequency.ONCE, Aggregation.LAST, null));
            assertThat(ws.kpis().get(admin, k.id()).name()).isEqualTo(BOTH);
            assertThat(ws.kpis().get(admin, k.id()).unit()).isEqualTo(BOTH);
            Observation o = ws.kpis().observe(admin, k.id(), LocalDate.of(2024, 1, 1), 1, BOTH, null);
            assertThat(ws.kpis().observations(admin, k.id()).get(0).source()).isEqualTo(BOTH);
            assertThat(o.source()).isEqualTo(BOTH);
            Action a = ws.actions().create(admin, i.id(), new ActionDraft(BOTH, BOTH, null, null, null,
                    ActionStatus.PLANNED, List.of(k.id())));
            assertThat(ws.actions().get(admin, a.id()).title()).isEqualTo(BOTH);
            assertThat(ws.actions().get(admin, a.id()).owner()).isEqualTo(BOTH);

            // the audit JSON keeps the text exactly (JSON-escaped, not altered)
            assertThat(ws.audit().forInitiative(admin, i.id())).anySatisfy(e ->
                    assertThat(e.afterJson()).contains("DROP TABLE stakeholders"));
            assertThat(ws.integrityCheck()).isEmpty();
            long tables = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM stakeholders"));
            assertThat(tables).isEqualTo(2);
        }
    }
}
