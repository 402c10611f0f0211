package dev.klaster.io.ingest;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Classification;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Regions and industries when no metadata file is given: from the codes, names, levels and island columns of the
 * data. Each input row is {@code {raw code, name, level, province code, island}}.
 */
final class RegionInference {
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d\\d00");
    private static final Pattern REGENCY_CODE = Pattern.compile("\\d{4}");

    private RegionInference() {
    }

    /** Tidy data without metadata: every region a regency/city without parent, unless a level column says more. */
    static RegionSet plain(List<String[]> rows, Map<String, String> rawToCode) {
        List<Region> list = new ArrayList<>();
        for (String[] r : rows) {
            RegionLevel level = r[2] == null ? RegionLevel.REGENCY : level(r);
            list.add(new Region(r[0], r[1], level, null));
            rawToCode.put(r[0], r[0]);
        }
        return RegionSet.of(list);
    }

    /**
     * BPS conventions (the layout of BPS PDRB tables): code 9999 or level national → the country, code {@code "ID"};
     * a code {@code PP00} or level province → province with its official 2-digit BPS code {@code PP} (the tables
     * write province × 100); other codes → regency/city whose parent is its province (the province column, else the
     * first two digits of a 4-digit code). Groups: one per island (column island/pulau), and Eastern/Western
     * Indonesia ({@link DemoPanel#GROUP_EAST}: provinces 52, 53 and 71–99, as in the demo).
     */
    static RegionSet bps(List<String[]> rows, Map<String, String> rawToCode) {
        List<Region> list = new ArrayList<>();
        Map<String, List<String>> islands = new LinkedHashMap<>();
        List<String> east = new ArrayList<>();
        List<String> west = new ArrayList<>();
        Set<String> provinces = new HashSet<>();
        boolean hasCountry = false;
        List<String[]> regencies = new ArrayList<>();
        for (String[] r : rows) {
            RegionLevel level = r[2] != null ? level(r)
                    : r[0].equals("9999") || (r[1] != null && r[1].matches("(?i)nasional|indonesia|national"))
                    ? RegionLevel.COUNTRY : PROVINCE_CODE.matcher(r[0]).matches() ? RegionLevel.PROVINCE : RegionLevel.REGENCY;
            String code = level == RegionLevel.COUNTRY ? DemoPanel.COUNTRY
                    : level == RegionLevel.PROVINCE && PROVINCE_CODE.matcher(r[0]).matches() ? r[0].substring(0, 2) : r[0];
            rawToCode.put(r[0], code);
            if (level == RegionLevel.COUNTRY) {
                hasCountry = true;
            } else if (level == RegionLevel.PROVINCE) {
                provinces.add(code);
            } else {
                regencies.add(r);
            }
        }
        for (String[] r : rows) {
            String code = rawToCode.get(r[0]);
            RegionLevel level = code.equals(DemoPanel.COUNTRY) ? RegionLevel.COUNTRY
                    : provinces.contains(code) ? RegionLevel.PROVINCE : RegionLevel.REGENCY;
            String parent = null;
            if (level == RegionLevel.PROVINCE && hasCountry) {
                parent = DemoPanel.COUNTRY;
            } else if (level == RegionLevel.REGENCY) {
                String p = r[3] != null ? r[3] : REGENCY_CODE.matcher(code).matches() ? code.substring(0, 2) : null;
                if (p != null && PROVINCE_CODE.matcher(p).matches()) {
                    p = p.substring(0, 2);
                }
                parent = p != null && provinces.contains(p) ? p : null;
            }
            String name = r[1] == null ? code : r[1].replaceFirst("(?i)^provinsi\\s+", "");
            list.add(new Region(code, name, level, parent));
            if (level != RegionLevel.COUNTRY) {
                if (r[4] != null && !r[4].isBlank()) {
                    islands.computeIfAbsent(r[4], k -> new ArrayList<>()).add(code);
                }
                String prov = level == RegionLevel.PROVINCE ? code : parent;
                if (prov != null && prov.matches("\\d\\d")) {
                    int p = Integer.parseInt(prov);
                    (p == 52 || p == 53 || p >= 71 ? east : west).add(code);
                }
            }
        }
        list.sort(Comparator.comparing((Region x) -> x.level() == RegionLevel.COUNTRY).thenComparing(Region::code));
        Map<String, List<String>> groups = new LinkedHashMap<>(islands);
        if (!west.isEmpty()) {
            groups.put(DemoPanel.GROUP_WEST, west);
        }
        if (!east.isEmpty()) {
            groups.put(DemoPanel.GROUP_EAST, east);
        }
        try {
            return new RegionSet(list, groups);
        } catch (IllegalArgumentException e) {
            throw new InputDataException(null, "regions: " + e.getMessage());
        }
    }

    private static RegionLevel level(String[] r) {
        try {
            return RegionLevel.parse(r[2]);
        } catch (IllegalArgumentException e) {
            throw new InputDataException(null, 0, "level", r[2], "region " + r[0] + ": " + e.getMessage());
        }
    }

    /**
     * Industries from the codes of the data: if every code is one of the 17 PDRB KBLI sections, those sections in
     * KBLI order with their names; otherwise the codes in sorted order, user-defined.
     */
    static IndustrySet industries(List<String> codes) {
        Map<String, String[]> sections = new LinkedHashMap<>();
        for (String[] s : DemoPanel.sections()) {
            sections.put(s[0], s);
        }
        List<Industry> list = new ArrayList<>();
        if (!codes.isEmpty() && sections.keySet().containsAll(codes)) {
            Set<String> have = new HashSet<>(codes);
            sections.forEach((code, s) -> {
                if (have.contains(code)) {
                    list.add(new Industry(code, s[2], 0, null, Classification.KBLI));
                }
            });
        } else {
            codes.stream().sorted().forEach(code -> list.add(Industry.of(code)));
        }
        return new IndustrySet(list);
    }

}
