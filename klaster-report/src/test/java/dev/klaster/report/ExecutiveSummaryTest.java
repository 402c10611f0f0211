package dev.klaster.report;

import dev.klaster.core.demo.FineDemo;
import dev.klaster.core.demo.FineDemoIo;
import dev.klaster.core.model.Measure;
import dev.klaster.core.table.Table;
import dev.klaster.core.testing.SharedData;
import dev.klaster.io.ingest.Finding;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.ingest.Severity;
import dev.klaster.io.scope.Scope;
import dev.klaster.io.scope.SourceErrors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The executive summary (issue 10) says what the result tables say: the sentences are compared with the tables they
 * are read from (cluster strength, portfolio, impact by cluster, the validation report), never with hard-coded
 * strings. The demo runs as {@code klaster analyze --demo} does (scope: the finest complete level, the 514
 * regencies/cities).
 */
class ExecutiveSummaryTest {
    static final Map<Lang, AnalysisPipeline.Result> DEMO = new HashMap<>();

    @BeforeAll
    static void run() {
        for (Lang lang : Lang.values()) {
            DEMO.put(lang, demo(lang));
        }
    }

    /** The pipeline as {@code klaster analyze --demo --lang L} runs it. */
    static AnalysisPipeline.Result demo(Lang lang) {
        Scope.Scoped s = Scope.apply(FineDemo.generate(lang.code()), null, Measure.EMPLOYMENT, Scope.Request.none(),
                List.of());
        return AnalysisPipeline.run(s.panel(), null, FineDemoIo.generate(lang.code()),
                AnalysisPipeline.Options.defaults().withLang(lang), AnalysisPipeline.Progress.NONE,
                ScopeContext.of(s));
    }

    static String finding(AnalysisPipeline.Result r, ExecutiveSummary.Kind kind) {
        return r.summary().findings().stream().filter(f -> f.kind() == kind).findFirst().orElseThrow().text();
    }

    static NumberFormat decimals(Lang lang, int d) {
        NumberFormat f = NumberFormat.getNumberInstance(lang.locale());
        f.setMaximumFractionDigits(d);
        return f;
    }

    @Test
    void demoSummaryNamesThePlantedClustersThatTheStrengthTableCallsStrong() {
        for (Lang lang : Lang.values()) {
            AnalysisPipeline.Result r = DEMO.get(lang);
            assertThat(r.summary().findings()).as("3–6 findings").hasSizeBetween(3, 6);
            assertThat(r.model().summary()).isSameAs(r.summary());
            String text = finding(r, ExecutiveSummary.Kind.CLUSTERS);
            Table st = r.clusters().strengthTable();
            Map<String, Integer> strong = new LinkedHashMap<>();
            for (int k = 0; k < st.rowCount(); k++) {
                if (st.number(k, st.columnIndex("strong")) == 1) {
                    strong.merge(st.text(k, st.columnIndex("cluster")), 1, Integer::sum);
                }
            }
            // the planted clusters (FineDemo.plantings) as the definition found them: the cluster holding most of
            // each planted family's industries (FineDemo.specs), read from the definition table
            Table def = r.clusters().definitionTable();
            Map<String, String> clusterOf = new HashMap<>();
            for (int k = 0; k < def.rowCount(); k++) {
                clusterOf.put(def.text(k, 0), def.text(k, 1));
            }
            Set<String> planted = new HashSet<>();
            for (FineDemo.Planting p : FineDemo.plantings()) {
                List<String> codes = new ArrayList<>(p.codes());
                if (codes.isEmpty()) {
                    FineDemo.specs().stream().filter(s -> p.family().equals(s.family())).forEach(s -> codes.add(s.code()));
                }
                Map<String, Integer> votes = new HashMap<>();
                codes.forEach(c -> votes.merge(clusterOf.getOrDefault(c, ""), 1, Integer::sum));
                votes.remove("");
                votes.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> planted.add(e.getKey()));
            }
            NumberFormat nf = NumberFormat.getIntegerInstance(lang.locale());
            int named = 0;
            for (String c : planted) {
                if (strong.containsKey(c)) {
                    assertThat(text).as("planted cluster %s, strong in %d regions (cluster_strength)", c, strong.get(c))
                            .contains(new Messages(lang).format("summary.clusters.count", c, nf.format(strong.get(c))));
                    named++;
                }
            }
            assertThat(named).as("planted clusters the strength table calls strong, named in the summary")
                    .isGreaterThanOrEqualTo(4);
            // the strongest regional cluster of the ranking (stars, then LQ), with its LQ to two decimals
            int top = ExecutiveSummary.strongRows(st).get(0);
            assertThat(text).contains(st.text(top, st.columnIndex("region_name")) + " \u2014 "
                    + st.text(top, st.columnIndex("cluster"))).contains("LQ " + decimals(lang, 2).format(st.number(top,
                    st.columnIndex("lq"))));
            int total = strong.values().stream().mapToInt(Integer::intValue).sum();
            assertThat(text).startsWith(nf.format(total) + " ").contains(nf.format(st.rowCount()));
        }
    }

    @Test
    void impactSentenceHasTheLargestClusterOfTheImpactTableWithUnits() {
        for (Lang lang : Lang.values()) {
            AnalysisPipeline.Result r = DEMO.get(lang);
            Table imp = r.tables().stream().filter(t -> t.name().equals("impact_by_cluster")).findFirst().orElseThrow();
            int best = 0;
            int va = imp.columnIndex("value_added_total");
            for (int k = 1; k < imp.rowCount(); k++) {
                if (imp.number(k, va) > imp.number(best, va)) {
                    best = k;
                }
            }
            String text = finding(r, ExecutiveSummary.Kind.IMPACT);
            String unit = lang == Lang.ID ? "miliar rupiah, harga konstan 2010" : "billion rupiah, constant 2010 prices";
            assertThat(text).as("impact_by_cluster row %s, value added to 0.1 in the data's unit (FineDemo.VA_UNIT)",
                    imp.text(best, 0)).contains(imp.text(best, 0) + ": ")
                    .contains(decimals(lang, 1).format(imp.number(best, va)) + " " + unit)
                    .contains(NumberFormat.getIntegerInstance(lang.locale()).format(Math.round(imp.number(best,
                            imp.columnIndex("jobs_total")))))
                    .contains("10 %");
        }
    }

    @Test
    void leadingSentenceHasTheHighestTradedLqOfTheLeadingTable() {
        AnalysisPipeline.Result r = DEMO.get(Lang.ID);
        Table ls = r.leadingSectors();
        int best = 0;
        for (int k = 1; k < ls.rowCount(); k++) {
            if (ls.number(k, ls.columnIndex("lq_end")) > ls.number(best, ls.columnIndex("lq_end"))) {
                best = k;
            }
        }
        String text = finding(r, ExecutiveSummary.Kind.LEADING);
        assertThat(text).as("sektor_unggulan: %d rows", ls.rowCount())
                .startsWith(NumberFormat.getIntegerInstance(Lang.ID.locale()).format(ls.rowCount()) + " ")
                .contains(" di " + ls.text(best, ls.columnIndex("region_name")) + " (LQ "
                        + decimals(Lang.ID, 2).format(ls.number(best, ls.columnIndex("lq_end"))) + ")");
        assertThat(finding(r, ExecutiveSummary.Kind.SCOPE)).contains("514").contains("2016\u20132023")
                .contains(new Messages(Lang.ID).get("summary.scope.synthetic"));
        assertThat(finding(r, ExecutiveSummary.Kind.QUALITY)).as("the demo is not validated")
                .contains(new Messages(Lang.ID).format("summary.quality.demo", r.model().warnings().size()));
    }

    @Test
    void summaryAndRecommendationsComeFirstAndAreEscaped() {
        String html = HtmlReport.render(DEMO.get(Lang.EN).model());
        int title = html.indexOf("<header class=\"top\">");
        int summary = html.indexOf("id=\"summary\"");
        int rec = html.indexOf("id=\"recommendations\"");
        int overview = html.indexOf("id=\"overview\"");
        assertThat(title).isPositive();
        assertThat(summary).as("summary right after the title").isGreaterThan(title).isLessThan(rec);
        assertThat(rec).isLessThan(overview);
        Table t = Table.builder("executive_summary").text("finding").text("text").row("x", "<script>").build();
        ReportModel model = ReportModel.builder("T", Lang.EN).summary(new ExecutiveSummary(List.of(
                new ExecutiveSummary.Finding(ExecutiveSummary.Kind.SCOPE, "<b>x</b>", "<script>alert(1)</script>", "data")), t))
                .build();
        String page = HtmlReport.render(model);
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)")
                .contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void newSectionsSpeakOneLanguage() {
        for (Lang lang : Lang.values()) {
            String html = HtmlReport.render(DEMO.get(lang).model());
            for (String id : List.of("summary", "recommendations")) {
                String part = section(html, id);
                assertThat(LanguageTest.visibleText(part)).as("%s in %s", id, lang.code()).hasSizeGreaterThan(5);
                assertThat(LanguageTest.problems(part, lang)).as("section %s of the %s demo report: strings of the "
                        + "other language or raw identifiers", id, lang.code()).isEmpty();
            }
        }
    }

    /** The HTML of one top-level section of the page. */
    static String section(String html, String id) {
        int a = html.indexOf("<section class=\"report-section");
        a = html.indexOf("id=\"" + id + "\"", a);
        assertThat(a).as("section %s", id).isPositive();
        return html.substring(html.lastIndexOf("<section", a), html.indexOf("</section>", a));
    }

    @Test
    void workbookHasTheSummaryAndRecommendationSheetsFirst() {
        ReportModel model = DEMO.get(Lang.ID).model();
        List<String> names = WorkbookReport.tables(model).stream().map(Table::name).toList();
        assertThat(names.subList(0, 4)).containsExactly("overview", "executive_summary", "recommendations",
                "recommendation_rule");
        Messages m = new Messages(Lang.ID);
        for (String n : names.subList(1, 4)) {
            assertThat(WorkbookReport.hasSheetName(n, m)).as("sheet name of %s", n).isTrue();
        }
        Table rec = WorkbookReport.tables(model).get(2);
        assertThat(rec.rowCount()).as("every strong regional cluster in the workbook")
                .isEqualTo(DEMO.get(Lang.ID).recommendations().strongCount());
    }

    @Test
    void summaryAndRecommendationsAreDataForTheWeb() {
        // the web summary tab renders the records as JSON (Jackson, as ApiRoutes does): no table objects inside
        AnalysisPipeline.Result r = DEMO.get(Lang.EN);
        com.fasterxml.jackson.databind.JsonNode sum = Json.MAPPER.valueToTree(r.summary());
        assertThat(sum.get("findings")).hasSize(r.summary().findings().size());
        assertThat(sum.at("/findings/0/kind").asText()).isEqualTo("SCOPE");
        assertThat(sum.at("/findings/0/text").asText()).isEqualTo(r.summary().findings().get(0).text());
        assertThat(sum.has("table")).isFalse();
        com.fasterxml.jackson.databind.JsonNode rec = Json.MAPPER.valueToTree(r.recommendations());
        assertThat(rec.get("items")).hasSize(r.recommendations().items().size());
        Recommendations.Recommendation first = r.recommendations().items().get(0);
        assertThat(rec.at("/items/0/choice/strategy").asText()).isEqualTo(first.choice().strategy().name());
        assertThat(rec.at("/items/0/members/core/0/code").asText())
                .isEqualTo(first.members().get("core").get(0).code());
        assertThat(rec.has("table")).isFalse();
    }

    // ---------------------------------------------------------------- real data (Jawa Timur, 17 sections)

    @Test
    void realRegencyFileCountsTheFindingsAsTheValidationReportDoesAndSaysSectorGroups() {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Ingested in = Ingest.run(IngestRequest.of(pdrb));
        Scope.Scoped s = Scope.apply(in.panel(), in.report(), Measure.VALUE_ADDED,
                new Scope.Request("35", null, null, SourceErrors.OnError.EXCLUDE), List.of());
        AnalysisPipeline.Result r = AnalysisPipeline.run(s.panel(), in.report(), null,
                AnalysisPipeline.Options.defaults().withLang(Lang.ID), AnalysisPipeline.Progress.NONE,
                ScopeContext.of(s));
        Messages m = new Messages(Lang.ID);
        // independent count of the validation report: per rule and severity, about the analysed regions (no region,
        // an analysed region or its province) or not — the rule of ReportBuilder.validation's Javadoc
        Set<String> codes = new HashSet<>();
        for (int k = 0; k < s.panel().regions().size(); k++) {
            codes.add(s.panel().regions().get(k).code());
        }
        Map<String, int[]> expected = new LinkedHashMap<>();
        int errors = 0;
        int warnings = 0;
        for (Finding f : in.report().findings()) {
            boolean about = f.region() == null || f.region().isEmpty() || codes.contains(f.region())
                    || codes.stream().anyMatch(c -> c.length() > f.region().length() && c.startsWith(f.region()));
            expected.computeIfAbsent(f.rule() + "/" + f.severity(), x -> new int[2])[about ? 0 : 1]++;
            if (about && f.severity() == Severity.ERROR) {
                errors++;
            } else if (about && f.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        Section appendix = r.model().sections().stream().filter(x -> x.id().equals("appendix")).findFirst()
                .orElseThrow();
        Table counts = ((TableBlock) appendix.blocks().get(0)).table();
        assertThat(counts.rowCount()).as("one row per rule and severity").isEqualTo(expected.size());
        long listed = 0;
        for (int k = 0; k < counts.rowCount(); k++) {
            String rule = ruleOf(counts.text(k, 0), m);
            String sev = severityOf(counts.text(k, 1), m);
            int[] e = expected.get(rule + "/" + sev);
            assertThat(e).as("row %s / %s", counts.text(k, 0), counts.text(k, 1)).isNotNull();
            assertThat(counts.number(k, 2)).isEqualTo(e[0]);
            assertThat(counts.number(k, 3)).isEqualTo(e[1]);
            assertThat(counts.number(k, 4)).as("total = ValidationReport.byRule(%s) with that severity", rule)
                    .isEqualTo(in.report().byRule(rule).stream().filter(f -> f.severity().name().equals(sev)).count());
        }
        // the appendix lists each error and warning about the analysed regions once, per rule
        for (int k = 1; k < appendix.blocks().size(); k++) {
            listed += ((TableBlock) appendix.blocks().get(k)).table().rowCount();
        }
        assertThat(listed).isEqualTo(errors + warnings);
        String quality = finding(r, ExecutiveSummary.Kind.QUALITY);
        assertThat(quality).startsWith(m.format("summary.quality", errors, warnings, r.model().warnings().size()));
        assertThat(r.model().verdict()).startsWith(m.format("validation.verdict", errors, warnings));
        assertThat(r.summary().findings().stream().filter(f -> f.kind() == ExecutiveSummary.Kind.QUALITY)
                .findFirst().orElseThrow().anchor()).isEqualTo("appendix");
        // 17 PDRB sections: sector groups, not clusters
        String clusters = finding(r, ExecutiveSummary.Kind.CLUSTERS);
        assertThat(r.summary().findings().stream().filter(f -> f.kind() == ExecutiveSummary.Kind.CLUSTERS)
                .findFirst().orElseThrow().title()).isEqualTo(m.get("summary.kind.groups"));
        assertThat(clusters).contains(m.get("summary.groups.truth")).contains("kelompok sektor wilayah")
                .doesNotContain("klaster wilayah tergolong kuat");
        assertThat(r.recommendations().sectorGroups()).isTrue();
        assertThat(finding(r, ExecutiveSummary.Kind.SCOPE)).startsWith(m.format("summary.scope.province",
                "Jawa Timur", "35") + ": 38 wilayah");
        String html = HtmlReport.render(r.model());
        for (String id : List.of("summary", "recommendations")) {
            assertThat(LanguageTest.problems(section(html, id), Lang.ID)).as("section %s of Jawa Timur", id).isEmpty();
        }
    }

    private static String ruleOf(String title, Messages m) {
        for (String rule : List.of("sum-to-total", "unit", "hierarchy", "coverage", "unknown-column")) {
            if (m.get("validation.rule." + rule).equals(title)) {
                return rule;
            }
        }
        return title;
    }

    private static String severityOf(String shown, Messages m) {
        for (Severity s : Severity.values()) {
            if (m.get("severity." + s.name().toLowerCase(Locale.ROOT)).equals(shown)) {
                return s.name();
            }
        }
        return shown;
    }
}
