package dev.klaster.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Names from dominant members and sector-group names (rules in {@link ClusterNames}). */
class ClusterNamesTest {
    @Test
    void sectionGroupUsesTheSectorsWords() {
        // the issue's example (issue 9 §1): sections A, B, C → "Pertanian, pertambangan dan industri pengolahan"
        String[] n = ClusterNames.sectionGroup(new String[] {"A", "B", "C"});
        assertThat(n[0]).isEqualTo("Pertanian, pertambangan dan industri pengolahan");
        assertThat(n[1]).isEqualTo("Agriculture, mining, and manufacturing");
        assertThat(ClusterNames.sectionGroup(new String[] {"C", "D"})[0])
                .isEqualTo("Industri pengolahan serta listrik dan gas");
        assertThat(ClusterNames.sectionGroup(new String[] {"A", "B", "C", "F", "G"})[0])
                .isEqualTo("Pertanian, pertambangan, industri pengolahan dan 2 sektor lainnya");
    }

    @Test
    void familiesByCodeThenByKeywordElseTopTwoMembers() {
        String[] codes = {"020", "058", "1410", "1311", "X1", "X2"};
        String[] labels = {"Kelapa Sawit", "Minyak Hewani dan Minyak Nabati", "Pakaian jadi", "Pemintalan benang",
                "Alpha", "Beta"};
        double[] w = {5, 10, 3, 2, 1, 4};
        int[] m = {0, 0, 1, 1, 2, 2};
        ClusterNames.Name[] n = ClusterNames.name(codes, labels, w, m);
        assertThat(n[0].family()).isEqualTo("palm_oil");
        assertThat(n[0].nameEn()).isEqualTo("Palm oil processing and oleochemicals");
        assertThat(n[1].family()).isEqualTo("textiles"); // KBLI-like codes: matched by label keywords
        // no family: the two largest members, largest first
        assertThat(n[2].family()).isNull();
        assertThat(n[2].nameId()).isEqualTo("Beta dan alpha");
        assertThat(n[2].nameEn()).isEqualTo("Beta and alpha");
        for (ClusterNames.Name x : n) {
            assertThat(x.nameId()).doesNotContainPattern("^C\\d+ \\(");
        }
    }

    @Test
    void aFamilyNamesOneClusterOnly() {
        String[] codes = {"078", "082", "077", "081"};
        String[] labels = {"Tekstil", "Pakaian Jadi", "Benang", "Barang-barang Rajutan"};
        ClusterNames.Name[] n = ClusterNames.name(codes, labels, null, new int[] {0, 0, 1, 1});
        assertThat(List.of(n[0].family(), String.valueOf(n[1].family()))).containsOnlyOnce("textiles");
    }

    @Test
    void qualityThresholdsFlagWeakDefinitions() {
        // two disconnected equal cliques of 3 (unit weights): Q = 1/2 exactly (Newman 2006: Σ_c [l_c/m − (d_c/2m)²]
        // = 2 · (3/6 − (6/12)²) = 0.5), within/between = 1/0 = +∞, both clusters pass
        double[][] w = new double[6][6];
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                w[i][j] = i != j && i / 3 == j / 3 ? 1 : 0;
            }
        }
        DefinitionQuality.Verdict good = DefinitionQuality.of(Validation.of(w, new int[] {0, 0, 0, 1, 1, 1}));
        assertThat(good.modularity()).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(good.poor()).isFalse();
        // the same graph cut across the cliques: Q = 2 · (1/6 − 1/4) = −1/6 (same formula), ratios < 1
        DefinitionQuality.Verdict bad = DefinitionQuality.of(Validation.of(w, new int[] {0, 1, 0, 1, 0, 1}));
        assertThat(bad.modularity()).isCloseTo(-1.0 / 6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(bad.poor()).isTrue();
        assertThat(bad.statement("en")).startsWith("POOR DEFINITION").contains("modularity -0.167 below 0.3");
        assertThat(bad.statement("id")).startsWith("DEFINISI LEMAH").contains("2 dari 2 klaster gagal");
    }
}
