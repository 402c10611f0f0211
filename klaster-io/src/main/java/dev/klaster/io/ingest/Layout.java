package dev.klaster.io.ingest;

/** File layout of an input table. */
public enum Layout {
    /** Decide from the header: a {@code value} column means tidy, otherwise wide. */
    AUTO,
    /** One row per cell: {@code region,industry,year,value[,measure]}. */
    TIDY,
    /**
     * One row per region and year with one column per sector (BPS PDRB tables as converted), or one row per region
     * and sector with one column per year (the other orientation BPS uses), or one column per sector × year (BPS
     * pivot exports in {@code .xlsx}). Column names that are 4-digit years give the year, others the sector.
     */
    WIDE;

    /** Parses {@code auto|tidy|long|wide}, case-insensitive. */
    public static Layout parse(String text) {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "auto": return AUTO;
            case "tidy": case "long": return TIDY;
            case "wide": case "bps": return WIDE;
            default: throw new IllegalArgumentException("unknown layout '" + text + "' (expected auto, tidy or wide)");
        }
    }
}
