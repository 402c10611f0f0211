package dev.klaster.core.cluster;

import dev.klaster.core.inputoutput.LeontiefModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ImpactTest {
    @Test
    void leontiefAndScenarioByHand() {
        // Z = [[10,20],[30,40]], x = (100, 200): A = [[0.1,0.1],[0.3,0.2]]; I − A = [[0.9,−0.1],[−0.3,0.8]],
        // det = 0.69, L = (1/0.69)·[[0.8,0.1],[0.3,0.9]]
        LeontiefModel model = Impact.model(new double[][] {{10, 20}, {30, 40}}, new double[] {100, 200},
                List.of("s0", "s1"));
        double[][] l = model.leontiefInverse();
        assertThat(l[0][0]).isCloseTo(0.8 / 0.69, within(1e-12));
        assertThat(l[1][0]).isCloseTo(0.3 / 0.69, within(1e-12));
        // 10 % growth of sector 0's final demand 50: Δf = (5, 0); Δx = (5·0.8/0.69, 5·0.3/0.69) = (5.7971, 2.1739)
        // v = (0.6, 0.4): ΔVA = 3.47826 + 0.86957 = 4.34783, direct 0.6·5 = 3;
        // e = (0.1, 0.2): Δjobs = 0.57971 + 0.43478 = 1.01449, direct 0.5
        Impact.Scenario s = Impact.growth(model, new double[] {50, 100}, new int[] {0}, 10, new double[] {0.6, 0.4},
                new double[] {0.1, 0.2});
        assertThat(s.valueAdded()).isCloseTo(0.6 * 4 / 0.69 + 0.4 * 1.5 / 0.69, within(1e-12));
        assertThat(s.valueAddedDirect()).isCloseTo(3, within(1e-12));
        assertThat(s.jobs()).isCloseTo(0.1 * 4 / 0.69 + 0.2 * 1.5 / 0.69, within(1e-12));
        assertThat(s.jobsIndirect()).isCloseTo(s.jobs() - 0.5, within(1e-12));
    }

    @Test
    void contributionByHand() {
        // cluster 20 -> 30, GRDP 100 -> 120: share 30/120 = 0.25, 10/100 = 0.10 points, 10/20 = 0.5 of growth
        Impact.Contribution c = Impact.contribution(20, 30, 100, 120);
        assertThat(c.share()).isCloseTo(0.25, within(1e-12));
        assertThat(c.growthContributionPoints()).isCloseTo(0.10, within(1e-12));
        assertThat(c.shareOfGrowth()).isCloseTo(0.5, within(1e-12));
        assertThat(Impact.contribution(20, 30, 100, 100).shareOfGrowth()).isNaN();
    }

    @Test
    void singularAndBadMembers() {
        // Z_00 = x_0 = 1: sector a uses one unit of input per unit of output, I − A is singular; the IO module's
        // model rejects it as not productive (column sum 1 ≥ 1)
        assertThatThrownBy(() -> Impact.model(new double[][] {{1, 0}, {0, 0}}, new double[] {1, 1}, List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sector a is not productive");
        assertThatThrownBy(() -> Impact.model(new double[][] {{1, 0}, {0, 0}}, new double[] {1, 1}, List.of("a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 × 2 but there are 1 codes");
        LeontiefModel one = Impact.model(new double[][] {{0}}, new double[] {1}, List.of("a"));
        assertThatThrownBy(() -> Impact.growth(one, new double[] {1}, new int[] {3}, 10,
                new double[] {1}, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member index 3 is outside 0..0");
    }

    @Test
    void basisGivesPanelUnitsByHand() {
        // Table in million IDR: Z = [[10,20],[30,40]], x = (100, 200) → A and L as above (det 0.69),
        // f = x − row sums = (100 − 30, 200 − 70) = (70, 130).
        // Panel (billion IDR, persons): VA = (0.05, 0.08), E = (1000, 4000) → v = VA/x = (0.0005, 0.0004),
        // e = E/x = (10, 20) per million IDR of output.
        // 10 % growth of sector 0's final demand: Δf = (7, 0); Δx = 7 · (0.8, 0.3) / 0.69 = (8.115942, 3.043478).
        // ΔVA = 0.0005 · 8.115942 + 0.0004 · 3.043478 = 0.00405797 + 0.00121739 = 0.00527536 billion IDR
        //     (= VA_0 · Δx_0/x_0 + VA_1 · Δx_1/x_1 = 0.05 · 0.0811594 + 0.08 · 0.0152174), direct 0.0005 · 7 = 0.0035;
        // Δjobs = 10 · 8.115942 + 20 · 3.043478 = 142.0290 persons, direct 70.
        Impact.Basis b = Impact.basis(new double[][] {{10, 20}, {30, 40}}, new double[] {100, 200},
                List.of("s0", "s1"), new double[] {0.05, 0.08}, new double[] {1000, 4000});
        assertThat(b.finalDemand()).containsExactly(70, 130);
        Impact.Scenario s = b.growth(new int[] {0}, 10);
        assertThat(s.valueAdded()).as("hand computation above, 1e-12").isCloseTo(0.0005 * 5.6 / 0.69 + 0.0004 * 2.1
                / 0.69, within(1e-12));
        assertThat(s.valueAdded()).as("rounded hand value").isCloseTo(0.00527536, within(1e-8));
        assertThat(s.valueAddedDirect()).isCloseTo(0.0035, within(1e-12));
        assertThat(s.jobs()).as("rounded hand value").isCloseTo(142.0290, within(1e-4));
        assertThat(s.jobsDirect()).isCloseTo(70, within(1e-9));
    }

    @Test
    void basisIsInvariantToTheTablesUnits() {
        // the same table in million IDR and in thousand IDR (Z and x × 1000) must give the same panel-unit results
        double[][] z = {{12, 3, 40}, {25, 60, 8}, {5, 30, 20}};
        double[] x = {150, 260, 120};
        double[] va = {4.2, 7.9, 3.3};
        double[] emp = {900, 300, 1200};
        double[][] z1000 = new double[3][3];
        double[] x1000 = new double[3];
        for (int i = 0; i < 3; i++) {
            x1000[i] = x[i] * 1000;
            for (int j = 0; j < 3; j++) {
                z1000[i][j] = z[i][j] * 1000;
            }
        }
        List<String> codes = List.of("a", "b", "c");
        Impact.Scenario s1 = Impact.basis(z, x, codes, va, emp).growth(new int[] {0, 2}, 10);
        Impact.Scenario s2 = Impact.basis(z1000, x1000, codes, va, emp).growth(new int[] {0, 2}, 10);
        assertThat(s2.valueAdded()).as("scale invariance, relative 1e-12").isCloseTo(s1.valueAdded(),
                within(1e-12 * s1.valueAdded()));
        assertThat(s2.valueAddedDirect()).isCloseTo(s1.valueAddedDirect(), within(1e-12 * s1.valueAdded()));
        assertThat(s2.jobs()).isCloseTo(s1.jobs(), within(1e-12 * s1.jobs()));
        // and the panel's units carry through linearly: VA and E × 2 → results × 2
        double[] va2 = {8.4, 15.8, 6.6};
        assertThat(Impact.basis(z, x, codes, va2, emp).growth(new int[] {0, 2}, 10).valueAdded())
                .isCloseTo(2 * s1.valueAdded(), within(1e-12 * s1.valueAdded()));
    }

    @Test
    void basisRejectsMissingOutput() {
        assertThatThrownBy(() -> Impact.basis(new double[][] {{0, 1}, {1, 0}}, new double[] {10, 0},
                List.of("a", "b"), new double[] {1, 1}, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("output of sector b is 0.0");
        assertThatThrownBy(() -> Impact.basis(new double[][] {{0, 1}, {1, 0}}, new double[] {10, 10},
                List.of("a", "b"), new double[] {Double.NaN, 1}, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("panel value added of industry a is NaN");
    }
}
