package dev.klaster.core.lifecycle;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LifecycleTest {
    static final Lifecycle.Thresholds T = Lifecycle.Thresholds.defaults();

    @Test
    void ruleByHand() {
        // specialised (LQ 1.2), LQ +5 %/yr, size +3 %/yr -> growing
        assertThat(Lifecycle.classify(1.2, 0.05, 0.03, T)).isEqualTo(Stage.GROWING);
        // specialised, LQ flat, size growing -> mature
        assertThat(Lifecycle.classify(1.2, 0.0, 0.03, T)).isEqualTo(Stage.MATURE);
        // LQ falling but size still growing -> not declining: mature
        assertThat(Lifecycle.classify(1.2, -0.05, 0.01, T)).isEqualTo(Stage.MATURE);
        // LQ falling and size shrinking -> declining
        assertThat(Lifecycle.classify(1.2, -0.05, -0.01, T)).isEqualTo(Stage.DECLINING);
        // not specialised, not declining -> embryo
        assertThat(Lifecycle.classify(0.6, 0.10, 0.05, T)).isEqualTo(Stage.EMBRYO);
        assertThat(Lifecycle.classify(Double.NaN, 0.10, 0.05, T)).isEqualTo(Stage.UNDEFINED);
    }

    @Test
    void historyFlagsRenewal() {
        Lifecycle.Thresholds w1 = new Lifecycle.Thresholds(1.0, 0.01, 0.0, 1);
        // LQ 1.5 → 1.4 → 1.2 → 0.9 → 0.95, size 100 → 95 → 90 → 80 → 82 (window 1 year):
        // y1: LQ −6.7 %, size −5 % -> declining; y2, y3 the same; y4: LQ +5.6 %, size +2.5 %, LQ 0.95 < 1 -> embryo
        Lifecycle.History h = Lifecycle.history(new double[] {1.5, 1.4, 1.2, 0.9, 0.95},
                new double[] {100, 95, 90, 80, 82}, w1);
        assertThat(h.stages()).containsExactly(Stage.UNDEFINED, Stage.DECLINING, Stage.DECLINING, Stage.DECLINING,
                Stage.EMBRYO);
        assertThat(h.renewal()).containsExactly(false, false, false, false, true);
        assertThat(h.renewals()).isEqualTo(1);
        assertThat(h.lqTrend()[4]).isCloseTo(0.95 / 0.9 - 1, within(1e-12));
        Lifecycle.PortfolioPoint p = Lifecycle.portfolio(new double[] {1.5, 0.95}, new double[] {100, 82});
        assertThat(p.deltaLq()).isCloseTo(-0.55, within(1e-12));
    }

    @Test
    void windowShrinksAtStartAndRateIsAnnual() {
        // window 3 at year 2 uses 2 years: (1.21/1)^(1/2) − 1 = 0.10
        Lifecycle.History h = Lifecycle.history(new double[] {1, 1.1, 1.21}, new double[] {1, 1, 1}, T);
        assertThat(h.lqTrend()[2]).isCloseTo(0.10, within(1e-12));
        assertThatThrownBy(() -> new Lifecycle.Thresholds(1, 0.01, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window must be ≥ 1 year, got 0");
    }

    @Test
    void hysteresisNeedsTwoYearsForAChangeAndThreeForRenewal() {
        // hand-made raw stages (rule of the class comment, persistence 2, renewal 3):
        // M G M G G D E E E: the single G in year 1 is noise (kept M), G from years 3-4 is adopted in year 4,
        // D lasts one year (kept G), and E after G is no renewal; a renewal needs held D first
        Stage M = Stage.MATURE;
        Stage G = Stage.GROWING;
        Stage D = Stage.DECLINING;
        Stage E = Stage.EMBRYO;
        Stage[] out = new Stage[9];
        boolean[] ren = new boolean[9];
        Lifecycle.hysteresis(new Stage[] {M, G, M, G, G, D, E, E, E}, 2, 3, out, ren);
        assertThat(out).containsExactly(M, M, M, M, G, G, G, E, E);
        assertThat(ren).containsOnly(false);
        // renewal: D held, then E must persist three years; two E years and a D in between do not renew
        Stage[] out2 = new Stage[8];
        boolean[] ren2 = new boolean[8];
        Lifecycle.hysteresis(new Stage[] {D, E, E, D, E, E, E, E}, 2, 3, out2, ren2);
        assertThat(out2).containsExactly(D, D, D, D, D, D, E, E);
        assertThat(ren2).containsExactly(false, false, false, false, false, false, true, false);
        assertThat(Lifecycle.flips(out2)).isEqualTo(1);
        assertThat(Lifecycle.flips(new Stage[] {D, E, E, D, E, E, E, E})).isEqualTo(3);
    }

    @Test
    void undefinedYearKeepsTheStageAndPersistenceOneIsTheRawRule() {
        Stage[] raw = {Stage.UNDEFINED, Stage.MATURE, Stage.UNDEFINED, Stage.GROWING, Stage.MATURE};
        Stage[] out = new Stage[5];
        boolean[] ren = new boolean[5];
        Lifecycle.hysteresis(raw, 2, 3, out, ren);
        assertThat(out).containsExactly(Stage.UNDEFINED, Stage.MATURE, Stage.MATURE, Stage.MATURE, Stage.MATURE);
        Lifecycle.hysteresis(raw, 1, 1, out, ren);
        assertThat(out).containsExactly(Stage.UNDEFINED, Stage.MATURE, Stage.MATURE, Stage.GROWING, Stage.MATURE);
        assertThatThrownBy(() -> T.withHysteresis(0, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("≥ 1");
    }
}
