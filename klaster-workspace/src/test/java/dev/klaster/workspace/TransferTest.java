package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Export and import of a whole initiative as JSON; no password hash in exports; on every backend. */
class TransferTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void exportThenImportReproducesTheInitiative(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            String a = w.a.id();
            ws.initiatives().changeStage(w.manager, a, 1, new StageChangeRequest(Stage.DIAGNOSIS,
                    LocalDate.of(2024, 5, 2), "Kick-off", List.of(new EndorsedDocument("Kajian", 
                    DocumentType.DIAGNOSTIC_STUDY))));
            ws.stakeholders().create(w.member, a, TestDb.stakeholder("CV Jati", StakeholderType.CORE_FIRM, true));
            Stakeholder gone = ws.stakeholders().create(w.member, a, TestDb.stakeholder("Gone",
                    StakeholderType.BUYER, true));
            ws.stakeholders().delete(w.member, gone.id(), 1);
            Kpi k = ws.kpis().create(w.member, a, KpisActionsTest.employment(Aggregation.SUM));
            ws.kpis().observe(w.member, k.id(), LocalDate.of(2024, 12, 31), 120, "BPS", "3320");
            ws.actions().create(w.member, a, new ActionDraft("Pelatihan", "Disperindag", null, null, 5_000_000L,
                    ActionStatus.PLANNED, List.of(k.id())));

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ws.transfer().exportJson(w.viewer, a, out);
            String json = out.toString(StandardCharsets.UTF_8);
            assertThat(json).contains("\"format\" : \"klaster-initiative\"").contains("CV Jati")
                    .doesNotContain("Gone").doesNotContain("argon2").doesNotContain("password");
            String hash = ws.db().read(c -> Rows.one(c, "SELECT password_hash FROM users WHERE id = ?",
                    rs -> rs.getString(1), w.manager.id()));
            assertThat(json).doesNotContain(hash.split("\\$")[5]);

            assertThatThrownBy(() -> ws.transfer().importJson(w.manager, "x.json",
                    new ByteArrayInputStream(out.toByteArray()))).isInstanceOf(ForbiddenException.class);
            Initiative copy = ws.transfer().importJson(w.admin, "x.json", new ByteArrayInputStream(out.toByteArray()));
            assertThat(copy.id()).isNotEqualTo(a);
            assertThat(copy.name()).isEqualTo(w.a.name());
            assertThat(copy.stage()).isEqualTo(Stage.DIAGNOSIS);
            assertThat(ws.initiatives().stageHistory(w.admin, copy.id()).get(0).documents())
                    .extracting(EndorsedDocument::title).containsExactly("Kajian");
            assertThat(ws.stakeholders().list(w.admin, copy.id(), null)).extracting(Stakeholder::name)
                    .containsExactly("CV Jati");
            Kpi k2 = ws.kpis().list(w.admin, copy.id()).get(0);
            assertThat(k2.id()).isNotEqualTo(k.id());
            assertThat(ws.kpis().observations(w.admin, k2.id())).extracting(Observation::value).containsExactly(120.0);
            assertThat(ws.actions().list(w.admin, copy.id()).get(0).kpiIds()).containsExactly(k2.id());
            // the copy's content exports the same (ids and times aside)
            InitiativeExport e1 = ws.transfer().export(w.admin, a);
            InitiativeExport e2 = ws.transfer().export(w.admin, copy.id());
            assertThat(e2.stakeholders()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id",
                    "initiativeId", "createdAt", "updatedAt").isEqualTo(e1.stakeholders());
            assertThat(e2.kpis()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("id", "initiativeId",
                    "createdAt", "updatedAt").isEqualTo(e1.kpis());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void badDocumentsAreRefusedWithTheirLocationAndNothingIsWritten(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            User admin = ws.users().bootstrapAdmin("admin", "Admin", "admin-password-1");
            assertThatThrownBy(() -> ws.transfer().importJson(admin, "broken.json",
                    new ByteArrayInputStream("{\n  \"format\": ".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("broken.json")
                    .hasMessageContaining("2:");
            assertThatThrownBy(() -> ws.transfer().importJson(admin, "other.json",
                    new ByteArrayInputStream("{\"format\":\"x\",\"formatVersion\":1}".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("other.json");
            assertThat(ws.initiatives().list(admin)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void productsAndSurveyRoundsTravelWithTheInitiativeWithoutTheirLinks(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            String a = w.a.id();
            Stakeholder s1 = ws.stakeholders().create(w.member, a, TestDb.stakeholder("CV Jati", StakeholderType.CORE_FIRM, true));
            ws.stakeholders().create(w.member, a, TestDb.stakeholder("UD Ukir", StakeholderType.SUPPLIER, true));
            ws.products().create(w.member, a, ProductsTest.product("Kursi ukir", ProductCategory.FURNITURE, 4,
                    List.of(Certification.SNI)));
            SurveyRound r = ws.surveys().createRound(w.member, a, new SurveyRoundDraft("Putaran 1",
                    LocalDate.now().minusDays(3), null));
            List<SurveyInvitation.Invited> links = ws.surveys().invite(w.member, r.id(), List.of());
            ws.surveys().answerByToken(links.get(0).token(), java.util.Map.of("cooperation", 2, "capital", 5));
            ws.surveys().answerByToken(links.get(1).token(), java.util.Map.of("cooperation", 4));
            // the round closes before the export: the copy keeps the answers anyway
            ws.surveys().updateRound(w.member, r.id(), r.version(), new SurveyRoundDraft("Putaran 1",
                    LocalDate.now().minusDays(3), LocalDate.now().minusDays(1)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ws.transfer().exportJson(w.viewer, a, out);
            String json = out.toString(StandardCharsets.UTF_8);
            assertThat(json).contains("\"formatVersion\" : 2").contains("Kursi ukir").contains("cooperation");
            for (var l : links) {
                assertThat(json).doesNotContain(l.token()).doesNotContain(Surveys.hash(l.token()));
            }
            Initiative copy = ws.transfer().importJson(w.admin, "copy.json",
                    new ByteArrayInputStream(out.toByteArray()));
            assertThat(ws.products().list(w.admin, copy.id(), null)).extracting(Product::name, Product::grade)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Kursi ukir", 4));
            List<SurveyResults> rounds = ws.surveys().compare(w.admin, copy.id());
            assertThat(rounds).hasSize(1);
            // cooperation (2 + 4) / 2 = 3, capital 5: the same means as the original round
            assertThat(rounds.get(0).mean("cooperation")).isEqualTo(3.0);
            assertThat(rounds.get(0).mean("capital")).isEqualTo(5.0);
            assertThat(rounds.get(0).respondents()).isEqualTo(2);
            assertThat(ws.surveys().results(w.admin, r.id()).mean("cooperation")).isEqualTo(3.0);
            // the old links still lead to the original initiative only (the copy's invitations have new tokens)
            for (var l : links) {
                assertThat(ws.surveys().byToken(l.token()).initiative().id()).isEqualTo(a);
            }
            // an answer naming a stakeholder not in the document: refused whole, nothing written
            String bad = json.replace("\"stakeholderId\" : \"" + s1.id() + "\"", "\"stakeholderId\" : \"nobody\"");
            int before = ws.initiatives().list(w.admin).size();
            assertThatThrownBy(() -> ws.transfer().importJson(w.admin, "bad.json",
                    new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("nobody");
            assertThat(ws.initiatives().list(w.admin).size()).isEqualTo(before);
        }
    }
}
