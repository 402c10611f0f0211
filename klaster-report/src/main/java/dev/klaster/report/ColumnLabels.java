package dev.klaster.report;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Column headers the reader sees, in the report's language and with their unit: the core's and the report's
 * column identifiers ({@code growth_pct_per_year}, {@code lq}, {@code employment_2023}) become
 * "pertumbuhan per tahun (%)", "LQ (indeks)", "tenaga kerja 2023 (orang)". Names come from the {@code col.*} keys of
 * the message bundles, unit words from the {@code unit.*} keys, and the units of the data's measures from the panel
 * (translated by {@link #localUnit}).
 *
 * <p>Every known column also has a {@link Kind}: what its numbers are (a count, a percentage 0–100, a share 0–1, an
 * index, an amount in the measure's unit, ...). The workbook chooses its number format from the kind; the HTML report
 * shows shares as percentages. A header produced here is remembered, so the kind of an already-labelled column (a
 * table relabelled for a chart) is known too.
 *
 * <p>Years, ranks and codes are identifiers, not measurements: their headers carry no unit.
 */
public final class ColumnLabels {
    /** What a column's numbers are; decides the unit word and the number format. */
    public enum Kind {
        /** Text, no unit. */
        TEXT,
        /** A year (no thousands separator, no unit). */
        YEAR,
        /** A rank 1, 2, ... (no unit). */
        RANK,
        /** A whole count (regions, rows, cells). */
        COUNT,
        /** An index or coefficient such as LQ, with two decimals. */
        INDEX,
        /** An index on 0–1 (Gini, a similarity) with three decimals. */
        INDEX3,
        /** A percentage already on 0–100. */
        PCT,
        /** A share on 0–1, shown as a percentage. */
        FRACTION,
        /** A yearly growth rate on 0–1, shown as % per year. */
        FRACTION_YEAR,
        /** A yearly growth rate on 0–100 (% per year). */
        PCT_YEAR,
        /** Percentage points. */
        PP,
        /** A ratio (no unit; two decimals). */
        RATIO,
        /** A score on 0–1. */
        SCORE,
        /** 0 or 1 (no / yes). */
        FLAG,
        /** Stars 0–4. */
        STARS,
        /** An amount in the unit of the analysed measure. */
        MEASURE,
        /** An amount in the unit of value added. */
        VALUE_ADDED,
        /** A number of persons employed. */
        JOBS,
        /** Value added per inhabitant. */
        VALUE_ADDED_PER_CAPITA,
        /** Value added per person employed. */
        VALUE_ADDED_PER_JOB,
        /** Units of the input-output table. */
        IO,
        /** Different units on different rows (a long table); the row says which. */
        BY_ROW,
        /** A number of unknown kind (no unit). */
        NUMBER
    }

    /** The kind of each known raw column (names in {@code col.*}). */
    private static final Map<String, Kind> KINDS = new HashMap<>();

    static {
        for (String s : new String[] {"measure", "unit", "level", "region", "region_name", "industry",
            "industry_name", "label", "province", "province_name", "class", "kelas", "basis", "cluster", "method",
            "component", "quadrant", "kuadran", "quadrant_label", "passes", "keterangan", "statement", "stage",
            "raw_stage", "role", "factor", "indicator", "reason", "group", "supplier", "buyer", "io_sector",
            "sector_type", "star_criteria", "star_criteria_id", "members", "severity", "source", "regional_cluster",
            "status", "indicators", "measured_by", "meaning", "item", "table", "file", "base_year", "end_year",
            "rule", "lisa", "gi_star", "sheet", "description"}) {
            KINDS.put(s, Kind.TEXT);
        }
        put(Kind.COUNT, "regions", "industries", "missing_cells", "rows", "units", "findings_analysed",
                "findings_outside", "findings_total");
        put(Kind.YEAR, "first_year", "last_year", "year");
        put(Kind.RANK, "rank", "line"); // a line number is an identifier, not an amount
        put(Kind.INDEX, "lq", "lq_end", "lq_start", "delta_lq", "lq_trend", "centrality", "direct_backward",
                "direct_forward", "total_backward", "total_forward", "power_of_dispersion",
                "sensitivity_of_dispersion", "internal_mean", "external_mean", "z_Gi_star", "threshold");
        put(Kind.INDEX3, "locational_gini", "gini_cut", "input_similarity", "p_sim");
        put(Kind.PCT, "share_pct", "grdp_growth_percent");
        put(Kind.FRACTION, "coverage_share", "lq_above_1_share", "national_share", "share_of_nation", "supply_share",
                "buy_share", "renewal", "growth", "coverage", "share", "reference_share");
        put(Kind.FRACTION_YEAR, "growth_per_year");
        put(Kind.PCT_YEAR, "growth_pct_per_year", "growth_percent", "reference_growth_percent");
        put(Kind.PP, "growth_minus_reference_pp", "share_minus_reference_pp");
        put(Kind.RATIO, "internal_external_ratio", "ratio");
        put(Kind.SCORE, "composite", "score", "specialisation", "rd_capacity", "knowledge_skills", "hr_development",
                "cooperation", "supplier_proximity", "capital", "entrepreneurship", "leadership");
        put(Kind.FLAG, "strong", "star_size", "star_specialisation", "star_productivity", "star_dynamism",
                "in_cluster", "lisa_class");
        put(Kind.STARS, "stars");
        put(Kind.MEASURE, "national_share_component", "industry_mix", "regional_shift", "change", "size",
                "change_component");
        put(Kind.VALUE_ADDED, "output_direct", "output_indirect", "output_induced", "output_total",
                "value_added_direct", "value_added_indirect", "value_added_induced", "value_added_total",
                "final_demand_change", "output_change", "value_added_change");
        put(Kind.JOBS, "jobs_direct", "jobs_indirect", "jobs_induced", "jobs_total", "jobs_change");
        put(Kind.VALUE_ADDED_PER_CAPITA, "grdp_per_capita");
        put(Kind.VALUE_ADDED_PER_JOB, "productivity");
        put(Kind.IO, "flow");
        put(Kind.BY_ROW, "value", "reference");
    }

    private static void put(Kind k, String... names) {
        for (String n : names) {
            KINDS.put(n, k);
        }
    }

    private static final Pattern MEASURE_YEAR = Pattern.compile("([a-z_]+?)_(\\d{4})");
    private static final Pattern BASE_YEAR = Pattern.compile("(value|total)_(\\d{4})");

    private final Messages m;
    private final Map<Measure, String> units;
    private final Measure measure;
    /** Headers made here (display form, shares on 0–100) → their kind, for tables already relabelled. */
    private Map<String, Kind> headers;

    private ColumnLabels(Messages m, Map<Measure, String> units, Measure measure) {
        this.m = m;
        this.units = units;
        this.measure = measure;
    }

    /** Labels without the data's units (measures shown with their default units). */
    public static ColumnLabels of(Lang lang) {
        return of(lang, null, null);
    }

    /**
     * Labels for a report on {@code panel} (null: default units) whose analysed measure is {@code measure} (null:
     * employment when the panel has it, else value added).
     */
    public static ColumnLabels of(Lang lang, Panel panel, Measure measure) {
        Messages m = new Messages(lang);
        Map<Measure, String> u = new HashMap<>();
        String source = panel == null ? "" : panel.source();
        for (Measure ms : Measure.values()) {
            u.put(ms, localUnit(panel == null ? ms.unit() : panel.unit(ms), source, m));
        }
        Measure analysed = measure != null ? measure
                : panel == null || panel.has(Measure.EMPLOYMENT) ? Measure.EMPLOYMENT : Measure.VALUE_ADDED;
        return new ColumnLabels(m, u, analysed);
    }

    public Lang lang() {
        return m.lang();
    }

    /** The analysed measure (unit of {@link Kind#MEASURE} columns). */
    public Measure measure() {
        return measure;
    }

    /** The unit of a measure in the report's language, e.g. "miliar rupiah, harga konstan 2010". */
    public String unit(Measure ms) {
        return units.get(ms);
    }

    /**
     * The kind of a raw column name, or of a header made here by {@link #label} or {@link #name} (a relabelled
     * table, whose shares are on 0–100: {@link Kind#PCT}); {@link Kind#NUMBER} when unknown.
     */
    public Kind kind(String column) {
        Kind k = KINDS.get(column);
        if (k != null) {
            return k;
        }
        Measure ms = measureOf(column);
        if (ms != null) {
            return kindOf(ms);
        }
        Matcher b = BASE_YEAR.matcher(column);
        if (b.matches()) {
            return "value".equals(b.group(1)) ? Kind.MEASURE : Kind.BY_ROW;
        }
        Matcher my = MEASURE_YEAR.matcher(column);
        if (my.matches() && measureOf(my.group(1)) != null) {
            return kindOf(measureOf(my.group(1)));
        }
        k = headers().get(column);
        return k != null ? k : Kind.NUMBER;
    }

    /** True when {@code column} is a header made here (not a raw column name). */
    public boolean isHeader(String column) {
        return !KINDS.containsKey(column) && headers().containsKey(column);
    }

    private Map<String, Kind> headers() {
        if (headers == null) {
            Map<String, Kind> h = new HashMap<>();
            for (Map.Entry<String, Kind> e : KINDS.entrySet()) {
                Kind shown = display(e.getValue());
                h.putIfAbsent(label(e.getKey()), shown);
                h.putIfAbsent(name(e.getKey()), shown);
            }
            for (Measure ms : Measure.values()) {
                h.putIfAbsent(label(ms.id()), kindOf(ms));
            }
            headers = h;
        }
        return headers;
    }

    /** The kind a column has once shown: shares on 0–1 are shown on 0–100. */
    static Kind display(Kind k) {
        return k == Kind.FRACTION ? Kind.PCT : k == Kind.FRACTION_YEAR ? Kind.PCT_YEAR : k;
    }

    /** The factor a column's numbers are multiplied by to be shown (100 for shares on 0–1, else 1). */
    public double displayScale(String column) {
        Kind k = KINDS.get(column);
        return k == Kind.FRACTION || k == Kind.FRACTION_YEAR ? 100 : 1;
    }

    /** True when the column is a known raw name (a {@code col.*} name, a measure, or measure/value/total_YEAR). */
    public boolean known(String column) {
        return m.has("col." + column) || measureOf(column) != null || BASE_YEAR.matcher(column).matches()
                || measureYear(column) != null;
    }

    /** The reader's name of a column, without unit (the column name itself when unknown). */
    public String name(String column) {
        if (m.has("col." + column)) {
            return m.get("col." + column);
        }
        Measure ms = measureOf(column);
        if (ms != null) {
            return ms.label(m.lang().code());
        }
        Matcher b = BASE_YEAR.matcher(column);
        if (b.matches()) {
            return m.get("col." + b.group(1)) + " " + b.group(2);
        }
        String[] my = measureYear(column);
        if (my != null) {
            return measureOf(my[0]).label(m.lang().code()) + " " + my[1];
        }
        return column;
    }

    /** The unit word of a kind for this report ("" for text, years, ranks and unknown numbers). */
    public String unitOf(Kind k) {
        return switch (k) {
            case TEXT, YEAR, RANK, NUMBER -> "";
            case MEASURE -> units.get(measure);
            case VALUE_ADDED -> units.get(Measure.VALUE_ADDED);
            case JOBS -> units.get(Measure.EMPLOYMENT);
            case VALUE_ADDED_PER_CAPITA -> m.format("unit.perCapita", bare(units.get(Measure.VALUE_ADDED)));
            case VALUE_ADDED_PER_JOB -> m.format("unit.perJob", bare(units.get(Measure.VALUE_ADDED)));
            default -> m.get("unit." + k.name().toLowerCase(Locale.ROOT));
        };
    }

    /**
     * The header of a column: its name and, for a number, its unit in parentheses ("LQ (indeks)"). A column that is
     * already a header (made here) is returned as it is.
     */
    public String label(String column) {
        if (!known(column)) {
            return column;
        }
        return label(name(column), KINDS.containsKey(column) || measureOf(column) != null
                || BASE_YEAR.matcher(column).matches() || measureYear(column) != null ? kind(column) : Kind.NUMBER);
    }

    /**
     * Header of a number column named {@code name} whose unit is that of {@code kind}: "name (unit)"; a unit with a
     * parenthesis of its own ("orang (sintetis)") is written "name (orang, sintetis)".
     */
    public String label(String name, Kind kind) {
        String unit = unitOf(kind);
        if (unit == null || unit.isEmpty()) {
            return name;
        }
        String u = unit.replaceAll("\\s*\\(([^()]*)\\)", ", $1");
        // "cakupan (pangsa wilayah)" + % → "cakupan (pangsa wilayah, %)": one parenthesis, not two
        return name.endsWith(")") ? name.substring(0, name.length() - 1) + ", " + u + ")" : name + " (" + u + ")";
    }

    /**
     * A copy of {@code t} for the reader: columns renamed to their headers ({@link #label}; text columns to their
     * {@link #name}), shares on 0–1 multiplied by 100 (their header says %), and the column {@code drop} left out
     * (null: none). Notes are kept.
     */
    public dev.klaster.core.table.Table relabel(dev.klaster.core.table.Table t, String drop) {
        dev.klaster.core.table.Table.Builder nb = dev.klaster.core.table.Table.builder(t.name());
        java.util.List<Integer> keep = new java.util.ArrayList<>();
        java.util.List<Double> scale = new java.util.ArrayList<>();
        for (int c = 0; c < t.columns().size(); c++) {
            dev.klaster.core.table.Table.Column cl = t.columns().get(c);
            if (cl.name().equals(drop)) {
                continue;
            }
            keep.add(c);
            if (cl.type() == dev.klaster.core.table.Table.Type.TEXT) {
                nb.text(header(cl.name(), false));
                scale.add(1.0);
            } else {
                nb.number(header(cl.name(), true));
                scale.add(displayScale(cl.name()));
            }
        }
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] row = new Object[keep.size()];
            for (int k = 0; k < row.length; k++) {
                Object v = t.get(r, keep.get(k));
                row[k] = v instanceof Double d && scale.get(k) != 1.0 ? d * scale.get(k) : v;
            }
            nb.row(row);
        }
        t.notes().forEach(n -> nb.note(note(n)));
        return nb.build();
    }

    /** The core's English notes that the report says in its language: pattern → bundle key (groups as {0}, ...). */
    private static final Object[][] NOTES = {
        {Pattern.compile("synthetic demo data — not real statistics( / data demo sintetis — bukan statistik resmi)?"),
            "note.synthetic"},
        {Pattern.compile("(\\d+) undefined value\\(s\\) left empty .* / \\d+ nilai tidak terdefinisi dikosongkan"),
            "note.undefined"},
        {Pattern.compile("measure of ([a-z_]+); reference = sum of (\\d+) analysis regions"), "note.measureOf"},
        {Pattern.compile("local industries \\(serve the local market; in no cluster, never a region's industrial "
            + "strength\\): (.*)"), "note.localIndustries"},
        {Pattern.compile("supplier proximity from a simple-LQ regionalisation of the national Z .*"),
            "note.supplierProximity"},
        {Pattern.compile("cluster_impact scenario rows: national coefficients applied to the analysed regions' "
            + "totals of (\\d{4}) .*"), "note.scenarioRows"},
        {Pattern.compile("productivity needs both value added and employment: not computed"), "note.noProductivity"},
        {Pattern.compile("no IO table: member roles not computed"), "note.noRoles"},
        {Pattern.compile("impact scenario needs .*: not computed.*"), "note.noScenario"},
        {Pattern.compile("no value added: GRDP contribution not computed"), "note.noContribution"},
        {Pattern.compile("no IO table: clusters defined from co-location only \\(method (\\w+) needs Z\\)"),
            "note.colocation"},
        {Pattern.compile("measure of ([a-z_]+)"), "note.measureOnly"},
        {Pattern.compile("reference = (.*) / acuan = (.*)"), "note.referenceOf"},
        {Pattern.compile("(\\d+) region/industry cell\\(s\\) missing in some of the years .*? / (\\d+ sel .*)"),
            "note.missingYears"},
    };

    /**
     * A note of a core table as the report says it: the known English notes of the core translated through the
     * bundle ({@code note.*}; a measure id becomes its name), other notes as they are.
     */
    public String note(String note) {
        for (Object[] n : NOTES) {
            Matcher x = ((Pattern) n[0]).matcher(note);
            if (x.matches()) {
                Object[] args = new Object[x.groupCount()];
                for (int g = 0; g < args.length; g++) {
                    String v = x.group(g + 1);
                    Measure ms = v == null ? null : measureOf(v);
                    args[g] = ms != null ? ms.label(m.lang().code()) : v == null ? "" : v;
                }
                return m.format((String) n[1], args);
            }
        }
        return note;
    }

    /** The header of a raw column: with its unit when it holds numbers, its name when text. */
    public String header(String column, boolean number) {
        return number ? label(column) : name(column);
    }

    /** A unit without its trailing parenthesis ("miliar rupiah (sintetis)" → "miliar rupiah"). */
    private static String bare(String unit) {
        return unit.replaceAll("\\s*\\([^()]*\\)\\s*$", "");
    }

    /** A unit as the report says it: the data's unit text translated to the report's language. */
    public String localUnit(String unit) {
        return localUnit(unit, "", m);
    }

    private Kind kindOf(Measure ms) {
        return switch (ms) {
            case EMPLOYMENT -> Kind.JOBS;
            case VALUE_ADDED, OUTPUT, WAGES -> Kind.VALUE_ADDED;
            case ESTABLISHMENTS, POPULATION -> Kind.COUNT;
        };
    }

    private static Measure measureOf(String column) {
        for (Measure ms : Measure.values()) {
            if (ms.id().equals(column)) {
                return ms;
            }
        }
        return null;
    }

    private static String[] measureYear(String column) {
        Matcher my = MEASURE_YEAR.matcher(column);
        if (my.matches() && measureOf(my.group(1)) != null) {
            return new String[] {my.group(1), my.group(2)};
        }
        return null;
    }

    /** English and Indonesian words of units, in the order they are replaced. */
    private static final String[][] UNIT_WORDS = {
        {"billion IDR", "miliar rupiah"}, {"billion rupiah", "miliar rupiah"}, {"million IDR", "juta rupiah"},
        {"million rupiah", "juta rupiah"}, {"thousand persons", "ribu orang"}, {"current prices", "harga berlaku"},
        {"establishments", "unit usaha"}, {"persons", "orang"}, {"workers", "pekerja"}, {"jobs", "lapangan kerja"},
        {"(synthetic)", "(sintetis)"}, {"synthetic", "sintetis"}};
    private static final Pattern CONSTANT_EN = Pattern.compile("constant (\\d{4}) prices");
    private static final Pattern CONSTANT_ID = Pattern.compile("harga konstan (\\d{4})");
    /** A BPS table at constant 2010 prices (ADHK 2010), published in billion rupiah. */
    private static final Pattern ADHK = Pattern.compile("(?i).*adhk[ _-]?(\\d{4}).*");
    private static final Pattern ADHB = Pattern.compile("(?i).*adhb.*");

    /**
     * Translates a unit text of the data to the report's language. The generic units of a measure say what the data
     * say: "currency" becomes "miliar rupiah, harga konstan 2010" when the data source is a BPS PDRB table at constant
     * prices (ADHK 2010 in its name; BPS publishes PDRB in billion rupiah), "... harga berlaku" for current prices
     * (ADHB), else "the data's currency units"; "persons" and "count" are translated; other texts have their known
     * words translated ("billion IDR, constant 2010 prices (synthetic)" → "miliar rupiah, harga konstan 2010
     * (sintetis)") and are otherwise kept as the data give them.
     */
    static String localUnit(String unit, String source, Messages m) {
        if (unit == null || unit.isBlank()) {
            return m.get("unit.none");
        }
        String u = unit.trim();
        switch (u.toLowerCase(Locale.ROOT)) {
            case "currency": {
                Matcher a = ADHK.matcher(source == null ? "" : source);
                if (a.matches()) {
                    return m.format("unit.currency.constant", a.group(1));
                }
                if (source != null && ADHB.matcher(source).matches()) {
                    return m.get("unit.currency.current");
                }
                return m.get("unit.currency");
            }
            case "persons": return m.get("unit.jobs");
            case "count": return m.get("unit.count");
            default: break;
        }
        boolean id = m.lang() == Lang.ID;
        String out = u;
        if (id) {
            out = CONSTANT_EN.matcher(out).replaceAll("harga konstan $1");
            out = out.replace("constant prices", "harga konstan");
        } else {
            out = CONSTANT_ID.matcher(out).replaceAll("constant $1 prices");
            out = out.replace("harga konstan", "constant prices");
        }
        for (String[] w : UNIT_WORDS) {
            if (id) {
                out = out.replace(w[0], w[1]);
            } else if (!w[0].contains("IDR")) {
                out = out.replace(w[1], w[0]);
            }
        }
        if (!id) {
            out = out.replace("billion IDR", "billion rupiah").replace("million IDR", "million rupiah");
        }
        return out;
    }
}
