package dev.klaster.core.model;

/** Administrative level of a region, from the top of the hierarchy down. */
public enum RegionLevel {
    COUNTRY("country", "negara"),
    PROVINCE("province", "provinsi"),
    REGENCY("regency/city", "kabupaten/kota");

    private final String english;
    private final String indonesian;

    RegionLevel(String english, String indonesian) {
        this.english = english;
        this.indonesian = indonesian;
    }

    public String label(String lang) {
        return "id".equals(lang) ? indonesian : english;
    }

    /** Parses {@code country|national|province|provinsi|regency|regency_city|kabkota|city}, case-insensitive. */
    public static RegionLevel parse(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        switch (t) {
            case "country": case "national": case "nasional": case "negara": return COUNTRY;
            case "province": case "provinsi": case "state": return PROVINCE;
            case "regency": case "regency_city": case "city": case "kabkota": case "kabupaten": case "kota":
            case "kabupaten/kota": case "county": return REGENCY;
            default: throw new IllegalArgumentException("unknown region level '" + text
                    + "' (expected country, province or regency)");
        }
    }
}
