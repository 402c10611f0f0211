package dev.klaster.core.typology;

/**
 * Leading-sector (sektor unggulan) classification combining the location quotient (base vs non-base sector,
 * Isard 1960) with the shift-share regional (competitive) shift (Dunn 1960), as in Indonesian planning practice
 * (e.g. Tarigan 2005, "Ekonomi Regional"): a sector is <i>unggulan</i> when it is a base sector (LQ &gt; 1) and
 * competitive (regional shift &gt; 0).
 */
public enum LeadingSector {
    /** LQ &gt; 1 and regional shift &gt; 0. */
    LEADING("sektor unggulan", "leading sector (base and competitive)"),
    /** LQ &gt; 1, regional shift ≤ 0. */
    BASE_NOT_COMPETITIVE("basis tidak kompetitif", "base sector, not competitive"),
    /** LQ ≤ 1, regional shift &gt; 0. */
    COMPETITIVE_NOT_BASE("non-basis kompetitif", "non-base sector, competitive (prospective)"),
    /** LQ ≤ 1 and regional shift ≤ 0. */
    LAGGING("non-basis tidak kompetitif", "non-base sector, not competitive");

    private final String indonesian;
    private final String english;

    LeadingSector(String indonesian, String english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    public String indonesian() {
        return indonesian;
    }

    public String english() {
        return english;
    }

    /** Class of one sector, or null when either input is NaN (undefined). */
    public static LeadingSector classify(double lq, double regionalShift) {
        if (Double.isNaN(lq) || Double.isNaN(regionalShift)) {
            return null;
        }
        if (lq > 1) {
            return regionalShift > 0 ? LEADING : BASE_NOT_COMPETITIVE;
        }
        return regionalShift > 0 ? COMPETITIVE_NOT_BASE : LAGGING;
    }

    /** Element-wise {@link #classify(double, double)}. */
    public static LeadingSector[] classify(double[] lq, double[] regionalShift) {
        if (lq.length != regionalShift.length) {
            throw new IllegalArgumentException("lq has " + lq.length + " sectors, regionalShift has "
                    + regionalShift.length);
        }
        LeadingSector[] out = new LeadingSector[lq.length];
        for (int i = 0; i < lq.length; i++) {
            out[i] = classify(lq[i], regionalShift[i]);
        }
        return out;
    }
}
