package dev.klaster.core.cluster;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class CoLocationTest {
    // 4 regions × 3 industries. Column 0 = (1,2,3,4), column 1 = (2,4,6,8) (perfectly correlated, r = 1),
    // column 2 = (4,3,2,1) (r = -1 with column 0). Pearson by definition.
    static final double[][] LQ = {{1, 2, 4}, {2, 4, 3}, {3, 6, 2}, {4, 8, 1}};

    @Test
    void correlationByDefinition() {
        double[][] r = CoLocation.correlation(LQ);
        assertThat(r[0][1]).isCloseTo(1, within(1e-12));
        assertThat(r[0][2]).isCloseTo(-1, within(1e-12));
        double[][] w = CoLocation.relatedness(LQ);
        assertThat(w[0][1]).isCloseTo(1, within(1e-12));
        assertThat(w[0][2]).as("negative correlation is set to 0").isZero();
        assertThat(w[0][0]).as("diagonal").isZero();
    }

    @Test
    void pairwiseCompleteWithNaN() {
        // column 0 = (1,2,3,NaN), column 1 = (2,1,3,9): on regions 0..2 the pairs are (1,2),(2,1),(3,3):
        // means 2 and 2, deviations (-1,0,1) and (0,-1,1): r = 1 / sqrt(2 * 2) = 0.5
        double[][] lq = {{1, 2}, {2, 1}, {3, 3}, {Double.NaN, 9}};
        assertThat(CoLocation.correlation(lq)[0][1]).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void constantColumnIsUndefinedNotZero() {
        double[][] lq = {{1, 5}, {2, 5}, {3, 5}};
        assertThat(CoLocation.correlation(lq)[0][1]).isNaN();
        assertThat(CoLocation.relatedness(lq)[0][1]).isZero();
    }

    @Test
    void coagglomerationMustBeSymmetric() {
        assertThatThrownBy(() -> CoLocation.fromCoagglomeration(new double[][] {{0, 0.1}, {0.2, 0}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not symmetric");
        assertThat(CoLocation.fromCoagglomeration(new double[][] {{0.5, -0.1}, {-0.1, 0.5}})[0][1]).isZero();
    }

    /** Pearson r is invariant to a positive affine change of one column. */
    @Property(tries = 50, seed = "20261123")
    void affineInvariance(@ForAll @DoubleRange(min = 0.1, max = 10) double a,
                          @ForAll @DoubleRange(min = -5, max = 5) double b) {
        double[][] lq = {{1, 2, 0.5}, {2, 1, 0.7}, {3, 3, 0.1}, {0.5, 2.5, 0.9}, {1.5, 0.2, 0.3}};
        double[][] scaled = new double[lq.length][];
        for (int r = 0; r < lq.length; r++) {
            scaled[r] = lq[r].clone();
            scaled[r][0] = a * lq[r][0] + b;
        }
        double[][] r1 = CoLocation.correlation(lq);
        double[][] r2 = CoLocation.correlation(scaled);
        assertThat(r2[0][1]).isCloseTo(r1[0][1], within(1e-9));
        assertThat(r2[0][2]).isCloseTo(r1[0][2], within(1e-9));
    }
}
