package dev.klaster.report;

import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Classification;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;
import dev.klaster.core.model.Slice;
import dev.klaster.core.table.Table;
import dev.klaster.report.chart.BarChart;
import dev.klaster.report.chart.BubbleChart;
import dev.klaster.report.chart.ChoroplethChart;
import dev.klaster.report.chart.HeatmapChart;
import dev.klaster.report.chart.LineChart;
import dev.klaster.report.chart.NetworkChart;
import dev.klaster.report.chart.QuadrantChart;
import dev.klaster.report.chart.RadarChart;
import dev.klaster.report.chart.RolesChart;
import dev.klaster.report.chart.SymbolMapChart;
import dev.klaster.report.chart.WaterfallChart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills a {@link ReportModel} section by section. The sections have a fixed order (data overview, leading
 * sectors, map, shift-share, Klassen, clusters, connectivity, competitiveness, impact); empty ones are left out.
 *
 * <p>From a {@link Panel} it builds what the core computes today ({@link #panelOverview}, {@link #addLocationQuotient},
 * {@link #addRegionMaps}). Results of other modules are added as {@link Table}s with small {@code addXxx} methods,
 * one per chart kind, naming the columns to use; rendering needs no change. A {@code null} title takes the default
 * title of that kind in the report language.
 */
public final class ReportBuilder {
    /** Section keys in display order. */
    public static final List<String> SECTIONS = List.of("data", "leading", "map", "shiftshare", "klassen", "clusters",
            "connectivity", "competitiveness", "impact", "appendix");
    /** Name of the built-in island outline map. */
    public static final String OUTLINE_MAP = "klaster-outline";
    /** Name under which a user boundary file is registered. */
    public static final String BOUNDARY_MAP = "klaster-boundaries";
    /** Heatmap limits: regions (rows) and industries (columns) drawn; the full table goes to the workbook. */
    public static final int HEATMAP_MAX_REGIONS = 60;
    public static final int HEATMAP_MAX_INDUSTRIES = 40;

    private final Lang lang;
    private final Messages m;
    private final ReportModel.Builder model;
    private final Map<String, List<Block>> blocks = new LinkedHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private Boundaries.Joined boundaries;
    private String boundaryLabel;
    private ColumnLabels labels;
    private boolean labelsSet;

    public ReportBuilder(Lang lang, String title) {
        this.lang = lang;
        this.m = new Messages(lang);
        this.model = ReportModel.builder(title == null ? m.get("report.title") : title, lang);
        this.labels = ColumnLabels.of(lang);
        for (String s : SECTIONS) {
            blocks.put(s, new ArrayList<>());
        }
    }

    public Lang lang() {
        return lang;
    }

    public Messages messages() {
        return m;
    }

    /** Column headers and units of the report ({@link #panelOverview} sets them from the panel's units). */
    public ColumnLabels labels() {
        return labels;
    }

    /** Sets the column headers and units (e.g. with the analysed measure); must be in the report's language. */
    public ReportBuilder labels(ColumnLabels l) {
        if (l.lang() != lang) {
            throw new IllegalArgumentException("column labels in " + l.lang().code() + " for a report in "
                    + lang.code());
        }
        this.labels = l;
        this.labelsSet = true;
        return this;
    }

    /** Indonesian when the data look Indonesian (country code ID, or KBLI industries), else English. */
    public static Lang defaultLang(Panel panel) {
        for (Region r : panel.regions().list()) {
            if (r.level() == RegionLevel.COUNTRY && "ID".equalsIgnoreCase(r.code())) {
                return Lang.ID;
            }
        }
        for (Industry i : panel.industries().list()) {
            if (i.classification() == Classification.KBLI) {
                return Lang.ID;
            }
        }
        return Lang.EN;
    }

    // ---------------------------------------------------------------- overview

    /** Overview facts from a panel: source, years, counts, synthetic flag, and a data-overview table. */
    public ReportBuilder panelOverview(Panel panel) {
        model.dataSource(panel.source()).years(panel.years()).industryCount(panel.industries().size())
                .synthetic(panel.synthetic());
        Panel analysed = analysisLevel(panel);
        model.regionCount(analysed.regions().size());
        if (!labelsSet) {
            labels = ColumnLabels.of(lang, panel, null);
        }
        Table.Builder t = Table.builder("data_overview").text("measure").text("unit").text("level")
                .number("regions").number("industries").number("first_year").number("last_year")
                .number("missing_cells").number("total_" + panel.year(panel.yearCount() - 1));
        for (Measure ms : panel.measures()) {
            if (ms.regionLevel()) {
                continue;
            }
            int missing = 0;
            for (int y = 0; y < analysed.yearCount(); y++) {
                Slice s = analysed.sliceAt(ms, y);
                for (int r = 0; r < analysed.regions().size(); r++) {
                    for (int i = 0; i < analysed.industries().size(); i++) {
                        if (Double.isNaN(s.get(r, i))) {
                            missing++;
                        }
                    }
                }
            }
            double total = sum(analysed.sliceAt(ms, analysed.yearCount() - 1).regionTotals());
            t.row(ms.label(lang.code()), labels.unit(ms), analysed.regions().get(0).level().label(lang.code()),
                    analysed.regions().size(), analysed.industries().size(), panel.year(0),
                    panel.year(panel.yearCount() - 1), missing, total);
            if (missing > 0) {
                model.warning(m.format("data.missingCells", ms.label(lang.code()), missing));
            }
        }
        dataOverview = t.build();
        add("data", TableBlock.of(nextId("data"), m.get("panel.overview.title"), "", labels.relabel(dataOverview, null)));
        return this;
    }

    /** The executive summary, shown first after the title (and as the first sheet after the overview). */
    public ReportBuilder summary(ExecutiveSummary s) {
        model.summary(s);
        return this;
    }

    /** The recommendations per strong regional cluster, shown after the summary. */
    public ReportBuilder recommendations(Recommendations r) {
        model.recommendations(r);
        return this;
    }

    /** The line under the title (region, level, period, source). */
    public ReportBuilder subtitle(String s) {
        model.subtitle(s);
        return this;
    }

    /** The notes and warnings added so far. */
    public List<String> warningsSoFar() {
        return model.warnings();
    }

    /** The raw data-overview table of {@link #panelOverview} (null before it). */
    public Table dataOverview() {
        return dataOverview;
    }

    private Table dataOverview;

    /** A validation warning (always shown). */
    public ReportBuilder warning(String warning) {
        model.warning(warning);
        return this;
    }

    /**
     * The validation findings: a verdict up front (errors and warnings about the analysed regions, and how many are
     * about regions outside the analysis) and, in the appendix, one table per rule with the numbers of each finding
     * (region, industry, year, value, reference, ratio, file and line) under a heading in the report language. A
     * finding concerns the analysis when it names no region, one of {@code scope}, or a parent of one (a province
     * code that an analysed regency code starts with). Notes (INFO) are counted, not listed.
     */
    public ReportBuilder validation(dev.klaster.io.ingest.ValidationReport findings, java.util.Set<String> scope) {
        return validation(findings, scope, Map.of());
    }

    /** As {@link #validation(dev.klaster.io.ingest.ValidationReport, java.util.Set)}, naming regions by {@code names}. */
    public ReportBuilder validation(dev.klaster.io.ingest.ValidationReport findings, java.util.Set<String> scope,
                                    Map<String, String> names) {
        java.util.Map<String, Table.Builder> byRule = new java.util.LinkedHashMap<>();
        java.util.Map<String, Integer> count = new java.util.LinkedHashMap<>();
        // per rule and severity: {about the analysed regions, about other regions}
        java.util.Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        java.util.List<dev.klaster.io.ingest.Finding> sorted = new java.util.ArrayList<>(findings.findings());
        sorted.sort(java.util.Comparator.comparing(dev.klaster.io.ingest.Finding::severity).reversed());
        for (dev.klaster.io.ingest.Finding f : sorted) {
            boolean in = concerns(f.region(), scope);
            counts.computeIfAbsent(f.rule() + "\u0000" + f.severity().name(), k -> new int[2])[in ? 0 : 1]++;
            if (f.severity() == dev.klaster.io.ingest.Severity.INFO || !in) {
                continue; // notes are counted, not listed; findings about other regions are counted only
            }
            Table.Builder t = byRule.computeIfAbsent(f.rule(), r -> Table.builder("validation_" + r).text("severity")
                    .text("region").text("region_name").text("industry").number("year").number("value")
                    .number("reference").number("ratio").text("source"));
            count.merge(f.rule(), 1, Integer::sum);
            String region = f.region() == null ? "" : f.region();
            t.row(m.get("severity." + f.severity().name().toLowerCase(java.util.Locale.ROOT)), region,
                    names.getOrDefault(region, ""), f.industry() == null ? "" : f.industry(), f.year() > 0 ? (double) f.year() : Double.NaN,
                    f.value(), f.reference(), f.ratio(),
                    f.file().isEmpty() ? "" : f.file() + (f.line() > 0 ? ":" + f.line() : ""));
        }
        Table.Builder vs = Table.builder("validation_summary").text("rule").text("rule_name").text("severity_id")
                .text("severity").number("findings_analysed").number("findings_outside").number("findings_total");
        int errors = 0;
        int warnings = 0;
        int outside = 0;
        for (java.util.Map.Entry<String, int[]> e : counts.entrySet()) {
            String[] k = e.getKey().split("\u0000");
            String sev = k[1].toLowerCase(java.util.Locale.ROOT);
            int[] c = e.getValue();
            vs.row(k[0], ruleName(k[0]), sev, m.get("severity." + sev), c[0], c[1], c[0] + c[1]);
            if ("error".equals(sev)) {
                errors += c[0];
            } else if ("warning".equals(sev)) {
                warnings += c[0];
            }
            if (!"info".equals(sev)) {
                outside += c[1];
            }
        }
        vs.note(m.get("validation.summary.note"));
        validationSummary = vs.build();
        model.verdict(m.format("validation.verdict", errors, warnings)
                + (outside > 0 ? " " + m.format("validation.outside", outside) : ""));
        add("appendix", new TableBlock(nextId("appendix"), m.get("validation.summary.title"),
                m.get("validation.summary.caption"), labels.relabel(Wide.drop(validationSummary,
                        List.of("rule", "severity_id")), null), 100, null, 0));
        for (java.util.Map.Entry<String, Table.Builder> e : byRule.entrySet()) {
            String rule = e.getKey();
            String title = ruleName(rule) + " (" + count.get(rule) + ")";
            String caption = m.has("validation.rule." + rule + ".caption") ? m.get("validation.rule." + rule
                    + ".caption") : "";
            add("appendix", new TableBlock(nextId("appendix"), title, caption, labels.relabel(e.getValue().build(), null), 30,
                    null, 0));
        }
        return this;
    }

    private Table validationSummary;

    /**
     * Counts of the validation findings per rule and severity (null before {@link #validation}): rule, rule_name,
     * severity_id (error, warning, info), severity, findings_analysed (about the analysed regions),
     * findings_outside (about other regions), findings_total. The verdict and the appendix are made from it.
     */
    public Table validationSummary() {
        return validationSummary;
    }

    /** The title of a validation rule in the report's language (the rule id when the bundle has none). */
    String ruleName(String rule) {
        return m.has("validation.rule." + rule) ? m.get("validation.rule." + rule) : rule;
    }

    /** Does a finding about {@code region} concern the analysed regions? */
    static boolean concerns(String region, java.util.Set<String> scope) {
        if (region == null || region.isEmpty() || scope == null || scope.contains(region)) {
            return true;
        }
        for (String c : scope) {
            if (c.length() > region.length() && c.startsWith(region)) {
                return true;
            }
        }
        return false;
    }

    /** A warning shown first, before the validation findings (the plain truth about what the data can show). */
    public ReportBuilder leadWarning(String warning) {
        model.leadWarning(warning);
        return this;
    }

    /** A user boundary file for choropleths (from {@link Boundaries#read}); its warnings become report warnings. */
    public ReportBuilder boundaries(Boundaries.Joined joined, String label) {
        this.boundaries = joined;
        this.boundaryLabel = label;
        model.map(BOUNDARY_MAP, joined.geoJson());
        joined.warnings().forEach(model::warning);
        return this;
    }

    // ---------------------------------------------------------------- from the panel

    /** LQ heatmap (region × sector) and the leading sectors per region, for the last year of {@code measure}. */
    public ReportBuilder addLocationQuotient(Panel panel, Measure measure) {
        return addLocationQuotient(panel, measure, null);
    }

    /**
     * As {@link #addLocationQuotient(Panel, Measure)}; the highest-LQ sectors per region are chosen among the
     * industries with {@code traded[i]} (null: all), local sectors being no region's industrial strength.
     */
    public ReportBuilder addLocationQuotient(Panel panel, Measure measure, boolean[] traded) {
        return addLocationQuotient(panel, measure, traded, null);
    }

    /**
     * As {@link #addLocationQuotient(Panel, Measure, boolean[])} against an explicit reference economy
     * ({@code --reference province|national|FILE}); null: the sum of the regions.
     */
    public ReportBuilder addLocationQuotient(Panel panel, Measure measure, boolean[] traded,
                                             dev.klaster.core.model.Reference reference) {
        Panel p = analysisLevel(panel);
        int last = p.yearCount() - 1;
        Slice s = p.sliceAt(measure, last);
        double[][] values = s.toMatrix();
        double[][] lq = reference == null ? LocationQuotient.matrix(values)
                : LocationQuotient.matrix(values, null, reference.industries(measure, p.year(last)));
        double[] regionTotals = s.regionTotals();
        double[] industryTotals = s.industryTotals();
        int[] rOrder = p.regions().size() > HEATMAP_MAX_REGIONS ? descending(regionTotals) : identity(lq.length);
        int nI = p.industries().size();
        int[] iOrder = nI > HEATMAP_MAX_INDUSTRIES ? descending(industryTotals) : identity(nI);
        Table.Builder full = Table.builder("lq_" + measure.id() + "_" + p.year(last)).text("region").text("region_name")
                .text("industry").text("industry_name").text("label").number("lq");
        int undefined = 0;
        for (int r : rOrder) {
            Region reg = p.regions().get(r);
            for (int i : iOrder) {
                Industry ind = p.industries().get(i);
                if (Double.isNaN(lq[r][i])) {
                    undefined++;
                }
                full.row(reg.code(), reg.name(), ind.code(), ind.name(), industryLabel(ind), lq[r][i]);
            }
        }
        if (undefined > 0) {
            model.warning(m.format("lq.undefined", undefined));
        }
        full.note(reference == null
                ? m.format("lq.note", p.regions().size(), measure.label(lang.code()), Integer.toString(p.year(last)))
                : m.format("lq.noteReference", reference.label(lang.code()), measure.label(lang.code()),
                Integer.toString(p.year(last))));
        Table fullTable = labels.relabel(full.build(), null);
        add("leading", new HeatmapChart(nextId("leading"), m.format("lq.heatmap.title", measure.label(lang.code()),
                Integer.toString(p.year(last))), m.get("lq.heatmap.caption"), fullTable, labels.label("region_name"),
                labels.label("label"), labels.label("lq"),
                1.0, HEATMAP_MAX_REGIONS, HEATMAP_MAX_INDUSTRIES));
        Table.Builder lead = Table.builder("leading_sectors_" + p.year(last)).text("region").text("region_name")
                .number("rank").text("industry").text("industry_name").number("lq").number("share_pct");
        for (int r = 0; r < lq.length; r++) {
            int[] top = descending(lq[r]);
            for (int k = 0, shown = 0; k < top.length && shown < 3; k++) {
                int i = top[k];
                if (Double.isNaN(lq[r][i])) {
                    break;
                }
                if (traded != null && !traded[i]) {
                    continue;
                }
                lead.row(p.regions().get(r).code(), p.regions().get(r).name(), ++shown, p.industries().get(i).code(),
                        p.industries().get(i).name(), lq[r][i], 100 * values[r][i] / regionTotals[r]);
            }
        }
        add("leading", new TableBlock(nextId("leading"), m.format("lq.leading.title", Integer.toString(p.year(last))),
                m.format(traded == null ? "lq.leading.caption" : "lq.leading.captionTraded"), labels.relabel(lead.build(), null), 120, null,
                0));
        return this;
    }

    /**
     * Maps of the measure's regional total in the last year and its average annual growth (provinces: on the user
     * boundary file when given, else proportional symbols at the capitals), and a bar chart of growth by region.
     * Regencies are summed to their province (parent code, else the first two digits of the code) for the map.
     */
    public ReportBuilder addRegionMaps(Panel panel, Measure measure) {
        Panel p = analysisLevel(panel);
        int last = p.yearCount() - 1;
        if (boundaries != null && boundaries.joinedRegions() > 0) {
            return addAnalysedLevelMaps(p, measure);
        }
        if (toProvinces(p, new double[p.regions().size()], new double[p.regions().size()]).size() < 2) {
            // one province's regencies summed to one symbol would say nothing
            model.warning(m.get("map.needsBoundaries"));
            return this;
        }
        if (last == 0) {
            // one year: the total map only (growth needs two years)
            double[] t = p.sliceAt(measure, 0).regionTotals();
            String y = Integer.toString(p.year(0));
            Map<String, double[]> prov = toProvinces(p, t, t);
            Table.Builder total = Table.builder("map_total_" + measure.id() + "_" + y).text("province")
                    .text("province_name").number(measure.id() + "_" + y);
            Map<String, String> names = provinceNames(p);
            for (Map.Entry<String, double[]> e : prov.entrySet()) {
                total.row(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[1]);
            }
            return addRegionMap(m.format("map.total.title", measure.label(lang.code()), y),
                    labels.relabel(total.build(), null), labels.label("province"), labels.label("province_name"),
                    labels.label(measure.id() + "_" + y));
        }
        double[] first = p.sliceAt(measure, 0).regionTotals();
        double[] lastT = p.sliceAt(measure, last).regionTotals();
        String y0 = Integer.toString(p.year(0));
        String y1 = Integer.toString(p.year(last));
        Table.Builder growth = Table.builder("growth_" + measure.id()).text("region").text("region_name")
                .number("value_" + y0).number("value_" + y1).number("growth_pct_per_year");
        double[] g = new double[first.length];
        for (int r = 0; r < first.length; r++) {
            g[r] = cagr(first[r], lastT[r], last);
            growth.row(p.regions().get(r).code(), p.regions().get(r).name(), first[r], lastT[r], g[r]);
        }
        Table growthTable = labels.relabel(growth.build(), null);
        // growth bar, regions sorted by growth
        Table.Builder sorted = Table.builder("growth_" + measure.id() + "_ranked").text("region_name")
                .number("growth_pct_per_year");
        for (int r : descending(g)) {
            sorted.row(p.regions().get(r).name(), g[r]);
        }
        // provinces for the map
        Map<String, double[]> prov = toProvinces(p, first, lastT);
        Table.Builder total = Table.builder("map_total_" + measure.id() + "_" + y1).text("province")
                .text("province_name").number(measure.id() + "_" + y1);
        Table.Builder pg = Table.builder("map_growth_" + measure.id()).text("province").text("province_name")
                .number("growth_pct_per_year");
        Map<String, String> names = provinceNames(p);
        for (Map.Entry<String, double[]> e : prov.entrySet()) {
            String name = names.getOrDefault(e.getKey(), e.getKey());
            total.row(e.getKey(), name, e.getValue()[1]);
            pg.row(e.getKey(), name, cagr(e.getValue()[0], e.getValue()[1], last));
        }
        String label = measure.label(lang.code());
        addRegionMap(m.format("map.total.title", label, y1), labels.relabel(total.build(), null),
                labels.label("province"), labels.label("province_name"), labels.label(measure.id() + "_" + y1));
        addRegionMap(m.format("map.growth.title", label, y0, y1), labels.relabel(pg.build(), null),
                labels.label("province"), labels.label("province_name"), labels.label("growth_pct_per_year"));
        add("map", new BarChart(nextId("map"), m.format("growth.bar.title", label, y0, y1), "", labels.relabel(sorted.build(), null),
                labels.label("region_name"), List.of(labels.label("growth_pct_per_year")), null, false, p.regions().size() <= 60));
        add("map", new TableBlock(nextId("map"), m.get("overview.regions"), "", growthTable, 60, null, 0));
        return this;
    }

    /** Choropleths of the analysed regions themselves (a boundary file joined at the analysed level). */
    private ReportBuilder addAnalysedLevelMaps(Panel p, Measure measure) {
        int last = p.yearCount() - 1;
        double[] first = p.sliceAt(measure, 0).regionTotals();
        double[] lastT = p.sliceAt(measure, last).regionTotals();
        String y0 = Integer.toString(p.year(0));
        String y1 = Integer.toString(p.year(last));
        String unit = labels.unit(measure);
        Table.Builder total = Table.builder("map_total_" + measure.id() + "_" + y1).text("region")
                .text("region_name").number(measure.id() + "_" + y1);
        Table.Builder pg = Table.builder("map_growth_" + measure.id()).text("region").text("region_name")
                .number("growth_pct_per_year");
        for (int r = 0; r < p.regions().size(); r++) {
            Region reg = p.regions().get(r);
            String name = boundaries.names().getOrDefault(reg.code(), reg.name());
            total.row(reg.code(), name, lastT[r]);
            pg.row(reg.code(), name, cagr(first[r], lastT[r], last));
        }
        String label = measure.label(lang.code());
        String caption = m.format("map.choropleth.caption", boundaryLabel) + " " + m.get("map.quantiles");
        add("map", new ChoroplethChart(nextId("map"), m.format("map.total.title", label, y1) + (unit == null
                || unit.isBlank() ? "" : ", " + unit), caption, labels.relabel(total.build(), null),
                labels.label("region_name"), labels.label(measure.id() + "_" + y1),
                BOUNDARY_MAP));
        if (last > 0) {
            add("map", new ChoroplethChart(nextId("map"), m.format("map.growth.title", label, y0, y1), caption,
                    labels.relabel(pg.build(), null), labels.label("region_name"),
                    labels.label("growth_pct_per_year"), BOUNDARY_MAP));
        }
        return this;
    }

    /**
     * A map of a value per province: a choropleth when a boundary file was given, else proportional symbols at the
     * provincial capitals (Indonesia) on the project's schematic island outline.
     */
    public ReportBuilder addRegionMap(String title, Table table, String codeColumn, String nameColumn,
                                      String valueColumn) {
        if (boundaries != null) {
            add("map", new ChoroplethChart(nextId("map"), title, m.format("map.choropleth.caption", boundaryLabel),
                    table, nameColumn, valueColumn, BOUNDARY_MAP));
        } else {
            ensureOutline();
            add("map", new SymbolMapChart(nextId("map"), title, m.get("map.builtin.caption"), table, codeColumn,
                    nameColumn, valueColumn, capitals(), OUTLINE_MAP));
        }
        return this;
    }

    // ---------------------------------------------------------------- tables from other modules

    /** Shift-share components per region or sector as stacked bars (negative parts below zero) with the total. */
    public ReportBuilder addShiftShare(String title, Table t, String categoryColumn, List<String> componentColumns,
                                       String totalColumn) {
        add("shiftshare", new BarChart(nextId("shiftshare"), or(title, "section.shiftshare.title"), "", t,
                categoryColumn, componentColumns, totalColumn, true, false));
        return this;
    }

    /** Shift-share of one region as a waterfall: rows are the components in order, then the total bar. */
    public ReportBuilder addShiftShareWaterfall(String title, Table t, String labelColumn, String valueColumn) {
        add("shiftshare", new WaterfallChart(nextId("shiftshare"), or(title, "section.shiftshare.title"), "", t,
                labelColumn, valueColumn, m.get("total")));
        return this;
    }

    /** Klassen typology: x growth, y share (or income per capita), split at the reference values. */
    public ReportBuilder addKlassen(String title, Table t, String labelColumn, String growthColumn,
                                    String shareColumn, double growthReference, double shareReference) {
        add("klassen", new QuadrantChart(nextId("klassen"), or(title, "section.klassen.title"), "", t, labelColumn,
                growthColumn, shareColumn, growthReference, shareReference, m.get("axis.growth"),
                m.get("axis.share"), quadrants("klassen")));
        return this;
    }

    /** Klassen typology with explicit axis names (e.g. GRDP growth vs GRDP per capita for regions). */
    public ReportBuilder addKlassen(String title, Table t, String labelColumn, String growthColumn,
                                    String shareColumn, double growthReference, double shareReference,
                                    String xAxis, String yAxis) {
        add("klassen", new QuadrantChart(nextId("klassen"), or(title, "section.klassen.title"), "", t, labelColumn,
                growthColumn, shareColumn, growthReference, shareReference, xAxis, yAxis, quadrants("klassen")));
        return this;
    }

    /** Key-sector chart: backward vs forward linkage index, split at 1, 1. */
    public ReportBuilder addKeySectors(String title, Table t, String labelColumn, String backwardColumn,
                                       String forwardColumn) {
        add("connectivity", new QuadrantChart(nextId("connectivity"), or(title, "section.connectivity.title"), "", t,
                labelColumn, backwardColumn, forwardColumn, 1.0, 1.0, m.get("axis.backward"), m.get("axis.forward"),
                quadrants("key")));
        return this;
    }

    /** Network of the strongest IO links (edge table). */
    public ReportBuilder addLinkNetwork(String title, Table edges, String sourceColumn, String targetColumn,
                                        String weightColumn, int maxEdges) {
        add("connectivity", new NetworkChart(nextId("connectivity"), or(title, "section.connectivity.title"), "",
                edges, sourceColumn, targetColumn, weightColumn, maxEdges));
        return this;
    }

    /** Any table in a section (e.g. cluster definitions with members and internal vs external linkage). */
    public ReportBuilder addTable(String section, String title, String caption, Table t) {
        add(section, new TableBlock(nextId(section), title, caption, t, 100, null, 0));
        return this;
    }

    /** Regional clusters ranked by strength, with a stars column (0..starsMax). */
    public ReportBuilder addClusterRanking(String title, Table t, String starsColumn, int starsMax) {
        add("clusters", new TableBlock(nextId("clusters"), or(title, "section.clusters.title"), "", t, 100,
                starsColumn, starsMax));
        return this;
    }

    /** Cluster portfolio bubbles: x ΔLQ, y LQ, size, colour = life-cycle stage. */
    public ReportBuilder addClusterPortfolio(String title, Table t, String labelColumn, String dlqColumn,
                                             String lqColumn, String sizeColumn, String stageColumn) {
        Map<String, String> colors = new HashMap<>(stageColors());
        for (String[] st : STAGE_COLORS) {
            colors.put(m.get("stage." + st[0]), st[1]);
        }
        add("clusters", new BubbleChart(nextId("clusters"), or(title, "section.clusters.title"), "",
                byStage(translated(t, stageColumn, "stage."), stageColumn), labelColumn,
                dlqColumn, lqColumn, sizeColumn, stageColumn, colors, 0, 1, m.get("axis.dlq"),
                m.get("axis.lq"), quadrants("portfolio"), 150));
        return this;
    }

    /** Rows ordered by life-cycle stage (embryo, growing, mature, declining, then others), stable within a stage. */
    private Table byStage(Table t, String stageColumn) {
        int c = Tables.text(t, stageColumn);
        List<String> order = new ArrayList<>();
        for (String[] st : STAGE_COLORS) {
            order.add(m.get("stage." + st[0]));
        }
        Integer[] idx = new Integer[t.rowCount()];
        for (int r = 0; r < idx.length; r++) {
            idx[r] = r;
        }
        Arrays.sort(idx, java.util.Comparator.comparingInt(r -> {
            int k = order.indexOf(t.text(r, c));
            return k < 0 ? order.size() : k;
        }));
        Table.Builder b = Tables.copyColumns(t, t.name());
        for (int r : idx) {
            b.row(Tables.rowOf(t, r));
        }
        t.notes().forEach(b::note);
        return b.build();
    }

    /** A benchmark table across a region group (e.g. a cluster's factor scores against Eastern Indonesia). */
    public ReportBuilder addBenchmark(String title, Table t) {
        add("competitiveness", new TableBlock(nextId("competitiveness"), or(title, "section.competitiveness.title"),
                "", t, 100, null, 0));
        return this;
    }

    /** Life-cycle stage per cluster over the years, as a step line on the ordered stages. */
    public ReportBuilder addStageHistory(String title, Table t, String clusterColumn, String yearColumn,
                                         String stageColumn) {
        t = translated(t, stageColumn, "stage.");
        List<String> stages = new ArrayList<>();
        for (String[] st : STAGE_COLORS) {
            stages.add(m.get("stage." + st[0]));
        }
        // accept the data's own spelling (e.g. GROWING) of the four stages, in the canonical order
        List<String> present = Tables.distinct(t, Tables.text(t, stageColumn));
        for (int k = 0; k < stages.size(); k++) {
            for (String v : present) {
                if (v.equalsIgnoreCase(stages.get(k))) {
                    stages.set(k, v);
                }
            }
        }
        for (String v : present) {
            if (!v.isEmpty() && !stages.contains(v)) {
                stages.add(v);
            }
        }
        add("clusters", new LineChart(nextId("clusters"), or(title, "section.clusters.title"), "", t, clusterColumn,
                yearColumn, stageColumn, stages, true, m.get("axis.stage")));
        return this;
    }

    /** A numeric history (e.g. LQ of each cluster by year) as lines. */
    public ReportBuilder addLines(String section, String title, Table t, String seriesColumn, String xColumn,
                                  String yColumn) {
        add(section, new LineChart(nextId(section), title, "", t, seriesColumn, xColumn, yColumn, null, false,
                m.get("axis.value")));
        return this;
    }

    /** Member roles diagram of one cluster: core, suppliers, buyers/related, supporting. */
    public ReportBuilder addMemberRoles(String title, Table t, String memberColumn, String roleColumn,
                                        String weightColumn) {
        add("clusters", new RolesChart(nextId("clusters"), or(title, "section.clusters.title"), "", t, memberColumn,
                roleColumn, weightColumn));
        return this;
    }

    /** Radar of Rosenfeld's nine factors per cluster (long table: entity, factor, score). */
    public ReportBuilder addRadar(String title, Table t, String entityColumn, String factorColumn,
                                  String scoreColumn, double max) {
        add("competitiveness", new RadarChart(nextId("competitiveness"), or(title, "section.competitiveness.title"),
                "", t, entityColumn, factorColumn, scoreColumn, max));
        return this;
    }

    /** Impact of cluster growth: bars per category (e.g. direct, indirect) of jobs and value added. */
    public ReportBuilder addImpact(String title, Table t, String categoryColumn, List<String> valueColumns) {
        add("impact", new BarChart(nextId("impact"), or(title, "section.impact.title"), "", t, categoryColumn,
                valueColumns, null, false, true));
        return this;
    }

    /** Adds a ready chart or table block to a section. */
    public ReportBuilder add(String section, Block block) {
        List<Block> list = blocks.get(section);
        if (list == null) {
            throw new IllegalArgumentException("unknown report section '" + section + "' (sections: " + SECTIONS + ")");
        }
        list.add(block);
        return this;
    }

    /** A fresh block id in a section. */
    public String nextId(String section) {
        int n = counters.merge(section, 1, Integer::sum);
        return section + "-" + n;
    }

    public ReportModel build() {
        for (Map.Entry<String, List<Block>> e : blocks.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            String key = e.getKey();
            String title = "data".equals(key) ? m.get("panel.overview.title") : m.get("section." + key + ".title");
            String intro = m.has("section." + key + ".intro") ? m.format("section." + key + ".intro") : "";
            model.section(new Section(key, title, "data".equals(key) ? "" : intro, e.getValue()));
        }
        return model.build();
    }

    // ---------------------------------------------------------------- helpers

    private String or(String title, String key) {
        return title != null ? title : m.get(key);
    }

    private String[] quadrants(String kind) {
        return new String[] {m.get("quadrant." + kind + ".1"), m.get("quadrant." + kind + ".2"),
            m.get("quadrant." + kind + ".3"), m.get("quadrant." + kind + ".4")};
    }

    /** The four life-cycle stages in order, with their colours. */
    static final String[][] STAGE_COLORS = {{"embryo", "#9ecae1"}, {"growing", "#31a354"}, {"mature", "#3182bd"},
        {"declining", "#de2d26"}};

    /**
     * A copy of {@code t} whose text column shows translated values where the bundle has {@code prefix + value}
     * (lower case), e.g. stage "GROWING" becomes "Tumbuh" in Indonesian; other values are kept.
     */
    Table translated(Table t, String column, String prefix) {
        int c = Tables.text(t, column);
        Table.Builder b = Tables.copyColumns(t, t.name());
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] row = Tables.rowOf(t, r);
            String key = prefix + ((String) row[c]).trim().toLowerCase(java.util.Locale.ROOT);
            if (m.has(key)) {
                row[c] = m.get(key);
            }
            b.row(row);
        }
        t.notes().forEach(b::note);
        return b.build();
    }

    /** Stage colours for the usual spellings of the four stages. */
    static Map<String, String> stageColors() {
        Map<String, String> c = new HashMap<>();
        String[][] pairs = {{"embryo", "#9ecae1"}, {"growing", "#31a354"}, {"mature", "#3182bd"},
            {"declining", "#de2d26"}, {"embrio", "#9ecae1"}, {"tumbuh", "#31a354"}, {"matang", "#3182bd"},
            {"menurun", "#de2d26"}};
        for (String[] p : pairs) {
            c.put(p[0], p[1]);
            c.put(p[0].toUpperCase(java.util.Locale.ROOT), p[1]);
            c.put(Character.toUpperCase(p[0].charAt(0)) + p[0].substring(1), p[1]);
        }
        return c;
    }

    private void ensureOutline() {
        model.map(OUTLINE_MAP, HtmlReport.resource("dev/klaster/report/idn-outline-sketch.geojson"));
    }

    /**
     * The regions the maps draw (provinces): the panel's provinces when it has any, else Indonesia's 38 provinces
     * (regency data are summed to them). Join a boundary file against these.
     */
    public static List<Region> mapRegions(Panel panel) {
        Panel analysed = analysisLevel(panel);
        if (analysed.regions().atLevel(RegionLevel.REGENCY).length == analysed.regions().size()
                && analysed.regions().size() > 0) {
            return analysed.regions().list(); // a boundary file is joined at the analysed (regency) level
        }
        int[] prov = panel.regions().atLevel(RegionLevel.PROVINCE);
        List<Region> out = new ArrayList<>();
        if (prov.length > 0) {
            for (int k : prov) {
                out.add(panel.regions().get(k));
            }
            return out;
        }
        for (DemoPanel.Province p : DemoPanel.provinces()) {
            out.add(new Region(p.code(), p.name(), RegionLevel.PROVINCE, DemoPanel.COUNTRY));
        }
        return out;
    }

    /** {lon, lat} of each Indonesian province's capital, keyed by the Kemendagri/BPS province code. */
    static Map<String, double[]> capitals() {
        Map<String, double[]> out = new HashMap<>();
        for (DemoPanel.Province p : DemoPanel.provinces()) {
            out.put(p.code(), new double[] {p.lon(), p.lat()});
        }
        return out;
    }

    private static Map<String, String> provinceNames(Panel p) {
        Map<String, String> names = new HashMap<>();
        for (DemoPanel.Province prov : DemoPanel.provinces()) {
            names.put(prov.code(), prov.name());
        }
        for (Region r : p.regions().list()) {
            if (r.level() == RegionLevel.PROVINCE) {
                names.put(r.code(), r.name());
            }
        }
        return names;
    }

    /** {first, last} totals per province code: provinces as they are, regencies summed to their province. */
    private static Map<String, double[]> toProvinces(Panel p, double[] first, double[] last) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int r = 0; r < first.length; r++) {
            Region reg = p.regions().get(r);
            String code;
            if (reg.level() == RegionLevel.PROVINCE) {
                code = reg.code();
            } else if (reg.level() == RegionLevel.REGENCY) {
                code = reg.parentCode() != null ? reg.parentCode()
                        : reg.code().length() >= 2 ? reg.code().substring(0, 2) : reg.code();
            } else {
                continue;
            }
            double[] acc = out.computeIfAbsent(code, k -> new double[2]);
            acc[0] += Double.isNaN(first[r]) ? 0 : first[r];
            acc[1] += Double.isNaN(last[r]) ? 0 : last[r];
        }
        return out;
    }

    /** The panel's regions at the most detailed level present (regencies, else provinces), else all regions. */
    static Panel analysisLevel(Panel panel) {
        RegionSet rs = panel.regions();
        for (RegionLevel level : new RegionLevel[] {RegionLevel.REGENCY, RegionLevel.PROVINCE}) {
            if (rs.atLevel(level).length >= 2) {
                return rs.atLevel(level).length == rs.size() ? panel : panel.atLevel(level);
            }
        }
        return panel;
    }

    /** Average annual growth in percent, NaN when the start is not positive or missing. */
    static double cagr(double first, double last, int years) {
        if (!(first > 0) || Double.isNaN(last) || years <= 0) {
            return Double.NaN;
        }
        return 100 * (Math.pow(last / first, 1.0 / years) - 1);
    }

    private static String industryLabel(Industry ind) {
        String s = ind.code().equals(ind.name()) ? ind.code() : ind.code() + " " + ind.name();
        return s.length() > 26 ? s.substring(0, 25) + "…" : s;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
            }
        }
        return s;
    }

    private static int[] identity(int n) {
        int[] o = new int[n];
        for (int k = 0; k < n; k++) {
            o[k] = k;
        }
        return o;
    }

    /** Indices sorted by value, largest first, NaN last. */
    static int[] descending(double[] v) {
        Integer[] idx = new Integer[v.length];
        for (int k = 0; k < v.length; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(nanLow(v[b]), nanLow(v[a])));
        return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
    }

    private static double nanLow(double x) {
        return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
    }
}
