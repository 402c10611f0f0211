package dev.klaster.core.specialization;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Hand-checkable cases for the indices not covered by the REAT examples. */
class SpecializationTest {
    @Test
    void krugmanExtremes() {
        assertThat(Krugman.index(new double[]{1, 0}, new double[]{0, 1})).as("disjoint structures: 2").isEqualTo(2);
        assertThat(Krugman.index(new double[]{0, 0}, new double[]{0, 1})).as("zero total: undefined").isNaN();
        assertThat(Hoover.index(new double[]{1, 0}, new double[]{0, 1})).isEqualTo(1);
    }

    @Test
    void allPairsMatchesPairwiseIndex() {
        double[][] m = {{1, 2, 3}, {3, 2, 1}, {5, 0, 5}};
        double[][] k = Krugman.allPairs(m);
        assertThat(k[0][1]).isCloseTo(Krugman.index(m[0], m[1]), within(1e-15));
        assertThat(k[2][1]).isCloseTo(Krugman.index(m[2], m[1]), within(1e-15));
    }

    @Test
    void locationalGiniOfAnIndustryInOneRegion() {
        // all of the industry in a region holding 1/4 of the total: Lorenz curve gives G = 1 − 1/4 = 0.75
        assertThat(Gini.locational(new double[]{0, 0, 0, 10}, new double[]{1, 1, 1, 1})).isCloseTo(0.75,
                within(1e-12));
    }

    @Test
    void williamsonByHand() {
        // two regions: Y = (300, 100), P = (100, 100): ȳ = 2, y = (3, 1), Vw = sqrt(0.5·1 + 0.5·1)/2 = 0.5
        assertThat(Dispersion.williamson(new double[]{300, 100}, new double[]{100, 100})).isCloseTo(0.5,
                within(1e-12));
        assertThat(Dispersion.coefficientOfVariation(new double[]{3, 1})).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void theilTByHandAndDecomposition() {
        // x = (1, 3) equal weights: μ = 2, T = ½(0.5 ln 0.5 + 1.5 ln 1.5)
        double expected = 0.5 * (0.5 * Math.log(0.5) + 1.5 * Math.log(1.5));
        assertThat(Theil.t(new double[]{1, 3})).isCloseTo(expected, within(1e-12));
        TheilDecomposition d = Theil.decompose(Theil.Kind.T, new double[]{1, 3}, null, new int[]{0, 1});
        assertThat(d.between()).as("one unit per group: all between").isCloseTo(expected, within(1e-12));
        assertThat(d.within()).isCloseTo(0, within(1e-15));
        assertThatThrownBy(() -> Theil.decompose(Theil.Kind.T, new double[]{1, 3}, null, new int[]{0, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("group 1 has no member");
    }

    @Test
    void entropyOfEqualShares() {
        assertThat(Diversity.entropy(new double[]{2, 2, 2, 2})).isCloseTo(Math.log(4), within(1e-12));
        assertThat(Diversity.relativeEntropy(new double[]{2, 2, 2, 2})).isCloseTo(1, within(1e-12));
        // Duranton-Puga: shares (1, 0) vs (0.5, 0.5): Σ|·| = 1 → RDI = 1
        assertThat(Diversity.durantonPuga(new double[]{1, 0}, new double[]{1, 1})).isCloseTo(1, within(1e-12));
    }

    @Test
    void shapeErrorsNameTheArguments() {
        assertThatThrownBy(() -> Krugman.allPairs(new double[][]{{1, 2}, {1}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("values: row 1 has 1 columns, row 0 has 2");
        assertThatThrownBy(() -> Dispersion.williamson(new double[]{1}, new double[]{1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("argument 2 has 2");
    }
}
