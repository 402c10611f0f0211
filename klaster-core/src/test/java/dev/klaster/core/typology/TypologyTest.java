package dev.klaster.core.typology;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Klassen quadrants (Sjafrizal 2008 definitions) and the leading-sector rule, on hand-made cases. */
class TypologyTest {
    @Test
    void regionsFallInTheFourQuadrants() {
        // reference: GRDP 400 → 440 (+10 %), population 400, per capita 1.1
        double[] g0 = {100, 100, 100, 100};
        double[] g1 = {120, 104, 120, 96};
        double[] pop = {50, 50, 150, 150};
        KlassenQuadrant[] q = Klassen.regions(g0, g1, pop);
        assertThat(q).containsExactly(KlassenQuadrant.DEVELOPED_FAST_GROWING, KlassenQuadrant.DEVELOPED_DEPRESSED,
                KlassenQuadrant.DEVELOPING_FAST, KlassenQuadrant.RELATIVELY_UNDERDEVELOPED);
        assertThat(q[0].indonesian()).isEqualTo("maju dan tumbuh cepat");
        assertThat(q[1].indonesian()).isEqualTo("maju tapi tertekan");
        assertThat(q[2].indonesian()).isEqualTo("berkembang cepat");
        assertThat(q[3].indonesian()).isEqualTo("relatif tertinggal");
    }

    @Test
    void undefinedGrowthGivesNoQuadrant() {
        assertThat(Klassen.regions(new double[]{0, 1}, new double[]{1, 1}, new double[]{1, 1})[0]).isNull();
    }

    @Test
    void sectorsCompareShareAndGrowth() {
        // textbook shift-share data (issue #3): sector 2 share 40/205 > 210/1265 and growth 100 % > 40 % → I
        KlassenQuadrant[] q = Klassen.sectors(new double[]{90, 20, 10, 60}, new double[]{100, 40, 10, 55},
                new double[]{400, 150, 150, 400}, new double[]{440, 210, 135, 480});
        assertThat(q[1]).isEqualTo(KlassenQuadrant.DEVELOPED_FAST_GROWING);
        // sector 4: share 55/205 = 0.268 < 480/1265 = 0.379, growth −8.3 % < 20 % → IV
        assertThat(q[3]).isEqualTo(KlassenQuadrant.RELATIVELY_UNDERDEVELOPED);
    }

    @Test
    void leadingSectorNeedsBothConditions() {
        assertThat(LeadingSector.classify(new double[]{1.2, 1.2, 0.8, 0.8, Double.NaN},
                new double[]{5, -5, 5, -5, 1})).containsExactly(LeadingSector.LEADING,
                LeadingSector.BASE_NOT_COMPETITIVE, LeadingSector.COMPETITIVE_NOT_BASE, LeadingSector.LAGGING, null);
        assertThat(LeadingSector.LEADING.indonesian()).isEqualTo("sektor unggulan");
    }
}
