package dev.klaster.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.measures.MeasureRegistry;
import dev.klaster.core.measures.MeasureSpec;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.table.Table;
import dev.klaster.report.AnalysisPipeline;
import dev.klaster.report.Block;
import dev.klaster.report.Chart;
import dev.klaster.report.ColumnLabels;
import dev.klaster.report.HtmlReport;
import dev.klaster.report.Json;
import dev.klaster.report.Lang;
import dev.klaster.report.Messages;
import dev.klaster.report.Section;
import dev.klaster.report.TableBlock;
import dev.klaster.report.WorkbookReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's pages, rendered in the server from the same result the API answers with. Every page takes
 * {@code lang=id|en} and keeps its whole state (dataset, province, tab, region, cluster, measure and options) in its
 * URL, so a link reproduces the view. Charts are the report's own chart definitions (ECharts options) drawn by the
 * report's own script.
 */
final class Pages {
    private final KlasterServer server;

    Pages(KlasterServer server) {
        this.server = server;
    }

    void register(RoutesConfig r) {
        r.addHttpHandler(HandlerType.GET, "/", this::home);
        r.addHttpHandler(HandlerType.POST, "/datasets", this::uploadForm);
        r.addHttpHandler(HandlerType.POST, "/datasets/{dataset}/delete", this::deleteForm);
        r.addHttpHandler(HandlerType.GET, "/datasets/{dataset}", this::analysis);
        r.addHttpHandler(HandlerType.GET, "/datasets/{dataset}/check", this::check);
        r.addHttpHandler(HandlerType.GET, "/datasets/{dataset}/regions/{region}", ctx -> profile(ctx, "region"));
        r.addHttpHandler(HandlerType.GET, "/datasets/{dataset}/clusters/{cluster}", ctx -> profile(ctx, "cluster"));
        r.addHttpHandler(HandlerType.GET, "/datasets/{dataset}/regions/{region}/clusters/{cluster}",
                ctx -> profile(ctx, "region", "cluster"));
        r.addHttpHandler(HandlerType.GET, "/measures", this::measures);
        r.addHttpHandler(HandlerType.GET, "/datasets/{dataset}/compare", this::compare);
        r.addHttpHandler(HandlerType.GET, "/assets/report.js", ctx -> resource(ctx, "dev/klaster/report/report.js",
                "text/javascript"));
        r.addHttpHandler(HandlerType.GET, "/assets/report.css", ctx -> resource(ctx,
                "dev/klaster/report/report.css", "text/css"));
    }

    private static void resource(Context ctx, String path, String type) throws IOException {
        try (InputStream in = Pages.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw ApiException.notFound(path);
            }
            ctx.header("Cache-Control", "max-age=3600");
            ctx.contentType(type + "; charset=utf-8").result(in.readAllBytes());
        }
    }

    private WebText text(Context ctx) {
        return WebText.of(ctx.queryParam("lang"));
    }

    private boolean signedIn(Context ctx) {
        return server.signedIn(ctx);
    }

    /** The current URL with lang switched. */
    private static String other(Context ctx, WebText t) {
        StringBuilder q = new StringBuilder();
        for (var e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals("lang") || e.getKey().equals("token")) {
                continue;
            }
            for (String v : e.getValue()) {
                q.append(q.length() == 0 ? "?" : "&").append(Html.url(e.getKey())).append('=').append(Html.url(v));
            }
        }
        q.append(q.length() == 0 ? "?" : "&").append("lang=").append(t.lang().equals("id") ? "en" : "id");
        return ctx.path() + q;
    }

    private void send(Context ctx, WebText t, String title, boolean synthetic, String body) {
        ctx.contentType("text/html; charset=utf-8").result(Html.page(t, title, other(ctx, t), synthetic,
                signedIn(ctx), server.config().readOnly(), body));
    }

    // ---------------------------------------------------------------- home

    private void home(Context ctx) {
        WebText t = text(ctx);
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag(t.lang()));
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"report-section\"><h1>").append(Html.esc(t.get("home.title"))).append("</h1><p class=")
                .append("\"intro\">").append(Html.esc(t.get("home.intro"))).append("</p>");
        b.append("<div class=\"block\"><h3>").append(Html.esc(t.get("home.datasets"))).append("</h3>")
                .append("<div class=\"scroll\"><table class=\"data\" id=\"datasets\"><thead><tr>");
        for (String h : List.of("ds.title", "ds.source", "ds.levels", "ds.years", "ds.regions", "ds.industries",
                "ds.verdict", "ds.actions")) {
            b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        Session s = session(ctx);
        for (Dataset.Info d : server.store().list(t.lang())) {
            b.append("<tr><td><a class=\"dataset\" href=\"").append(Html.esc(Html.href("/datasets/" + d.id(),
                    "lang", t.lang()))).append("\">").append(Html.esc(d.title())).append("</a>")
                    .append(d.synthetic() ? " <span class=\"tag\">" + Html.esc(t.get("ds.synthetic")) + "</span>" : "")
                    .append("</td><td>").append(Html.esc(d.source())).append("</td><td>")
                    .append(Html.esc(String.join(", ", d.levels().stream().map(l -> levelLabel(l, t)).toList())))
                    .append("</td><td>").append(d.firstYear()).append("–").append(d.lastYear()).append("</td>")
                    .append("<td class=\"num\">").append(nf.format(d.regions())).append("</td><td class=\"num\">")
                    .append(nf.format(d.industries())).append("</td><td>")
                    .append(Html.esc(t.format("ds.verdictText", d.errors(), d.warnings()))).append("</td><td>");
            if (!d.builtIn() && s.canWrite) {
                b.append("<form method=\"post\" action=\"/datasets/").append(Html.esc(d.id())).append("/delete?lang=")
                        .append(t.lang()).append("\"><input type=\"hidden\" name=\"csrf\" value=\"")
                        .append(Html.esc(s.csrf)).append("\"><button class=\"danger\" type=\"submit\">")
                        .append(Html.esc(t.get("ds.delete"))).append("</button></form>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></div></div>");
        b.append("<div class=\"block\" id=\"upload\"><h3>").append(Html.esc(t.get("upload.title"))).append("</h3>");
        if (server.config().readOnly()) {
            b.append("<p>").append(Html.esc(t.get("upload.readOnly"))).append("</p>");
        } else if (!s.canWrite) {
            b.append("<p class=\"hint\">").append(Html.esc(t.get("upload.signIn"))).append("</p>");
        } else {
            b.append("<p class=\"caption\">").append(Html.esc(t.format("upload.intro",
                            server.config().maxUploadBytes() >> 20))).append("</p>")
                    .append("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/datasets?lang=")
                    .append(t.lang()).append("\" id=\"upload-form\"><input type=\"hidden\" name=\"csrf\" value=\"")
                    .append(Html.esc(s.csrf)).append("\"><dl class=\"overview\">");
            field(b, t, "title", "upload.fieldTitle", "text", null);
            field(b, t, "data", "upload.fieldData", "file", ".csv,.tsv,.txt,.xlsx,.parquet");
            field(b, t, "boundaries", "upload.fieldBoundaries", "file", ".geojson,.json");
            field(b, t, "io", "upload.fieldIo", "file", ".csv");
            field(b, t, "ioSectors", "upload.fieldIoSectors", "file", ".csv");
            b.append("</dl><button type=\"submit\">").append(Html.esc(t.get("upload.submit")))
                    .append("</button></form>");
        }
        b.append("</div></section>");
        send(ctx, t, t.get("home.title"), false, b.toString());
    }

    private static void field(StringBuilder b, WebText t, String name, String label, String type, String accept) {
        b.append("<dt><label for=\"f-").append(name).append("\">").append(Html.esc(t.get(label)))
                .append("</label></dt><dd><input id=\"f-").append(name).append("\" name=\"").append(name)
                .append("\" type=\"").append(type).append('"');
        if (accept != null) {
            b.append(" accept=\"").append(accept).append('"');
        }
        if (type.equals("text")) {
            b.append(" maxlength=\"200\"");
        }
        b.append("></dd>");
    }

    private static String levelLabel(String level, WebText t) {
        return switch (level) {
            case "country" -> RegionLevel.COUNTRY.label(t.lang());
            case "province" -> RegionLevel.PROVINCE.label(t.lang());
            default -> RegionLevel.REGENCY.label(t.lang());
        };
    }

    /** Sign-in state of a page request. */
    private record Session(boolean canWrite, String csrf) {
    }

    private Session session(Context ctx) {
        Auth.Session s = server.auth().session(ctx);
        dev.klaster.workspace.User u = server.actor(ctx);
        return new Session(s != null && u != null && u.admin() && !server.config().readOnly(),
                s == null ? "" : s.csrf());
    }

    private void uploadForm(Context ctx) throws IOException {
        WebText t = text(ctx);
        List<DatasetStore.Part> parts = new ArrayList<>();
        List<InputStream> open = new ArrayList<>();
        try {
            for (var e : ctx.uploadedFileMap().entrySet()) {
                for (UploadedFile f : e.getValue()) {
                    if (f.size() == 0 && (f.filename() == null || f.filename().isEmpty())) {
                        continue; // an empty optional file input
                    }
                    InputStream in = f.content();
                    open.add(in);
                    parts.add(new DatasetStore.Part(e.getKey(), f.filename(), in));
                }
            }
            DatasetStore.Uploaded up = server.store().upload(ctx.formParam("title"), parts);
            ctx.redirect(Html.href("/datasets/" + up.dataset().info().id() + "/check", "lang", t.lang()),
                    io.javalin.http.HttpStatus.SEE_OTHER);
        } finally {
            for (InputStream in : open) {
                in.close();
            }
        }
    }

    private void deleteForm(Context ctx) {
        WebText t = text(ctx);
        server.store().delete(ctx.pathParam("dataset"));
        server.responses().dropDataset(ctx.pathParam("dataset"));
        server.analyses().forget(ctx.pathParam("dataset"));
        ctx.redirect(Html.href("/", "lang", t.lang()), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // ---------------------------------------------------------------- validation before analysis

    /** What the upload holds and what validation found, before any analysis; the scope is chosen here. */
    private void check(Context ctx) {
        WebText t = text(ctx);
        Dataset d = server.store().get(ctx.pathParam("dataset"), t.lang());
        Dataset.Info i = d.info();
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag(t.lang()));
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"report-section\"><h1 id=\"title\">").append(Html.esc(i.title())).append("</h1>")
                .append("<div class=\"block\" id=\"dataset-info\"><dl class=\"overview\">");
        dl(b, t.get("ds.source"), i.source());
        for (var f : i.files().entrySet()) {
            dl(b, t.get("check.file." + f.getKey()), f.getValue());
        }
        dl(b, t.get("ds.levels"), String.join(", ", i.levels().stream().map(l -> levelLabel(l, t)).toList()));
        dl(b, t.get("ds.years"), i.firstYear() + "–" + i.lastYear());
        dl(b, t.get("ds.regions"), nf.format(i.regions()));
        dl(b, t.get("ds.industries"), nf.format(i.industries()));
        dl(b, t.get("check.io"), d.io() == null ? t.get("check.ioNone") : t.format("check.ioSectors",
                d.io().size()));
        b.append("</dl><p class=\"verdict\" id=\"verdict\">").append(Html.esc(t.format("ds.verdictText", i.errors(),
                i.warnings()))).append("</p></div>");
        Table findings = readerFindings(d.findings().toTable(), Lang.parse(t.lang()));
        b.append("<div class=\"block\" id=\"findings\"><h3>").append(Html.esc(t.get("check.findings"))).append(" (")
                .append(nf.format(findings.rowCount())).append(")</h3><p class=\"caption\">")
                .append(Html.esc(t.get("check.findingsCaption"))).append("</p>");
        if (findings.rowCount() > 0) {
            ColumnLabels fl = ColumnLabels.of(Lang.parse(t.lang()));
            dataTable(b, findings, 200, Locale.forLanguageTag(t.lang()), c -> header(t, fl, c));
            b.append("<p class=\"tools\"><a href=\"").append(Html.esc(Html.href("/api/v1/datasets/" + i.id()
                    + "/findings", "format", "csv"))).append("\">CSV</a></p>");
        } else {
            b.append("<p class=\"ok\">").append(Html.esc(t.get("check.noFindings"))).append("</p>");
        }
        b.append("</div><div class=\"block\" id=\"scope\"><h3>").append(Html.esc(t.get("check.analyse")))
                .append("</h3>");
        if (!provinceSelector(b, t, d, "", "/datasets/" + i.id())) {
            b.append("<form method=\"get\" action=\"/datasets/").append(Html.esc(i.id())).append("\">")
                    .append("<input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\">")
                    .append("<button type=\"submit\">").append(Html.esc(t.get("scope.apply"))).append("</button></form>");
        }
        b.append("</div></section>");
        send(ctx, t, i.title(), i.synthetic(), b.toString());
    }

    private static void dl(StringBuilder b, String k, String v) {
        b.append("<dt>").append(Html.esc(k)).append("</dt><dd>").append(Html.esc(v)).append("</dd>");
    }

    // ---------------------------------------------------------------- analysis

    /** The job's result, or null after sending a progress page that reloads itself. */
    private AnalysisPipeline.Result result(Context ctx, WebText t, Dataset d, Analyses.Job j) {
        switch (j.state()) {
            case DONE:
                return j.result();
            case FAILED:
                throw new ApiException(j.errorStatus(), j.error());
            default:
                ctx.header("Refresh", "2");
                String body = "<section class=\"report-section\"><h1>" + Html.esc(d.info().title()) + "</h1>"
                        + "<div class=\"block\" id=\"progress\"><p>" + Html.esc(t.format("job.running",
                        j.done(), j.total(), j.step())) + "</p><progress max=\"" + j.total() + "\" value=\""
                        + j.done() + "\"></progress><p class=\"caption\">" + Html.esc(t.get("job.reload"))
                        + "</p></div></section>";
                ctx.status(202);
                send(ctx, t, d.info().title(), d.info().synthetic(), body);
                return null;
        }
    }

    private void analysis(Context ctx) {
        WebText t = text(ctx);
        Dataset d = server.store().get(ctx.pathParam("dataset"), t.lang());
        Analyses.Key key = ApiRoutes.key(ctx);
        Analyses.Job j = server.analyses().request(key);
        AnalysisPipeline.Result res = result(ctx, t, d, j);
        if (res == null) {
            return;
        }
        String id = d.info().id();
        String tab = ctx.queryParam("tab");
        List<Section> secs = res.model().sections();
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"report-section\"><h1 id=\"title\">").append(Html.esc(res.model().title()))
                .append("</h1>");
        b.append("<div class=\"block\" id=\"scope\">");
        for (String s : webStatements(j.scoped().statements(t.lang()))) {
            b.append("<p>").append(Html.esc(s)).append("</p>");
        }
        provinceSelector(b, t, d, key.province(), ctx.path());
        b.append("<p class=\"tools\">");
        String p = key.province();
        b.append(link(t, "/api/v1/datasets/" + id + "/report.html", p, "dl.report"))
                .append(link(t, "/api/v1/datasets/" + id + "/report.xlsx", p, "dl.workbook"))
                .append(link(t, "/api/v1/datasets/" + id + "/analysis", p, "dl.json"))
                .append(link(t, "/datasets/" + id + "/check", null, "dl.check"))
                .append(link(t, "/datasets/" + id + "/compare", null, "dl.compare"));
        b.append("</p></div>");
        b.append("<nav class=\"tabs\" id=\"tabs\">");
        tabLink(b, t, id, p, "summary", t.get("tab.summary"), tab == null || tab.equals("summary"));
        for (Section s : secs) {
            tabLink(b, t, id, p, s.id(), s.title(), s.id().equals(tab));
        }
        tabLink(b, t, id, p, "regions", t.get("tab.regions"), "regions".equals(tab));
        b.append("</nav>");
        if (tab == null || tab.equals("summary")) {
            summary(b, t, res, j, id, p);
        } else if (tab.equals("regions")) {
            regionList(b, t, j.scoped().panel(), id, p);
        } else {
            Section s = secs.stream().filter(x -> x.id().equals(tab)).findFirst().orElseThrow(() ->
                    ApiException.badParam("tab", tab, "no such tab"));
            section(b, t, res, s, id, p, key.growth());
        }
        b.append("</section>");
        send(ctx, t, res.model().title(), res.model().synthetic(), b.toString());
    }

    private static String link(WebText t, String path, String province, String label) {
        return "<a href=\"" + Html.esc(Html.href(path, "lang", t.lang(), "province", province)) + "\">"
                + Html.esc(t.get(label)) + "</a> ";
    }

    private static void tabLink(StringBuilder b, WebText t, String id, String province, String tab, String title,
                                boolean current) {
        b.append("<a class=\"tab").append(current ? " current" : "").append("\" data-tab=\"").append(Html.esc(tab))
                .append("\" href=\"").append(Html.esc(Html.href("/datasets/" + id, "lang", t.lang(), "province",
                        province, "tab", tab))).append("\">").append(Html.esc(title)).append("</a>");
    }

    /** The province scope form; false when the data have no regencies to scope (nothing written). */
    private static boolean provinceSelector(StringBuilder b, WebText t, Dataset d, String current, String path) {
        Panel p = d.panel();
        List<Region> provs = DatasetStore.regionsAt(p, RegionLevel.PROVINCE);
        if (provs.isEmpty() || p.regions().atLevel(RegionLevel.REGENCY).length == 0) {
            return false;
        }
        b.append("<form method=\"get\" action=\"").append(Html.esc(path)).append("\" class=\"inline\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\">")
                .append("<label for=\"province\">").append(Html.esc(t.get("scope.province"))).append("</label> ")
                .append("<select id=\"province\" name=\"province\"><option value=\"\">")
                .append(Html.esc(t.get("scope.all"))).append("</option>");
        for (Region r : provs) {
            b.append("<option value=\"").append(Html.esc(r.code())).append('"')
                    .append(r.code().equals(current) ? " selected" : "").append('>').append(Html.esc(r.name()))
                    .append(" (").append(Html.esc(r.code())).append(")</option>");
        }
        b.append("</select> <button type=\"submit\">").append(Html.esc(t.get("scope.apply")))
                .append("</button></form>");
        return true;
    }

    private static void summary(StringBuilder b, WebText t, AnalysisPipeline.Result res, Analyses.Job j, String id,
                                String province) {
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag(t.lang()));
        b.append("<div class=\"block\" id=\"summary\"><dl class=\"overview\">")
                .append("<dt>").append(Html.esc(t.get("sum.sources"))).append("</dt><dd>")
                .append(Html.esc(String.join("; ", res.model().dataSources()))).append("</dd>")
                .append("<dt>").append(Html.esc(t.get("sum.years"))).append("</dt><dd>");
        List<Integer> ys = res.model().years();
        b.append(ys.isEmpty() ? "–" : ys.get(0) + "–" + ys.get(ys.size() - 1)).append("</dd>")
                .append("<dt>").append(Html.esc(t.get("sum.regions"))).append("</dt><dd>")
                .append(nf.format(res.model().regionCount())).append("</dd>")
                .append("<dt>").append(Html.esc(t.get("sum.industries"))).append("</dt><dd>")
                .append(nf.format(res.model().industryCount())).append("</dd>")
                .append("<dt>").append(Html.esc(t.get("sum.measure"))).append("</dt><dd>")
                .append(Html.esc(res.measure().label(t.lang()))).append("</dd></dl>");
        if (res.model().verdict() != null) {
            b.append("<p class=\"verdict\">").append(Html.esc(res.model().verdict())).append("</p>");
        }
        b.append("</div>");
        // the report's executive summary, its findings linked to the tabs that show them
        b.append(HtmlReport.summaryHtml(res.model(), a -> a.equals("warnings") ? "#warnings"
                : Html.href("/datasets/" + id, "lang", t.lang(), "province", province, "tab", a)));
        // strong clusters, by stars: the rows the planner acts on
        if (res.clusters() != null) {
            Table st = res.clusters().strengthTable();
            TableQuery q = new TableQuery(List.of("strong=1"), "-stars", 25, List.of(), 1, 25);
            int[] rows = q.rows(st);
            b.append("<div class=\"block\" id=\"strong-clusters\"><h3>").append(Html.esc(t.get("sum.strong")))
                    .append("</h3><p class=\"caption\">").append(Html.esc(t.get("sum.strongCaption"))).append("</p>");
            if (rows.length == 0) {
                b.append("<p>").append(Html.esc(t.get("sum.noStrong"))).append("</p>");
            } else {
                int cr = st.columnIndex("region");
                int cn = st.columnIndex("region_name");
                int cc = st.columnIndex("cluster");
                int cs = st.columnIndex("stars");
                int cl = st.columnIndex("lq");
                int ck = st.columnIndex(t.lang().equals("id") ? "star_criteria_id" : "star_criteria");
                b.append("<table class=\"data\"><thead><tr><th>").append(Html.esc(t.get("col.region")))
                        .append("</th><th>").append(Html.esc(t.get("col.cluster"))).append("</th><th>")
                        .append(Html.esc(t.get("col.stars"))).append("</th><th>LQ</th><th>")
                        .append(Html.esc(t.get("col.criteria"))).append("</th><th></th></tr></thead><tbody>");
                NumberFormat f2 = NumberFormat.getNumberInstance(Locale.forLanguageTag(t.lang()));
                f2.setMaximumFractionDigits(2);
                for (int r : rows) {
                    int stars = (int) Math.round(st.number(r, cs));
                    b.append("<tr><td><a href=\"").append(Html.esc(Html.href("/datasets/" + id + "/regions/" + Html.seg(st.text(r, cr)), "lang", t.lang(), "province", province))).append("\">")
                            .append(Html.esc(st.text(r, cn))).append("</a></td><td><a href=\"")
                            .append(Html.esc(Html.href("/datasets/" + id + "/clusters/" + Html.seg(st.text(r, cc)),
                                    "lang", t.lang(), "province", province))).append("\">")
                            .append(Html.esc(st.text(r, cc))).append("</a></td><td class=\"stars\">")
                            .append("★".repeat(Math.max(0, Math.min(4, stars)))).append("☆".repeat(
                                    Math.max(0, 4 - Math.max(0, Math.min(4, stars))))).append("</td><td class=\"num\">")
                            .append(f2.format(st.number(r, cl))).append("</td><td>").append(Html.esc(st.text(r, ck)))
                            .append("</td><td><a class=\"start-initiative\" href=\"")
                            .append(Html.esc(Html.href("/initiatives/new", "lang", t.lang(), "dataset", id,
                                    "province", province, "cluster", st.text(r, cc), "region", st.text(r, cr),
                                    "region_name", st.text(r, cn))))
                            .append("\">").append(Html.esc(t.get("ws.start"))).append("</a></td></tr>");
                }
                b.append("</tbody></table>");
            }
            b.append("</div>");
        }
        // the recommendations per strong cluster (the same rule and cards as the report)
        b.append(HtmlReport.recommendationsHtml(res.model()));
        b.append("<div class=\"block\" id=\"warnings\"><h3>").append(Html.esc(t.get("sum.warnings"))).append(" (")
                .append(res.model().warnings().size()).append(")</h3><ul class=\"warnings\">");
        for (String w : res.model().warnings()) {
            b.append("<li>").append(Html.esc(w)).append("</li>");
        }
        b.append("</ul></div>");
    }

    private static void regionList(StringBuilder b, WebText t, Panel panel, String id, String province) {
        b.append("<div class=\"block\"><h3>").append(Html.esc(t.get("tab.regions"))).append("</h3>")
                .append("<div class=\"scroll\"><table class=\"data\" id=\"region-list\"><thead><tr><th>")
                .append(Html.esc(t.get("col.code"))).append("</th><th>").append(Html.esc(t.get("col.region")))
                .append("</th><th>").append(Html.esc(t.get("col.level"))).append("</th></tr></thead><tbody>");
        for (Region r : panel.regions().list()) {
            b.append("<tr><td>").append(Html.esc(r.code())).append("</td><td><a href=\"")
                    .append(Html.esc(Html.href("/datasets/" + id + "/regions/" + Html.seg(r.code()), "lang",
                            t.lang(), "province", province))).append("\">").append(Html.esc(r.name()))
                    .append("</a></td><td>").append(Html.esc(r.level().label(t.lang()))).append("</td></tr>");
        }
        b.append("</tbody></table></div></div>");
    }

    /** A report section: the same blocks, ids and script as the static report. */
    private static void section(StringBuilder b, WebText t, AnalysisPipeline.Result res, Section s, String id,
                                String province, double growth) {
        Messages m = new Messages(res.model().lang());
        if (!s.intro().isEmpty()) {
            b.append("<p class=\"intro\">").append(Html.esc(s.intro())).append("</p>");
        }
        if (s.id().equals("impact")) {
            String g = growth == Math.rint(growth) ? String.valueOf((long) growth) : String.valueOf(growth);
            b.append("<form method=\"get\" action=\"/datasets/").append(Html.esc(id))
                    .append("\" class=\"block\" id=\"growth-form\"><input type=\"hidden\" name=\"lang\" value=\"")
                    .append(t.lang()).append("\"><input type=\"hidden\" name=\"tab\" value=\"impact\">");
            if (province != null && !province.isEmpty()) {
                b.append("<input type=\"hidden\" name=\"province\" value=\"").append(Html.esc(province)).append("\">");
            }
            b.append("<label for=\"growth\">").append(Html.esc(t.get("impact.growth"))).append("</label> ")
                    .append("<input type=\"range\" id=\"growth\" name=\"growth\" min=\"-50\" max=\"100\" step=\"5\" ")
                    .append("value=\"").append(Html.esc(g)).append("\"> <b><span id=\"growth-value\">").append(Html.esc(g))
                    .append("</span> %</b> <button type=\"submit\">").append(Html.esc(t.get("impact.recompute")))
                    .append("</button><p class=\"caption\">").append(Html.esc(t.get("impact.caption")))
                    .append("</p></form>");
        }
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("lang", res.model().lang().code());
        ObjectNode maps = data.putObject("maps");
        ArrayNode blocks = data.putArray("blocks");
        boolean needsMaps = false;
        for (Block blk : s.blocks()) {
            blockData(blocks, blk, m);
            if (blk instanceof Chart c) {
                needsMaps |= c.kind().contains("map") || c.kind().equals("choropleth");
                chartBlock(b, t, c);
            } else {
                tableBlock(b, t, (TableBlock) blk, res.model().lang().locale());
            }
            b.append("<p class=\"tools api\"><a href=\"").append(Html.esc(Html.href("/api/v1/datasets/" + id
                    + "/analysis/tables/" + Html.seg(tableName(blk)), "lang", t.lang(), "province", province,
                    "format", "csv"))).append("\">").append(Html.esc(t.get("dl.fullCsv"))).append("</a></p>");
        }
        if (needsMaps) {
            for (var e : res.model().maps().entrySet()) {
                try {
                    maps.set(e.getKey(), Json.MAPPER.readTree(e.getValue()));
                } catch (IOException ex) {
                    throw new IllegalStateException("map " + e.getKey() + " is not JSON", ex);
                }
            }
        }
        scripts(b, data);
    }

    /** A block's entry in the page's data: id, download file name, data, and for a chart its kind and option. */
    private static void blockData(ArrayNode blocks, Block blk, Messages m) {
        ObjectNode bo = blocks.addObject();
        bo.put("id", blk.id());
        bo.put("file", blk.data().name().replaceAll("[^A-Za-z0-9._-]", "_"));
        if (blk instanceof Chart c) {
            bo.put("kind", c.kind());
            bo.set("option", c.option(m));
        }
        bo.set("data", embedded(blk.data()));
    }

    /** The page's data block and the scripts that draw it (the report's own script, then the dashboard's). */
    private static void scripts(StringBuilder b, ObjectNode data) {
        b.append("<script type=\"application/json\" id=\"klaster-data\">")
                .append(Json.forScript(data.toString())).append("</script>")
                .append("<script src=\"/webjars/echarts/5.5.0/echarts.min.js\"></script>")
                .append("<script src=\"/assets/report.js\"></script>")
                .append("<script src=\"/assets/web.js\"></script>");
    }

    /** The table a block's full data lives in (the workbook table behind a reduced chart). */
    private static String tableName(Block b) {
        if (b instanceof Chart c && c.fullTable() != null) {
            return c.fullTable().name();
        }
        if (b instanceof TableBlock tb) {
            return tb.table().name();
        }
        return b.data().name();
    }

    private static ObjectNode embedded(Table t) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("name", t.name());
        ArrayNode cols = o.putArray("columns");
        for (Table.Column c : t.columns()) {
            cols.addObject().put("name", c.name()).put("type", c.type().name());
        }
        ArrayNode rows = o.putArray("rows");
        for (int r = 0; r < t.rowCount(); r++) {
            ArrayNode row = rows.addArray();
            for (int c = 0; c < t.columns().size(); c++) {
                Object v = t.get(r, c);
                if (v instanceof Double d) {
                    if (Double.isFinite(d)) {
                        row.add(d);
                    } else {
                        row.addNull();
                    }
                } else {
                    row.add((String) v);
                }
            }
        }
        return o;
    }

    private static void chartBlock(StringBuilder b, WebText t, Chart c) {
        b.append("<figure class=\"block chart-block\" id=\"b-").append(c.id()).append("\"><h3>")
                .append(Html.esc(c.title())).append("</h3><div class=\"chart\" id=\"chart-").append(c.id())
                .append("\" data-kind=\"").append(Html.esc(c.kind())).append("\" style=\"height:").append(c.height())
                .append("px\"></div><figcaption>").append(Html.esc(c.caption()));
        for (String note : c.data().notes()) {
            b.append("<br><span class=\"note\">").append(Html.esc(note)).append("</span>");
        }
        b.append("</figcaption><div class=\"tools\"><a id=\"csv-").append(c.id()).append("\" class=\"csv\" href=\"#\">")
                .append(Html.esc(t.get("dl.chartCsv"))).append("</a> <a class=\"png\" data-chart=\"").append(c.id())
                .append("\" href=\"#\">PNG</a></div><details id=\"details-").append(c.id()).append("\"><summary>")
                .append(Html.esc(t.get("chart.table"))).append("</summary></details></figure>");
    }

    private static void tableBlock(StringBuilder b, WebText t, TableBlock tb, Locale locale) {
        b.append("<div class=\"block table-block\" id=\"b-").append(tb.id()).append("\"><h3>")
                .append(Html.esc(tb.title())).append("</h3>");
        if (!tb.caption().isEmpty()) {
            b.append("<p class=\"caption\">").append(Html.esc(tb.caption())).append("</p>");
        }
        dataTable(b, tb.table(), Math.min(tb.maxRows(), 200), locale);
        b.append("<div class=\"tools\"><a id=\"csv-").append(tb.id()).append("\" class=\"csv\" href=\"#\">")
                .append(Html.esc(t.get("dl.chartCsv"))).append("</a></div></div>");
    }

    /** A table of the first {@code max} rows; every cell escaped. */
    static void dataTable(StringBuilder b, Table t, int max, Locale locale) {
        dataTable(b, t, max, locale, Table.Column::name);
    }

    /** A table with the headers {@code header} gives its columns. */
    static void dataTable(StringBuilder b, Table t, int max, Locale locale,
                          java.util.function.Function<Table.Column, String> header) {
        NumberFormat nf = NumberFormat.getNumberInstance(locale);
        nf.setMaximumFractionDigits(2);
        NumberFormat plain = NumberFormat.getNumberInstance(locale);
        plain.setGroupingUsed(false);
        plain.setMaximumFractionDigits(2);
        b.append("<div class=\"scroll\"><table class=\"data\"><thead><tr>");
        for (Table.Column c : t.columns()) {
            b.append("<th>").append(Html.esc(header.apply(c))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        int n = Math.min(max, t.rowCount());
        for (int r = 0; r < n; r++) {
            b.append("<tr>");
            for (int c = 0; c < t.columns().size(); c++) {
                Object v = t.get(r, c);
                if (v instanceof Double d) {
                    String name = t.columns().get(c).name().toLowerCase(Locale.ROOT);
                    boolean yearLike = name.matches("(.*_)?(year|tahun)") || name.equals("rank");
                    b.append("<td class=\"num\">").append(d.isNaN() ? "–" : (yearLike ? plain : nf).format(noNegativeZero(d, 2)))
                            .append("</td>");
                } else {
                    b.append("<td>").append(Html.esc((String) v)).append("</td>");
                }
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
        if (n < t.rowCount()) {
            b.append("<p class=\"note\">").append(n).append(" / ").append(t.rowCount()).append("</p>");
        }
    }

    private static final Pattern CLI_HINT = Pattern.compile(
            "\\s*\\((?:pilih lain dengan|choose another with) --[a-z-]+\\)|\\s*\\(--[a-z-]+(?: [a-z]+)?\\)");

    /** The scope statements without their command-line hints (the page has its own controls). */
    static List<String> webStatements(List<String> statements) {
        return statements.stream().map(x -> CLI_HINT.matcher(x).replaceAll("")).toList();
    }

    /**
     * The validation findings as the page's reader reads them: severity and rule in the page's language (the
     * report's words for them); in Indonesian the English message column is left out — every fact it states (file,
     * line, region, industry, year, value, reference, ratio) has its own column. The CSV download keeps it.
     */
    static Table readerFindings(Table raw, Lang lang) {
        Messages m = new Messages(lang);
        boolean id = lang == Lang.ID;
        Table.Builder b = Table.builder(raw.name());
        for (Table.Column c : raw.columns()) {
            if (!(id && c.name().equals("message"))) {
                if (c.type() == Table.Type.NUMBER) {
                    b.number(c.name());
                } else {
                    b.text(c.name());
                }
            }
        }
        int sev = raw.columnIndex("severity");
        int rule = raw.columnIndex("rule");
        for (int r = 0; r < raw.rowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (int c = 0; c < raw.columns().size(); c++) {
                String name = raw.columns().get(c).name();
                if (id && name.equals("message")) {
                    continue;
                }
                Object v = raw.get(r, c);
                if (c == sev) {
                    String key = "severity." + raw.text(r, c).toLowerCase(Locale.ROOT);
                    v = m.has(key) ? m.get(key) : v;
                } else if (c == rule) {
                    String key = "validation.rule." + raw.text(r, c);
                    v = m.has(key) ? m.get(key) : v;
                } else if (name.equals("measure") && !raw.text(r, c).isEmpty()) {
                    try {
                        v = dev.klaster.core.model.Measure.parse(raw.text(r, c)).label(lang.code());
                    } catch (IllegalArgumentException e) {
                        // not a measure id: shown as it is
                    }
                }
                row.add(v);
            }
            b.row(row.toArray());
        }
        return b.build();
    }

    // ---------------------------------------------------------------- region and cluster pages

    private void profile(Context ctx, String... columns) {
        WebText t = text(ctx);
        Dataset d = server.store().get(ctx.pathParam("dataset"), t.lang());
        Analyses.Job j = server.analyses().request(ApiRoutes.key(ctx));
        AnalysisPipeline.Result res = result(ctx, t, d, j);
        if (res == null) {
            return;
        }
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        for (String c : columns) {
            filters.put(c, ctx.pathParam(c));
        }
        String column = columns[columns.length - 1];
        String value = filters.get(column);
        String region = filters.get("region");
        String id = d.info().id();
        String province = ctx.queryParam("province");
        ObjectNode prof = ApiRoutes.profile(res, filters);
        String heading = value;
        String regionHeading = null;
        if (region != null) {
            Region r = j.scoped().panel().regions().contains(region) ? j.scoped().panel().regions().byCode(region)
                    : null;
            regionHeading = r == null ? region : r.name() + " (" + r.code() + ")";
            heading = columns.length == 1 ? regionHeading : value;
        }
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"report-section\"><p><a href=\"").append(Html.esc(Html.href("/datasets/" + id,
                "lang", t.lang(), "province", province))).append("\">← ").append(Html.esc(res.model().title()))
                .append("</a>");
        if (columns.length > 1) {
            b.append(" · <a href=\"").append(Html.esc(Html.href("/datasets/" + id + "/regions/" + Html.seg(region),
                    "lang", t.lang(), "province", province))).append("\">").append(Html.esc(regionHeading))
                    .append("</a> · <a href=\"").append(Html.esc(Html.href("/datasets/" + id + "/clusters/"
                    + Html.seg(value), "lang", t.lang(), "province", province))).append("\">")
                    .append(Html.esc(value)).append("</a>");
        }
        String titleKey = columns.length > 1 ? "page.regionalCluster" : column.equals("region") ? "page.region"
                : "page.cluster";
        b.append("</p><h1 id=\"title\">").append(Html.esc(t.get(titleKey))).append(": ")
                .append(Html.esc(columns.length > 1 ? value + " — " + regionHeading : heading)).append("</h1>");
        Set<String> names = new LinkedHashSet<>();
        prof.get("tables").fieldNames().forEachRemaining(names::add);
        // the recommendations are shown as the report's cards, not as their wide workbook table
        names.remove("recommendations");
        names.remove("recommendation_rule");
        ColumnLabels labels = ColumnLabels.of(Lang.parse(t.lang()), d.panel(), res.measure());
        List<Chart> charts = new ArrayList<>();
        if (columns.length == 1 && column.equals("cluster") && res.clusters() != null) {
            Chart ranking = ranking(res, value, t, labels);
            if (ranking != null) {
                charts.add(ranking);
                chartBlock(b, t, ranking);
            }
        }
        if (columns.length == 1 && column.equals("region") && d.panel().regions().contains(value)) {
            Table sim = Comparisons.similar(d.panel(), value, null, 10, t);
            b.append("<div class=\"block\" id=\"similar\"><h3>").append(Html.esc(t.get("similar.title")))
                    .append("</h3><p class=\"caption\">").append(Html.esc(t.get("similar.rule"))).append("</p>");
            profileTable(b, sim, java.util.stream.IntStream.range(0, sim.rowCount()).toArray(), id, t, province,
                    "", labels);
            StringBuilder cmp = new StringBuilder("/datasets/" + id + "/compare?lang=" + t.lang() + "&r="
                    + Html.url(value));
            for (int i = 0; i < Math.min(3, sim.rowCount()); i++) {
                cmp.append("&r=").append(Html.url(sim.text(i, 1)));
            }
            b.append("<p class=\"tools\"><a id=\"compare-similar\" href=\"").append(Html.esc(cmp.toString()))
                    .append("\">").append(Html.esc(t.get("similar.compare"))).append("</a></p></div>");
        }
        if (region != null) {
            String cards = HtmlReport.recommendationCardsHtml(res.model(), region, columns.length > 1 ? value : null);
            if (!cards.isEmpty()) {
                b.append("<div id=\"recommendations\"><h2>").append(Html.esc(t.get("page.recommendations")))
                        .append("</h2>").append(cards).append("</div>");
            }
        }
        Lang lang = Lang.parse(t.lang());
        b.append("<nav class=\"toc\"><ol>");
        for (String n : names) {
            b.append("<li><a href=\"#t-").append(Html.esc(n)).append("\">")
                    .append(Html.esc(WorkbookReport.readerTitle(n, lang))).append("</a></li>");
        }
        b.append("</ol></nav>");
        for (String n : names) {
            Table full = ApiRoutes.resultTable(res, n);
            List<String> conditions = filters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
            TableQuery q = new TableQuery(conditions, null, null, List.of(), 1, TableQuery.MAX_LIMIT);
            int[] rows = q.rows(full);
            b.append("<div class=\"block\" id=\"t-").append(Html.esc(n)).append("\"><h3>")
                    .append(Html.esc(WorkbookReport.readerTitle(n, lang))).append("</h3>");
            String desc = WorkbookReport.readerDescription(n, lang);
            if (!desc.isEmpty()) {
                b.append("<p class=\"caption\">").append(Html.esc(desc)).append("</p>");
            }
            profileTable(b, full, rows, id, t, province, columns.length > 1 ? "" : column, labels);
            StringBuilder csv = new StringBuilder(Html.href("/api/v1/datasets/" + id + "/analysis/tables/"
                    + Html.seg(n), "lang", t.lang(), "province", province, "format", "csv"));
            for (String c : conditions) {
                csv.append(csv.indexOf("?") < 0 ? '?' : '&').append("filter=").append(Html.url(c));
            }
            b.append("<p class=\"tools\"><a href=\"").append(Html.esc(csv.toString())).append("\">CSV</a></p></div>");
        }
        if (!charts.isEmpty()) {
            chartScripts(b, res, charts);
        }
        b.append("</section>");
        send(ctx, t, heading, res.model().synthetic(), b.toString());
    }

    /**
     * Where a cluster is strong: its regions ranked by LQ (the 20 highest of the cluster-strength table), as the
     * report's own bar chart. Null when the cluster has no regional rows.
     */
    private static Chart ranking(AnalysisPipeline.Result res, String cluster, WebText t, ColumnLabels labels) {
        Table st = res.clusters().strengthTable();
        TableQuery q = new TableQuery(List.of("cluster=" + cluster), "-lq", 20, List.of(), 1, 20);
        int[] rows = q.rows(st);
        if (rows.length == 0) {
            return null;
        }
        Table.Builder tb = Table.builder("cluster_ranking").text("region_name").number("lq");
        int cn = st.columnIndex("region_name");
        int cl = st.columnIndex("lq");
        for (int r : rows) {
            tb.row(st.text(r, cn), st.number(r, cl));
        }
        Table data = labels.relabel(tb.build(), null);
        return new dev.klaster.report.chart.BarChart("ranking", t.format("cluster.ranking", cluster),
                t.get("cluster.rankingCaption"), data, labels.name("region_name"), List.of(labels.label("lq")), null,
                false, true);
    }

    /** The data block and scripts that draw {@code charts} (the same script as the report). */
    private static void chartScripts(StringBuilder b, AnalysisPipeline.Result res, List<Chart> charts) {
        Messages m = new Messages(res.model().lang());
        ObjectNode data = Json.MAPPER.createObjectNode();
        data.put("lang", res.model().lang().code());
        data.putObject("maps");
        ArrayNode blocks = data.putArray("blocks");
        for (Chart c : charts) {
            blockData(blocks, c, m);
        }
        scripts(b, data);
    }

    /** Rows of a table, with region and cluster cells linked to their pages. */
    private static void profileTable(StringBuilder b, Table t, int[] rows, String id, WebText w, String province,
                                     String self, ColumnLabels labels) {
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag(w.lang()));
        nf.setMaximumFractionDigits(3);
        b.append("<div class=\"scroll\"><table class=\"data\"><thead><tr>");
        for (Table.Column c : t.columns()) {
            b.append("<th>").append(Html.esc(header(w, labels, c))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        int regionCol = ApiRoutes.hasColumn(t, "region") ? t.columnIndex("region") : -1;
        int n = Math.min(rows.length, 500);
        for (int i = 0; i < n; i++) {
            int r = rows[i];
            b.append("<tr>");
            for (int c = 0; c < t.columns().size(); c++) {
                String name = t.columns().get(c).name();
                Object v = t.get(r, c);
                if (v instanceof Double d) {
                    b.append("<td class=\"num\">").append(d.isNaN() ? "–" : name.endsWith("year") ? String.valueOf(
                            (long) (double) d) : nf.format(noNegativeZero(d * labels.displayScale(name), 3))).append("</td>");
                } else if ((name.equals("region") || name.equals("cluster")) && !name.equals(self)) {
                    // a cluster in a row of one region opens that regional cluster; otherwise the region or cluster
                    String path = name.equals("region") ? "/regions/" + Html.seg((String) v)
                            : regionCol >= 0 ? "/regions/" + Html.seg(t.text(r, regionCol)) + "/clusters/"
                            + Html.seg((String) v) : "/clusters/" + Html.seg((String) v);
                    b.append("<td><a href=\"").append(Html.esc(Html.href("/datasets/" + id + path, "lang", w.lang(),
                            "province", province))).append("\">").append(Html.esc((String) v)).append("</a></td>");
                } else {
                    b.append("<td>").append(Html.esc((String) v)).append("</td>");
                }
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
        if (n < rows.length) {
            b.append("<p class=\"note\">").append(n).append(" / ").append(rows.length).append("</p>");
        }
    }

    /** A value that rounds to zero at {@code digits} decimals is shown as 0, not "-0". */
    static double noNegativeZero(double v, int digits) {
        return Math.abs(v) < 0.5 * Math.pow(10, -digits) ? 0.0 : v;
    }

    /**
     * The header a reader sees for a result column: the report's header with its unit ({@link ColumnLabels}), the
     * dashboard's own words for the columns only the dashboard makes, else the column's name.
     */
    static String header(WebText w, ColumnLabels labels, Table.Column c) {
        String key = "col." + c.name();
        if (w.has(key)) {
            return w.get(key);
        }
        return labels.header(c.name(), c.type() == Table.Type.NUMBER);
    }

    // ---------------------------------------------------------------- compare

    private void compare(Context ctx) {
        WebText t = text(ctx);
        Dataset d = server.store().get(ctx.pathParam("dataset"), t.lang());
        String id = d.info().id();
        List<String> chosen = ctx.queryParams("r").stream().filter(x -> !x.isBlank()).toList();
        RegionLevel level = chosen.isEmpty() || !d.panel().regions().contains(chosen.get(0))
                ? dev.klaster.io.scope.Scope.finestComplete(d.panel(), Analyses.measure(d.panel()))
                : d.panel().regions().byCode(chosen.get(0)).level();
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"report-section\"><p><a href=\"").append(Html.esc(Html.href("/datasets/" + id,
                "lang", t.lang()))).append("\">← ").append(Html.esc(d.info().title())).append("</a></p><h1>")
                .append(Html.esc(t.get("compare.title"))).append("</h1><p class=\"intro\">")
                .append(Html.esc(t.get("compare.intro"))).append("</p><form method=\"get\" class=\"block\" ")
                .append("id=\"compare-form\" action=\"/datasets/").append(Html.esc(id)).append("/compare\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\">");
        List<Region> regions = DatasetStore.regionsAt(d.panel(), level);
        for (int k = 0; k < Comparisons.MAX_COMPARED; k++) {
            String cur = k < chosen.size() ? chosen.get(k) : "";
            b.append("<select name=\"r\" id=\"r").append(k).append("\"><option value=\"\">–</option>");
            for (Region r : regions) {
                b.append("<option value=\"").append(Html.esc(r.code())).append('"')
                        .append(r.code().equals(cur) ? " selected" : "").append('>').append(Html.esc(r.name()))
                        .append("</option>");
            }
            b.append("</select> ");
        }
        String cname = Optional.ofNullable(ctx.queryParam("cname")).map(String::strip).orElse("");
        List<String> members = ctx.queryParams("m").stream().filter(x -> !x.isBlank()).toList();
        List<String> customs = !cname.isEmpty() && !members.isEmpty()
                ? List.of(cname + ":" + String.join(",", members)) : List.of();
        if (!cname.isEmpty()) {
            b.append("<input type=\"hidden\" name=\"cname\" value=\"").append(Html.esc(cname)).append("\">");
        }
        for (String mm : members) {
            b.append("<input type=\"hidden\" name=\"m\" value=\"").append(Html.esc(mm)).append("\">");
        }
        b.append("<button type=\"submit\">").append(Html.esc(t.get("compare.submit"))).append("</button></form>");
        customForm(b, t, id, regions, chosen, cname, members);
        List<Comparisons.Group> groups = Comparisons.groups(d.panel(), chosen, customs);
        ColumnLabels labels = ColumnLabels.of(Lang.parse(t.lang()), d.panel(), Comparisons.measure(d.panel(),
                ctx.queryParam("variable")));
        if (!customs.isEmpty()) {
            Table sim = Comparisons.similar(d.panel(), groups.get(groups.size() - 1), ctx.queryParam("variable"), 10,
                    t);
            b.append("<div class=\"block\" id=\"custom-similar\"><h3>").append(Html.esc(t.format("custom.similar",
                    cname))).append("</h3><p class=\"caption\">").append(Html.esc(String.join(" ", sim.notes())))
                    .append("</p>");
            dataTable(b, sim, 10, Locale.forLanguageTag(t.lang()), c -> header(t, labels, c));
            b.append("</div>");
        }
        if (groups.size() >= 2) {
            Table c = Comparisons.compare(d.panel(), groups, ctx.queryParam("variable"), t);
            b.append("<div class=\"block\" id=\"compare-result\"><h3>").append(Html.esc(t.get("compare.result")))
                    .append("</h3><p class=\"caption\">").append(Html.esc(String.join(" ", c.notes())))
                    .append("</p>");
            Map<String, String> names = new HashMap<>();
            groups.forEach(g -> names.put(g.label(), g.name()));
            dataTable(b, c, 500, Locale.forLanguageTag(t.lang()), col -> {
                Matcher x = COMPARED.matcher(col.name());
                return x.matches() && names.containsKey(x.group(1)) ? names.get(x.group(1)) + ": "
                        + t.get(x.group(2).equals("lq") ? "cmp.lq" : "cmp.share") : header(t, labels, col);
            });
            b.append("<p class=\"tools\"><a href=\"").append(Html.esc(Html.href("/api/v1/datasets/" + id
                    + "/compare", "regions", String.join(",", chosen), "custom", customs.isEmpty() ? null
                    : customs.get(0), "format", "csv"))).append("\">CSV</a></p></div>");
        }
        b.append("</section>");
        send(ctx, t, t.get("compare.title"), d.info().synthetic(), b.toString());
    }

    private static final Pattern COMPARED = Pattern.compile("(.+)_(share_pct|lq)");

    /** The custom-region builder: a name and the member regions; the compared regions travel along. */
    private static void customForm(StringBuilder b, WebText t, String id, List<Region> regions, List<String> chosen,
                                   String cname, List<String> members) {
        b.append("<form method=\"get\" class=\"block\" id=\"custom-form\" action=\"/datasets/")
                .append(Html.esc(id)).append("/compare\"><h3>").append(Html.esc(t.get("custom.title")))
                .append("</h3><p class=\"caption\">").append(Html.esc(t.get("custom.intro"))).append("</p>")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\">");
        for (String c : chosen) {
            b.append("<input type=\"hidden\" name=\"r\" value=\"").append(Html.esc(c)).append("\">");
        }
        b.append("<p><label for=\"cname\">").append(Html.esc(t.get("custom.name"))).append("</label> ")
                .append("<input type=\"text\" id=\"cname\" name=\"cname\" maxlength=\"80\" required value=\"")
                .append(Html.esc(cname)).append("\"></p><p><label for=\"members\">")
                .append(Html.esc(t.get("custom.members"))).append("</label><br><select multiple size=\"8\" ")
                .append("id=\"members\" name=\"m\" required>");
        for (Region r : regions) {
            b.append("<option value=\"").append(Html.esc(r.code())).append('"')
                    .append(members.contains(r.code()) ? " selected" : "").append('>').append(Html.esc(r.name()))
                    .append(" (").append(Html.esc(r.code())).append(")</option>");
        }
        b.append("</select></p><button type=\"submit\" id=\"custom-submit\">")
                .append(Html.esc(t.get("custom.submit"))).append("</button>");
        if (!members.isEmpty()) {
            StringBuilder keep = new StringBuilder("/datasets/" + id + "/compare?lang=" + t.lang());
            for (String c : chosen) {
                keep.append("&r=").append(Html.url(c));
            }
            b.append(" <a id=\"custom-remove\" href=\"").append(Html.esc(keep.toString())).append("\">")
                    .append(Html.esc(t.get("custom.remove"))).append("</a>");
        }
        b.append("</form>");
    }

    // ---------------------------------------------------------------- measure explorer

    private void measures(Context ctx) {
        WebText t = text(ctx);
        String ds = ctx.queryParam("dataset");
        String measure = ctx.queryParam("measure");
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"report-section\"><h1>").append(Html.esc(t.get("measures.title"))).append("</h1>")
                .append("<p class=\"intro\">").append(Html.esc(t.get("measures.intro"))).append("</p>")
                .append("<form method=\"get\" action=\"/measures\" class=\"block\" id=\"measure-form\">")
                .append("<input type=\"hidden\" name=\"lang\" value=\"").append(t.lang()).append("\">")
                .append("<dl class=\"overview\"><dt><label for=\"dataset\">").append(Html.esc(t.get("measures.dataset")))
                .append("</label></dt><dd><select id=\"dataset\" name=\"dataset\">");
        for (Dataset.Info d : server.store().list(t.lang())) {
            b.append("<option value=\"").append(Html.esc(d.id())).append('"').append(d.id().equals(ds) ? " selected"
                    : "").append('>').append(Html.esc(d.title())).append("</option>");
        }
        b.append("</select></dd><dt><label for=\"measure\">").append(Html.esc(t.get("measures.measure")))
                .append("</label></dt><dd><select id=\"measure\" name=\"measure\">");
        for (MeasureSpec s : MeasureRegistry.all()) {
            b.append("<option value=\"").append(Html.esc(s.id())).append('"').append(s.id().equals(measure)
                    ? " selected" : "").append('>').append(Html.esc(s.id() + " — " + (t.lang().equals("id")
                    ? s.indonesian() : s.english()))).append("</option>");
        }
        b.append("</select></dd>");
        for (String[] opt : new String[][] {{"variable", "measures.variable"}, {"year", "measures.year"},
                {"base_year", "measures.baseYear"}, {"end_year", "measures.endYear"}, {"region", "measures.region"},
                {"level", "measures.level"}}) {
            String v = ctx.queryParam(opt[0]);
            b.append("<dt><label for=\"o-").append(opt[0]).append("\">").append(Html.esc(t.get(opt[1])))
                    .append("</label></dt><dd><input id=\"o-").append(opt[0]).append("\" name=\"").append(opt[0])
                    .append("\" value=\"").append(Html.esc(v == null ? "" : v)).append("\" maxlength=\"40\"></dd>");
        }
        b.append("</dl><button type=\"submit\">").append(Html.esc(t.get("measures.compute"))).append("</button></form>");
        if (ds != null && measure != null && !ds.isBlank() && !measure.isBlank()) {
            Dataset d = server.store().get(ds, t.lang());
            Table result = ApiRoutes.computeMeasure(d.panel(), measure, ctx);
            b.append("<div class=\"block\" id=\"measure-result\"><h3>").append(Html.esc(result.name())).append("</h3>")
                    .append("<p class=\"caption\">").append(Html.esc(t.format("measures.rows", result.rowCount())))
                    .append("</p>");
            ColumnLabels ml = ColumnLabels.of(Lang.parse(t.lang()), d.panel(), Analyses.measure(d.panel()));
            dataTable(b, result, 200, Locale.forLanguageTag(t.lang()), c -> header(t, ml, c));
            StringBuilder api = new StringBuilder("/api/v1/datasets/" + Html.seg(ds) + "/measures/"
                    + Html.seg(measure) + "?lang=" + t.lang());
            for (String k : List.of("variable", "year", "base_year", "end_year", "region", "level")) {
                String v = ctx.queryParam(k);
                if (v != null && !v.isBlank()) {
                    api.append('&').append(k).append('=').append(Html.url(v));
                }
            }
            b.append("<p class=\"tools\"><a id=\"measure-csv\" href=\"").append(Html.esc(api + "&format=csv"))
                    .append("\">CSV</a> <a id=\"measure-json\" href=\"").append(Html.esc(api.toString()))
                    .append("\">JSON</a></p></div>");
            send(ctx, t, t.get("measures.title"), d.info().synthetic(), b.append("</section>").toString());
            return;
        }
        send(ctx, t, t.get("measures.title"), false, b.append("</section>").toString());
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
