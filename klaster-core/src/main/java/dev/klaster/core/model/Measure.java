package dev.klaster.core.model;

import java.util.Locale;

/**
 * What a panel value counts. {@link #POPULATION} is a region-level measure (no industry dimension); the others are
 * region × industry.
 */
public enum Measure {
    EMPLOYMENT("employment", "tenaga kerja", "persons", false, true),
    VALUE_ADDED("value_added", "nilai tambah (PDRB)", "currency", false, false),
    OUTPUT("output", "output", "currency", false, false),
    ESTABLISHMENTS("establishments", "jumlah usaha", "count", false, true),
    WAGES("wages", "upah", "currency", false, true),
    POPULATION("population", "penduduk", "persons", true, true);

    private final String id;
    private final String indonesian;
    private final String unit;
    private final boolean regionLevel;
    private final boolean nonNegative;

    Measure(String id, String indonesian, String unit, boolean regionLevel, boolean nonNegative) {
        this.id = id;
        this.indonesian = indonesian;
        this.unit = unit;
        this.regionLevel = regionLevel;
        this.nonNegative = nonNegative;
    }

    /** Identifier used in files and on the command line, e.g. {@code value_added}. */
    public String id() {
        return id;
    }

    public String label(String lang) {
        return "id".equals(lang) ? indonesian : id.replace('_', ' ');
    }

    public String unit() {
        return unit;
    }

    /** True for measures that have no industry dimension (population). */
    public boolean regionLevel() {
        return regionLevel;
    }

    /**
     * True where a negative value is a data error (employment, establishments, wages, population). Value added and
     * output may be negative in real accounts (e.g. a loss-making sector), so they are not checked.
     */
    public boolean nonNegative() {
        return nonNegative;
    }

    /** Parses an identifier or common synonym (emp, va, pdrb, grdp, gva, estab, pop), case-insensitive. */
    public static Measure parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        switch (t) {
            case "employment": case "emp": case "jobs": case "tenaga_kerja": case "workers": return EMPLOYMENT;
            case "value_added": case "va": case "gva": case "pdrb": case "grdp": case "gdp": case "nilai_tambah": return VALUE_ADDED;
            case "output": case "production": return OUTPUT;
            case "establishments": case "estab": case "firms": case "plants": case "usaha": return ESTABLISHMENTS;
            case "wages": case "wage": case "payroll": case "upah": return WAGES;
            case "population": case "pop": case "penduduk": return POPULATION;
            default: throw new IllegalArgumentException("unknown measure '" + text
                    + "' (expected employment, value_added, output, establishments, wages or population)");
        }
    }
}
