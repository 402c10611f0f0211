package dev.klaster.core.cluster;

import dev.klaster.core.model.Classification;
import dev.klaster.core.specialization.Gini;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TradedLocalTest {
    static final Classification K = Classification.KBLI;

    @Test
    void locationalGiniLeavesMissingCellsOut() {
        // Krugman's locational Gini of an industry in one of 4 equal regions: 1 − Σ (ΔX)(Y_k + Y_{k−1}) = 1 − 1/4 = 0.75
        // (the same as Gini.locational, whose REAT check is in SpecializationTest)
        assertThat(TradedLocal.locationalGini(new double[] {0, 0, 0, 10}, new double[] {1, 1, 1, 1}))
                .isCloseTo(0.75, within(1e-12))
                .isCloseTo(Gini.locational(new double[] {0, 0, 0, 10}, new double[] {1, 1, 1, 1}), within(1e-12));
        // a missing first cell: 3 known regions, X steps of 1/3, Y = 0, 0, 1 → 1 − 1/3 = 2/3 (by hand); reading it as
        // 0 would give 0.75
        assertThat(TradedLocal.locationalGini(new double[] {Double.NaN, 0, 0, 10}, new double[] {1, 1, 1, 1}))
                .isCloseTo(2.0 / 3, within(1e-12));
        assertThat(TradedLocal.locationalGini(new double[] {Double.NaN, Double.NaN}, new double[] {1, 1})).isNaN();
    }

    @Test
    void naturalBreakByHand() {
        // {0.10, 0.12 | 0.50, 0.55}: within-group SS 0.0002 + 0.00125 beats every other split → cut (0.12 + 0.50)/2
        assertThat(TradedLocal.naturalBreak(new double[] {0.5, 0.1, 0.55, 0.12}, new double[] {1, 1, 1, 1}))
                .isCloseTo(0.31, within(1e-12));
        // weights move the cut: a heavy 0.12 pulls 0.10 and 0.50 apart differently; with weight 100 on 0.50 the best
        // split is {0.10, 0.12} | {0.50, 0.55} still (0.55 is close to the heavy 0.50)
        assertThat(TradedLocal.naturalBreak(new double[] {0.5, 0.1, 0.55, 0.12}, new double[] {100, 1, 1, 1}))
                .isCloseTo(0.31, within(1e-12));
        assertThat(TradedLocal.naturalBreak(new double[] {0.3, 0.3}, new double[] {1, 1})).isNaN();
    }

    @Test
    void governmentEducationHealthAndLocalServicesAreLocalByDefault() {
        for (String c : new String[] {"O", "P", "Q", "S", "T", "U", "R_S_T_U", "84", "8510", "86101", "96"}) {
            assertThat(TradedLocal.defaultLocal(c, K)).as(c).isTrue();
        }
        for (String c : new String[] {"A", "C", "I", "M_N", "R", "10", "1079", "55"}) {
            assertThat(TradedLocal.defaultLocal(c, K)).as(c).isFalse();
        }
        // NAICS: schools, health care, other services, public administration; colleges (6113) are not (CMP traded)
        for (String c : new String[] {"611110", "622110", "812111", "921110", "62"}) {
            assertThat(TradedLocal.defaultLocal(c, Classification.NAICS)).as(c).isTrue();
        }
        for (String c : new String[] {"611310", "336411", "722511"}) {
            assertThat(TradedLocal.defaultLocal(c, Classification.NAICS)).as(c).isFalse();
        }
        assertThat(TradedLocal.defaultLocal("O", Classification.USER)).isFalse();
        // goods-producing sections are traded by definition as letter codes only
        assertThat(TradedLocal.defaultTraded("C", K)).isTrue();
        assertThat(TradedLocal.defaultTraded("A", K)).isTrue();
        assertThat(TradedLocal.defaultTraded("10", K)).isFalse();
        assertThat(TradedLocal.defaultTraded("G", K)).isFalse();
        assertThat(TradedLocal.defaultTraded("C", Classification.NAICS)).isFalse();
    }

    /** 6 regions; "G" in proportion to size, "H" in two regions, "F" nearly proportional, "O" (default local). */
    static final String[] CODES = {"G", "H", "F", "O"};
    static final double[][] V = {
            {10, 0, 5, 4}, {20, 0, 10, 8}, {30, 6, 16, 12}, {10, 0, 5, 4}, {20, 4, 10, 8}, {10, 0, 4, 4}};

    static Classification[] kbli(int n) {
        Classification[] c = new Classification[n];
        java.util.Arrays.fill(c, K);
        return c;
    }

    @Test
    void concentratedIndustriesAreTradedSpreadOnesLocal() {
        TradedLocal.Result r = TradedLocal.classify(CODES, kbli(4), V, null, TradedLocal.Spec.auto());
        // H sits in two regions only: Gini well above the cut; G and F follow the regions' sizes: G near 0
        assertThat(r.gini()[1]).isGreaterThan(0.4);
        assertThat(r.gini()[0]).isLessThan(0.3);
        assertThat(r.kind()).containsExactly(TradedLocal.Kind.LOCAL, TradedLocal.Kind.TRADED, TradedLocal.Kind.LOCAL,
                TradedLocal.Kind.LOCAL);
        assertThat(r.basis()[3]).isEqualTo(TradedLocal.Basis.DEFAULT_LOCAL);
        // the natural break lies between the low and the high Gini, kept within [0.30, 0.55]
        assertThat(r.cut()).isBetween(0.30, 0.55);
        assertThat(r.localCodes()).containsExactly("G", "F", "O");
        assertThat(r.coverage()[1]).isCloseTo(1.0, within(1e-12)); // zeros are known cells, not missing
    }

    @Test
    void allSpreadIndustriesAreNotSplitByForce() {
        // only near-proportional industries: the break falls at a low Gini, the clamp lifts it to 0.30 → all local
        double[][] v = {{10, 5, 6}, {20, 10, 11}, {30, 16, 15}, {10, 5, 5}};
        TradedLocal.Result r = TradedLocal.classify(new String[] {"E", "F", "G"}, kbli(3), v, null,
                TradedLocal.Spec.auto());
        assertThat(r.cut()).isCloseTo(0.30, within(1e-12));
        assertThat(r.tradedMask()).containsExactly(false, false, false);
    }

    @Test
    void theUsersListWinsAndUnknownCodesAreReported() {
        TradedLocal.Result r = TradedLocal.classify(CODES, kbli(4), V, null,
                TradedLocal.Spec.given(Map.of("G", TradedLocal.Kind.TRADED, "ZZ", TradedLocal.Kind.LOCAL), "list.csv"));
        assertThat(r.kind()[0]).isEqualTo(TradedLocal.Kind.TRADED);
        assertThat(r.basis()[0]).isEqualTo(TradedLocal.Basis.GIVEN);
        assertThat(r.unknownCodes()).containsExactly("ZZ");
    }

    @Test
    void missingCellsStayMissing() {
        // H missing (unpublished) in 4 of 6 regions: coverage 2/6, Gini over the 2 known regions only (< minRegions
        // = 3 → traded, "present in very few regions"); never read as 0
        double[][] v = new double[V.length][];
        for (int r = 0; r < V.length; r++) {
            v[r] = V[r].clone();
            if (V[r][1] == 0) {
                v[r][1] = Double.NaN;
            }
        }
        TradedLocal.Result r = TradedLocal.classify(CODES, kbli(4), v, null, TradedLocal.Spec.auto());
        assertThat(r.coverage()[1]).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(r.basis()[1]).isEqualTo(TradedLocal.Basis.FEW_REGIONS);
        assertThat(r.kind()[1]).isEqualTo(TradedLocal.Kind.TRADED);
    }
}
