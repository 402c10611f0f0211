package dev.klaster.core.spatial;

/**
 * How the distance between two coordinate pairs is measured.
 *
 * <p>{@link #EUCLIDEAN}: planar, in the coordinates' own unit. {@link #GREAT_CIRCLE}: coordinates are longitude and
 * latitude in degrees (x = lon, y = lat) and the distance is the haversine great-circle distance in kilometres on a
 * sphere of radius {@value #EARTH_RADIUS_KM} km (the IUGG mean radius), as spdep's {@code longlat=TRUE} and
 * libpysal's {@code arc_distance} do.
 */
public enum Metric {
    EUCLIDEAN, GREAT_CIRCLE;

    /** Mean Earth radius in kilometres (IUGG R1). */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** The distance between (x1, y1) and (x2, y2): planar units, or kilometres for great-circle. */
    public double distance(double x1, double y1, double x2, double y2) {
        if (this == EUCLIDEAN) {
            double dx = x1 - x2;
            double dy = y1 - y2;
            return Math.sqrt(dx * dx + dy * dy);
        }
        double p1 = Math.toRadians(y1);
        double p2 = Math.toRadians(y2);
        double dp = p2 - p1;
        double dl = Math.toRadians(x2 - x1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
