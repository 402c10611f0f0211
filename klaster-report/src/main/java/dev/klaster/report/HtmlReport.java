package dev.klaster.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;

/**
 * Renders a {@link ReportModel} as one self-contained HTML file: Apache ECharts 5.5.0 (from the
 * {@code org.webjars:echarts} jar) and the report's CSS and script are inlined, the charts' options and data
 * tables are embedded as one JSON block, so the file opens offline and every chart's numbers can be downloaded as
 * CSV (generated in the page from the embedded data).
 */
public final class HtmlReport {
    /** Classpath location of ECharts in the webjar. */
    public static final String ECHARTS = "META-INF/resources/webjars/echarts/5.5.0/echarts.min.js";

    private HtmlReport() {
    }

    /** Writes the report atomically (temporary file, then move). */
    public static void write(ReportModel model, Path file) throws IOException {
        String workbook = stem(file.getFileName().toString()) + ".xlsx";
        TableWriter.atomically(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            render(model, workbook, w);
            w.flush();
        });
    }

    /** The whole page as a string (tests). */
    public static String render(ReportModel model) {
        StringWriter w = new StringWriter();
        try {
            render(model, "report.xlsx", w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static void render(ReportModel model, String workbookName, Writer w) throws IOException {
        Messages m = new Messages(model.lang());
        w.write("<!DOCTYPE html>\n<html lang=\"" + model.lang().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        w.write("<meta name=\"generator\" content=\"Klaster\">\n");
        w.write("<title>" + esc(model.title()) + (model.subtitle() == null ? "" : " — " + esc(model.subtitle()))
                + (model.synthetic() ? " — DEMO" : "") + "</title>\n<style>\n");
        w.write(resource("dev/klaster/report/report.css"));
        w.write("</style>\n</head>\n<body>\n");
        if (model.synthetic()) {
            w.write("<div class=\"banner\" id=\"synthetic-banner\" role=\"alert\"><span class=\"big\">"
                    + "DATA DEMO SINTETIS / SYNTHETIC DEMO DATA</span><br>" + esc(m.get("banner.synthetic"))
                    + "</div>\n");
        }
        w.write("<header class=\"top\"><h1>" + esc(model.title()) + "</h1>" + (model.subtitle() == null ? ""
                : "<div class=\"subtitle\" id=\"subtitle\">" + esc(model.subtitle()) + "</div>") + "<div class=\"meta\">"
                + esc(m.format("report.generated", LocalDate.now().toString())) + "</div></header>\n<main>\n");
        summary(model, m, w, a -> "#" + a);
        recommendations(model, m, w);
        overview(model, m, w);
        for (Section s : model.sections()) {
            w.write("<section class=\"report-section\" id=\"" + s.id() + "\">\n<h2>" + esc(s.title()) + "</h2>\n");
            if (!s.intro().isEmpty()) {
                w.write("<p class=\"intro\">" + esc(s.intro()) + "</p>\n");
            }
            for (Block b : s.blocks()) {
                if (b instanceof Chart c) {
                    chart(c, m, w);
                } else {
                    table((TableBlock) b, m, model, w);
                }
            }
            w.write("</section>\n");
        }
        w.write("</main>\n<footer>" + esc(m.format("footer.workbook", workbookName)) + "<br>"
                + esc(m.get("footer.offline")) + "</footer>\n");
        w.write("<script type=\"application/json\" id=\"klaster-data\">");
        w.write(Json.forScript(data(model, m)));
        w.write("</script>\n<script>\n");
        w.write(resource(ECHARTS).replace("</script", "<\\/script"));
        w.write("\n</script>\n<script>\n");
        w.write(resource("dev/klaster/report/report.js"));
        w.write("</script>\n</body>\n</html>\n");
    }

    private static void overview(ReportModel model, Messages m, Writer w) throws IOException {
        w.write("<section class=\"report-section\" id=\"overview\">\n<h2>" + esc(m.get("overview.title")) + "</h2>\n");
        w.write("<p class=\"intro\">" + esc(m.get("section.overview.intro")) + "</p>\n");
        w.write("<div class=\"block\"><dl class=\"overview\">\n");
        w.write("<dt>" + esc(m.get("overview.sources")) + "</dt><dd>"
                + esc(model.dataSources().isEmpty() ? "–" : String.join("; ", model.dataSources())) + "</dd>\n");
        List<Integer> ys = model.years();
        w.write("<dt>" + esc(m.get("overview.years")) + "</dt><dd>" + (ys.isEmpty() ? "–"
                : ys.get(0) + (ys.size() > 1 ? "–" + ys.get(ys.size() - 1) + " (" + ys.size() + ")" : "")) + "</dd>\n");
        NumberFormat nf = NumberFormat.getIntegerInstance(model.lang().locale());
        w.write("<dt>" + esc(m.get("overview.regions")) + "</dt><dd>" + nf.format(model.regionCount()) + "</dd>\n");
        w.write("<dt>" + esc(m.get("overview.industries")) + "</dt><dd>" + nf.format(model.industryCount())
                + "</dd>\n</dl>\n");
        if (model.verdict() != null) {
            w.write("<p class=\"verdict\"><a href=\"#appendix\">" + esc(model.verdict()) + "</a></p>\n");
        }
        w.write("<h3 id=\"warnings\">" + esc(m.get("overview.warnings")) + " (" + model.warnings().size() + ")</h3>\n");
        if (model.warnings().isEmpty()) {
            w.write("<p class=\"ok\">" + esc(m.get("overview.noWarnings")) + "</p>\n");
        } else {
            w.write("<ul class=\"warnings\">\n");
            for (String warning : model.warnings()) {
                w.write("<li>" + esc(warning) + "</li>\n");
            }
            w.write("</ul>\n");
        }
        w.write("</div>\n<nav class=\"toc\"><b>" + esc(m.get("overview.contents")) + "</b><ol>\n");
        if (model.summary() != null) {
            w.write("<li><a href=\"#summary\">" + esc(m.get("summary.title")) + "</a></li>\n");
        }
        if (model.recommendations() != null) {
            w.write("<li><a href=\"#recommendations\">" + esc(m.get("rec.title")) + "</a></li>\n");
        }
        w.write("<li><a href=\"#overview\">" + esc(m.get("overview.title")) + "</a></li>\n");
        for (Section s : model.sections()) {
            w.write("<li><a href=\"#" + s.id() + "\">" + esc(s.title()) + "</a></li>\n");
        }
        w.write("</ol></nav>\n</section>\n");
    }

    /**
     * The executive summary as an HTML section, for a page that is not the report (the dashboard's summary tab):
     * {@code href} gives the link of a finding's section id.
     */
    public static String summaryHtml(ReportModel model, java.util.function.Function<String, String> href) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            summary(model, new Messages(model.lang()), w, href);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The recommendations as an HTML section (the rule and the cards), for a page that is not the report. */
    public static String recommendationsHtml(ReportModel model) {
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            recommendations(model, new Messages(model.lang()), w);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The executive summary: the key findings as a numbered list, each linked to its section. */
    private static void summary(ReportModel model, Messages m, Writer w,
                                java.util.function.Function<String, String> href) throws IOException {
        ExecutiveSummary sum = model.summary();
        if (sum == null) {
            return;
        }
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (Section s : model.sections()) {
            titles.put(s.id(), s.title());
        }
        titles.put("warnings", m.get("overview.warnings"));
        w.write("<section class=\"report-section summary\" id=\"summary\">\n<h2>" + esc(m.get("summary.title"))
                + "</h2>\n<div class=\"block\"><ol class=\"findings\">\n");
        for (ExecutiveSummary.Finding f : sum.findings()) {
            w.write("<li data-kind=\"" + f.kind().id() + "\"><b>" + esc(f.title()) + ".</b> " + esc(f.text()));
            String target = titles.get(f.anchor());
            if (target != null) {
                w.write(" <a class=\"more\" href=\"" + esc(href.apply(f.anchor())) + "\">→ " + esc(target) + "</a>");
            }
            w.write("</li>\n");
        }
        w.write("</ol></div>\n</section>\n");
    }

    /** The recommendations: the rule, then one card per strong regional cluster (the first few). */
    private static void recommendations(ReportModel model, Messages m, Writer w) throws IOException {
        Recommendations rec = model.recommendations();
        if (rec == null) {
            return;
        }
        NumberFormat f2 = Recommendations.number(model.lang(), 2);
        w.write("<section class=\"report-section recommendations\" id=\"recommendations\">\n<h2>"
                + esc(m.get("rec.title")) + "</h2>\n<p class=\"intro\">" + esc(m.get("rec.intro")) + "</p>\n");
        if (rec.sectorGroups()) {
            w.write("<p class=\"verdict\">" + esc(m.get("rec.sectorGroups")) + "</p>\n");
        }
        if (rec.poorDefinition()) {
            w.write("<p class=\"verdict\">" + esc(m.get("rec.poorDefinition")) + "</p>\n");
        }
        // the rule, as documented in docs/report.md
        Table rules = rec.rules();
        w.write("<div class=\"block table-block\" id=\"rec-rule\"><h3>" + esc(m.get("rec.rule.title")) + "</h3>\n<p class=\"caption\">"
                + esc(m.get("rec.rule.caption")) + "</p>\n<div class=\"scroll\"><table class=\"data\"><thead><tr>");
        ColumnLabels labels = ColumnLabels.of(model.lang());
        for (Table.Column c : rules.columns()) {
            w.write("<th>" + esc(labels.name(c.name())) + "</th>");
        }
        w.write("</tr></thead><tbody>\n");
        for (int r = 0; r < rules.rowCount(); r++) {
            w.write("<tr>");
            for (int c = 0; c < rules.columns().size(); c++) {
                w.write("<td>" + esc(rules.text(r, c)) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody></table></div>\n");
        for (String note : rules.notes()) {
            w.write("<p class=\"note\">" + esc(note) + "</p>\n");
        }
        w.write("</div>\n");
        if (rec.items().isEmpty()) {
            w.write("<p class=\"ok\">" + esc(m.get(rec.sectorGroups() ? "rec.none.groups" : "rec.none")) + "</p>\n");
        }
        int shown = Math.min(Recommendations.MAX_SHOWN, rec.items().size());
        for (int k = 0; k < shown; k++) {
            card(rec.items().get(k), k + 1, m, f2, w);
        }
        if (rec.items().size() > shown) {
            w.write("<p class=\"note\">" + esc(m.format("rec.more", rec.items().size() - shown,
                    WorkbookReport.sheetName(rec.table().name(), m))) + "</p>\n");
        }
        w.write("</section>\n");
    }

    /** One recommendation card, numbered {@code k}. */
    private static void card(Recommendations.Recommendation r, int k, Messages m, NumberFormat f2, Writer w)
            throws IOException {
        w.write("<article class=\"block rec-card\" id=\"rec-" + k + "\">\n<h3>" + k + ". "
                + esc(r.regionName()) + " — " + esc(r.cluster()) + " <span class=\"stars\">"
                + stars(r.stars(), 4) + "</span></h3>\n<dl class=\"overview\">\n");
        w.write("<dt>" + esc(m.get("rec.field.stage")) + "</dt><dd>" + esc(Recommendations.stageName(r.stage(), m))
                + "</dd>\n");
        w.write("<dt>" + esc(m.get("rec.field.strategy")) + "</dt><dd><b>" + esc(Recommendations.choiceText(
                r.choice(), m)) + "</b>: " + esc(r.action()) + "</dd>\n");
        w.write("<dt>" + esc(m.get("rec.field.focus")) + "</dt><dd>" + esc(r.focus()) + "</dd>\n");
        w.write("</dl>\n<div class=\"scroll\"><table class=\"data members\"><thead><tr><th>"
                + esc(m.get("rec.field.role")) + "</th><th>" + esc(m.get("rec.field.members")) + "</th></tr>"
                + "</thead><tbody>\n");
        for (String g : Recommendations.ROLE_GROUPS) {
            List<Recommendations.Member> ms = r.members().get(g);
            if (ms.isEmpty() && (!g.equals("core") || !r.members().get("definition").isEmpty())) {
                continue;
            }
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < Math.min(6, ms.size()); i++) {
                names.append(i == 0 ? "" : "; ").append(ms.get(i).name()).append(Double.isNaN(ms.get(i).lq())
                        ? "" : " (LQ " + f2.format(ms.get(i).lq()) + ")");
            }
            if (ms.size() > 6) {
                names.append(' ').append(m.format("rec.members.more", ms.size() - 6));
            }
            w.write("<tr><td>" + esc(m.get("rec.role." + g)) + "</td><td>" + esc(ms.isEmpty() ? "–"
                    : names.toString()) + "</td></tr>\n");
        }
        w.write("<tr><td>" + esc(m.get("rec.role.institutions")) + "</td><td>" + esc(m.get(
                "rec.role.institutions.local")) + "</td></tr>\n</tbody></table></div>\n");
        w.write("<div class=\"scroll\"><table class=\"data kpis\"><thead><tr><th>" + esc(m.get("rec.field.kpi"))
                + "</th><th>" + esc(m.format("rec.field.baseline", r.lastYear())) + "</th><th>"
                + esc(m.get("rec.field.source")) + "</th></tr></thead><tbody>\n");
        for (Recommendations.Kpi kpi : r.kpis()) {
            w.write("<tr><td>" + esc(kpi.name()) + "</td><td class=\"num\">" + (kpi.fromData()
                    ? esc(f2.format(kpi.baseline()) + " " + kpi.unit()) : "–") + "</td><td>" + esc(kpi.source())
                    + "</td></tr>\n");
        }
        w.write("</tbody></table></div>\n");
        w.write("<p><b>" + esc(m.get("rec.field.data")) + "</b> " + esc(r.dataSupport()) + "</p>\n");
        w.write("<p><b>" + esc(m.get("rec.field.local")) + "</b> " + esc(r.localKnowledge()) + "</p>\n");
        w.write("</article>\n");
    }

    /**
     * The recommendation cards of one region, or of one regional cluster ({@code cluster} not null), for a page that
     * is not the report; "" when there is none.
     */
    public static String recommendationCardsHtml(ReportModel model, String region, String cluster) {
        Recommendations rec = model.recommendations();
        if (rec == null) {
            return "";
        }
        Messages m = new Messages(model.lang());
        NumberFormat f2 = Recommendations.number(model.lang(), 2);
        java.io.StringWriter w = new java.io.StringWriter();
        try {
            int k = 0;
            for (Recommendations.Recommendation r : rec.items()) {
                if (r.region().equals(region) && (cluster == null || r.cluster().equals(cluster))) {
                    card(r, ++k, m, f2, w);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void chart(Chart c, Messages m, Writer w) throws IOException {
        w.write("<figure class=\"block chart-block\" id=\"b-" + c.id() + "\">\n<h3>" + esc(c.title()) + "</h3>\n");
        w.write("<div class=\"chart\" id=\"chart-" + c.id() + "\" data-kind=\"" + c.kind() + "\" style=\"height:"
                + c.height() + "px\"></div>\n<figcaption>");
        w.write(esc(c.caption()));
        if (c.fullTable() != null && c.fullTable().rowCount() > c.data().rowCount()) {
            w.write("<br>" + esc(m.format("chart.reduced", WorkbookReport.sheetName(c.fullTable().name(), m),
                    c.data().rowCount(), c.fullTable().rowCount())));
        }
        if (c instanceof dev.klaster.report.chart.SymbolMapChart sm && !sm.missing().isEmpty()) {
            w.write("<br>" + esc(m.format("chart.notOnMap", String.join(", ", sm.missing()))));
        }
        for (String note : c.data().notes()) {
            w.write("<br><span class=\"note\">" + esc(note) + "</span>");
        }
        w.write("</figcaption>\n");
        tools(c.id(), m, w);
        w.write("<details id=\"details-" + c.id() + "\"><summary>" + esc(m.get("chart.showTable"))
                + "</summary></details>\n</figure>\n");
    }

    private static void tools(String id, Messages m, Writer w) throws IOException {
        w.write("<div class=\"tools\"><a id=\"csv-" + id + "\" class=\"csv\" href=\"#\">"
                + esc(m.get("chart.downloadCsv")) + "</a></div>\n");
    }

    private static void table(TableBlock tb, Messages m, ReportModel model, Writer w) throws IOException {
        Table t = tb.table();
        NumberFormat nf = NumberFormat.getNumberInstance(model.lang().locale());
        nf.setMaximumFractionDigits(2);
        w.write("<div class=\"block table-block\" id=\"b-" + tb.id() + "\">\n<h3>" + esc(tb.title()) + "</h3>\n");
        if (!tb.caption().isEmpty()) {
            w.write("<p class=\"caption\">" + esc(tb.caption()) + "</p>\n");
        }
        int stars = tb.starsColumn() == null ? -1 : t.columnIndex(tb.starsColumn());
        NumberFormat plain = NumberFormat.getNumberInstance(model.lang().locale());
        plain.setGroupingUsed(false);
        plain.setMaximumFractionDigits(2);
        // raw column names of a table added as it is get their header; headers made by ColumnLabels stay
        ColumnLabels labels = ColumnLabels.of(model.lang());
        w.write("<div class=\"scroll\"><table class=\"data\"><thead><tr>");
        for (Table.Column c : t.columns()) {
            w.write("<th>" + esc(labels.header(c.name(), c.type() == Table.Type.NUMBER)) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        int shown = Math.min(t.rowCount(), tb.maxRows());
        for (int r = 0; r < shown; r++) {
            w.write("<tr>");
            for (int c = 0; c < t.columns().size(); c++) {
                Object v = t.get(r, c);
                if (c == stars) {
                    w.write("<td class=\"stars\" title=\"" + Tables.cellText(t, r, c) + "\">"
                            + stars((Double) v, tb.starsMax()) + "</td>");
                } else if (v instanceof Double d) {
                    // years and codes are not quantities: no thousands separator
                    ColumnLabels.Kind k = labels.kind(t.columns().get(c).name());
                    NumberFormat f = k == ColumnLabels.Kind.YEAR || k == ColumnLabels.Kind.RANK
                            || isYearLike(t.columns().get(c).name()) ? plain : nf;
                    w.write("<td class=\"num\">" + (d.isNaN() ? "–" : f.format(d)) + "</td>");
                } else {
                    w.write("<td>" + esc((String) v) + "</td>");
                }
            }
            w.write("</tr>\n");
        }
        w.write("</tbody></table></div>\n");
        if (shown < t.rowCount()) {
            w.write("<p class=\"note\">" + esc(m.format("chart.rowsShown", shown, t.rowCount())) + "</p>\n");
        }
        if (tb.data().rowCount() < t.rowCount()) {
            w.write("<p class=\"note\">" + esc(m.format("chart.embeddedRows", tb.data().rowCount(), t.rowCount()))
                    + "</p>\n");
        }
        for (String note : t.notes()) {
            w.write("<p class=\"note\">" + esc(note) + "</p>\n");
        }
        tools(tb.id(), m, w);
        w.write("</div>\n");
    }

    static boolean isYearLike(String column) {
        String c = column.toLowerCase(java.util.Locale.ROOT);
        return c.matches("(.*_)?(year|tahun)") || c.equals("rank") || c.equals("code");
    }

    /** ★ for each whole star, ☆ for the rest up to max; NaN gives "–". */
    static String stars(double v, int max) {
        if (Double.isNaN(v)) {
            return "–";
        }
        int n = (int) Math.max(0, Math.min(max, Math.round(v)));
        return "★".repeat(n) + "☆".repeat(max - n);
    }

    /** The embedded JSON: language, maps, and per block its option (charts) and data table. */
    static String data(ReportModel model, Messages m) throws IOException {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("lang", model.lang().code());
            g.writeObjectFieldStart("maps");
            for (var e : model.maps().entrySet()) {
                g.writeFieldName(e.getKey());
                g.writeRawValue(e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("blocks");
            for (Section s : model.sections()) {
                for (Block b : s.blocks()) {
                    g.writeStartObject();
                    g.writeStringField("id", b.id());
                    g.writeStringField("file", b.data().name().replaceAll("[^A-Za-z0-9._-]", "_"));
                    if (b instanceof Chart c) {
                        g.writeStringField("kind", c.kind());
                        g.writeFieldName("option");
                        g.writeTree(c.option(m));
                    }
                    g.writeFieldName("data");
                    table(b.data(), g);
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return sw.toString();
    }

    private static void table(Table t, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", t.name());
        g.writeArrayFieldStart("columns");
        for (Table.Column c : t.columns()) {
            g.writeStartObject();
            g.writeStringField("name", c.name());
            g.writeStringField("type", c.type().name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("rows");
        int nc = t.columns().size();
        for (int r = 0; r < t.rowCount(); r++) {
            g.writeStartArray();
            for (int c = 0; c < nc; c++) {
                Object v = t.get(r, c);
                if (v instanceof Double d) {
                    if (Double.isFinite(d)) {
                        g.writeNumber(d);
                    } else {
                        g.writeNull();
                    }
                } else {
                    g.writeString((String) v);
                }
            }
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    static String resource(String path) {
        try (InputStream in = HtmlReport.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** HTML-escapes text. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
