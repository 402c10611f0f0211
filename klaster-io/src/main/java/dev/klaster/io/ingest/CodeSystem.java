package dev.klaster.io.ingest;

/** Region code systems of Indonesia: BPS (statistics) and Kemendagri (Ministry of Home Affairs). */
public enum CodeSystem {
    BPS, KEMENDAGRI;

    /** Parses {@code bps|kemendagri|dagri}, case-insensitive. */
    public static CodeSystem parse(String text) {
        switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "bps": return BPS;
            case "kemendagri": case "dagri": case "mendagri": return KEMENDAGRI;
            default: throw new IllegalArgumentException("unknown code system '" + text
                    + "' (expected bps or kemendagri)");
        }
    }
}
