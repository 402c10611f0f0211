package dev.klaster.core.cluster;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ValidationTest {
    // 4 nodes, clusters {0,1} and {2,3}: W01 = 4, W23 = 2, W12 = 1, other pairs 0.
    static final double[][] W = {{0, 4, 0, 0}, {4, 0, 1, 0}, {0, 1, 0, 2}, {0, 0, 2, 0}};
    static final int[] M = {0, 0, 1, 1};

    @Test
    void internalExternalByHand() {
        Validation.Result v = Validation.of(W, M);
        Validation.ClusterLinkage c0 = v.clusters().get(0);
        // cluster 0: internal sum 4 over 1 pair; external = W02 + W03 + W12 + W13 = 1 over 2·2 = 4 pairs
        assertThat(c0.internalSum()).isEqualTo(4);
        assertThat(c0.externalMean()).isCloseTo(0.25, within(1e-12));
        assertThat(c0.ratio()).isCloseTo(16, within(1e-12));
        assertThat(c0.passes()).isTrue();
        // within mean = (4 + 2)/2 = 3; between mean = 1/4 -> ratio 12
        assertThat(v.withinBetweenRatio()).isCloseTo(12, within(1e-12));
        // degrees s = (4, 5, 3, 2), 2m = 14; Q = Σ_c [2·in_c/2m − (d_c/2m)²]
        //   = (8/14 − (9/14)²) + (4/14 − (5/14)²) = 12/14 − 106/196 = 62/196
        assertThat(v.modularity()).isCloseTo(62.0 / 196, within(1e-12));
    }

    @Test
    void adjustedRandIndexMatchesScikitLearnDocExamples() {
        // scikit-learn documentation of adjusted_rand_score: ([0,0,1,1],[0,0,1,2]) -> 0.57 (= 4/7 by hand:
        // index 1, expected 2·1/6, max 1.5), ([0,0,1,1],[0,1,0,1]) -> -0.5, identical up to labels -> 1.0
        assertThat(Validation.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2}))
                .isCloseTo(4.0 / 7, within(1e-12));
        assertThat(Validation.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}))
                .isCloseTo(-0.5, within(1e-12));
        assertThat(Validation.adjustedRandIndex(new int[] {0, 0, 1, 1}, new int[] {1, 1, 0, 0})).isEqualTo(1.0);
    }

    /** ARI is symmetric and invariant to relabelling (Hubert & Arabie 1985). */
    @Property(tries = 100, seed = "20261123")
    void ariSymmetricAndLabelFree(@ForAll @Size(min = 5, max = 30) List<@IntRange(min = 0, max = 3) Integer> a,
                                  @ForAll @IntRange(min = 0, max = 1000) int shift) {
        int[] x = a.stream().mapToInt(Integer::intValue).toArray();
        int[] y = new int[x.length];
        int[] relabel = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (x[i] * 7 + i) % 3;
            relabel[i] = x[i] + shift;
        }
        double ab = Validation.adjustedRandIndex(x, y);
        double ba = Validation.adjustedRandIndex(y, x);
        if (!Double.isNaN(ab)) {
            assertThat(ba).isCloseTo(ab, within(1e-12));
            assertThat(Validation.adjustedRandIndex(relabel, y)).isCloseTo(ab, within(1e-12));
        }
    }
}
