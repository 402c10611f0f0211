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
}
