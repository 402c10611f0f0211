package dev.klaster.report;

import dev.klaster.core.cluster.ClusterAnalysis;
import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.competitiveness.FactorCoverage;
import dev.klaster.core.competitiveness.Framework;
import dev.klaster.core.cluster.RegionalImpact;
import dev.klaster.core.cluster.TradedLocal;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Linkages;
import dev.klaster.core.measures.MeasureOptions;
import dev.klaster.core.measures.MeasureRegistry;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.table.Table;
import dev.klaster.core.typology.LeadingSector;
import dev.klaster.io.ingest.Finding;
import dev.klaster.io.ingest.ValidationReport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whole analysis of {@code klaster analyze} (issues 5 and 6), shared by the CLI, the web dashboard and the
 * tests: overview and validation warnings → leading sectors (LQ, Dunn shift-share, Klassen typology, leading-sector
 * table) → maps → connectivity (IO linkages, strongest links) → clusters (definition, ranking, portfolio, life cycle,
 * member roles) → competitiveness (Rosenfeld radar, group benchmark) → impact of cluster growth.
 *
 * <p>Every number comes from the core ({@code MeasureRegistry}, {@code Linkages}, {@code ClusterAnalysis}); this
 * class only selects, reshapes (long → wide) and labels tables for the charts. A section whose inputs are missing is
 * left out and the reason is added to the report's warnings (shown in the overview, never hidden).
 */
public final class AnalysisPipeline {
    /** Steps reported to {@link Progress}. */
    public static final List<String> STEPS = List.of("overview", "leading sectors", "maps", "connectivity",
            "clusters", "competitiveness", "impact");
    /** Cluster rows drawn in the ranking, the stage history and the radar. */
    static final int TOP_RANKING = 40;
    static final int TOP_HISTORY = 8;
    static final int TOP_RADAR = 5;
    /** Strongest IO links drawn in the network. */
    static final int NETWORK_EDGES = 40;

    private AnalysisPipeline() {
    }

    /** Step notifications: name, steps done (1-based when finished), total. */
    @FunctionalInterface
    public interface Progress {
        void step(String name, int done, int total);

        Progress NONE = (n, d, t) -> { };
    }

    /**
     * Settings.
     *
     * @param lang           report language (null: Indonesian for Indonesian data, else English)
     * @param measure        measure of LQ, shift-share, typology and maps (null: employment if present, else value
     *                       added)
     * @param baseYear       first year of change measures (null: first year)
     * @param endYear        last year (null: last year)
     * @param focusRegion    region code of the shift-share waterfall and the sector typology (null: the largest)
     * @param clusters       cluster chain settings (null: defaults); its growth is replaced by {@code growthPercent}
     * @param growthPercent  X in "X % growth of a cluster's final demand" (impact section)
     * @param boundaries     joined boundary file for choropleths (null: built-in symbol map)
     * @param boundaryLabel  name of the boundary file shown in captions
     * @param ioSectors      IO sector code → the data's industry code (null: codes must be equal; a table with
     *                       other codes but as many sectors as industries is matched by position, with a warning)
     */
    public record Options(Lang lang, Measure measure, Integer baseYear, Integer endYear, String focusRegion,
                          ClusterAnalysis.Options clusters, double growthPercent, Boundaries.Joined boundaries,
                          String boundaryLabel, Map<String, String> ioSectors) {
        public Options {
            if (!Double.isFinite(growthPercent)) {
                throw new IllegalArgumentException("growth percent must be finite, got " + growthPercent);
            }
            if (baseYear != null && endYear != null && baseYear >= endYear) {
                throw new IllegalArgumentException("base year " + baseYear + " must be before end year " + endYear);
            }
        }

        public static Options defaults() {
            return new Options(null, null, null, null, null, null, 10, null, null, null);
        }

        public Options withLang(Lang l) {
            return new Options(l, measure, baseYear, endYear, focusRegion, clusters, growthPercent, boundaries,
                    boundaryLabel, ioSectors);
        }

        public Options withMeasure(Measure m) {
            return new Options(lang, m, baseYear, endYear, focusRegion, clusters, growthPercent, boundaries,
                    boundaryLabel, ioSectors);
        }

        public Options withGrowthPercent(double g) {
            return new Options(lang, measure, baseYear, endYear, focusRegion, clusters, g, boundaries, boundaryLabel,
                    ioSectors);
        }

        public Options withBoundaries(Boundaries.Joined b, String label) {
            return new Options(lang, measure, baseYear, endYear, focusRegion, clusters, growthPercent, b, label,
                    ioSectors);
        }

        public Options withFocusRegion(String code) {
            return new Options(lang, measure, baseYear, endYear, code, clusters, growthPercent, boundaries,
                    boundaryLabel, ioSectors);
        }

        public Options withIoSectors(Map<String, String> map) {
            return new Options(lang, measure, baseYear, endYear, focusRegion, clusters, growthPercent, boundaries,
                    boundaryLabel, map == null ? null : Map.copyOf(map));
        }

        public Options withClusters(ClusterAnalysis.Options c) {
            return new Options(lang, measure, baseYear, endYear, focusRegion, c, growthPercent, boundaries,
                    boundaryLabel, ioSectors);
        }
    }

    /**
     * What the pipeline produced.
     *
     * @param model          the report (HTML/PDF source)
     * @param measure        the measure analysed
     * @param tables         every table: the report's workbook tables, then the full result tables of the core
     *                       (shift-share, typology, leading sectors, linkages, every cluster table) — the workbook
     * @param leadingSectors leading-sector rows (region, industry, LQ, regional shift), for the terminal summary
     * @param clusters       the cluster chain's result (null when it could not run)
     * @param skipped        sections left out, with the reason (also in the report's warnings)
     * @param notes          other notes of the pipeline (fallbacks such as co-location clusters or IO sectors
     *                       matched by position; also in the report's warnings)
     * @param tradedLocal    traded/local class of each industry (null: not split); leading sectors and clusters are
     *                       about the traded ones
     * @param summary        the executive summary's findings (also {@code model.summary()}), for the web summary
     * @param recommendations the recommendations per strong regional cluster (null when the cluster chain did not
     *                       run; also {@code model.recommendations()})
     */
    public record Result(ReportModel model, Measure measure, List<Table> tables, Table leadingSectors,
                         ClusterReport clusters, List<String> skipped, List<String> notes,
                         TradedLocal.Result tradedLocal, ExecutiveSummary summary, Recommendations recommendations) {
    }

    /** Runs the pipeline without progress output. */
    public static Result run(Panel panel, ValidationReport findings, IoTable io, Options options) {
        return run(panel, findings, io, options, Progress.NONE);
    }

    /**
     * Runs the pipeline.
     *
     * @param panel    the data (any levels; the analysis uses provinces when they have data, else the deepest level)
     * @param findings validation findings of the ingestion (null: none); warnings and errors become report warnings
     * @param io       national input-output table whose sector codes cover the panel's industries (null: the IO
     *                 sections are left out and clusters are defined by co-location)
     */
    public static Result run(Panel panel, ValidationReport findings, IoTable io, Options options, Progress progress) {
        return run(panel, findings, io, options, progress, null);
    }

    /**
     * Runs the pipeline on a scoped panel ({@code dev.klaster.io.scope.Scope#apply}): the scope is stated at the top
     * of the report and the impact uses the region's own table (see {@link RegionalImpactStep}).
     *
     * @param scope the scope context (null: the panel as given, taken as the nation in the impact step)
     */
    public static Result run(Panel panel, ValidationReport findings, IoTable io, Options options, Progress progress,
                             ScopeContext scope) {
        return run(panel, findings, io, options, progress, scope, TradedLocal.Spec.auto());
    }

    /**
     * Runs the pipeline with a traded/local split ({@link TradedLocal}): leading sectors, the highest-LQ sectors,
     * clusters, their strength and stars are about traded industries; local ones (government, education, health,
     * local services and whatever the rule finds spread like all activity) are shown apart.
     *
     * @param tradedLocal the rule or the user's list (null: no split, every industry counts)
     */
    public static Result run(Panel panel, ValidationReport findings, IoTable io, Options options, Progress progress,
                             ScopeContext scope, TradedLocal.Spec tradedLocal) {
        if (panel == null || options == null) {
            throw new IllegalArgumentException("panel and options are required");
        }
        Run r = new Run(panel, findings, io, options, progress == null ? Progress.NONE : progress, scope, tradedLocal);
        return r.execute();
    }

    /** One execution (holds the builder and the collected tables). */
    private static final class Run {
        final Panel panel;
        final ValidationReport findings;
        final IoTable io;
        final Options o;
        final Progress progress;
        final Lang lang;
        final ReportBuilder b;
        final Messages m;
        final Measure measure;
        final Panel analysed;
        final List<Table> raw = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        Table leading;
        ClusterReport clusters;
        /** IO sector index per panel industry (null without a usable IO table). */
        int[] ioIndex;
        int step;

        final ScopeContext scope;
        /** Traded/local class per industry (null: no split). */
        final TradedLocal.Result tl;

        Run(Panel panel, ValidationReport findings, IoTable io, Options o, Progress progress, ScopeContext scope,
            TradedLocal.Spec tradedLocal) {
            this.scope = scope;
            this.panel = panel;
            this.findings = findings;
            this.io = io;
            this.o = o;
            this.progress = progress;
            this.lang = o.lang() != null ? o.lang() : ReportBuilder.defaultLang(panel);
            this.b = new ReportBuilder(lang, null);
            this.m = b.messages();
            this.measure = o.measure() != null ? o.measure()
                    : panel.has(Measure.EMPLOYMENT) ? Measure.EMPLOYMENT : Measure.VALUE_ADDED;
            if (!panel.has(measure)) {
                throw new IllegalArgumentException("measure " + measure.id() + " is not in the data (has "
                        + panel.measures().stream().map(Measure::id).toList() + ")");
            }
            this.analysed = analysisPanel(panel, measure);
            b.labels(ColumnLabels.of(lang, panel, measure));
            this.tl = tradedLocal == null ? null : TradedLocal.classify(analysed, tradedLocal);
        }

        /** Whether industry code is traded (true without a split). */
        boolean traded(String code) {
            if (tl == null) {
                return true;
            }
            int i = panel.industries().indexOf(code);
            return i < 0 || tl.traded(i);
        }

        Result execute() {
            overview();
            done();
            leadingSectors();
            done();
            if (o.boundaries() != null) {
                b.boundaries(o.boundaries(), o.boundaryLabel() == null ? "--boundaries" : o.boundaryLabel());
            }
            b.addRegionMaps(panel, measure);
            done();
            double[][] z = connectivity();
            done();
            clusters(z);
            if (o.boundaries() != null) {
                SpatialSection.add(b, m, panel, measure, o.boundaries(), clusters); // issue 14, per strong cluster
            }
            done();
            competitiveness();
            done();
            impact();
            done();
            for (String s : skipped) {
                b.warning(s);
            }
            Recommendations rec = clusters == null ? null
                    : Recommendations.of(clusters, factorNames(), code -> industryName(code, 60), m, b.labels());
            ExecutiveSummary.Inputs facts = new ExecutiveSummary.Inputs(b.dataOverview(), scopeName(),
                    panel.synthetic() ? m.get("summary.source.demo") : panel.source(), panel.synthetic(),
                    measure.label(lang.code()), leading,
                    code -> industryName(code, 60), clusters, impactTable, impactRegion(), o.growthPercent(),
                    b.labels().unit(Measure.VALUE_ADDED), b.labels().unit(Measure.EMPLOYMENT), b.validationSummary(),
                    b.warningsSoFar().size());
            ExecutiveSummary sum = ExecutiveSummary.of(facts, m);
            b.summary(sum).recommendations(rec).subtitle(ExecutiveSummary.subtitle(facts, m));
            ReportModel model = b.build();
            List<Table> all = new ArrayList<>(WorkbookReport.tables(model));
            all.addAll(raw);
            return new Result(model, measure, List.copyOf(all), leading, clusters, List.copyOf(skipped),
                    List.copyOf(notes), tl, sum, rec);
        }

        /** The impact_by_cluster table of the impact step (null when it did not run). */
        private Table impactTable;

        /** Where the analysis is, in words, for the summary (null: every region given). */
        private String scopeName() {
            if (scope != null && scope.scoped() != null && scope.scoped().province() != null) {
                return m.format("summary.scope.province", scope.scoped().province().name(),
                        scope.scoped().province().code());
            }
            if (scope != null && scope.scoped() != null && scope.scoped().partial()) {
                return m.format("summary.scope.list", analysed.regions().size());
            }
            return null;
        }

        /** The region of the impact scenario in words (the analysed regions together). */
        private String impactRegion() {
            if (scope != null && scope.scoped() != null && scope.scoped().province() != null) {
                return scope.scoped().province().name();
            }
            return m.get(scope != null && scope.scoped() != null && scope.scoped().partial()
                    ? "summary.region.listed" : "summary.region.all");
        }

        /** Factor id → name in the report's language, in the framework's order. */
        private Map<String, String> factorNames() {
            Map<String, String> names = new LinkedHashMap<>();
            Framework fw = o.clusters() != null ? o.clusters().framework() : Framework.defaults();
            for (Framework.Factor f : fw.factors()) {
                names.put(f.id(), lang == Lang.ID && f.nameId() != null ? f.nameId() : f.name());
            }
            return names;
        }

        private void done() {
            step++;
            progress.step(STEPS.get(step - 1), step, STEPS.size());
        }

        /** A pipeline note: a report warning, also returned in {@link Result#notes()} for the terminal. */
        private void note(String text) {
            b.warning(text);
            notes.add(text);
        }

        private void skip(String sectionKey, String reason) {
            skipped.add(m.format("skip.section", m.get("section." + sectionKey + ".title"), reason));
        }

        // ------------------------------------------------------------ 1 overview

        private void overview() {
            if (scope != null && scope.scoped() != null) {
                scope.scoped().statements(lang.code()).forEach(b::leadWarning);
            }
            b.panelOverview(panel);
            if (findings != null) {
                // a verdict up front, the findings about the analysed regions in the appendix (never 500 lines first)
                java.util.Set<String> codes = new java.util.HashSet<>();
                for (int r = 0; r < panel.regions().size(); r++) {
                    codes.add(panel.regions().get(r).code());
                }
                Map<String, String> names = new java.util.HashMap<>();
                Panel all = scope != null && scope.scoped() != null ? scope.scoped().full() : panel;
                for (int r = 0; r < all.regions().size(); r++) {
                    names.put(all.regions().get(r).code(), all.regions().get(r).name());
                }
                b.validation(findings, codes, names);
                raw.add(findings.toTable());
            }
        }

        // ------------------------------------------------------------ 2 leading sectors

        private MeasureOptions mo() {
            return new MeasureOptions(measure, null, o.baseYear(), o.endYear(), null, null, null, List.of(),
                    reference());
        }

        /** The reference of {@code --reference}, or null for the sum of the analysed regions. */
        private dev.klaster.core.model.Reference reference() {
            return scope == null || scope.scoped() == null ? null : scope.scoped().reference();
        }

        private void leadingSectors() {
            b.addLocationQuotient(panel, measure, tl == null ? null : tl.tradedMask(), reference());
            tradedLocalTable();
            if (panel.yearCount() < 2) {
                skip("shiftshare", m.get("skip.oneYear"));
                skip("klassen", m.get("skip.oneYear"));
                note(m.get("skip.leadingOneYear"));
                return;
            }
            String label = measure.label(lang.code());
            // Dunn shift-share: TOTAL row of every region, as stacked bars
            Table dunn = MeasureRegistry.get("shiftshare_dunn").apply(panel, mo());
            raw.add(dunn);
            List<String> comps = List.of("national_share", "industry_mix", "regional_shift");
            // the core's "national_share" component is an amount (the national-growth effect), not a share
            List<String> shownComps = List.of("national_share_component", "industry_mix", "regional_shift");
            Table totals = Wide.rename(Wide.pivot(dunn, "shiftshare_by_region",
                    r -> "TOTAL".equals(Wide.text(dunn, r, "industry")), List.of("region", "region_name"),
                    concat(comps, "change")), "national_share", "national_share_component");
            String y0 = Wide.text(dunn, 0, "base_year");
            String y1 = Wide.text(dunn, 0, "end_year");
            b.addShiftShare(m.format("ss.regions.title", label, y0, y1),
                    relabel(Wide.sortBy(totals, "change", true), "region"), col("region_name"),
                    cols(shownComps), col("change"));
            // waterfall for the focus region
            int focus = focusRegion(totals);
            String focusCode = totals.text(focus, totals.columnIndex("region"));
            String focusName = totals.text(focus, totals.columnIndex("region_name"));
            Table.Builder wf = Table.builder("shiftshare_" + focusCode).text(col("component"))
                    .number(col("change_component"));
            for (String c : shownComps) {
                wf.row(b.labels().name(c), totals.number(focus, totals.columnIndex(c)));
            }
            b.addShiftShareWaterfall(m.format("ss.waterfall.title", focusName, label, y0, y1), wf.build(),
                    col("component"), col("change_component"));
            // per-sector components of the focus region
            Table sectors = Wide.rename(Wide.pivot(dunn, "shiftshare_sectors_" + focusCode,
                    r -> focusCode.equals(Wide.text(dunn, r, "region"))
                            && !"TOTAL".equals(Wide.text(dunn, r, "industry")),
                    List.of("industry"), concat(comps, "change")), "national_share", "national_share_component");
            // horizontal: sector names stay readable
            b.add("shiftshare", new dev.klaster.report.chart.BarChart(b.nextId("shiftshare"),
                    m.format("ss.sectors.title", focusName, label, y0, y1), "",
                    relabel(Wide.drop(withIndustryNames(sectors), List.of("industry")), null), col("industry_name"),
                    cols(shownComps), col("change"), true, true));
            klassen(focusCode, focusName);
            // leading-sector table (LQ > 1 and positive regional shift)
            Table ls = MeasureRegistry.get("leading_sectors").apply(panel, mo());
            raw.add(ls);
            Table wide = Wide.pivot(ls, "leading_sectors_wide", r -> true,
                    List.of("region", "region_name", "industry", "class"), List.of("lq_end", "regional_shift"));
            String leadingClass = LeadingSector.LEADING.english();
            Table only = Wide.filter(wide, "sektor_unggulan", r -> leadingClass.equals(Wide.text(wide, r, "class")));
            // leading sectors are traded ones; local sectors with LQ > 1 serve the local market and are shown apart
            Table tradedOnly = Wide.filter(only, "sektor_unggulan", r -> traded(Wide.text(only, r, "industry")));
            Table localOnly = Wide.filter(only, "local_sectors_lq_above_1",
                    r -> !traded(Wide.text(only, r, "industry")));
            leading = tradedOnly;
            Table shown = Wide.drop(withIndustryNames(tradedOnly), List.of("class", "region"));
            b.add("leading", new TableBlock(b.nextId("leading"), m.format("leading.table.title", label),
                    m.get(tl == null ? "leading.table.caption" : "leading.table.captionTraded"), relabel(shown, null),
                    100, null, 0));
            if (tl != null && localOnly.rowCount() > 0) {
                raw.add(localOnly);
                Table ls2 = Wide.drop(withIndustryNames(localOnly), List.of("class", "region"));
                b.add("leading", new TableBlock(b.nextId("leading"), m.format("leading.local.title", label),
                        m.get("leading.local.caption"), relabel(ls2, null), 100, null, 0));
            }
        }

        /** The traded/local class of every industry, with its evidence (report and workbook). */
        private void tradedLocalTable() {
            if (tl == null) {
                return;
            }
            Table t = tl.table(lang.code());
            raw.add(t);
            Table shown = Wide.drop(withIndustryNames(t), List.of("industry", "size"));
            b.addTable("leading", m.get("tradedLocal.title"), m.format("tradedLocal.caption",
                    tl.source(), Double.isNaN(tl.cut()) ? "–" : String.format(Locale.ROOT, "%.3f", tl.cut()),
                    String.format(Locale.ROOT, "%.1f", 100 * tl.tradedShare())), relabel(shown, null));
            if (!tl.unknownCodes().isEmpty()) {
                note(m.format("tradedLocal.unknown", String.join(", ", tl.unknownCodes())));
            }
        }

        private void klassen(String focusCode, String focusName) {
            if (panel.has(Measure.POPULATION)) {
                Table k = MeasureRegistry.get("klassen_regions").apply(panel, mo());
                raw.add(k);
                Table w = Wide.pivot(k, "klassen_regions_wide", r -> true, List.of("region", "region_name", "quadrant"),
                        List.of("grdp_growth_percent", "grdp_per_capita"));
                int ref = Wide.find(w, "region", "REFERENCE");
                if (ref >= 0) {
                    double g = w.number(ref, w.columnIndex("grdp_growth_percent"));
                    double s = w.number(ref, w.columnIndex("grdp_per_capita"));
                    Table pts = Wide.filter(w, "klassen_regions", r -> r != ref);
                    b.addKlassen(m.format("klassen.regions.title", Wide.text(k, 0, "base_year"),
                            Wide.text(k, 0, "end_year")), relabel(pts, "region"), col("region_name"),
                            col("grdp_growth_percent"), col("grdp_per_capita"), g, s, col("grdp_growth_percent"),
                            col("grdp_per_capita"));
                    return;
                }
            }
            // sectors of the focus region: distance from the reference (Klassen's "above the reference")
            Table k = MeasureRegistry.get("klassen_sectors").apply(panel, mo());
            raw.add(k);
            Table w = Wide.pivot(k, "klassen_sectors_" + focusCode, r -> focusCode.equals(Wide.text(k, r, "region")),
                    List.of("industry", "quadrant"), List.of("share", "reference_share", "growth_percent",
                            "reference_growth_percent"));
            Table.Builder t = Table.builder("klassen_sectors_" + focusCode).text("industry_name").text("quadrant")
                    .number("growth_minus_reference_pp").number("share_minus_reference_pp");
            for (int r = 0; r < w.rowCount(); r++) {
                t.row(industryName(w.text(r, 0)), w.text(r, 1),
                        w.number(r, 4) - w.number(r, 5), 100 * (w.number(r, 2) - w.number(r, 3)));
            }
            b.addKlassen(m.format("klassen.sectors.title", focusName), relabel(t.build(), null), col("industry_name"),
                    col("growth_minus_reference_pp"), col("share_minus_reference_pp"), 0, 0,
                    col("growth_minus_reference_pp"), col("share_minus_reference_pp"));
        }

        private int focusRegion(Table totals) {
            int ci = totals.columnIndex("region");
            if (o.focusRegion() != null) {
                int f = Wide.find(totals, "region", o.focusRegion());
                if (f < 0) {
                    throw new IllegalArgumentException("focus region '" + o.focusRegion() + "' is not among the "
                            + "analysed regions");
                }
                return f;
            }
            // the region with the largest total in the last year
            double[] tot = analysed.sliceAt(measure, analysed.yearCount() - 1).regionTotals();
            int best = 0;
            for (int r = 1; r < tot.length; r++) {
                if (tot[r] > tot[best]) {
                    best = r;
                }
            }
            int f = Wide.find(totals, "region", analysed.regions().get(best).code());
            return f >= 0 ? f : Math.max(0, Math.min(ci, 0));
        }

        // ------------------------------------------------------------ 4 connectivity

        /** Z in the panel's industry order (null when there is no usable table). */
        private double[][] connectivity() {
            if (io == null) {
                skip("connectivity", m.get("skip.noIo"));
                return null;
            }
            String[] codes = panel.industries().codes();
            IoAlignment al = IoAlignment.of(io, panel.industries(), o.ioSectors());
            if (!al.byPosition().isEmpty()) {
                note(m.format("io.byPosition", String.join(", ", al.byPosition())));
            }
            if (!al.matched()) {
                skip("connectivity", m.format("skip.ioCodes", al.missing(), io.codes()));
                return null;
            }
            int[] idx = al.index();
            List<String> ioCodes = al.ioCodes();
            Linkages.Result lk = Linkages.of(io, Linkages.ForwardBasis.LEONTIEF);
            Table.Builder t = Table.builder("io_linkages").text("io_sector").text("industry").text("industry_name")
                    .text("sector_type")
                    .number("direct_backward").number("direct_forward").number("total_backward")
                    .number("total_forward").number("power_of_dispersion").number("sensitivity_of_dispersion");
            for (int i = 0; i < lk.codes().size(); i++) {
                String c = lk.codes().get(i);
                t.row(c, ioCodes.get(i), industryName(ioCodes.get(i)), lk.type()[i] == null ? "" : lk.type()[i].label(), lk.directBackward()[i],
                        lk.directForward()[i], lk.totalBackward()[i], lk.totalForward()[i],
                        lk.powerOfDispersion()[i], lk.sensitivityOfDispersion()[i]);
            }
            Table links = t.build();
            raw.add(links);
            Table pts = Wide.select(links, "key_sectors", List.of("industry_name", "power_of_dispersion",
                    "sensitivity_of_dispersion"));
            b.addKeySectors(m.get("io.key.title"), relabel(pts, null), col("industry_name"),
                    col("power_of_dispersion"), col("sensitivity_of_dispersion"));
            double[][] zio = io.z();
            Table.Builder e = Table.builder("io_links").text("supplier").text("buyer").number("flow");
            List<double[]> flows = new ArrayList<>();
            for (int i = 0; i < zio.length; i++) {
                for (int j = 0; j < zio.length; j++) {
                    if (i != j && zio[i][j] > 0) {
                        flows.add(new double[] {zio[i][j], i, j});
                    }
                }
            }
            flows.sort(Comparator.comparingDouble((double[] f) -> f[0]).reversed());
            for (double[] f : flows) {
                e.row(industryName(ioCodes.get((int) f[1])), industryName(ioCodes.get((int) f[2])), f[0]);
            }
            Table edges = e.build();
            raw.add(edges);
            b.addLinkNetwork(m.format("io.network.title", NETWORK_EDGES), relabel(Tables.head(edges, 400), null),
                    col("supplier"), col("buyer"), col("flow"), NETWORK_EDGES);
            ioIndex = idx;
            return al.z();
        }

        // ------------------------------------------------------------ 5 clusters

        private void clusters(double[][] z) {
            ClusterAnalysis.Options co = o.clusters() != null ? o.clusters() : ClusterAnalysis.Options.defaults();
            co = co.withGrowthPercent(o.growthPercent());
            if (z == null && (co.method() == ClusterAnalysis.Method.IO
                    || co.method() == ClusterAnalysis.Method.COMBINED)) {
                co = co.withMethod(ClusterAnalysis.Method.COLOCATION);
                note(m.get("skip.clustersColocation"));
            }
            if (z != null && co.output() == null) {
                // the table's output in Z's units (million IDR for BPS): the cluster impact uses Z and x only
                // through A and Δx/x and reports value added and jobs in the panel's units (Impact.basis)
                double[] xio = io.output();
                double[] x = new double[ioIndex.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = xio[ioIndex[i]];
                }
                co = new ClusterAnalysis.Options(co.method(), co.given(), co.communities(), co.ioWeight(),
                        co.sizeMeasure(), co.strongRule(), co.stars(), co.roles(), co.lifecycle(), co.framework(),
                        co.survey(), co.growthPercent(), x);
            }
            clusters = ClusterAnalysis.run(analysed, z, co, ClusterAnalysis.Progress.NONE, lang.code(), tl);
            raw.addAll(clusters.tables());
            // definition with members and internal vs external linkage
            var def = clusters.definition();
            // the truth about the definition first: sector groups (17 sections) and a poor definition are said
            // plainly, at the top (warnings) and at the head of the clusters section
            var verdict = def.quality();
            List<String> truth = new ArrayList<>();
            if (def.sectionLevel()) {
                truth.add(m.get("clusters.sectionLevel"));
            }
            if (verdict.poor()) {
                truth.add(verdict.statement(lang.code()));
            }
            for (String t : truth) {
                b.leadWarning(t);
                notes.add(t);
            }
            Table q = clusters.qualityTable();
            Table.Builder qb = Table.builder("definition_quality_shown").text("measure").number("value")
                    .number("threshold").text("passes").text("meaning");
            int meaning = q.columnIndex("id".equals(lang.code()) ? "keterangan" : "statement");
            for (int r = 0; r < q.rowCount(); r++) {
                String passes = q.text(r, 3);
                qb.row(b.labels().name(q.text(r, 0)), q.number(r, 1), q.number(r, 2),
                        m.has("value." + passes) ? m.get("value." + passes) : passes, q.text(r, meaning));
            }
            b.addTable("clusters", m.get("clusters.quality.title"), truth.isEmpty()
                    ? verdict.statement(lang.code()) : String.join(" ", truth), relabel(qb.build(), null));
            Table lt = clusters.linkageTable();
            Table lw = Wide.pivot(lt, "linkage_wide", r -> !"(all)".equals(lt.text(r, 0)), List.of("cluster"),
                    List.of("internal_mean", "external_mean", "internal_external_ratio"));
            Table.Builder d = Table.builder("cluster_members").text("cluster").text("members")
                    .number("internal_mean").number("external_mean").number("internal_external_ratio");
            for (int c = 0; c < def.clusterCount(); c++) {
                StringBuilder names = new StringBuilder();
                for (int i : def.members(c)) {
                    names.append(names.length() == 0 ? "" : "; ").append(industryName(def.industryCodes()[i]));
                }
                int row = Wide.find(lw, "cluster", def.clusterNames()[c]);
                d.row(def.clusterNames()[c], names.toString(), row < 0 ? Double.NaN : lw.number(row, 1),
                        row < 0 ? Double.NaN : lw.number(row, 2), row < 0 ? Double.NaN : lw.number(row, 3));
            }
            b.addTable("clusters", m.format("clusters.definition.title", methodName(def.method())),
                    m.get("clusters.definition.caption"), relabel(d.build(), null));
            // ranking with stars
            Table st = clusters.strengthTable();
            Table ranked = Wide.sortBy(Wide.sortBy(st, "lq", true), "stars", true);
            Table rk = Wide.select(Tables.head(ranked, TOP_RANKING), "cluster_ranking", List.of("region_name",
                    "cluster", clusters.sizeMeasure().id(), "lq", "national_share", "growth_per_year", "stars",
                    lang == Lang.ID ? "star_criteria_id" : "star_criteria"));
            rk = Wide.rename(rk, "star_criteria_id", "star_criteria");
            rk = Wide.rename(rk, "national_share", "share_of_nation");
            b.addClusterRanking(m.format("clusters.ranking.title", TOP_RANKING), relabel(rk, null), col("stars"), 4);
            // portfolio bubbles
            Table pf = clusters.portfolioTable();
            Table.Builder pb = Table.builder("cluster_portfolio_chart").text("regional_cluster").text("stage")
                    .number("delta_lq").number("lq").number("size");
            for (int r = 0; r < pf.rowCount(); r++) {
                pb.row(regionName(pf.text(r, 0)) + " / " + pf.text(r, 1), pf.text(r, 2), pf.number(r, 4),
                        pf.number(r, 3), pf.number(r, 5));
            }
            b.addClusterPortfolio(m.get("clusters.portfolio.title"), relabel(pb.build(), null),
                    col("regional_cluster"), col("delta_lq"), col("lq"), col("size"), col("stage"));
            // stage history of the top regional clusters
            Table lc = clusters.lifecycleTable();
            List<String> top = new ArrayList<>();
            int rn = ranked.columnIndex("region");
            int cn = ranked.columnIndex("cluster");
            for (int r = 0; r < Math.min(TOP_HISTORY, ranked.rowCount()); r++) {
                top.add(ranked.text(r, rn) + "\u0000" + ranked.text(r, cn));
            }
            Table.Builder hb = Table.builder("cluster_stage_history").text("regional_cluster").text("year")
                    .text("stage");
            for (String key : top) {
                for (int r = 0; r < lc.rowCount(); r++) {
                    // the first year has no trend yet (stage "undefined"): left out of the chart, kept in the workbook
                    if (key.equals(lc.text(r, 0) + "\u0000" + lc.text(r, 1)) && !"undefined".equals(lc.text(r, 3))) {
                        hb.row(regionName(lc.text(r, 0)) + " / " + lc.text(r, 1), lc.text(r, 2), lc.text(r, 3));
                    }
                }
            }
            Table history = hb.build();
            if (history.rowCount() == 0) {
                note(m.get("skip.history"));
            } else {
                b.addStageHistory(m.format("clusters.history.title", TOP_HISTORY), relabel(history, null),
                        col("regional_cluster"), col("year"), col("stage"));
            }
            // member roles of the strongest regional cluster that has roles
            Table roles = clusters.rolesTable();
            for (int r = 0; r < ranked.rowCount(); r++) {
                String reg = ranked.text(r, rn);
                String cl = ranked.text(r, cn);
                Table.Builder mb = Table.builder("cluster_roles_" + reg).text("industry_name").text("role")
                        .number("lq");
                int n = 0;
                for (int k = 0; k < roles.rowCount(); k++) {
                    if (reg.equals(roles.text(k, 0)) && cl.equals(roles.text(k, 1))) {
                        double lq = roles.number(k, roles.columnIndex("lq"));
                        // short labels: the diagram puts up to four nodes on a row
                        mb.row(industryName(roles.text(k, 2), 16), roles.text(k, 3), Double.isNaN(lq) ? 0 : lq);
                        n++;
                    }
                }
                if (n > 0) {
                    b.addMemberRoles(m.format("clusters.roles.title", regionName(reg), cl), relabel(mb.build(), null),
                            col("industry_name"), col("role"), col("lq"));
                    return;
                }
            }
            note(m.get("skip.roles"));
        }

        // ------------------------------------------------------------ 6 competitiveness

        private void competitiveness() {
            Table ct = clusters.competitivenessTable();
            List<String> factors = clusters.competitiveness().factorIds();
            Map<String, String> factorNames = new LinkedHashMap<>();
            Framework fw = o.clusters() != null ? o.clusters().framework() : Framework.defaults();
            for (Framework.Factor f : fw.factors()) {
                factorNames.put(f.id(), lang == Lang.ID && f.nameId() != null ? f.nameId() : f.name());
            }
            // every factor, scored or not: "no data" and what would measure it (issue 9 §5)
            b.addTable("competitiveness", m.get("comp.factors.title"), m.get("comp.factors.caption"),
                    relabel(readableIds(FactorCoverage.table(fw, clusters.competitiveness(), lang.code()),
                            "indicators"), null));
            Table byRank = Wide.sortBy(ct, "rank", false);
            Table.Builder rb = Table.builder("competitiveness_radar").text("regional_cluster").text("factor")
                    .number("score");
            List<Integer> units = new ArrayList<>();
            for (int r = 0; r < byRank.rowCount() && units.size() < TOP_RADAR; r++) {
                if (!Double.isNaN(byRank.number(r, byRank.columnIndex("rank")))) {
                    units.add(r);
                }
            }
            // a factor no shown unit could score would be drawn at the centre as if it were 0: leave it out, say so
            List<String> scored = new ArrayList<>();
            List<String> unscored = new ArrayList<>();
            for (String f : factors) {
                boolean any = false;
                for (int r : units) {
                    any |= !Double.isNaN(byRank.number(r, byRank.columnIndex(f)));
                }
                (any ? scored : unscored).add(factorNames.getOrDefault(f, f));
            }
            int shown = units.size();
            double max = 0;
            for (int r : units) {
                String label = regionName(byRank.text(r, 0)) + " / " + byRank.text(r, 1);
                for (String f : factors) {
                    double v = byRank.number(r, byRank.columnIndex(f));
                    if (scored.contains(factorNames.getOrDefault(f, f))) {
                        rb.row(label, factorNames.getOrDefault(f, f), v);
                        max = Math.max(max, Double.isNaN(v) ? 0 : v);
                    }
                }
            }
            if (!unscored.isEmpty()) {
                rb.note(m.format("comp.unscored", String.join(", ", unscored)));
            }
            if (shown == 0 || scored.size() < 3) {
                skip("competitiveness", m.get("skip.noScores"));
                return;
            }
            b.addRadar(m.format("comp.radar.title", shown), relabel(rb.build(), null), col("regional_cluster"),
                    col("factor"), col("score"), max <= 1 ? 1 : Math.ceil(max));
            Table bt = clusters.benchmarkTable();
            if (bt.rowCount() == 0) {
                note(m.get("skip.noGroups"));
                return;
            }
            List<String> measures = new ArrayList<>();
            measures.add("units");
            measures.add("composite");
            measures.addAll(factors);
            Table bw = Wide.pivot(bt, "competitiveness_benchmark_groups", r -> true, List.of("group"), measures);
            Table.Builder nb = Table.builder("competitiveness_benchmark_groups").text("group");
            for (String c : measures) {
                nb.number(factorNames.containsKey(c)
                        ? b.labels().label(factorNames.get(c), ColumnLabels.Kind.SCORE) : col(c));
            }
            for (int r = 0; r < bw.rowCount(); r++) {
                nb.row(Tables.rowOf(bw, r));
            }
            b.addBenchmark(m.get("comp.benchmark.title"), relabelKeys(nb.build()));
        }

        // ------------------------------------------------------------ 7 impact

        private void impact() {
            if (io == null && (scope == null || scope.regionalTable() == null) || ioIndex == null) {
                skip("impact", m.get("skip.noIoImpact"));
                return;
            }
            RegionalImpactStep.Prepared prep;
            List<RegionalImpact.Effect> effects;
            try {
                prep = RegionalImpactStep.prepare(io, ioIndex, scope, analysed, io.source());
                effects = RegionalImpact.all(prep.region(), clusters.definition(), prep.sectorOfIndustry(),
                        o.growthPercent());
            } catch (IllegalArgumentException e) {
                skip("impact", e.getMessage());
                return;
            }
            String unit = panel.unit(Measure.VALUE_ADDED);
            Table.Builder sum = Table.builder("impact_by_cluster").text("cluster")
                    .number("output_direct").number("output_indirect").number("output_induced")
                    .number("output_total").number("value_added_direct").number("value_added_indirect")
                    .number("value_added_induced").number("value_added_total").number("jobs_direct")
                    .number("jobs_indirect").number("jobs_induced").number("jobs_total");
            boolean anyJobs = false;
            boolean induced = false;
            for (RegionalImpact.Effect e : effects) {
                sum.row(e.cluster(), e.output().direct(), e.output().indirect(), e.output().induced(),
                        e.output().total(), e.valueAdded().direct(), e.valueAdded().indirect(),
                        e.valueAdded().induced(), e.valueAdded().total(), e.jobs().direct(), e.jobs().indirect(),
                        e.jobs().induced(), e.jobs().total());
                anyJobs |= Double.isFinite(e.jobs().direct());
                induced |= Double.isFinite(e.valueAdded().induced());
            }
            RegionalImpact.Region reg = prep.region();
            String how = switch (reg.source()) {
                case PROVINCIAL_TABLE -> m.format("impact.regional.provincial", prep.tableLabel());
                case FLQ -> m.format("impact.regional.flq", prep.tableLabel(), trim(reg.delta()),
                        String.format(Locale.ROOT, "%.3f", reg.lambda()));
                case NATIONAL_IS_REGION -> m.format("impact.regional.national", prep.tableLabel());
            };
            // the region and the unit as the report says them (the core and the data name them in English)
            String regionLabel = prep.regionName();
            java.util.regex.Matcher listed = java.util.regex.Pattern.compile("(\\d+) listed regions")
                    .matcher(regionLabel);
            if (regionLabel.equals(RegionalImpactStep.ALL_ANALYSED)) {
                regionLabel = m.get("impact.region.all");
            } else if (listed.matches()) {
                regionLabel = m.format("impact.region.listed", listed.group(1));
            }
            unit = unit == null ? null : b.labels().localUnit(unit);
            sum.note(m.format("impact.regional.caption", regionLabel, how, unit == null ? "?" : unit));
            if (!induced) {
                sum.note(m.get("impact.regional.noInduced"));
            }
            Table s = sum.build();
            raw.add(s);
            impactTable = s;
            String g = trim(o.growthPercent());
            List<String> vaCols = List.of("value_added_direct", "value_added_indirect", "value_added_induced");
            b.addImpact(m.format("impact.regional.va.title", g, regionLabel, unit),
                    relabel(Wide.select(s, "impact_va_by_cluster", prepend("cluster", vaCols)), null),
                    col("cluster"), cols(induced ? vaCols : vaCols.subList(0, 2)));
            if (anyJobs) {
                List<String> jc = List.of("jobs_direct", "jobs_indirect", "jobs_induced");
                b.addImpact(m.format("impact.regional.jobs.title", g, regionLabel,
                                b.labels().localUnit(panel.unit(Measure.EMPLOYMENT))),
                        relabel(Wide.select(s, "impact_jobs_by_cluster", prepend("cluster", jc)), null),
                        col("cluster"), cols(induced ? jc : jc.subList(0, 2)));
            } else {
                note(m.get("impact.regional.noJobs"));
            }
        }

        // ------------------------------------------------------------ helpers

        /** Header of a column in the report language, with its unit ({@link ColumnLabels#label}). */
        String col(String name) {
            return b.labels().label(name);
        }

        List<String> cols(List<String> names) {
            return names.stream().map(this::col).toList();
        }

        /** Copy with readable headers and units; {@code drop} is a column left out (e.g. a code next to its name). */
        Table relabel(Table t, String drop) {
            return b.labels().relabel(t, drop);
        }

        Table relabelKeys(Table t) {
            return relabel(t, null);
        }

        /** The cluster definition method in the report language ("colocation" → "ko-lokasi"). */
        String methodName(Object method) {
            String k = "method." + String.valueOf(method).toLowerCase(Locale.ROOT);
            return m.has(k) ? m.get(k) : String.valueOf(method);
        }

        /** Copy whose text column shows known column ids ("rd_capacity", "national_share") by their names. */
        Table readableIds(Table t, String column) {
            if (!t.columns().stream().anyMatch(c -> c.name().equals(column))) {
                return t;
            }
            int c = Tables.text(t, column);
            Table.Builder nb = Tables.copyColumns(t, t.name());
            java.util.regex.Pattern id = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");
            for (int r = 0; r < t.rowCount(); r++) {
                Object[] row = Tables.rowOf(t, r);
                java.util.regex.Matcher x = id.matcher((String) row[c]);
                StringBuilder out = new StringBuilder();
                while (x.find()) {
                    String w = x.group();
                    x.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                            b.labels().known(w) ? b.labels().name(w) : w));
                }
                x.appendTail(out);
                row[c] = out.toString();
                nb.row(row);
            }
            t.notes().forEach(nb::note);
            return nb.build();
        }

        /** Adds an industry_name column after industry (code kept for the workbook). */
        Table withIndustryNames(Table t) {
            int ic = t.columnIndex("industry");
            Table.Builder nb = Table.builder(t.name());
            for (int c = 0; c < t.columns().size(); c++) {
                Table.Column cl = t.columns().get(c);
                if (c == ic) {
                    nb.text("industry_name");
                }
                if (cl.type() == Table.Type.TEXT) {
                    nb.text(cl.name());
                } else {
                    nb.number(cl.name());
                }
            }
            for (int r = 0; r < t.rowCount(); r++) {
                Object[] old = Tables.rowOf(t, r);
                Object[] row = new Object[old.length + 1];
                for (int c = 0, k = 0; c < old.length; c++) {
                    if (c == ic) {
                        row[k++] = industryName((String) old[c]);
                    }
                    row[k++] = old[c];
                }
                nb.row(row);
            }
            t.notes().forEach(nb::note);
            return nb.build();
        }

        String industryName(String code) {
            return industryName(code, 28);
        }

        String industryName(String code, int max) {
            int k = panel.industries().indexOf(code);
            return k < 0 ? code : shortName(panel.industries().get(k).name(), code, max);
        }

        String regionName(String code) {
            return panel.regions().contains(code) ? panel.regions().byCode(code).name() : code;
        }

        static <T> List<T> concat(List<T> a, T b) {
            List<T> out = new ArrayList<>(a);
            out.add(b);
            return out;
        }

        static List<String> prepend(String first, List<String> rest) {
            List<String> out = new ArrayList<>();
            out.add(first);
            out.addAll(rest);
            return out;
        }

        static String trim(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    /** "C Manufacturing" style short label (code + name cut at {@code max} characters) for axes and legends. */
    static String shortName(String name, String code, int max) {
        if (name == null || name.isBlank() || name.equals(code)) {
            return code;
        }
        String n = name.length() > max ? name.substring(0, max - 1) + "…" : name;
        return code + " " + n;
    }

    /** The regions the analysis compares: provinces when they have data of the measure, else the deepest level. */
    public static Panel analysisPanel(Panel panel, Measure measure) {
        for (RegionLevel level : new RegionLevel[] {RegionLevel.PROVINCE, RegionLevel.REGENCY}) {
            int[] at = panel.regions().atLevel(level);
            if (at.length > 1 && hasLevelData(panel, measure, at)) {
                return panel.atLevel(level);
            }
        }
        return panel;
    }

    private static boolean hasLevelData(Panel panel, Measure m, int[] regions) {
        int last = panel.yearCount() - 1;
        for (int r : regions) {
            for (int i = 0; i < panel.industries().size(); i++) {
                if (!Double.isNaN(panel.get(m, last, r, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    static String[] toArray(List<String> l) {
        return l.toArray(String[]::new);
    }

    static List<String> list(String... s) {
        return Arrays.asList(s);
    }
}
