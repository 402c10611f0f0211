package dev.klaster.core.spatial;

import java.util.List;

/**
 * A marked, weighted point pattern: coordinates, a type per point (e.g. the KBLI code of an establishment) and a
 * weight (e.g. its employment; 1 when absent).
 *
 * <p>With {@link Metric#GREAT_CIRCLE}, x is longitude and y latitude in degrees and distances are in km; the grid
 * index then works on an equirectangular projection in km (scaled at the mean latitude) and every candidate pair
 * is confirmed with the exact haversine distance, the query radius being widened by the projection's worst
 * distortion over the pattern's latitude range.
 *
 * @param x      x or longitude
 * @param y      y or latitude
 * @param type   type code of each point (index into {@code types})
 * @param types  the distinct type labels
 * @param weight weight of each point (&gt; 0)
 * @param metric planar or great-circle
 */
public record PointSet(double[] x, double[] y, int[] type, List<String> types, double[] weight, Metric metric) {
    public PointSet {
        int n = x.length;
        if (y.length != n || type.length != n || weight.length != n) {
            throw new IllegalArgumentException("point set: columns of different lengths");
        }
        types = List.copyOf(types);
    }

    public int size() {
        return x.length;
    }

    /** Index of a type label; a clear error listing the labels when absent. */
    public int typeIndex(String label) {
        int k = types.indexOf(label);
        if (k < 0) {
            List<String> shown = types.subList(0, Math.min(20, types.size()));
            throw new IllegalArgumentException("type '" + label + "' is not in the points file; types: "
                    + String.join(", ", shown) + (types.size() > 20 ? ", ..." : ""));
        }
        return k;
    }

    /** Planar coordinates for the grid index (km for great-circle) and the factor widening query radii. */
    Projected projected() {
        if (metric == Metric.EUCLIDEAN) {
            return new Projected(x, y, 1.0);
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        double mid = Math.toRadians((lo + hi) / 2);
        double maxAbs = Math.toRadians(Math.max(Math.abs(lo), Math.abs(hi)));
        double minAbs = lo <= 0 && hi >= 0 ? 0 : Math.toRadians(Math.min(Math.abs(lo), Math.abs(hi)));
        double k = Math.cos(mid);
        double px[] = new double[x.length];
        double py[] = new double[y.length];
        double rad = Math.PI / 180 * Metric.EARTH_RADIUS_KM;
        for (int i = 0; i < x.length; i++) {
            px[i] = x[i] * rad * k;
            py[i] = y[i] * rad;
        }
        // east-west scale error of the projection against the sphere, plus 2 % for chord vs arc
        double widen = 1.02 * Math.max(k / Math.max(1e-6, Math.cos(maxAbs)), Math.cos(minAbs) / k);
        return new Projected(px, py, Math.max(1.02, widen));
    }

    record Projected(double[] x, double[] y, double widen) {
    }

    /** The bounding box {minX, minY, maxX, maxY} of the raw coordinates. */
    public double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY};
        for (int i = 0; i < x.length; i++) {
            b[0] = Math.min(b[0], x[i]);
            b[1] = Math.min(b[1], y[i]);
            b[2] = Math.max(b[2], x[i]);
            b[3] = Math.max(b[3], y[i]);
        }
        return b;
    }

    /** Diameter of the bounding box (km for great-circle). */
    public double diameter() {
        double[] b = bounds();
        return metric.distance(b[0], b[1], b[2], b[3]);
    }
}
