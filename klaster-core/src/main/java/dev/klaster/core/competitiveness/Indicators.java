package dev.klaster.core.competitiveness;

import dev.klaster.core.check.Checks;

import java.util.Set;

/**
 * Indicators computed from data, per unit (a regional cluster).
 *
 * <p>Ids known to frameworks ({@link #COMPUTED}):
 * <ul>
 *   <li>{@code lq} — location quotient of the regional cluster (specialisation);</li>
 *   <li>{@code national_share} — share of the national cluster;</li>
 *   <li>{@code growth} — compound annual growth of the regional cluster;</li>
 *   <li>{@code productivity} — value added per worker;</li>
 *   <li>{@code size} — employment (or value added) of the regional cluster;</li>
 *   <li>{@code supplier_proximity} — local share of the cluster's intermediate inputs, {@link #supplierProximity}.</li>
 * </ul>
 */
public final class Indicators {
    /** Computed indicator ids. */
    public static final Set<String> COMPUTED = Set.of("lq", "national_share", "growth", "productivity", "size",
            "supplier_proximity");

    private Indicators() {
    }

    /**
     * Supplier proximity: the share of the cluster's intermediate inputs bought inside the region,
     * Σ_{i, j∈c} Z^rr_ij / Σ_{i, j∈c} Z_ij, with Z^rr the intra-regional flows of a regionalised IO table (e.g. an
     * FLQ-regionalised national table, Flegg &amp; Webber 1997, DOI 10.1080/00343409750134656) and Z all inputs of
     * the region's industries. Range [0, 1]; NaN if the cluster buys no intermediate inputs.
     */
    public static double supplierProximity(double[][] zLocal, double[][] zTotal, int[] members) {
        int n = Checks.square("regional (local) Z", zLocal);
        if (Checks.square("total Z", zTotal) != n) {
            throw new IllegalArgumentException("local Z is " + n + " × " + n + ", total Z is " + zTotal.length
                    + " × " + zTotal.length);
        }
        double local = 0;
        double total = 0;
        for (int j : members) {
            for (int i = 0; i < n; i++) {
                local += zLocal[i][j];
                total += zTotal[i][j];
            }
        }
        return total > 0 ? local / total : Double.NaN;
    }
}
