package dev.klaster.core.spatial;

/**
 * Weight transformation (esda's {@code transform}, spdep's {@code style}).
 *
 * <p>{@link #R}: row-standardised, {@code w_ij / Σ_j w_ij}, each row of a region with neighbours sums to 1 (spdep
 * "W"). {@link #B}: binary, every link weighs 1 (spdep "B"). {@link #NONE}: the weights as given or computed (e.g.
 * inverse distance).
 */
public enum Transform {
    R, B, NONE;

    /** Parses "r", "b", "none" (case-insensitive, also spdep's "W"). */
    public static Transform parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "r", "w", "row" -> R;
            case "b", "binary" -> B;
            case "none", "o", "original" -> NONE;
            default -> throw new IllegalArgumentException("--transform '" + s + "' is not one of r, b, none");
        };
    }
}
