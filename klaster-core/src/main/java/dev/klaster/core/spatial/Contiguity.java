package dev.klaster.core.spatial;

/**
 * Contiguity rule. {@link #QUEEN}: regions sharing at least a point of boundary; {@link #ROOK}: regions sharing a
 * stretch of boundary of positive length (an edge). Both are evaluated with a snapping tolerance so that the small
 * gaps and overlaps of simplified boundaries do not break adjacency (see {@link ContiguityWeights}).
 */
public enum Contiguity {
    QUEEN, ROOK;

    public static Contiguity parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "queen" -> QUEEN;
            case "rook" -> ROOK;
            default -> throw new IllegalArgumentException("--contiguity '" + s + "' is not one of queen, rook");
        };
    }
}
