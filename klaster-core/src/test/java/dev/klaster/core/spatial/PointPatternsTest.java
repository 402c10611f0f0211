package dev.klaster.core.spatial;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Properties of Kd, M, K, L and their envelopes on generated patterns (seeded). */
class PointPatternsTest {
    /** n points uniform in the unit square, types 0/1 alternately; the first `clustered` of type 0 near (0.2,0.2). */
    static PointSet pattern(int n, int clustered, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        int[] t = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i % 2;
            if (t[i] == 0 && i / 2 < clustered) {
                x[i] = 0.2 + 0.03 * r.nextGaussian();
                y[i] = 0.2 + 0.03 * r.nextGaussian();
            } else {
                x[i] = r.nextDouble();
                y[i] = r.nextDouble();
            }
            w[i] = 1 + r.nextInt(10);
        }
        return new PointSet(x, y, t, List.of("A", "B"), w, Metric.EUCLIDEAN);
    }

    static PointPatterns.Options opts(double[] r, int sims, boolean global) {
        return new PointPatterns.Options(r, sims, 0.05, global, false, false, PointPatterns.Null.RANDOM_LOCATION,
                7, 2);
    }

    @Test
    void kdIntegratesToOne() {
        // Duranton-Overman Kd is a density of pair distances; with reflection at 0 its integral over [0, ∞) is 1
        PointSet p = pattern(400, 50, 1);
        double[] r = new double[600];
        for (int k = 0; k < r.length; k++) {
            r[k] = 1.6 * k / (r.length - 1);
        }
        PointPatterns.Curve c = PointPatterns.compute(PointPatterns.Function.KD, p, "A", null, opts(r, 0, false));
        double s = 0;
        for (int k = 1; k < r.length; k++) {
            s += (r[k] - r[k - 1]) * (c.obs()[k] + c.obs()[k - 1]) / 2;
        }
        assertThat(s).isCloseTo(1.0, within(0.01));
    }

    @Test
    void kdEqualsTheNaiveKernelSumOverAllPairs() {
        // the grid, the 5h truncation and the h/16 binning against the definition evaluated pair by pair
        PointSet p = pattern(300, 40, 2);
        double[] r = {0.0, 0.01, 0.05, 0.1, 0.2, 0.3};
        PointPatterns.Curve c = PointPatterns.compute(PointPatterns.Function.KD, p, "A", "B", opts(r, 0, false));
        double h = c.bandwidth();
        for (int k = 0; k < r.length; k++) {
            double s = 0;
            int pairs = 0;
            for (int i = 0; i < 300; i++) {
                for (int j = 0; j < 300; j++) {
                    if (p.type()[i] == 0 && p.type()[j] == 1) {
                        double d = Math.hypot(p.x()[i] - p.x()[j], p.y()[i] - p.y()[j]);
                        s += Math.exp(-0.5 * Math.pow((r[k] - d) / h, 2)) + Math.exp(-0.5 * Math.pow((r[k] + d) / h, 2));
                        pairs++;
                    }
                }
            }
            double naive = s / (h * pairs * Math.sqrt(2 * Math.PI));
            assertThat(c.obs()[k]).as("r = " + r[k]).isCloseTo(naive, within(2e-3 * Math.max(1, naive)));
        }
    }

    @Test
    void clusteredTypeLeavesTheEnvelopeAtShortDistances() {
        PointSet p = pattern(2000, 200, 3);
        double[] r = {0.01, 0.03, 0.05, 0.3, 0.5};
        PointPatterns.Curve c = PointPatterns.compute(PointPatterns.Function.KD, p, "A", null, opts(r, 99, true));
        assertThat(c.obs()[0]).isGreaterThan(c.hi()[0]);
        assertThat(c.obs()[1]).isGreaterThan(c.hi()[1]);
        // without a cluster (the sites are then uniform too) type B is compatible with random location
        PointPatterns.Curve u = PointPatterns.compute(PointPatterns.Function.KD, pattern(2000, 0, 3), "B", null,
                opts(r, 99, false));
        int inside = 0;
        for (int k = 0; k < r.length; k++) {
            inside += u.obs()[k] >= u.lo()[k] && u.obs()[k] <= u.hi()[k] ? 1 : 0;
        }
        assertThat(inside).as("the uniform type stays within its envelope at most distances").isGreaterThanOrEqualTo(4);
        PointPatterns.Curve again = PointPatterns.compute(PointPatterns.Function.KD, p, "A", null, opts(r, 99, true));
        assertThat(again.hi()).containsExactly(c.hi());
    }

    @Test
    void ripleyKOfUniformPointsIsPiRSquared() {
        // under complete spatial randomness K(r) = π r² (Ripley 1976); translation-corrected estimate on 3000
        // uniform points: within 5 %
        Random rnd = new Random(5);
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble();
            y[i] = rnd.nextDouble();
        }
        PointSet p = new PointSet(x, y, new int[n], List.of("A"), new double[n], Metric.EUCLIDEAN);
        java.util.Arrays.fill(p.weight(), 1);
        double[] r = {0.02, 0.05, 0.1, 0.2};
        PointPatterns.Curve k = PointPatterns.compute(PointPatterns.Function.K, p, "A", null, opts(r, 0, false));
        PointPatterns.Curve l = PointPatterns.compute(PointPatterns.Function.L, p, "A", null, opts(r, 0, false));
        for (int i = 0; i < r.length; i++) {
            assertThat(k.obs()[i]).isCloseTo(Math.PI * r[i] * r[i], within(0.05 * Math.PI * r[i] * r[i]));
            assertThat(l.obs()[i]).isCloseTo(r[i], within(0.03 * r[i]));
        }
    }

    @Test
    void mIsOneForAnIndependentTypeAndAboveOneForAClusteredOne() {
        // Marcon and Puech (2010): M = 1 when neighbours are distributed like all points
        PointSet p = pattern(3000, 300, 4);
        double[] r = {0.02, 0.05, 0.1, 0.2};
        PointPatterns.Curve mb = PointPatterns.compute(PointPatterns.Function.M, pattern(3000, 0, 4), "B", null,
                opts(r, 0, false));
        for (double v : mb.obs()) {
            assertThat(v).isBetween(0.9, 1.1);
        }
        PointPatterns.Curve ma = PointPatterns.compute(PointPatterns.Function.M, p, "A", null, opts(r, 19, false));
        // 200 of the 1,500 A points sit in the blob (their local ratio is about 0.9 against 0.5 overall): M(0.02) ≈ 1.1
        assertThat(ma.obs()[0]).isGreaterThan(1.05).isGreaterThan(ma.hi()[0]);
    }

    @Test
    void greatCircleKdOnLonLat() {
        // 200 points within 1° of Surabaya and 200 spread over Java: the distances are in km
        Random rnd = new Random(6);
        int n = 400;
        double[] x = new double[n];
        double[] y = new double[n];
        int[] t = new int[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i < 200 ? 0 : 1;
            x[i] = i < 200 ? 112.75 + rnd.nextGaussian() * 0.2 : 106 + rnd.nextDouble() * 8;
            y[i] = i < 200 ? -7.25 + rnd.nextGaussian() * 0.2 : -8 + rnd.nextDouble() * 2;
            w[i] = 1;
        }
        PointSet p = new PointSet(x, y, t, List.of("A", "B"), w, Metric.GREAT_CIRCLE);
        double[] r = {0, 10, 20, 50, 100, 200, 400, 800};
        PointPatterns.Curve c = PointPatterns.compute(PointPatterns.Function.KD, p, "A", null, opts(r, 0, false));
        // a Gaussian blob of sd 0.2° ≈ 22 km: pair distances peak near 22·√2·√(π/2)... well under 100 km
        assertThat(c.obs()[2]).isGreaterThan(c.obs()[5]);
        assertThat(c.bandwidth()).isBetween(2.0, 30.0);
    }
}
