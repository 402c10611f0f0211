package dev.klaster.core.spatial;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Invariants of the area statistics: relabelling, null expectation, seeds, blocked permutations, corrections. */
class SpatialPropertiesTest {
    final Columbus col = new Columbus();

    @Test
    void relabellingRegionsChangesNothing() {
        SpatialWeights w = col.knn4();
        List<String> shuffled = new ArrayList<>(col.ids);
        Collections.shuffle(shuffled, new Random(7));
        SpatialWeights w2 = w.subset(shuffled);
        double[] y2 = new double[49];
        for (int a = 0; a < 49; a++) {
            y2[a] = col.crime[col.ids.indexOf(shuffled.get(a))];
        }
        Permutations p = new Permutations(49, null, 1, 1);
        assertThat(GlobalAutocorrelation.moran(y2, w2, 0, p).I())
                .isCloseTo(GlobalAutocorrelation.moran(col.crime, w, 0, p).I(), within(1e-12));
        assertThat(GlobalAutocorrelation.geary(y2, w2, 0, p).C())
                .isCloseTo(GlobalAutocorrelation.geary(col.crime, w, 0, p).C(), within(1e-12));
        LocalMoran.Row[] a = LocalMoran.compute(col.crime, w, 0, p);
        LocalMoran.Row[] b = LocalMoran.compute(y2, w2, 0, p);
        for (int i = 0; i < 49; i++) {
            LocalMoran.Row r = b[shuffled.indexOf(a[i].region())];
            assertThat(r.Ii()).isCloseTo(a[i].Ii(), within(1e-12));
            assertThat(r.q()).isEqualTo(a[i].q());
            assertThat(r.VI()).isCloseTo(a[i].VI(), within(1e-12));
        }
    }

    @Test
    void moranOfNoiseAveragesItsExpectation() {
        // E[I] = -1/(n-1) under the null (Cliff and Ord 1981); 400 fields of noise on a 20 × 20 rook lattice:
        // the mean must be within 4 standard errors of E[I] (sd of I from VI_norm).
        SpatialWeights w = SpatialWeights.lattice(20, 20, false).transform(Transform.R);
        Random r = new Random(11);
        double s = 0;
        double vi = 0;
        int fields = 400;
        for (int f = 0; f < fields; f++) {
            double[] y = new double[400];
            for (int i = 0; i < 400; i++) {
                y[i] = 5 + r.nextGaussian();
            }
            GlobalAutocorrelation.Moran m = GlobalAutocorrelation.moran(y, w, 0, new Permutations(400, null, 1, 1));
            s += m.I();
            vi = m.VI_norm();
        }
        assertThat(s / fields).isCloseTo(-1.0 / 399, within(4 * Math.sqrt(vi / fields)));
    }

    @Test
    void s1IsTwiceS0ForSymmetricBinaryWeights() {
        // Cliff and Ord (1981): for symmetric binary weights S1 = 2 S0
        SpatialWeights w = SpatialWeights.lattice(7, 9, true);
        assertThat(w.s1()).isEqualTo(2 * w.s0());
        assertThat(w.isSymmetric()).isTrue();
    }

    @Test
    void permutationResultsDependOnTheSeedOnlyNotOnThreads() {
        SpatialWeights w = col.knn4();
        LocalMoran.Row[] a = LocalMoran.compute(col.crime, w, 499, new Permutations(49, null, 42, 1));
        LocalMoran.Row[] b = LocalMoran.compute(col.crime, w, 499, new Permutations(49, null, 42, 2));
        LocalMoran.Row[] c = LocalMoran.compute(col.crime, w, 499, new Permutations(49, null, 43, 2));
        boolean differs = false;
        for (int i = 0; i < 49; i++) {
            assertThat(b[i].p_sim()).isEqualTo(a[i].p_sim());
            assertThat(b[i].z_sim()).isEqualTo(a[i].z_sim());
            differs |= c[i].p_sim() != a[i].p_sim();
        }
        assertThat(differs).as("another seed gives other draws").isTrue();
        GlobalAutocorrelation.Moran m1 = GlobalAutocorrelation.moran(col.crime, w, 999, new Permutations(49, null, 5, 1));
        GlobalAutocorrelation.Moran m2 = GlobalAutocorrelation.moran(col.crime, w, 999, new Permutations(49, null, 5, 2));
        assertThat(m2.p_sim()).isEqualTo(m1.p_sim());
        // I = 0.6249 with z_rand 7.2 (spdep, see SpatialReferenceTest): no permutation reaches it
        assertThat(m1.p_sim()).isEqualTo(1.0 / 1000);
        assertThat(m1.EI_sim()).isCloseTo(-1.0 / 48, within(0.01));
    }

    @Test
    void conditionalPermutationMomentsMatchTheAnalyticalOnes() {
        // Under total randomisation the permutation mean of I_i tends to EI_i = -w_i./n (esda scaling);
        // averaged over the 49 regions with 4999 draws each, within 0.01.
        SpatialWeights w = col.knn4();
        LocalMoran.Row[] r = LocalMoran.compute(col.crime, w, 4999, new Permutations(49, null, 3, 2));
        for (LocalMoran.Row row : r) {
            assertThat(row.p_sim()).isBetween(1.0 / 5000, 0.5 + 1.0 / 5000);
            assertThat(row.EI()).isCloseTo(-1.0 / 49, within(1e-12));
        }
    }

    @Test
    void blockedPermutationsNeverCrossGroups() {
        int n = 30;
        int[] g = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = i % 3;
        }
        Permutations p = new Permutations(n, g, 9, 1);
        int[] perm = p.permutation(p.random(0));
        for (int i = 0; i < n; i++) {
            assertThat(g[perm[i]]).isEqualTo(g[i]);
        }
        int[] out = new int[4];
        int[] scratch = new int[n];
        for (int t = 0; t < 50; t++) {
            p.draw(4, 4, p.random(t), out, scratch, false);
            for (int v : out) {
                assertThat(g[v]).isEqualTo(g[4]);
                assertThat(v).isNotEqualTo(4);
            }
        }
        assertThat(p.poolSize(4)).isEqualTo(9);
    }

    @Test
    void benjaminiHochbergAndBonferroni() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.2), "BH") = 0.04 0.05333333 0.05333333 0.2;
        //    p.adjust(..., "bonferroni") = 0.04 0.16 0.12 0.8 (by the definitions, Benjamini-Hochberg 1995)
        double[] p = {0.01, 0.04, 0.03, 0.2, Double.NaN};
        assertThat(MultipleTesting.adjust(p, MultipleTesting.Correction.FDR))
                .containsExactly(new double[] {0.04, 0.16 / 3, 0.16 / 3, 0.2, Double.NaN}, within(1e-12));
        assertThat(MultipleTesting.adjust(p, MultipleTesting.Correction.BONFERRONI))
                .containsExactly(new double[] {0.04, 0.16, 0.12, 0.8, Double.NaN}, within(1e-12));
    }

    @Test
    void hotSpotOnALatticeIsFoundByLisaAndGiStar() {
        // a 3 × 3 block of high values in the corner of a 12 × 12 rook lattice: the block's centre is HH with a
        // small pseudo p-value and a large positive Gi* z (Getis and Ord 1992: clustered high values → z > 0)
        SpatialWeights b = SpatialWeights.lattice(12, 12, false);
        double[] y = new double[144];
        Random r = new Random(1);
        for (int i = 0; i < 144; i++) {
            y[i] = 1 + 0.1 * r.nextDouble();
        }
        for (int rr = 0; rr < 3; rr++) {
            for (int cc = 0; cc < 3; cc++) {
                y[rr * 12 + cc] = 10 + r.nextDouble();
            }
        }
        int centre = 12 + 1;
        Permutations p = new Permutations(144, null, 17, 2);
        LocalMoran.Row[] l = LocalMoran.compute(y, b.transform(Transform.R), 999, p);
        assertThat(l[centre].q()).isEqualTo(1);
        assertThat(l[centre].p_sim()).isLessThan(0.01);
        LocalGetisOrd.Row[] g = LocalGetisOrd.compute(y, b, Transform.B, 999, p);
        assertThat(g[centre].z_Gi_star()).isGreaterThan(3);
        assertThat(g[centre].p_norm_Gi_star()).isLessThan(0.01);
        assertThat(g[centre].p_sim_Gi_star()).isLessThan(0.01);
        assertThat(g[143].z_Gi_star()).isLessThan(0);
    }

    @Test
    void edgeListRoundTripKeepsIslands(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        SpatialWeights w = PointWeights.distanceBand(col.ids, null, col.x, col.y, 2.5, Metric.EUCLIDEAN);
        assertThat(w.islands().length).as("a 2.5-unit band leaves some Columbus areas alone").isPositive();
        StringWriter sw = new StringWriter();
        WeightsCsv.write(w, sw);
        Path f = dir.resolve("w.csv");
        Files.writeString(f, sw.toString());
        SpatialWeights back = WeightsCsv.read(f);
        assertThat(back).isEqualTo(w.subset(back.ids()));
        assertThat(back.size()).isEqualTo(49);
        assertThat(back.islands().length).isEqualTo(w.islands().length);
    }

    @Test
    void badEdgeListsNameFileLineAndValue(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "from,to,weight\na,b,1\nb,a,x\n");
        assertThatThrownBy(() -> WeightsCsv.read(f)).hasMessageContaining("bad.csv, line 3, column 'weight', "
                + "value 'x': not a number");
        Files.writeString(f, "from,to,weight\na,a,1\n");
        assertThatThrownBy(() -> WeightsCsv.read(f)).hasMessageContaining("line 2").hasMessageContaining(
                "its own neighbour");
        Files.writeString(f, "origin;dest\n");
        assertThatThrownBy(() -> WeightsCsv.read(f)).hasMessageContaining("from,to[,weight]");
    }

    @Test
    void islandsAreLinkedToTheirNearestRegion() {
        // three points far apart from a pair: with a band of 1.5 the lone point is an island, linked by KNN
        List<String> ids = List.of("a", "b", "c", "far");
        double[] x = {0, 1, 2, 10};
        double[] y = {0, 0, 0, 0};
        SpatialWeights w = PointWeights.distanceBand(ids, null, x, y, 1.5, Metric.EUCLIDEAN);
        assertThat(w.islandNames()).containsExactly("far");
        SpatialWeights k = w.applyIslands(IslandPolicy.KNN, x, y, Metric.EUCLIDEAN);
        assertThat(k.neighbours(3)).containsExactly(2);
        assertThat(k.neighbours(2)).containsExactly(1, 3);
        assertThat(k.notes()).anyMatch(s -> s.contains("island far linked to its nearest region c (8.0 units)"));
        assertThat(w.applyIslands(IslandPolicy.DROP, x, y, Metric.EUCLIDEAN).ids()).containsExactly("a", "b", "c");
        assertThat(w.applyIslands(IslandPolicy.KEEP, x, y, Metric.EUCLIDEAN).islands()).containsExactly(3);
    }

    @Test
    void greatCircleDistanceJakartaSurabaya() {
        // Jakarta (106.8456 E, 6.2088 S) to Surabaya (112.7521 E, 7.2575 S): about 663 km by great circle
        // (haversine on R = 6371.0 km; e.g. the GeoDataSource/Movable Type calculators give 662–664 km)
        assertThat(Metric.GREAT_CIRCLE.distance(106.8456, -6.2088, 112.7521, -7.2575)).isCloseTo(663, within(3.0));
    }
}
