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

/** KPIs, observations, progress and actions; on every backend. */
class KpisActionsTest {
    @TempDir
    Path tmp;

    static KpiDraft employment(Aggregation aggregation) {
        return new KpiDraft("Tenaga kerja klaster mebel", "orang", Goal.PRODUCTIVITY_EMPLOYMENT,
                LocalDate.of(2023, 12, 31), 100.0, LocalDate.of(2027, 12, 31), 200.0, Frequency.ANNUAL, aggregation,
                "employment");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void kpiProgressAggregatesTheLatestObservationsAcrossPlaces(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Kpi k = ws.kpis().create(w.member, w.a.id(), employment(Aggregation.SUM));
            assertThat(k.indicatorKey()).isEqualTo("employment");
            ws.kpis().observe(w.member, k.id(), LocalDate.of(2024, 12, 31), 50, "BPS Sakernas", "3320");
            ws.kpis().observe(w.member, k.id(), LocalDate.of(2025, 12, 31), 60, "BPS Sakernas", "3320");
            Observation second = ws.kpis().observe(w.member, k.id(), LocalDate.of(2025, 12, 31), 90, "BPS Sakernas",
                    "3318");
            // hand arithmetic: SUM of the 2025 values 60 + 90 = 150; share (150 - 100) / (200 - 100) = 0.5
            KpiProgress p = ws.kpis().progress(w.viewer, k.id());
            assertThat(p.actualDate()).isEqualTo(LocalDate.of(2025, 12, 31));
            assertThat(p.places()).isEqualTo(2);
            assertThat(p.actual()).isCloseTo(150.0, within(1e-12));
            assertThat(p.share()).isCloseTo(0.5, within(1e-12));
            // MEAN of the same values: 75, share (75 - 100) / 100 = -0.25
            Kpi mean = ws.kpis().update(w.member, k.id(), k.version(), employment(Aggregation.MEAN));
            assertThat(ws.kpis().progress(w.viewer, mean.id()).share()).isCloseTo(-0.25, within(1e-12));
            // a deleted observation no longer counts: MEAN of {60} = 60
            ws.kpis().deleteObservation(w.member, second.id(), second.version());
            assertThat(ws.kpis().progress(w.viewer, k.id()).actual()).isCloseTo(60.0, within(1e-12));
            assertThat(ws.kpis().observations(w.viewer, k.id())).hasSize(2);
            ws.kpis().restoreObservation(w.member, second.id());
            assertThat(ws.kpis().observations(w.viewer, k.id())).hasSize(3);
            assertThatThrownBy(() -> ws.kpis().observe(w.viewer, k.id(), LocalDate.of(2026, 1, 1), 1, "x", null))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.kpis().observe(w.member, k.id(), LocalDate.of(2026, 1, 1), Double.NaN, "x",
                    null)).isInstanceOf(ValidationException.class).hasMessageContaining("observation.value");
        }
    }

    @Test
    void aggregationsFollowTheirDefinitions() {
        double[] v = {3, 1, 2};
        assertThat(Aggregation.SUM.apply(v)).isEqualTo(6.0);
        assertThat(Aggregation.MEAN.apply(v)).isEqualTo(2.0);
        assertThat(Aggregation.MAX.apply(v)).isEqualTo(3.0);
        assertThat(Aggregation.LAST.apply(v)).isEqualTo(2.0);
        assertThat(Aggregation.SUM.apply(new double[0])).isNaN();
        Kpi noTarget = new Kpi("k", "i", "n", "u", Goal.INVESTMENT, null, null, null, null, Frequency.ANNUAL,
                Aggregation.SUM, null, null, null, 1, null);
        assertThat(Kpis.progress(noTarget, List.of()).actual()).isNaN();
        assertThat(Kpis.progress(noTarget, List.of()).share()).isNaN();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void actionsServeKpisOfTheirOwnInitiative(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Kpi k = ws.kpis().create(w.member, w.a.id(), employment(Aggregation.SUM));
            Kpi other = ws.kpis().create(w.admin, w.b.id(), employment(Aggregation.SUM));
            ActionDraft d = new ActionDraft("Pelatihan finishing mebel", "Disperindag Jepara",
                    LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 30), 250_000_000L, ActionStatus.PLANNED,
                    List.of(k.id()));
            Action a = ws.actions().create(w.member, w.a.id(), d);
            assertThat(a.kpiIds()).containsExactly(k.id());
            assertThat(a.budgetRupiah()).isEqualTo(250_000_000L);
            assertThatThrownBy(() -> ws.actions().create(w.member, w.a.id(), new ActionDraft("x", "y", null, null,
                    null, ActionStatus.PLANNED, List.of(other.id())))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining(other.id());
            assertThatThrownBy(() -> ws.actions().create(w.member, w.a.id(), new ActionDraft("x", "y", null, null,
                    -1L, ActionStatus.PLANNED, List.of()))).hasMessageContaining("action.budgetRupiah");
            Action ongoing = ws.actions().update(w.member, a.id(), a.version(), new ActionDraft(d.title(), d.owner(),
                    d.startDate(), d.endDate(), d.budgetRupiah(), ActionStatus.ONGOING, List.of()));
            assertThat(ongoing.status()).isEqualTo(ActionStatus.ONGOING);
            assertThat(ongoing.kpiIds()).isEmpty();
            assertThatThrownBy(() -> ws.actions().update(w.manager, a.id(), a.version(), d))
                    .isInstanceOf(StaleVersionException.class);
            assertThat(ws.actions().list(w.viewer, w.a.id())).hasSize(1);
            ws.actions().delete(w.member, a.id(), ongoing.version());
            assertThat(ws.actions().list(w.viewer, w.a.id())).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void concurrentEditorsOfOneVersionGetOneWinnerAndOneConflict(String backend) throws Exception {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Kpi k = ws.kpis().create(w.member, w.a.id(), employment(Aggregation.SUM));
            int editors = 8;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < editors; i++) {
                int n = i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        ws.kpis().update(w.member, k.id(), k.version(), new KpiDraft("Edit " + n, "orang",
                                Goal.PRODUCTIVITY_EMPLOYMENT, null, null, null, null, Frequency.ANNUAL,
                                Aggregation.SUM, null));
                        return "ok";
                    } catch (StaleVersionException e) {
                        return "stale";
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new java.util.ArrayList<>();
            for (var f : results) {
                outcomes.add(f.get());
            }
            pool.shutdown();
            assertThat(outcomes).filteredOn("ok"::equals).hasSize(1);
            assertThat(outcomes).filteredOn("stale"::equals).hasSize(editors - 1);
            assertThat(ws.kpis().get(w.admin, k.id()).version()).isEqualTo(2);
        }
    }
}
