package dev.klaster.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.table.Table;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The executive summary (ringkasan eksekutif, issue 10): three to six key findings in plain sentences of the report's
 * language — scope, traded leading sectors, strong clusters with stage and stars, impact of the growth scenario, data
 * quality — each with a link to the section that holds its table. Every number in a sentence is read from a result
 * table of the pipeline (data overview, leading-sector table, cluster strength and portfolio, definition quality,
 * impact by cluster, validation counts); nothing is computed here except counting and ordering rows.
 *
 * @param findings the sentences in display order
 * @param table    the same as a table (workbook sheet): kind and sentence
 */
public record ExecutiveSummary(List<Finding> findings, @JsonIgnore Table table) {
    /** Leading sectors and strong clusters named in a sentence at most. */
    public static final int TOP = 3;
    /** Clusters listed with their number of strong regions at most. */
    public static final int MAX_CLUSTERS_LISTED = 8;

    /** What a finding is about. */
    public enum Kind {
        SCOPE, LEADING, CLUSTERS, IMPACT, QUALITY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One key finding.
     *
     * @param kind   what it is about
     * @param title  its short heading in the report's language ("Klaster kuat", "Kelompok sektor kuat")
     * @param text   the sentence(s), in the report's language
     * @param anchor id of the report section with the details (e.g. "clusters", "appendix")
     */
    public record Finding(Kind kind, String title, String text, String anchor) {
    }

    /**
     * The result tables the sentences are read from (raw column names, as the core and the pipeline make them).
     *
     * @param dataOverview    ReportBuilder's data overview (measure, level, regions, industries, first/last year)
     * @param scope           where the analysis is, in words ("Provinsi Jawa Timur (35)"), null: all regions given
     * @param source          data source
     * @param synthetic       synthetic demo data
     * @param measureLabel    the analysed measure in the report's language
     * @param leading         traded leading sectors (region, region_name, industry, class, lq_end, regional_shift),
     *                        null when not computed
     * @param industryName    industry code → name for the sentences
     * @param clusters        the cluster chain's result (null: none)
     * @param impact          impact_by_cluster (cluster, value_added_total, jobs_total, ...), null: not computed
     * @param impactRegion    the region of the impact
     * @param growthPercent   the scenario's growth
     * @param vaUnit          unit of value added ("miliar rupiah, harga konstan 2010")
     * @param jobsUnit        unit of jobs
     * @param validation      ReportBuilder's validation_summary table (null: no validation ran)
     * @param notes           number of analysis notes shown in the overview
     */
    public record Inputs(Table dataOverview, String scope, String source, boolean synthetic, String measureLabel,
                         Table leading, java.util.function.Function<String, String> industryName,
                         ClusterReport clusters, Table impact, String impactRegion, double growthPercent,
                         String vaUnit, String jobsUnit, Table validation, int notes) {
    }

    /** The summary of a run. */
    public static ExecutiveSummary of(Inputs in, Messages m) {
        List<Finding> out = new ArrayList<>();
        out.add(new Finding(Kind.SCOPE, m.get("summary.kind.scope"), scope(in, m), "data"));
        out.add(new Finding(Kind.LEADING, m.get("summary.kind.leading"), leading(in, m), "leading"));
        if (in.clusters() != null) {
            out.add(new Finding(Kind.CLUSTERS, m.get(in.clusters().definition().sectionLevel() ? "summary.kind.groups"
                    : "summary.kind.clusters"), clusters(in.clusters(), m), "clusters"));
        }
        out.add(new Finding(Kind.IMPACT, m.get("summary.kind.impact"), impact(in, m), "impact"));
        out.add(new Finding(Kind.QUALITY, m.get("summary.kind.quality"), quality(in, m),
                in.validation() != null ? "appendix" : "warnings"));
        Table.Builder t = Table.builder("executive_summary").text("finding").text("text");
        for (Finding f : out) {
            t.row(f.title(), f.text());
        }
        if (in.synthetic()) {
            t.note(m.get("banner.synthetic"));
        }
        return new ExecutiveSummary(List.copyOf(out), t.build());
    }

    /**
     * The line under the report's title: where, how many regions at which level, the years and the source (from the
     * data overview, like the scope finding); null without an overview row.
     */
    public static String subtitle(Inputs in, Messages m) {
        Table o = in.dataOverview();
        if (o == null || o.rowCount() == 0) {
            return null;
        }
        NumberFormat nf = integer(m.lang());
        return m.format("report.subtitle", in.scope() == null ? m.get("summary.scope.all") : in.scope(),
                nf.format(o.number(0, o.columnIndex("regions"))), o.text(0, o.columnIndex("level")),
                year(o.number(0, o.columnIndex("first_year"))), year(o.number(0, o.columnIndex("last_year"))),
                in.source() == null || in.source().isBlank() ? "–" : in.source());
    }

    // ------------------------------------------------------------------ sentences

    private static String scope(Inputs in, Messages m) {
        Table o = in.dataOverview();
        if (o == null || o.rowCount() == 0) {
            return m.format("summary.scope.empty", in.scope() == null ? m.get("summary.scope.all") : in.scope());
        }
        NumberFormat nf = integer(m.lang());
        String level = o.text(0, o.columnIndex("level"));
        String sentence = m.format("summary.scope", in.scope() == null ? m.get("summary.scope.all") : in.scope(),
                nf.format(o.number(0, o.columnIndex("regions"))), level,
                year(o.number(0, o.columnIndex("first_year"))), year(o.number(0, o.columnIndex("last_year"))),
                nf.format(o.number(0, o.columnIndex("industries"))), in.measureLabel(),
                in.source() == null || in.source().isBlank() ? "–" : in.source());
        return in.synthetic() ? sentence + " " + m.get("summary.scope.synthetic") : sentence;
    }

    private static String leading(Inputs in, Messages m) {
        Table t = in.leading();
        if (t == null) {
            return m.get("summary.leading.none");
        }
        if (t.rowCount() == 0) {
            return m.format("summary.leading.empty", in.measureLabel());
        }
        int cReg = t.columnIndex("region");
        int cName = t.columnIndex("region_name");
        int cInd = t.columnIndex("industry");
        int cLq = t.columnIndex("lq_end");
        NumberFormat f2 = Recommendations.number(m.lang(), 2);
        NumberFormat nf = integer(m.lang());
        Map<String, Integer> regions = new LinkedHashMap<>();
        Map<String, Integer> byIndustry = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            regions.merge(t.text(r, cReg), 1, Integer::sum);
            byIndustry.merge(t.text(r, cInd), 1, Integer::sum);
        }
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            rows.add(r);
        }
        rows.sort(Comparator.comparingDouble((Integer r) -> -t.number(r, cLq)));
        List<String> top = new ArrayList<>();
        for (int k = 0; k < Math.min(TOP, rows.size()); k++) {
            int r = rows.get(k);
            top.add(m.format("summary.leading.item", in.industryName().apply(t.text(r, cInd)), t.text(r, cName),
                    f2.format(t.number(r, cLq))));
        }
        List<Map.Entry<String, Integer>> freq = new ArrayList<>(byIndustry.entrySet());
        freq.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        List<String> often = new ArrayList<>();
        for (int k = 0; k < Math.min(TOP, freq.size()); k++) {
            often.add(m.format("summary.leading.often", in.industryName().apply(freq.get(k).getKey()),
                    nf.format(freq.get(k).getValue())));
        }
        Table o = in.dataOverview();
        String all = o == null || o.rowCount() == 0 ? "–" : nf.format(o.number(0, o.columnIndex("regions")));
        return m.format("summary.leading", nf.format(t.rowCount()), in.measureLabel(), nf.format(regions.size()),
                all, String.join("; ", top), String.join("; ", often));
    }

    /** The strong regional clusters (strength table), ordered as the report's ranking: stars, then LQ. */
    static List<Integer> strongRows(Table st) {
        int cStrong = st.columnIndex("strong");
        int cStars = st.columnIndex("stars");
        int cLq = st.columnIndex("lq");
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < st.rowCount(); r++) {
            if (st.number(r, cStrong) == 1) {
                rows.add(r);
            }
        }
        rows.sort(Comparator.comparingDouble((Integer r) -> -st.number(r, cStars))
                .thenComparingDouble(r -> Double.isNaN(st.number(r, cLq)) ? Double.POSITIVE_INFINITY
                        : -st.number(r, cLq)));
        return rows;
    }

    private static String clusters(ClusterReport cr, Messages m) {
        boolean groups = cr.definition().sectionLevel();
        String p = groups ? "summary.groups" : "summary.clusters";
        Table st = cr.strengthTable();
        Table pf = cr.portfolioTable();
        NumberFormat nf = integer(m.lang());
        NumberFormat f2 = Recommendations.number(m.lang(), 2);
        List<Integer> strong = strongRows(st);
        StringBuilder s = new StringBuilder();
        if (strong.isEmpty()) {
            s.append(m.format(p + ".none", nf.format(st.rowCount())));
        } else {
            int cCl = st.columnIndex("cluster");
            Map<String, Integer> count = new LinkedHashMap<>();
            for (int r : strong) {
                count.merge(st.text(r, cCl), 1, Integer::sum);
            }
            List<Map.Entry<String, Integer>> byCount = new ArrayList<>(count.entrySet());
            byCount.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
            List<String> list = new ArrayList<>();
            for (int k = 0; k < Math.min(MAX_CLUSTERS_LISTED, byCount.size()); k++) {
                list.add(m.format("summary.clusters.count", byCount.get(k).getKey(),
                        nf.format(byCount.get(k).getValue())));
            }
            if (byCount.size() > MAX_CLUSTERS_LISTED) {
                list.add(m.format("summary.clusters.more", nf.format(byCount.size() - MAX_CLUSTERS_LISTED)));
            }
            Map<String, Integer> stage = new java.util.HashMap<>();
            for (int r = 0; r < pf.rowCount(); r++) {
                stage.put(pf.text(r, 0) + "\u0000" + pf.text(r, 1), r);
            }
            List<String> top = new ArrayList<>();
            for (int k = 0; k < Math.min(TOP, strong.size()); k++) {
                int r = strong.get(k);
                Integer sr = stage.get(st.text(r, st.columnIndex("region")) + "\u0000" + st.text(r, cCl));
                String stageName = Recommendations.stageName(Recommendations.stage(sr == null ? null
                        : pf.text(sr, pf.columnIndex("stage"))), m).toLowerCase(m.lang().locale());
                top.add(m.format("summary.clusters.item", st.text(r, st.columnIndex("region_name")), st.text(r, cCl),
                        HtmlReport.stars(st.number(r, st.columnIndex("stars")), 4),
                        f2.format(st.number(r, st.columnIndex("lq"))), stageName));
            }
            s.append(m.format(p, nf.format(strong.size()), nf.format(st.rowCount()), String.join("; ", list),
                    String.join("; ", top)));
        }
        if (groups) {
            s.append(' ').append(m.get("summary.groups.truth"));
        }
        Table q = cr.qualityTable();
        if (cr.definition().quality().poor()) {
            int row = -1;
            for (int r = 0; r < q.rowCount(); r++) {
                if ("modularity".equals(q.text(r, 0))) {
                    row = r;
                }
            }
            s.append(' ').append(m.format("summary.clusters.poor", row < 0 ? "–" : f2.format(q.number(row, 1)),
                    row < 0 ? "–" : f2.format(q.number(row, 2))));
        }
        s.append(' ').append(m.get(groups ? "summary.groups.recommendations" : "summary.clusters.recommendations"));
        return s.toString();
    }

    private static String impact(Inputs in, Messages m) {
        Table t = in.impact();
        if (t == null || t.rowCount() == 0) {
            return m.get("summary.impact.none");
        }
        int cVa = t.columnIndex("value_added_total");
        int cJobs = t.columnIndex("jobs_total");
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < t.rowCount(); r++) {
            rows.add(r);
        }
        rows.sort(Comparator.comparingDouble((Integer r) -> Double.isNaN(t.number(r, cVa)) ? Double.POSITIVE_INFINITY
                : -t.number(r, cVa)));
        NumberFormat f1 = Recommendations.number(m.lang(), 1);
        NumberFormat nf = integer(m.lang());
        boolean jobs = false;
        List<String> items = new ArrayList<>();
        for (int k = 0; k < Math.min(2, rows.size()); k++) {
            int r = rows.get(k);
            double j = t.number(r, cJobs);
            jobs |= Double.isFinite(j);
            items.add(Double.isFinite(j)
                    ? m.format("summary.impact.itemJobs", t.text(r, 0), f1.format(t.number(r, cVa)), in.vaUnit(),
                            nf.format(Math.round(j)), in.jobsUnit() == null ? "" : in.jobsUnit())
                    : m.format("summary.impact.item", t.text(r, 0), f1.format(t.number(r, cVa)), in.vaUnit()));
        }
        String g = in.growthPercent() == Math.rint(in.growthPercent()) ? Long.toString((long) in.growthPercent())
                : Double.toString(in.growthPercent());
        boolean groups = in.clusters() != null && in.clusters().definition().sectionLevel();
        return m.format(groups ? "summary.impact.groups" : "summary.impact", g, in.impactRegion(),
                String.join("; ", items))
                + (jobs ? "" : " " + m.get("summary.impact.noJobs"));
    }

    private static String quality(Inputs in, Messages m) {
        NumberFormat nf = integer(m.lang());
        Table v = in.validation();
        if (v == null) {
            return m.format(in.synthetic() ? "summary.quality.demo" : "summary.quality.none", nf.format(in.notes()));
        }
        double errors = 0;
        double warnings = 0;
        double outside = 0;
        int cSev = v.columnIndex("severity_id");
        int cIn = v.columnIndex("findings_analysed");
        int cOut = v.columnIndex("findings_outside");
        for (int r = 0; r < v.rowCount(); r++) {
            String sev = v.text(r, cSev);
            if ("error".equals(sev)) {
                errors += v.number(r, cIn);
            } else if ("warning".equals(sev)) {
                warnings += v.number(r, cIn);
            }
            if (!"info".equals(sev)) {
                outside += v.number(r, cOut);
            }
        }
        String s = m.format("summary.quality", nf.format(errors), nf.format(warnings), nf.format(in.notes()));
        return outside > 0 ? s + " " + m.format("summary.quality.outside", nf.format(outside)) : s;
    }

    private static NumberFormat integer(Lang lang) {
        return NumberFormat.getIntegerInstance(lang.locale());
    }

    private static String year(double y) {
        return Double.isNaN(y) ? "–" : Long.toString((long) y);
    }
}
