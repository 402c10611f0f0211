package dev.klaster.core.agglomeration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Ellison-Glaeser (1997), Maurel-Sédillot (1999) and the coagglomeration index. Expected values are hand
 * arithmetic from the paper's formulas on small inputs (shown in comments); the REAT example is in
 * ReatReferenceCasesTest.
 */
class AgglomerationTest {
    /** Farhauer/Kröll (2014) example via REAT man/ellison.a.Rd: 10 plants, regions Wien, Linz, Graz. */
    static final double[] PLANTS = {200, 650, 12000, 100, 50, 16000, 13000, 1500, 1500, 25000};
    static final int[] REGION = {0, 0, 0, 0, 0, 1, 1, 1, 1, 2};
    static final double[] TOTAL = {500000, 400000, 100000};

    @Test
    void regionalFormWithThePlantHerfindahlEqualsThePlantForm() {
        EllisonGlaeserResult r = EllisonGlaeser.gamma(PLANTS, REGION, TOTAL);
        double[] byRegion = {200 + 650 + 12000 + 100 + 50, 16000 + 13000 + 1500 + 1500, 25000};
        assertThat(EllisonGlaeser.gamma(byRegion, TOTAL, r.h())).isCloseTo(r.gamma(), within(1e-12));
    }

    @Test
    void maurelSedillotByHand() {
        // s = (13000, 32000, 25000)/70000; x = (0.5, 0.4, 0.1); H from the REAT output 0.24468877551
        double[] s = {13000 / 70000.0, 32000 / 70000.0, 25000 / 70000.0};
        double s2 = s[0] * s[0] + s[1] * s[1] + s[2] * s[2];
        double x2 = 0.25 + 0.16 + 0.01;
        double h = 0.24468877551;
        double expected = ((s2 - x2) / (1 - x2) - h) / (1 - h);
        assertThat(MaurelSedillot.gamma(PLANTS, REGION, TOTAL)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void coagglomerationPlantAndRegionalFormsAgree() {
        int[] industry = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
        double plant = EllisonGlaeser.coagglomeration(PLANTS, REGION, industry, TOTAL);
        double[][] byIndustry = new double[2][3];
        double[] h = new double[2];
        double[] tot = new double[2];
        for (int k = 0; k < PLANTS.length; k++) {
            byIndustry[industry[k]][REGION[k]] += PLANTS[k];
            tot[industry[k]] += PLANTS[k];
        }
        for (int k = 0; k < PLANTS.length; k++) {
            h[industry[k]] += (PLANTS[k] / tot[industry[k]]) * (PLANTS[k] / tot[industry[k]]);
        }
        assertThat(EllisonGlaeser.coagglomeration(byIndustry, TOTAL, h)).isCloseTo(plant, within(1e-12));
    }

    @Test
    void coagglomerationOfTwoEqualIndustriesByAlgebra() {
        // EG 1997 eq. 5 for two industries with identical regional values and H_j = H: the group's G equals each
        // one's G, w = 1/2, H_group = H/2, and G/(1−Σx²) = γ(1−H) + H by eq. 4, so
        // γᶜ = [γ(1−H) + H − H/2 − γ(1−H)/2] / (1/2) = γ(1−H) + H.
        double[] a = {30, 50, 20};
        double[][] two = {a, a};
        double h = 0.1;
        double gamma = EllisonGlaeser.gamma(a, TOTAL, h);
        assertThat(EllisonGlaeser.coagglomeration(two, TOTAL, new double[]{h, h}))
                .isCloseTo(gamma * (1 - h) + h, within(1e-12));
    }

    @Test
    void onePlantIsUndefined() {
        assertThat(EllisonGlaeser.gamma(new double[]{5}, new int[]{0}, TOTAL).gamma()).isNaN();
    }

    @Test
    void badInputIsRejectedWithItsLocation() {
        assertThatThrownBy(() -> EllisonGlaeser.gamma(PLANTS, new int[]{0, 0, 0, 0, 0, 1, 1, 1, 1, 3}, TOTAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("plantRegion[9] = 3 is outside 0..2");
        assertThatThrownBy(() -> EllisonGlaeser.gamma(new double[]{1, -2}, new int[]{0, 1}, TOTAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("plantEmployment[1] = -2.0 is negative");
        assertThatThrownBy(() -> EllisonGlaeser.gamma(new double[]{1, 2, 3}, TOTAL, 1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 1]");
    }
}
