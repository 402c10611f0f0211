package dev.klaster.core.spatial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Documented values of peer tools on Anselin's (1988) Columbus crime data (resources/spatial, see its README).
 *
 * <ul>
 *   <li>(b) spdep help page of {@code moran.test}: {@code moran.test(COL.OLD$CRIME, nb2listw(COL.k4.nb, "W"))} with
 *       {@code COL.k4.nb = knn2nb(knearneigh(cbind(X, Y), 4))}: I = 0.624933667, Var(randomisation) = 0.008003503,
 *       Var(normality) = 0.007887613.</li>
 *   <li>(c) spdep help page of {@code geary.test}, same k = 4 weights: C = 0.399254423, Var(randomisation) =
 *       0.008697812, Var(normality) = 0.009129529.</li>
 * </ul>
 * spdep prints 9 significant digits; tolerance 1e-8 absolute on I and C, 1e-9 on the variances.
 */
class SpatialReferenceTest {
    final Columbus col = new Columbus();

    @Test
    void moranKnn4ColumbusMatchesSpdepHelpPage() {
        SpatialWeights w = PointWeights.knn(col.ids, null, col.x, col.y, 4, Metric.EUCLIDEAN).transform(Transform.R);
        GlobalAutocorrelation.Moran m = GlobalAutocorrelation.moran(col.crime, w, 0, new Permutations(49, null, 1, 1));
        assertThat(m.I()).isCloseTo(0.624933667, within(1e-8));
        assertThat(m.VI_rand()).isCloseTo(0.008003503, within(1e-9));
        assertThat(m.VI_norm()).isCloseTo(0.007887613, within(1e-9));
        assertThat(m.z_rand()).isCloseTo(7.2183, within(1e-4));
    }

    @Test
    void gearyKnn4ColumbusMatchesSpdepHelpPage() {
        SpatialWeights w = PointWeights.knn(col.ids, null, col.x, col.y, 4, Metric.EUCLIDEAN).transform(Transform.R);
        GlobalAutocorrelation.Geary g = GlobalAutocorrelation.geary(col.crime, w, 0, new Permutations(49, null, 1, 1));
        assertThat(g.C()).isCloseTo(0.399254423, within(1e-8));
        assertThat(g.VC_rand()).isCloseTo(0.008697812, within(1e-9));
        assertThat(g.VC_norm()).isCloseTo(0.009129529, within(1e-9));
        assertThat(g.z_rand()).as("spdep's standard deviate 6.4415 is (EC - C)/sd").isCloseTo(-6.4415, within(1e-4));
        assertThat(g.p_rand()).as("one-sided, spdep prints 5.916e-11").isCloseTo(5.916e-11, within(1e-14));
    }

    @Test
    void localMoranSumsToGlobalMoranTimesS0() {
        // spdep's localmoran help page: sum(Ii) / S0 equals Moran's I (spdep scaling, Σz²/n); esda's Ii carries an
        // extra (n-1)/n, so Σ Ii_esda = (n-1)/n · S0 · I. I from (b): 0.624933667.
        SpatialWeights w = col.knn4();
        LocalMoran.Row[] r = LocalMoran.compute(col.crime, w, 0, new Permutations(49, null, 1, 1));
        double s = 0;
        for (LocalMoran.Row row : r) {
            s += row.Ii();
        }
        assertThat(s / w.s0() * 49 / 48).isCloseTo(0.624933667, within(1e-8));
    }
}
