package dev.klaster.io.ingest;

import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionSet;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The ingestion entry point: {@link #run(IngestRequest)} reads the files into one {@link Panel} and validates it.
 *
 * <p>Steps, all in one in-memory DuckDB connection: each file becomes a long relation (see {@link Source}); row
 * checks run as one aggregate SQL query (and, only when something is wrong, one query to find the first offending
 * line); region, industry and year codes are dictionary-encoded in SQL; the rows are streamed as (measure, flat
 * cell index, value) into {@link Panel.Builder#array(Measure)}; duplicate cells are caught with one bit per cell.
 * Sector columns named TOTAL/JUMLAH are kept aside as reported totals for the checks of {@link Validator}.
 */
public final class Ingest {
    private static final String MISSING = "(value IS NULL OR value IN ('', 'NA', 'N/A', 'na', 'n/a', '-', '...', '…'))";
    private static final String NUM = "v";
    /** Largest magnitude accepted for a value (see {@code rowChecks}). */
    static final String MAX_ABS = "1e18";

    private Ingest() {
    }

    /** Reads, checks and validates; throws {@link InputDataException} on bad input, before producing anything. */
    public static Ingested run(IngestRequest req) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            return new Ingest.Run(c, req).run();
        } catch (SQLException e) {
            throw new IllegalStateException("DuckDB failed: " + Source.firstLine(e.getMessage()), e);
        }
    }

    /** A reported total: value and where it was read. */
    record Total(double value, String file, long line) {
    }

    private static final class Run {
        private final Connection c;
        private final IngestRequest req;
        private final List<Source> sources = new ArrayList<>();
        private Measure[] measures;
        private List<String> measureTexts;
        private final boolean trace = Boolean.getBoolean("klaster.ingest.trace");
        private long t0 = System.nanoTime();

        private void lap(String phase) {
            if (trace) {
                long t = System.nanoTime();
                System.err.printf(java.util.Locale.ROOT, "[ingest] %-12s %6.0f ms%n", phase, (t - t0) / 1e6);
                t0 = t;
            }
        }

        Run(Connection c, IngestRequest req) {
            this.c = c;
            this.req = req;
        }

        Ingested run() throws SQLException {
            for (int k = 0; k < req.files().size(); k++) {
                sources.add(Source.load(c, k, req.files().get(k), req.layout(), req.defaultMeasure()));
            }
            lap("load");
            StringBuilder union = new StringBuilder("CREATE VIEW all_cells AS ");
            for (Source s : sources) {
                union.append(s.index == 0 ? "" : " UNION ALL ").append("SELECT ").append(s.index)
                        .append(" AS f, ").append(s.rowidLines ? "rowid + 2" : "line")
                        .append(" AS line, col, region, region_name, level, province, island, industry, year, "
                                + "measure, value, v FROM cells_").append(s.index);
            }
            exec(union.toString());
            for (Source s : sources) {
                if (queryLong("SELECT count(*) FROM cells_" + s.index) == 0) {
                    throw new InputDataException(s.name, "no data rows (the file has a header only, or only empty cells)");
                }
            }
            lap("count");
            List<String[]> regionRows = new ArrayList<>();
            List<String> allIndustries = new ArrayList<>();
            List<String> yearTexts = new ArrayList<>();
            List<String> measureTexts = new ArrayList<>();
            long[] valueFlags = distinctAll(regionRows, allIndustries, yearTexts, measureTexts);
            if (untrimmed(regionRows.stream().map(r -> r[0]).toList()) || untrimmed(allIndustries)
                    || untrimmed(yearTexts) || untrimmed(measureTexts)) {
                for (Source src : sources) {
                    exec("UPDATE cells_" + src.index + " SET region = trim(region), industry = trim(industry), "
                            + "year = trim(year), measure = trim(measure)");
                }
                regionRows.clear();
                allIndustries.clear();
                yearTexts.clear();
                measureTexts.clear();
                distinctAll(regionRows, allIndustries, yearTexts, measureTexts);
            }
            this.measureTexts = measureTexts;
            lap("distinct");
            measures = measures();
            rowChecks(regionRows, allIndustries, yearTexts, valueFlags);
            codeFormats(regionRows.stream().map(r -> r[0]).toList());
            lap("rowChecks");
            boolean wide = sources.stream().anyMatch(s -> s.layout == Layout.WIDE);
            RegionSet regions;
            Map<String, String> rawToCode = new HashMap<>();
            if (req.regionsFile() != null) {
                regions = Metadata.regions(req.regionsFile());
                for (String[] r : regionRows) {
                    rawToCode.put(r[0], r[0]);
                }
                unknownCodes("region", regionRows.stream().map(r -> r[0]).toList(), regions::contains,
                        req.regionsFile().getFileName().toString());
            } else {
                regions = wide ? RegionInference.bps(regionRows, rawToCode) : RegionInference.plain(regionRows, rawToCode);
            }
            lap("regions");
            IndustrySet industries;
            List<String> industryCodes = measures.length == 1 && !measures[0].regionLevel()
                    ? new ArrayList<>(allIndustries) : distinct("SELECT DISTINCT industry FROM all_cells JOIN mdict "
                    + "USING (measure) WHERE NOT rl AND industry IS NOT NULL");
            industryCodes.removeIf(java.util.Objects::isNull);
            industryCodes.removeIf(Headers::isTotal);
            if (req.industriesFile() != null) {
                industries = Metadata.industries(req.industriesFile());
                unknownCodes("industry", industryCodes, industries::contains,
                        req.industriesFile().getFileName().toString());
            } else {
                industries = RegionInference.industries(industryCodes);
            }
            if (req.targetCodes() != null) {
                RegionSet translated = CodeBridge.read(req.bridgeFiles(), req.targetCodes()).apply(regions);
                Map<String, String> byOld = new HashMap<>();
                for (int i = 0; i < regions.size(); i++) {
                    byOld.put(regions.get(i).code(), translated.get(i).code());
                }
                rawToCode.replaceAll((raw, code) -> byOld.get(code));
                regions = translated;
            }
            lap("industries");
            int[] years = yearTexts.stream().mapToInt(Integer::parseInt).sorted().toArray();
            Panel.Builder b = Panel.builder(regions, industries, years);
            dictionaries(rawToCode, regions, industries, years, allIndustries);
            lap("dicts");
            Map<Measure, Map<Long, Total>> totals = stream(b, measures);
            lap("stream");
            StringBuilder src = new StringBuilder();
            for (Source s : sources) {
                src.append(src.length() == 0 ? "" : ", ").append(s.name);
            }
            b.source(src.toString());
            Panel panel = b.build();
            List<Finding> findings = new ArrayList<>();
            for (Source s : sources) {
                for (String w : s.warnings) {
                    findings.add(new Finding(Severity.INFO, "unknown-column", s.name, 1, null, null, 0, null,
                            Double.NaN, Double.NaN, Double.NaN, w));
                }
            }
            findings.addAll(physical(Validator.validate(panel, totals, req.totalTolerance())));
            lap("validate");
            return new Ingested(panel, new ValidationReport(findings));
        }

        private static boolean untrimmed(List<String> codes) {
            return codes.stream().anyMatch(x -> x != null && !x.equals(x.strip()));
        }

        /** Findings with physical line numbers (one re-read per CSV source that has findings). */
        private List<Finding> physical(List<Finding> fs) {
            List<Finding> out = new ArrayList<>(fs);
            for (Source src : sources) {
                List<Integer> idx = new ArrayList<>();
                for (int k = 0; k < out.size(); k++) {
                    if (out.get(k).file().equals(src.name) && out.get(k).line() > 0) {
                        idx.add(k);
                    }
                }
                if (idx.isEmpty() || !src.csv) {
                    continue;
                }
                long[] lines = src.physicalLines(idx.stream().mapToLong(k -> out.get(k).line()).toArray());
                for (int j = 0; j < idx.size(); j++) {
                    Finding f = out.get(idx.get(j));
                    out.set(idx.get(j), new Finding(f.severity(), f.rule(), f.file(), lines[j], f.region(), f.industry(),
                            f.year(), f.measure(), f.value(), f.reference(), f.ratio(), f.message()));
                }
            }
            return out;
        }

        /** Parses the distinct measure texts; creates table mdict(measure, mi, nonneg, rl). */
        private Measure[] measures() throws SQLException {
            List<String> texts = measureTexts;
            List<Measure> ms = new ArrayList<>();
            Map<String, Measure> parsed = new HashMap<>();
            for (String t : texts) {
                Measure m;
                try {
                    m = Measure.parse(t == null ? "" : t);
                } catch (IllegalArgumentException e) {
                    Object[] at = first("SELECT f, line FROM all_cells WHERE measure IS NOT DISTINCT FROM ? ORDER BY f, line LIMIT 1", t);
                    Source s = sources.get((Integer) at[0]);
                    throw new InputDataException(s.name, s.physicalLine((Long) at[1]), s.header(Headers.Role.MEASURE, "measure"),
                            t == null ? "" : t, e.getMessage());
                }
                parsed.put(t, m);
                if (!ms.contains(m)) {
                    ms.add(m);
                }
            }
            exec("CREATE TABLE mdict (measure VARCHAR, mi INTEGER, nonneg BOOLEAN, rl BOOLEAN)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mdict VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, Measure> e : parsed.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setInt(2, ms.indexOf(e.getValue()));
                    ps.setBoolean(3, e.getValue().nonNegative());
                    ps.setBoolean(4, e.getValue().regionLevel());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return ms.toArray(new Measure[0]);
        }

        /**
         * Row checks. Codes and years are checked on their distinct values (cheap); numbers in one aggregate pass
         * over the parsed column {@code v}. Only when something is wrong, a second query finds the first offender.
         */
        private void rowChecks(List<String[]> regionRows, List<String> industryCodes, List<String> yearTexts,
                               long[] valueFlags) throws SQLException {
            if (regionRows.stream().anyMatch(r -> r[0] == null || r[0].isEmpty())) {
                long n = queryLong("SELECT count(*) FROM all_cells WHERE region IS NULL OR region = ''");
                fail("(region IS NULL OR region = '')", "region", Headers.Role.REGION,
                        n + " row(s) without a region code, first here");
            }
            if (industryCodes.stream().anyMatch(x -> x == null || x.isEmpty())) {
                String bad = "((industry IS NULL OR industry = '') AND NOT rl)";
                long n = queryLong("SELECT count(*) FROM all_cells JOIN mdict USING (measure) WHERE " + bad);
                if (n > 0) {
                    fail(bad, "industry", Headers.Role.INDUSTRY, n + " row(s) without an industry code, first here");
                }
            }
            if (yearTexts.stream().anyMatch(y -> y == null || !Headers.isYear(y))) {
                String bad = "(year IS NULL OR NOT regexp_full_match(year, '[0-9]{4}'))";
                long n = queryLong("SELECT count(*) FROM all_cells WHERE " + bad);
                fail(bad, "year", Headers.Role.YEAR, n + " row(s) with an unknown year format (expected a "
                        + "4-digit year such as 2020), first here");
            }
            String badNumber = "((v IS NULL OR NOT isfinite(v)) AND NOT " + MISSING + ")";
            String negative = "(nonneg AND v < 0)";
            long[] n = new long[2];
            if (valueFlags[2] > 0) {
                fail("(abs(v) > " + MAX_ABS + ")", "value", null, valueFlags[2] + " value(s) larger than 10^18 in "
                        + "magnitude (no regional statistic is that large: Indonesia's GDP is about 2 × 10^16 rupiah; "
                        + "sums and ratios of such values overflow to infinity), first here");
            }
            if (valueFlags[0] == 0 && valueFlags[1] == 0) {
                return; // every value parsed and none is negative
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT measure, count(*) FILTER "
                    + "(WHERE " + badNumber + "), count(*) FILTER (WHERE v < 0) FROM all_cells GROUP BY measure")) {
                while (rs.next()) {
                    n[0] += rs.getLong(2);
                    if (Measure.parse(rs.getString(1)).nonNegative()) {
                        n[1] += rs.getLong(3);
                    }
                }
            }
            if (n[0] > 0) {
                fail(badNumber, "value", null, n[0] + " unparsable number(s) (expected a plain number with '.' as "
                        + "decimal separator; empty, NA or - for missing), first here");
            }
            if (n[1] > 0) {
                fail(negative, "value", null, n[1] + " negative value(s) of a measure that cannot be negative "
                        + "(employment, establishments, wages, population), first here");
            }
        }

        /**
         * Region codes written in two formats ({@code 11.01} beside {@code 1101}, or dotted beside undotted codes
         * of the same length) would become separate regions: refused naming both, never merged silently (the
         * Kemendagri form 11.01 and the BPS form 1101 are different code systems; translate with --code-bridge).
         */
        private void codeFormats(List<String> codes) throws SQLException {
            Map<String, String> byKey = new HashMap<>();
            String dotted = null;
            Map<Integer, String> plainByLength = new HashMap<>();
            for (String code : codes) {
                if (code == null) {
                    continue;
                }
                String key = code.replace(".", "").replace(" ", "");
                String other = byKey.putIfAbsent(key, code);
                if (other != null && !other.equals(code)) {
                    refuseCode(code, "region code '" + code + "' and '" + other + "' are the same code written in "
                            + "two formats; write every code the same way");
                }
                if (code.contains(".")) {
                    dotted = dotted == null ? code : dotted;
                } else if (key.chars().allMatch(Character::isDigit)) {
                    plainByLength.putIfAbsent(key.length(), code);
                }
            }
            if (dotted != null) {
                String plain = plainByLength.get(dotted.replace(".", "").replace(" ", "").length());
                if (plain != null) {
                    refuseCode(dotted, "region code '" + dotted + "' is written with a dot while codes of the same "
                            + "level such as '" + plain + "' are not (Kemendagri 11.01 vs BPS 1101 form); write every "
                            + "code in one form, or translate with --code-bridge");
                }
            }
        }

        private void refuseCode(String code, String problem) throws SQLException {
            Object[] at = first("SELECT f, line FROM all_cells WHERE region = ? ORDER BY f, line LIMIT 1", code);
            Source s = sources.get((Integer) at[0]);
            throw new InputDataException(s.name, s.physicalLine((Long) at[1]), s.header(Headers.Role.REGION, "region"),
                    code, problem);
        }

        private void fail(String cond, String valueColumn, Headers.Role role, String problem) throws SQLException {
            Object[] at = first("SELECT f, line, col, " + valueColumn + ", measure FROM all_cells JOIN mdict USING (measure) WHERE "
                    + cond + " ORDER BY f, line LIMIT 1");
            Source s = sources.get((Integer) at[0]);
            String column = role == null ? (String) at[2] : s.header(role, (String) at[2]);
            if (role == Headers.Role.YEAR && !s.roles.containsKey(role)) {
                column = (String) at[2];
            }
            String p = problem.contains("negative") ? problem + " (measure " + at[4] + ")" : problem;
            throw new InputDataException(s.name, s.physicalLine((Long) at[1]), column, at[3] == null ? "" : (String) at[3], p);
        }

        private void unknownCodes(String what, List<String> codes, java.util.function.Predicate<String> known,
                                  String metaFile) throws SQLException {
            List<String> unknown = codes.stream().filter(x -> x != null && !known.test(x)).toList();
            if (unknown.isEmpty()) {
                return;
            }
            String col = what.equals("region") ? "region" : "industry";
            Object[] at = first("SELECT f, line FROM all_cells WHERE " + col + " = ? ORDER BY f, line LIMIT 1",
                    unknown.get(0));
            Source s = sources.get((Integer) at[0]);
            throw new InputDataException(s.name, s.physicalLine((Long) at[1]),
                    s.header(what.equals("region") ? Headers.Role.REGION : Headers.Role.INDUSTRY, what),
                    unknown.get(0), "unknown " + what + " code (not in " + metaFile + ")"
                            + (unknown.size() > 1 ? "; " + unknown.size() + " unknown codes in all: "
                            + unknown.subList(0, Math.min(10, unknown.size())) : ""));
        }

        /**
         * One scan for the distinct region rows (code, name, level, province, island; ordered by code), industry
         * codes, year texts and measure texts.
         */
        private long[] distinctAll(List<String[]> regionRows, List<String> industries, List<String> years,
                                   List<String> measureTexts) throws SQLException {
            long[] flags = new long[3];
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT GROUPING(region), "
                    + "GROUPING(industry), GROUPING(year), region, industry, year, measure, any_value(region_name), "
                    + "any_value(level), any_value(province), any_value(island), "
                    + "count(*) FILTER (WHERE v IS NULL OR NOT isfinite(v)), count(*) FILTER (WHERE v < 0), "
                    + "count(*) FILTER (WHERE abs(v) > " + MAX_ABS + ") FROM all_cells "
                    + "GROUP BY GROUPING SETS ((region), (industry), (year), (measure))")) {
                while (rs.next()) {
                    if (rs.getInt(1) == 0) {
                        regionRows.add(new String[]{rs.getString(4), rs.getString(8), rs.getString(9), rs.getString(10),
                                rs.getString(11)});
                    } else if (rs.getInt(2) == 0) {
                        industries.add(rs.getString(5));
                    } else if (rs.getInt(3) == 0) {
                        years.add(rs.getString(6));
                    } else {
                        measureTexts.add(rs.getString(7));
                        flags[0] += rs.getLong(12);
                        flags[1] += rs.getLong(13);
                        flags[2] += rs.getLong(14);
                    }
                }
            }
            regionRows.sort(java.util.Comparator.comparing((String[] r) -> r[0],
                    java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            return flags;
        }

        /** {@code INSERT INTO table VALUES ('k', i), ...} in one statement (JDBC batches are slow in DuckDB). */
        private void insertPairs(String table, List<String> keys, List<Integer> values) throws SQLException {
            if (keys.isEmpty()) {
                return;
            }
            StringBuilder sb = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
            for (int k = 0; k < keys.size(); k++) {
                sb.append(k == 0 ? "" : ", ").append("('").append(keys.get(k).replace("'", "''")).append("', ")
                        .append(values.get(k)).append(')');
            }
            exec(sb.toString());
        }

        private void dictionaries(Map<String, String> rawToCode, RegionSet regions, IndustrySet industries, int[] years,
                                  List<String> allIndustries) throws SQLException {
            exec("CREATE TABLE rd (region VARCHAR, ri INTEGER)");
            exec("CREATE TABLE idict (industry VARCHAR, ii INTEGER)");
            exec("CREATE TABLE ydict (year VARCHAR, yi INTEGER)");
            List<String> keys = new ArrayList<>();
            List<Integer> vals = new ArrayList<>();
            rawToCode.forEach((raw, code) -> {
                keys.add(raw);
                vals.add(regions.indexOf(code));
            });
            insertPairs("rd", keys, vals);
            keys.clear();
            vals.clear();
            for (String code : allIndustries) {
                if (code != null) {
                    keys.add(code);
                    vals.add(Headers.isTotal(code) && !industries.contains(code) ? -1 : industries.indexOf(code));
                }
            }
            insertPairs("idict", keys, vals);
            keys.clear();
            vals.clear();
            for (int y = 0; y < years.length; y++) {
                keys.add(Integer.toString(years[y]));
                vals.add(y);
            }
            insertPairs("ydict", keys, vals);
        }

        /** Streams cells into the builder's arrays; returns the reported totals; fails on a duplicate cell. */
        private Map<Measure, Map<Long, Total>> stream(Panel.Builder b, Measure[] measures) throws SQLException {
            int nR = b.regions().size();
            int nI = b.industries().size();
            double[][] arrays = new double[measures.length][];
            BitSet[] seen = new BitSet[measures.length];
            for (int m = 0; m < measures.length; m++) {
                arrays[m] = b.array(measures[m]);
                seen[m] = new BitSet(arrays[m].length);
            }
            String joins = " FROM all_cells JOIN mdict USING (measure) JOIN rd USING (region) JOIN ydict USING (year) "
                    + "LEFT JOIN idict USING (industry) ";
            boolean anyRegionLevel = java.util.Arrays.stream(measures).anyMatch(Measure::regionLevel);
            String cellExpr = anyRegionLevel ? "CASE WHEN rl THEN yi * " + nR + " + ri ELSE (yi * " + nR + " + ri) * "
                    + nI + " + ii END" : "(yi * " + nR + " + ri) * " + nI + " + ii";
            if (measures.length == 1 && !anyRegionLevel) {
                // the common case: two columns only (JDBC getters per row are the cost here)
                double[] a = arrays[0];
                BitSet seen0 = seen[0];
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + cellExpr + ", v"
                        + " FROM all_cells JOIN rd USING (region) JOIN ydict USING (year) JOIN idict USING (industry) "
                        + "WHERE ii >= 0")) {
                    while (rs.next()) {
                        int cell = rs.getInt(1);
                        double v = rs.getDouble(2);
                        if (seen0.get(cell)) {
                            duplicate(measures[0], cell, b, nR, nI);
                        }
                        seen0.set(cell);
                        a[cell] = rs.wasNull() ? Double.NaN : v;
                    }
                }
            } else try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT mi, " + cellExpr
                    + " AS cell, " + NUM + " AS v" + joins + "WHERE rl OR ii >= 0")) {
                while (rs.next()) {
                    int m = rs.getInt(1);
                    int cell = rs.getInt(2);
                    double v = rs.getDouble(3);
                    if (seen[m].get(cell)) {
                        duplicate(measures[m], cell, b, nR, nI);
                    }
                    seen[m].set(cell);
                    arrays[m][cell] = rs.wasNull() ? Double.NaN : v;
                }
            }
            Map<Measure, Map<Long, Total>> totals = new EnumMap<>(Measure.class);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT mi, yi * " + nR
                    + " + ri AS cell, " + NUM + " AS v, f, line" + joins + "WHERE NOT rl AND ii < 0")) {
                while (rs.next()) {
                    Measure m = measures[rs.getInt(1)];
                    long cell = rs.getLong(2);
                    double v = rs.getDouble(3);
                    if (rs.wasNull()) {
                        continue;
                    }
                    Source src = sources.get(rs.getInt(4));
                    Total old = totals.computeIfAbsent(m, k -> new HashMap<>()).put(cell,
                            new Total(v, src.name, rs.getLong(5)));
                    if (old != null) {
                        int y = (int) (cell / nR);
                        int r = (int) (cell % nR);
                        throw new InputDataException(src.name, src.physicalLine(rs.getLong(5)), "TOTAL", Double.toString(v),
                                "duplicate total of region " + b.regions().get(r).code() + ", year " + b.years()[y]
                                        + ", " + m.id() + " (first in " + old.file() + " line " + old.line() + ")");
                    }
                }
            }
            return totals;
        }

        private void duplicate(Measure m, int cell, Panel.Builder b, int nR, int nI) throws SQLException {
            int width = m.regionLevel() ? 1 : nI;
            int i = m.regionLevel() ? -1 : cell % nI;
            int yr = cell / width;
            int y = yr / nR;
            int r = yr % nR;
            String cond = "m2.mi = ? AND rd.ri = ? AND yd.yi = ?" + (i >= 0 ? " AND id.ii = " + i : "");
            List<Object[]> at = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.f, a.line, a.region, a.industry, a.year, a.col "
                    + "FROM all_cells a JOIN mdict m2 USING (measure) JOIN rd USING (region) JOIN ydict yd USING (year) "
                    + "LEFT JOIN idict id USING (industry) WHERE " + cond + " ORDER BY a.f, a.line LIMIT 2")) {
                ps.setInt(1, indexOfMeasure(m));
                ps.setInt(2, r);
                ps.setInt(3, y);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        at.add(new Object[]{rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6)});
                    }
                }
            }
            Object[] second = at.get(at.size() - 1);
            Object[] firstRow = at.get(0);
            Source s = sources.get((Integer) second[0]);
            Source s0 = sources.get((Integer) firstRow[0]);
            throw new InputDataException(s.name, s.physicalLine((Long) second[1]), s.header(Headers.Role.REGION, "region"),
                    (String) second[2], "duplicate cell (region " + second[2] + ", industry " + second[3] + ", year "
                            + second[4] + ", " + m.id() + "), first given in " + sources.get((Integer) firstRow[0]).name
                            + " line " + s0.physicalLine((Long) firstRow[1]));
        }

        private int indexOfMeasure(Measure m) {
            return java.util.Arrays.asList(measures).indexOf(m);
        }

        private List<String> distinct(String sql) throws SQLException {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        }

        private Object[] first(String sql, Object... params) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int k = 0; k < params.length; k++) {
                    ps.setObject(k + 1, params[k]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    Object[] row = new Object[rs.getMetaData().getColumnCount()];
                    for (int k = 0; k < row.length; k++) {
                        row[k] = rs.getObject(k + 1);
                    }
                    if (row[0] instanceof Number n && row.length > 1) {
                        row[0] = n.intValue();
                    }
                    if (row.length > 1 && row[1] instanceof Number n) {
                        row[1] = n.longValue();
                    }
                    return row;
                }
            }
        }

        private long queryLong(String sql) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        }

        private void exec(String sql) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }
    }
}
