package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.klaster.core.competitiveness.Survey;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rosenfeld survey rounds: invitations by link, answers, the mean per factor round by round, and the CSV that
 * klaster-core's {@link Survey} (what {@code klaster analyze --survey} reads) reads back to the same means; on
 * every backend. Expected means are the arithmetic means of the scores given in each test (definition of a
 * factor's survey score: the mean of its respondents' scores, klaster-core {@code Survey.mean}); tolerance 1e-12.
 */
class SurveysTest {
    private static final LocalDate TODAY = LocalDate.now();
    @TempDir
    Path tmp;

    @Test
    void theQuestionsAreTheSurveyIndicatorsOfTheDefaultFramework() {
        // rosenfeld-default.json (klaster-core): seven factors scored by survey, one SURVEY indicator each, 1..5
        assertThat(Surveys.items()).extracting(SurveyItem::indicatorId).containsExactly("rd_capacity", "skills",
                "training", "cooperation", "capital", "entrepreneurship", "leadership");
        assertThat(Surveys.likertMax()).isEqualTo(5);
        assertThat(Surveys.items().get(3).statement("id")).startsWith("Perusahaan di klaster ini bekerja sama");
        assertThat(Surveys.items().get(3).factor("en")).isEqualTo("Cooperation networks and social capital");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void answersByLinkGiveTheMeanPerFactorRoundByRoundAndTheCsvFeedsTheAssessment(String backend) throws Exception {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Stakeholder s1 = ws.stakeholders().create(w.member, w.a.id(), TestDb.stakeholder("CV Jati", StakeholderType.CORE_FIRM, true));
            Stakeholder s2 = ws.stakeholders().create(w.member, w.a.id(), TestDb.stakeholder("UD Ukir", StakeholderType.SUPPLIER, true));
            Stakeholder s3 = ws.stakeholders().create(w.member, w.a.id(), TestDb.stakeholder("Politeknik", StakeholderType.KNOWLEDGE_INSTITUTION, false));
            Surveys sv = ws.surveys();
            SurveyRound r1 = sv.createRound(w.member, w.a.id(), new SurveyRoundDraft("Putaran 2025",
                    TODAY.minusDays(10), null));
            List<SurveyInvitation.Invited> links = sv.invite(w.member, r1.id(), List.of());
            assertThat(links).hasSize(3);
            assertThat(links.get(0).token()).hasSizeGreaterThanOrEqualTo(43); // 256 random bits, base64url
            Map<String, String> token = new HashMap<>();
            links.forEach(l -> token.put(l.invitation().stakeholderName(), l.token()));
            sv.answerByToken(token.get("CV Jati"), Map.of("cooperation", 2, "capital", 4));
            sv.answerByToken(token.get("UD Ukir"), Map.of("cooperation", 3, "capital", 5, "leadership", 1));
            // the second answer of a respondent replaces the first
            sv.answerByToken(token.get("Politeknik"), Map.of("cooperation", 5));
            sv.answerByToken(token.get("Politeknik"), Map.of("cooperation", 4));
            SurveyResults res = sv.results(w.viewer, r1.id());
            assertThat(res.invited()).isEqualTo(3);
            assertThat(res.respondents()).isEqualTo(3);
            assertThat(res.mean("cooperation")).isCloseTo((2 + 3 + 4) / 3.0, within(1e-12));
            assertThat(res.mean("capital")).isCloseTo((4 + 5) / 2.0, within(1e-12));
            assertThat(res.mean("leadership")).isCloseTo(1.0, within(1e-12));
            assertThat(res.mean("training")).isNaN(); // nobody scored it
            assertThat(res.mean("specialisation")).isNaN(); // computed from data, not a survey factor

            // a second round, compared with the first
            SurveyRound r2 = sv.createRound(w.member, w.a.id(), new SurveyRoundDraft("Putaran 2026", TODAY, null));
            String t2 = sv.invite(w.member, r2.id(), List.of(s1.id())).get(0).token();
            sv.answerByToken(t2, Map.of("cooperation", 5));
            List<SurveyResults> cmp = sv.compare(w.viewer, w.a.id());
            assertThat(cmp).extracting(x -> x.round().title()).containsExactly("Putaran 2025", "Putaran 2026");
            assertThat(cmp.get(1).mean("cooperation")).isCloseTo(5.0, within(1e-12));
            assertThat(cmp.get(1).invited()).isEqualTo(1);

            // the CSV, read by klaster-core's Survey (klaster analyze --survey), gives the same means
            StringWriter out = new StringWriter();
            int rows = sv.exportCsv(w.viewer, r1.id(), out);
            assertThat(rows).isEqualTo(6);
            assertThat(out.toString()).startsWith("region,cluster,indicator,score\n");
            Path file = tmp.resolve("survey.csv");
            Files.writeString(file, out.toString());
            Survey back = Survey.read(file, Surveys.likertMax());
            // initiative A has the one region 3101 and the cluster name of TestDb.draft
            assertThat(back.mean("3101", "Furniture and wood carving", "cooperation")).isCloseTo(3.0, within(1e-12));
            assertThat(back.mean("3101", "Furniture and wood carving", "capital")).isCloseTo(4.5, within(1e-12));

            // the audit log records invitations and answers, never a token
            String log = ws.audit().forInitiative(w.manager, w.a.id()).toString();
            assertThat(log).contains("surveyAnswer").contains("surveyInvitation");
            for (var l : links) {
                assertThat(log).doesNotContain(l.token());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void badAnswersClosedRoundsAndUnknownLinksAreRefusedAndNothingIsStored(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Stakeholder s1 = ws.stakeholders().create(w.member, w.a.id(), TestDb.stakeholder("CV Jati", StakeholderType.CORE_FIRM, true));
            Stakeholder other = ws.stakeholders().create(w.admin, w.b.id(), TestDb.stakeholder("Lain", StakeholderType.CORE_FIRM, true));
            Surveys sv = ws.surveys();
            SurveyRound r = sv.createRound(w.member, w.a.id(), new SurveyRoundDraft("R", TODAY.minusDays(1), TODAY));
            String tok = sv.invite(w.member, r.id(), List.of(s1.id())).get(0).token();
            assertThatThrownBy(() -> sv.answerByToken(tok, Map.of("cooperation", 6)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("answers.cooperation")
                    .hasMessageContaining("6");
            assertThatThrownBy(() -> sv.answerByToken(tok, Map.of("cooperation", 3, "lq", 3)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("answers.lq");
            assertThat(sv.results(w.viewer, r.id()).respondents()).isZero();
            assertThatThrownBy(() -> sv.answerByToken("x".repeat(43), Map.of("cooperation", 3)))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("survey link");
            // a stakeholder of another initiative cannot be invited
            assertThatThrownBy(() -> sv.invite(w.member, r.id(), List.of(other.id())))
                    .isInstanceOf(ValidationException.class).hasMessageContaining(other.id());
            // a new link replaces the old one
            String tok2 = sv.invite(w.member, r.id(), List.of(s1.id())).get(0).token();
            assertThatThrownBy(() -> sv.byToken(tok)).isInstanceOf(NotFoundException.class);
            assertThat(sv.byToken(tok2).invitation().stakeholderName()).isEqualTo("CV Jati");
            // closed yesterday: refused
            SurveyRound closed = sv.updateRound(w.member, r.id(), r.version(), new SurveyRoundDraft("R",
                    TODAY.minusDays(5), TODAY.minusDays(1)));
            assertThatThrownBy(() -> sv.answerByToken(tok2, Map.of("cooperation", 3)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining(TODAY.minusDays(1).toString());
            // stale version
            assertThatThrownBy(() -> sv.updateRound(w.member, r.id(), r.version(), new SurveyRoundDraft("R2", TODAY,
                    null))).isInstanceOf(StaleVersionException.class);
            assertThat(sv.round(w.viewer, r.id()).title()).isEqualTo(closed.title());
            assertThatThrownBy(() -> sv.createRound(w.member, w.a.id(), new SurveyRoundDraft("R", TODAY,
                    TODAY.minusDays(1)))).isInstanceOf(ValidationException.class).hasMessageContaining("round.closedOn");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void rolesDecideWhoRunsRoundsAndEntersAnswers(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Stakeholder s1 = ws.stakeholders().create(w.member, w.a.id(), TestDb.stakeholder("CV Jati", StakeholderType.CORE_FIRM, true));
            Surveys sv = ws.surveys();
            SurveyRoundDraft d = new SurveyRoundDraft("R", TODAY, null);
            assertThatThrownBy(() -> sv.createRound(w.viewer, w.a.id(), d)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> sv.createRound(null, w.a.id(), d)).isInstanceOf(ForbiddenException.class)
                    .matches(e -> ((ForbiddenException) e).anonymous());
            assertThatThrownBy(() -> sv.createRound(w.manager, w.b.id(), d)).isInstanceOf(ForbiddenException.class);
            SurveyRound r = sv.createRound(w.manager, w.a.id(), d);
            assertThatThrownBy(() -> sv.invite(w.viewer, r.id(), List.of())).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> sv.results(w.outsider, r.id())).isInstanceOf(ForbiddenException.class);
            SurveyInvitation inv = sv.invite(w.member, r.id(), List.of(s1.id())).get(0).invitation();
            assertThatThrownBy(() -> sv.answer(w.viewer, inv.id(), Map.of("cooperation", 3)))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(sv.answer(w.member, inv.id(), Map.of("cooperation", 3))).containsEntry("cooperation", 3);
            assertThat(sv.invitations(w.viewer, r.id()).get(0).answeredAt()).isNotNull();
        }
    }
}
