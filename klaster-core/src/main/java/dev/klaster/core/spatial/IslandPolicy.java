package dev.klaster.core.spatial;

/**
 * What happens to regions without a neighbour (islands; frequent in an archipelago such as Indonesia).
 *
 * <p>{@link #KNN} (default): each island is linked, in both directions, to its nearest region (by distance between
 * representative points, great-circle for lon/lat), so every region takes part in the statistics; this is GeoDa's
 * and libpysal's usual remedy ({@code libpysal.weights.util.attach_islands}). {@link #DROP}: islands are removed
 * from the weights and from the analysis. {@link #KEEP}: islands stay with no neighbours; their spatial lag is 0
 * (spdep's {@code zero.policy=TRUE}, esda's behaviour) and their local statistics are undefined (NaN).
 */
public enum IslandPolicy {
    KNN, DROP, KEEP;

    public static IslandPolicy parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "knn" -> KNN;
            case "drop" -> DROP;
            case "keep" -> KEEP;
            default -> throw new IllegalArgumentException("--islands '" + s + "' is not one of knn, drop, keep");
        };
    }
}
