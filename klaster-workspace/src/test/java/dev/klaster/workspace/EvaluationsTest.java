package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Evaluations (periodic KPI reviews) and the proposed-verdict rule of {@link ProposedVerdict}; on every backend. */
class EvaluationsTest {
    @TempDir
    Path tmp;

    /** Baseline 2023-12-31 = 100, target 2027-12-31 = 200: 1461 days (2024 is a leap year). */
    private static final Kpi KPI = new Kpi("k1", "i", "Tenaga kerja", "orang", Goal.PRODUCTIVITY_EMPLOYMENT,
            LocalDate.of(2023, 12, 31), 100.0, LocalDate.of(2027, 12, 31), 200.0, Frequency.ANNUAL, Aggregation.SUM,
            null, null, null, 1, null);
    /** Time share on 2025-12-31: 731 of 1461 days (2023-12-31 → 2025-12-31, 366 + 365 days). */
    private static final double T_2025 = 731.0 / 1461.0;

    static EvaluationDraft draft(List<KpiVerdict> kpis, Verdict overall, String summary) {
        return new EvaluationDraft(LocalDate.of(2026, 1, 15), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                kpis, overall, summary, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 12, 31));
    }

    private static Verdict rule(LocalDate actualDate, double actual) {
        List<Observation> obs = List.of(new Observation("o", "i", "k1", actualDate, actual, "BPS", null, null, null, 1,
                null));
        return ProposedVerdict.of(KPI, Kpis.progress(KPI, obs)).verdict();
    }

    @Test
    void proposedVerdictFollowsItsDocumentedRuleCaseByCase() {
        LocalDate d = LocalDate.of(2025, 12, 31);
        // time share: days(baseline → actual) / days(baseline → target), hand count 731 / 1461 = 0.50034
        ProposedVerdict p = ProposedVerdict.of(KPI, Kpis.progress(KPI, List.of(new Observation("o", "i", "k1", d,
                160, "BPS", null, null, null, 1, null))));
        assertThat(p.timeShare()).isCloseTo(0.50034, within(1e-5));
        assertThat(p.share()).isCloseTo(0.6, within(1e-12)); // (160 - 100) / (200 - 100)
        // rule 4: share 0.6 >= t 0.5003 -> ON_TRACK
        assertThat(p.verdict()).isEqualTo(Verdict.ON_TRACK);
        // rule 4 at its boundary: share = t exactly -> ON_TRACK
        assertThat(ProposedVerdict.of(KPI, new KpiProgress("k1", 100.0, d, 0, 1, 200.0, T_2025)).verdict())
                .isEqualTo(Verdict.ON_TRACK);
        // rule 5: share 0.45 in [0.75 t = 0.37526, t) -> AT_RISK
        assertThat(rule(d, 145)).isEqualTo(Verdict.AT_RISK);
        // rule 5 at its boundary: share = 0.75 t exactly -> AT_RISK; just below -> OFF_TRACK
        assertThat(ProposedVerdict.of(KPI, new KpiProgress("k1", 100.0, d, 0, 1, 200.0,
                ProposedVerdict.AT_RISK_RATIO * T_2025)).verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(ProposedVerdict.of(KPI, new KpiProgress("k1", 100.0, d, 0, 1, 200.0,
                ProposedVerdict.AT_RISK_RATIO * T_2025 - 1e-9)).verdict()).isEqualTo(Verdict.OFF_TRACK);
        // rule 6: share 0.3 < 0.37526 -> OFF_TRACK; moving away from the target (share -0.1) -> OFF_TRACK
        assertThat(rule(d, 130)).isEqualTo(Verdict.OFF_TRACK);
        assertThat(rule(d, 90)).isEqualTo(Verdict.OFF_TRACK);
        // rule 2: share (200 - 100) / 100 = 1 -> ACHIEVED, also early and beyond the target
        assertThat(rule(LocalDate.of(2024, 6, 30), 200)).isEqualTo(Verdict.ACHIEVED);
        assertThat(rule(d, 250)).isEqualTo(Verdict.ACHIEVED);
        // rule 3: target date passed (t clamped to 1), share 0.9 -> OFF_TRACK
        assertThat(rule(LocalDate.of(2028, 6, 30), 190)).isEqualTo(Verdict.OFF_TRACK);
        // an actual dated before the baseline: t clamped to 0, share 0 >= 0 -> ON_TRACK
        assertThat(rule(LocalDate.of(2023, 6, 30), 100)).isEqualTo(Verdict.ON_TRACK);
        // rule 1: no observation; no target date; target date not after baseline date; target = baseline
        assertThat(ProposedVerdict.of(KPI, Kpis.progress(KPI, List.of())).verdict()).isEqualTo(Verdict.NOT_MEASURED);
        Kpi noDate = new Kpi("k2", "i", "n", "u", Goal.INVESTMENT, LocalDate.of(2023, 12, 31), 100.0, null, 200.0,
                Frequency.ANNUAL, Aggregation.SUM, null, null, null, 1, null);
        assertThat(ProposedVerdict.of(noDate, new KpiProgress("k2", 100.0, d, 150, 1, 200.0, 0.5)).verdict())
                .isEqualTo(Verdict.NOT_MEASURED);
        Kpi sameDay = new Kpi("k3", "i", "n", "u", Goal.INVESTMENT, d, 100.0, d, 200.0, Frequency.ANNUAL,
                Aggregation.SUM, null, null, null, 1, null);
        ProposedVerdict same = ProposedVerdict.of(sameDay, new KpiProgress("k3", 100.0, d, 150, 1, 200.0, 0.5));
        assertThat(same.verdict()).isEqualTo(Verdict.NOT_MEASURED);
        assertThat(same.timeShare()).isNaN();
        Kpi flat = new Kpi("k4", "i", "n", "u", Goal.INVESTMENT, LocalDate.of(2023, 12, 31), 100.0,
                LocalDate.of(2027, 12, 31), 100.0, Frequency.ANNUAL, Aggregation.SUM, null, null, null, 1, null);
        assertThat(ProposedVerdict.of(flat, Kpis.progress(flat, List.of(new Observation("o", "i", "k4", d, 100, "x",
                null, null, null, 1, null)))).verdict()).isEqualTo(Verdict.NOT_MEASURED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void proposalsUseTheObservationsUpToTheReviewDate(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Kpi k = ws.kpis().create(w.member, w.a.id(), KpisActionsTest.employment(Aggregation.SUM));
            Kpi unmeasured = ws.kpis().create(w.member, w.a.id(), new KpiDraft("Investasi", "juta rupiah",
                    Goal.INVESTMENT, null, null, null, null, Frequency.ANNUAL, Aggregation.SUM, null));
            ws.kpis().observe(w.member, k.id(), LocalDate.of(2025, 12, 31), 160, "BPS", null);
            ws.kpis().observe(w.member, k.id(), LocalDate.of(2026, 12, 31), 110, "BPS", null);
            // as of 2026-01-15 only the 2025 value counts: share 0.6 >= t 0.5003 -> ON_TRACK (rule 4)
            List<ProposedVerdict> early = ws.evaluations().propose(w.viewer, w.a.id(), LocalDate.of(2026, 1, 15));
            assertThat(early).extracting(ProposedVerdict::kpiId).containsExactlyInAnyOrder(k.id(), unmeasured.id());
            ProposedVerdict pk = early.stream().filter(p -> p.kpiId().equals(k.id())).findFirst().orElseThrow();
            assertThat(pk.verdict()).isEqualTo(Verdict.ON_TRACK);
            assertThat(pk.actualDate()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(early.stream().filter(p -> p.kpiId().equals(unmeasured.id())).findFirst().orElseThrow()
                    .verdict()).isEqualTo(Verdict.NOT_MEASURED);
            // as of 2027-01-15 the 2026 value: share 0.1, t = 1096 / 1461 = 0.750 -> OFF_TRACK (rule 6)
            ProposedVerdict late = ws.evaluations().propose(w.viewer, w.a.id(), LocalDate.of(2027, 1, 15)).stream()
                    .filter(p -> p.kpiId().equals(k.id())).findFirst().orElseThrow();
            assertThat(late.timeShare()).isCloseTo(1096.0 / 1461.0, within(1e-12));
            assertThat(late.verdict()).isEqualTo(Verdict.OFF_TRACK);
            assertThatThrownBy(() -> ws.evaluations().propose(w.outsider, w.a.id(), LocalDate.of(2026, 1, 1)))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void managersWriteMembersAndViewersReadAndEveryChangeIsAudited(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Kpi k = ws.kpis().create(w.member, w.a.id(), KpisActionsTest.employment(Aggregation.SUM));
            EvaluationDraft d = draft(List.of(new KpiVerdict(k.id(), Verdict.AT_RISK, "<script>alert(1)</script>")),
                    Verdict.AT_RISK, "Tinjauan tahunan 2025'; DROP TABLE evaluations; --");
            for (User u : List.of(w.member, w.viewer, w.outsider)) {
                assertThatThrownBy(() -> ws.evaluations().create(u, w.a.id(), d)).as(u.username())
                        .isInstanceOf(ForbiddenException.class);
            }
            assertThatThrownBy(() -> ws.evaluations().create(null, w.a.id(), d))
                    .isInstanceOf(ForbiddenException.class).matches(e -> ((ForbiddenException) e).anonymous());
            Evaluation e = ws.evaluations().create(w.manager, w.a.id(), d);
            assertThat(e.reviewerId()).isEqualTo(w.manager.id());
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.summary()).isEqualTo("Tinjauan tahunan 2025'; DROP TABLE evaluations; --");
            assertThat(e.kpis()).containsExactly(new KpiVerdict(k.id(), Verdict.AT_RISK, "<script>alert(1)</script>"));
            // members and viewers read; an outsider does not
            assertThat(ws.evaluations().list(w.member, w.a.id())).containsExactly(e);
            assertThat(ws.evaluations().get(w.viewer, e.id())).isEqualTo(e);
            assertThatThrownBy(() -> ws.evaluations().list(w.outsider, w.a.id())).isInstanceOf(ForbiddenException.class);
            // the manager of initiative a is not a manager of b
            assertThatThrownBy(() -> ws.evaluations().create(w.manager, w.b.id(), draft(List.of(), Verdict.ON_TRACK,
                    "x"))).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.evaluations().update(w.member, e.id(), 1, d))
                    .isInstanceOf(ForbiddenException.class);
            // update with the current version, then a stale save
            EvaluationDraft d2 = draft(List.of(new KpiVerdict(k.id(), Verdict.ON_TRACK, null)), Verdict.ON_TRACK,
                    "Setelah verifikasi data");
            Evaluation e2 = ws.evaluations().update(w.admin, e.id(), 1, d2);
            assertThat(e2.version()).isEqualTo(2);
            assertThat(e2.reviewerId()).isEqualTo(w.admin.id());
            assertThat(e2.overall()).isEqualTo(Verdict.ON_TRACK);
            assertThatThrownBy(() -> ws.evaluations().update(w.manager, e.id(), 1, d))
                    .isInstanceOfSatisfying(StaleVersionException.class, x -> {
                        assertThat(x.storedVersion()).isEqualTo(2);
                        assertThat(x.submittedVersion()).isEqualTo(1);
                    });
            assertThat(ws.evaluations().get(w.viewer, e.id())).isEqualTo(e2); // nothing overwritten
            // soft delete (manager), restore, then only an administrator purges
            assertThatThrownBy(() -> ws.evaluations().delete(w.member, e.id(), 2)).isInstanceOf(ForbiddenException.class);
            ws.evaluations().delete(w.manager, e.id(), 2);
            assertThat(ws.evaluations().list(w.viewer, w.a.id())).isEmpty();
            assertThatThrownBy(() -> ws.evaluations().get(w.viewer, e.id())).isInstanceOf(NotFoundException.class);
            ws.evaluations().restore(w.manager, e.id());
            assertThat(ws.evaluations().list(w.viewer, w.a.id())).hasSize(1);
            List<AuditEntry> log = ws.audit().forInitiative(w.manager, w.a.id()).stream()
                    .filter(x -> x.entity().equals("evaluation")).toList();
            assertThat(log).extracting(AuditEntry::operation).containsExactly("INSERT", "UPDATE", "DELETE", "RESTORE");
            assertThat(log.get(1).beforeJson()).contains("AT_RISK");
            assertThat(log.get(1).afterJson()).contains("Setelah verifikasi data");
            assertThat(log.get(1).userId()).isEqualTo(w.admin.id());
            assertThat(ws.integrityCheck()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void badInputIsRefusedNamingFieldAndValueAndNothingIsWritten(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Kpi k = ws.kpis().create(w.member, w.a.id(), KpisActionsTest.employment(Aggregation.SUM));
            Kpi other = ws.kpis().create(w.admin, w.b.id(), KpisActionsTest.employment(Aggregation.SUM));
            // valid_until before valid_from
            EvaluationDraft backwards = new EvaluationDraft(LocalDate.of(2026, 1, 15), LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31), List.of(), Verdict.ON_TRACK, "x", LocalDate.of(2026, 1, 15),
                    LocalDate.of(2025, 12, 1));
            assertThatThrownBy(() -> ws.evaluations().create(w.manager, w.a.id(), backwards))
                    .isInstanceOf(ValidationException.class)
                    .hasMessage("Field evaluation.validUntil: the date 2025-12-01 is before the start date 2026-01-15.");
            // a period that ends before it starts
            EvaluationDraft period = new EvaluationDraft(LocalDate.of(2026, 1, 15), LocalDate.of(2025, 1, 1),
                    LocalDate.of(2024, 12, 31), List.of(), Verdict.ON_TRACK, "x", LocalDate.of(2026, 1, 15),
                    LocalDate.of(2026, 12, 31));
            assertThatThrownBy(() -> ws.evaluations().create(w.manager, w.a.id(), period))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("evaluation.periodTo")
                    .hasMessageContaining("2024-12-31");
            // a KPI of another initiative
            assertThatThrownBy(() -> ws.evaluations().create(w.manager, w.a.id(), draft(List.of(
                    new KpiVerdict(k.id(), Verdict.ON_TRACK, null), new KpiVerdict(other.id(), Verdict.ON_TRACK, null)),
                    Verdict.ON_TRACK, "x"))).isInstanceOf(ValidationException.class)
                    .hasMessage("Field evaluation.kpis[1].kpiId: " + other.id() + " is not a KPI of this initiative.");
            // a KPI twice, a missing verdict, a blank summary
            assertThatThrownBy(() -> ws.evaluations().create(w.manager, w.a.id(), draft(List.of(
                    new KpiVerdict(k.id(), Verdict.ON_TRACK, null), new KpiVerdict(k.id(), Verdict.AT_RISK, null)),
                    Verdict.ON_TRACK, "x"))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("evaluation.kpis").hasMessageContaining(k.id());
            assertThatThrownBy(() -> ws.evaluations().create(w.manager, w.a.id(), draft(List.of(
                    new KpiVerdict(k.id(), null, null)), Verdict.ON_TRACK, "x"))).isInstanceOf(ValidationException.class)
                    .hasMessage("Field evaluation.kpis[0].verdict is required.");
            assertThatThrownBy(() -> ws.evaluations().create(w.manager, w.a.id(), draft(List.of(), Verdict.ON_TRACK,
                    " "))).isInstanceOf(ValidationException.class).hasMessage("Field evaluation.summary is required.");
            assertThat(ws.evaluations().list(w.admin, w.a.id())).isEmpty();
            long rows = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM evaluation_kpis"));
            assertThat(rows).isZero();
        }
    }
}
