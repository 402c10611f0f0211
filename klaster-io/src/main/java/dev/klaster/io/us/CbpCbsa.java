package dev.klaster.io.us;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * US County Business Patterns 2019 by CBSA (metro/micro area) × 6-digit NAICS 2017, as in
 * {@code us-cbp-cbsa-naics-2019/}: {@code cbp2019_cbsa_naics6.csv} ({@code region,industry,year,emp,estab}), the
 * published all-sector totals (rows with industry {@code 00}) of {@code cbp2019_cbsa_naics_all_levels.csv.gz}
 * ({@code region,industry,naics_level,year,emp,estab}) and the names of {@code cbsa_2019.csv}
 * ({@code cbsa_code,cbsa_name,...}; optional).
 *
 * <p><b>Unpublished cells are missing, not zero</b>: CBP publishes no row for a CBSA × NAICS cell with fewer than 3
 * establishments, so an absent cell is NaN in {@link Data#employment()} and {@link Data#establishments()}, and LQ
 * denominators must come from {@link Data#regionTotal()} (the published {@code 00} totals), not from summing the
 * 6-digit rows (which cover 25–100 % of a CBSA's employment). Units: persons (paid employees in the pay period
 * including March 12) and establishments.
 *
 * <p>Checks (each an {@link InputDataException} with file, line, column and value): the exact header; 5-digit CBSA
 * codes; 6-digit NAICS codes; one year; non-negative finite numbers; no cell twice; every CBSA of the 6-digit file
 * has a published total.
 */
public final class CbpCbsa {
    static final List<String> CELLS_HEADER = List.of("region", "industry", "year", "emp", "estab");
    static final List<String> TOTALS_HEADER = List.of("region", "industry", "naics_level", "year", "emp", "estab");

    private CbpCbsa() {
    }

    /**
     * The panel, regions and industries sorted by code.
     *
     * @param regions       CBSA codes
     * @param regionNames   CBSA names ("" where the names file has none)
     * @param industries    NAICS codes
     * @param employment    {@code [region][industry]}, NaN = unpublished
     * @param establishments same shape
     * @param regionTotal   published all-sector employment per CBSA (persons)
     * @param year          the data year
     */
    public record Data(String[] regions, String[] regionNames, String[] industries, double[][] employment,
                       double[][] establishments, double[] regionTotal, int year) {
        /** Number of published cells. */
        public int publishedCells() {
            int n = 0;
            for (double[] row : employment) {
                for (double v : row) {
                    n += Double.isNaN(v) ? 0 : 1;
                }
            }
            return n;
        }

        public int indexOfIndustry(String code) {
            return Arrays.binarySearch(industries, code);
        }

        public int indexOfRegion(String code) {
            return Arrays.binarySearch(regions, code);
        }
    }

    /** Reads the folder {@code us-cbp-cbsa-naics-2019/} (file names as there). */
    public static Data read(Path folder) {
        Path names = folder.resolve("cbsa_2019.csv");
        return read(folder.resolve("cbp2019_cbsa_naics6.csv"), folder.resolve("cbp2019_cbsa_naics_all_levels.csv.gz"),
                Files.isRegularFile(names) ? names : null);
    }

    /**
     * @param cells  the 6-digit file
     * @param totals the all-levels file (.csv or .csv.gz) holding the {@code 00} totals
     * @param names  the CBSA names file, or null
     */
    public static Data read(Path cells, Path totals, Path names) {
        Map<String, Double> total = readTotals(totals);
        Map<String, String> nameOf = names == null ? Map.of() : readNames(names);
        // first pass into maps (the file is sorted by region but we do not rely on it)
        Map<String, Map<String, double[]>> byRegion = new TreeMap<>();
        TreeSet<String> inds = new TreeSet<>();
        int[] year = {Integer.MIN_VALUE};
        forEachRow(cells, CELLS_HEADER, (line, f) -> {
            String region = code(cells, line, "region", f[0], 5);
            String ind = code(cells, line, "industry", f[1], 6);
            int y = year(cells, line, f[2]);
            if (year[0] == Integer.MIN_VALUE) {
                year[0] = y;
            } else if (y != year[0]) {
                throw new InputDataException(cells.toString(), line, "year", f[2], "more than one year in the file ("
                        + year[0] + " and " + y + ")");
            }
            double emp = number(cells, line, "emp", f[3]);
            double est = number(cells, line, "estab", f[4]);
            if (byRegion.computeIfAbsent(region, k -> new HashMap<>()).put(ind, new double[] {emp, est}) != null) {
                throw new InputDataException(cells.toString(), line, "industry", ind, "cell " + region + " × " + ind
                        + " appears twice");
            }
            inds.add(ind);
        });
        if (byRegion.isEmpty()) {
            throw new InputDataException(cells.toString(), "no data rows");
        }
        String[] regions = byRegion.keySet().toArray(String[]::new);
        String[] industries = inds.toArray(String[]::new);
        Map<String, Integer> ii = new HashMap<>();
        for (int i = 0; i < industries.length; i++) {
            ii.put(industries[i], i);
        }
        double[][] emp = new double[regions.length][industries.length];
        double[][] est = new double[regions.length][industries.length];
        double[] tot = new double[regions.length];
        String[] rn = new String[regions.length];
        for (int r = 0; r < regions.length; r++) {
            Arrays.fill(emp[r], Double.NaN);
            Arrays.fill(est[r], Double.NaN);
            for (Map.Entry<String, double[]> e : byRegion.get(regions[r]).entrySet()) {
                int i = ii.get(e.getKey());
                emp[r][i] = e.getValue()[0];
                est[r][i] = e.getValue()[1];
            }
            Double t = total.get(regions[r]);
            if (t == null) {
                throw new InputDataException(totals.toString(), 0, "region", regions[r], "CBSA " + regions[r]
                        + " of " + cells.getFileName() + " has no published all-sector (industry 00) total");
            }
            tot[r] = t;
            rn[r] = nameOf.getOrDefault(regions[r], "");
        }
        return new Data(regions, rn, industries, emp, est, tot, year[0]);
    }

    private static Map<String, Double> readTotals(Path totals) {
        Map<String, Double> out = new LinkedHashMap<>();
        forEachRow(totals, TOTALS_HEADER, (line, f) -> {
            if (!"00".equals(f[1].strip())) {
                return;
            }
            String region = code(totals, line, "region", f[0], 5);
            if (out.put(region, number(totals, line, "emp", f[4])) != null) {
                throw new InputDataException(totals.toString(), line, "region", region,
                        "the all-sector total of CBSA " + region + " appears twice");
            }
        });
        if (out.isEmpty()) {
            throw new InputDataException(totals.toString(), "no all-sector (industry 00) totals");
        }
        return out;
    }

    private static Map<String, String> readNames(Path names) {
        Map<String, String> out = new HashMap<>();
        forEachRow(names, null, (line, f) -> {
            if (f.length < 2) {
                throw new InputDataException(names.toString(), line, "cbsa_name", "",
                        "expected cbsa_code,cbsa_name,...");
            }
            out.put(code(names, line, "cbsa_code", f[0], 5), f[1].strip());
        });
        return out;
    }

    @FunctionalInterface
    interface RowHandler {
        void row(long line, String[] fields);
    }

    /** Streams the rows of a CSV (gzip when the name ends in .gz), checking the header when {@code header} given. */
    static void forEachRow(Path file, List<String> header, RowHandler handler) {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file.toString(), "file not found");
        }
        try (Reader reader = open(file); CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(reader)) {
            boolean first = true;
            for (CsvRecord rec : csv) {
                List<String> f = rec.getFields();
                if (first) {
                    first = false;
                    List<String> got = f.stream().map(s -> s.strip().replace("\uFEFF", "")).toList();
                    if (header != null && !got.equals(header)) {
                        throw new InputDataException(file.toString(), rec.getStartingLineNumber(), "header",
                                String.join(",", got), "expected the header " + String.join(",", header));
                    }
                    continue;
                }
                if (f.size() == 1 && f.get(0).isBlank()) {
                    continue;
                }
                if (header != null && f.size() != header.size()) {
                    throw new InputDataException(file.toString(), rec.getStartingLineNumber(), "", String.join(",", f),
                            f.size() + " fields, expected " + header.size() + " (" + String.join(",", header) + ")");
                }
                handler.row(rec.getStartingLineNumber(), f.toArray(String[]::new));
            }
        } catch (IOException e) {
            throw new InputDataException(file.toString(), "cannot read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new InputDataException(file.toString(), "cannot read: " + e.getCause().getMessage());
        }
    }

    private static Reader open(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".gz")) {
            return new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), 1 << 16),
                    StandardCharsets.UTF_8);
        }
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    static String code(Path file, long line, String column, String value, int digits) {
        String v = value.strip();
        if (v.length() != digits || !v.chars().allMatch(Character::isDigit)) {
            throw new InputDataException(file.toString(), line, column, value, "expected a " + digits + "-digit code");
        }
        return v;
    }

    static double number(Path file, long line, String column, String value) {
        double d;
        try {
            d = Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new InputDataException(file.toString(), line, column, value, "not a number");
        }
        if (!Double.isFinite(d) || d < 0) {
            throw new InputDataException(file.toString(), line, column, value, "must be a finite number ≥ 0");
        }
        return d;
    }

    private static int year(Path file, long line, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InputDataException(file.toString(), line, "year", value, "not a year");
        }
    }
}
