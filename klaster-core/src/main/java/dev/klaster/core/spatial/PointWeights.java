package dev.klaster.core.spatial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Distance-based weights from representative points (region centroids or establishments).
 *
 * <ul>
 *   <li>{@link #knn}: each i's k nearest j (ties broken by index), {@code w_ij = 1}; not symmetric in general
 *       (spdep {@code knn2nb(knearneigh(x, k))}, libpysal {@code KNN}).</li>
 *   <li>{@link #distanceBand}: every j ≠ i with {@code d_ij ≤ D},
 *       {@code w_ij = 1} (spdep {@code dnearneigh(x, 0, D)}, libpysal {@code DistanceBand(binary=True)}).</li>
 *   <li>{@link #inverseDistance}: {@code w_ij = d_ij^-α} for {@code d_ij ≤ D} (D = ∞ for all pairs), libpysal
 *       {@code DistanceBand(binary=False, alpha=-α)}; coincident points are refused (infinite weight).</li>
 * </ul>
 * Distances are planar or great-circle ({@link Metric}); all pairs are compared (n² distance evaluations, no
 * table kept), which is fine for region sets of a few tens of thousands.
 */
public final class PointWeights {
    private PointWeights() {
    }

    public static SpatialWeights knn(List<String> ids, List<String> names, double[] x, double[] y, int k,
                                     Metric metric) {
        int n = x.length;
        if (k < 1 || k >= n) {
            throw new IllegalArgumentException("--knn " + k + " must be between 1 and n - 1 = " + (n - 1));
        }
        int[][] nb = new int[n][];
        double[][] w = new double[n][];
        double[] d = new double[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                d[j] = j == i ? Double.POSITIVE_INFINITY : metric.distance(x[i], y[i], x[j], y[j]);
                order[j] = j;
            }
            Arrays.sort(order, (a, b) -> d[a] != d[b] ? Double.compare(d[a], d[b]) : Integer.compare(a, b));
            nb[i] = new int[k];
            w[i] = new double[k];
            for (int m = 0; m < k; m++) {
                nb[i][m] = order[m];
                w[i][m] = 1.0;
            }
        }
        return new SpatialWeights(ids, names, nb, w, List.of());
    }

    public static SpatialWeights distanceBand(List<String> ids, List<String> names, double[] x, double[] y,
                                              double band, Metric metric) {
        return byDistance(ids, names, x, y, band, metric, 0);
    }

    public static SpatialWeights inverseDistance(List<String> ids, List<String> names, double[] x, double[] y,
                                                 double band, double alpha, Metric metric) {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("--alpha " + alpha + " must be > 0");
        }
        return byDistance(ids, names, x, y, band, metric, alpha);
    }

    private static SpatialWeights byDistance(List<String> ids, List<String> names, double[] x, double[] y,
                                             double band, Metric metric, double alpha) {
        int n = x.length;
        if (!(band > 0)) {
            throw new IllegalArgumentException("--distance " + band + " must be > 0");
        }
        List<List<Integer>> nb = new ArrayList<>();
        List<List<Double>> w = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nb.add(new ArrayList<>());
            w.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = metric.distance(x[i], y[i], x[j], y[j]);
                if (d <= band) {
                    double v = 1.0;
                    if (alpha > 0) {
                        if (d == 0) {
                            throw new IllegalArgumentException("inverse distance: " + ids.get(i) + " and "
                                    + ids.get(j) + " are at the same point (infinite weight)");
                        }
                        v = Math.pow(d, -alpha);
                    }
                    nb.get(i).add(j);
                    w.get(i).add(v);
                    nb.get(j).add(i);
                    w.get(j).add(v);
                }
            }
        }
        return SpatialWeights.fromLists(ids, names, nb, w, List.of());
    }
}
