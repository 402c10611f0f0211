package dev.klaster.io.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises header names, case-insensitively and ignoring spaces, underscores and punctuation, in English and
 * Indonesian ({@code KodeWilayah}, {@code region_code}, {@code Tahun}, ...).
 */
final class Headers {
    /** What a column holds. {@link #OTHER} columns are value columns in a wide layout. */
    enum Role { REGION, REGION_NAME, LEVEL, PROVINCE, PROVINCE_NAME, ISLAND, ISLAND_ID, YEAR, INDUSTRY,
        INDUSTRY_NAME, MEASURE, VALUE, UNIT, OTHER }

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Sector column names that hold the reported total rather than a sector. */
    private static final Set<String> TOTAL = Set.of("total", "jumlah", "pdrb", "grdp", "all");

    private Headers() {
    }

    static String norm(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    static Role roleOf(String header) {
        switch (norm(header)) {
            case "region": case "regioncode": case "regionid": case "kodewilayah": case "kodekabkota":
            case "kodedaerah": case "kode": case "code": case "kodebps": case "kdkab": case "wilayahkode":
                return Role.REGION;
            case "regionname": case "namawilayah": case "name": case "nama": case "namakabkota": case "namadaerah":
                return Role.REGION_NAME;
            case "level": case "tingkat": case "regionlevel":
                return Role.LEVEL;
            case "provincecode": case "kodeprovinsi": case "kodeprov": case "province": case "provinsi":
                return Role.PROVINCE;
            case "provincename": case "namaprovinsi":
                return Role.PROVINCE_NAME;
            case "island": case "pulau":
                return Role.ISLAND;
            case "islandid": case "idpulau":
                return Role.ISLAND_ID;
            case "year": case "tahun":
                return Role.YEAR;
            case "industry": case "industrycode": case "sector": case "sektor": case "lapanganusaha": case "kbli":
            case "industri": case "naics": case "nace":
                return Role.INDUSTRY;
            case "industryname": case "sectorname": case "namasektor": case "namalapanganusaha":
                return Role.INDUSTRY_NAME;
            case "measure": case "indicator": case "indikator": case "variable": case "variabel":
                return Role.MEASURE;
            case "value": case "nilai":
                return Role.VALUE;
            case "unit": case "satuan":
                return Role.UNIT;
            default:
                return Role.OTHER;
        }
    }

    static boolean isYear(String text) {
        return text != null && YEAR.matcher(text.trim()).matches();
    }

    static boolean isTotal(String industryCode) {
        return TOTAL.contains(norm(industryCode));
    }
}
