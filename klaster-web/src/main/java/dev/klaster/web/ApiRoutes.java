package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.measures.MeasureOptions;
import dev.klaster.core.measures.MeasureRegistry;
import dev.klaster.core.measures.MeasureSpec;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.table.Table;
import dev.klaster.report.AnalysisPipeline;
import dev.klaster.report.Block;
import dev.klaster.report.Chart;
import dev.klaster.report.HtmlReport;
import dev.klaster.report.Lang;
import dev.klaster.report.Messages;
import dev.klaster.report.Section;
import dev.klaster.report.WorkbookReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Map;

/**
 * The REST API under {@code /api/v1}. Each route is registered together with its OpenAPI description
 * ({@link ApiDoc}). A shell never computes: every number comes from the core through {@link MeasureRegistry} or the
 * {@link AnalysisPipeline} result that the HTML report and the workbook render too.
 */
final class ApiRoutes {
    private static final String V1 = "/api/v1";
    private final KlasterServer server;

    ApiRoutes(KlasterServer server) {
        this.server = server;
    }

    private static final Map<Integer, String> OK = Map.of(200, "OK", 400, "bad parameter (names it)", 404,
            "unknown dataset, region or table");

    private void route(RoutesConfig routes, ApiDoc doc, HandlerType method, String path, String summary,
                       List<ApiDoc.Param> params, Map<Integer, String> responses, String schema, List<String> media,
                       Handler h) {
        boolean write = method != HandlerType.GET;
        doc.add(new ApiDoc.Route(method.name(), path, summary, params, new java.util.TreeMap<>(responses), schema,
                media, write, path.equals(V1 + "/datasets") && method == HandlerType.POST));
        routes.addHttpHandler(method, path, h);
    }

    private static List<ApiDoc.Param> with(List<ApiDoc.Param> a, ApiDoc.Param... more) {
        List<ApiDoc.Param> out = new ArrayList<>(List.of(more));
        out.addAll(a);
        return out;
    }

    private static final ApiDoc.Param DATASET = ApiDoc.Param.path("dataset", "dataset id (demo, demo-sections, u…)");
    private static final ApiDoc.Param LANG = ApiDoc.Param.query("lang", "string", "id (default) or en");
    private static final ApiDoc.Param PROVINCE = ApiDoc.Param.query("province", "string",
            "analyse this province's regencies/cities (BPS code or name); default: the data's finest complete level");
    private static final ApiDoc.Param GROWTH = ApiDoc.Param.query("growth", "number",
            "impact scenario: X % growth of each cluster's final demand, -100..1000 (default 10)");
    private static final List<String> JSON_CSV = List.of("application/json", "text/csv");
    private static final List<String> JSON_ONLY = List.of("application/json");

    void register(RoutesConfig r, ApiDoc doc) {
        route(r, doc, HandlerType.GET, "/api/openapi.json", "this OpenAPI document", List.of(),
                Map.of(200, "OpenAPI 3 document"), "OpenApi", JSON_ONLY,
                ctx -> ctx.json(doc.openApi(KlasterServer.VERSION)));
        route(r, doc, HandlerType.GET, V1 + "/datasets", "list datasets (the demo included)",
                with(List.of(), LANG), Map.of(200, "datasets"), "DatasetList", JSON_ONLY,
                ctx -> ctx.json(server.store().list(lang(ctx).code())));
        route(r, doc, HandlerType.POST, V1 + "/datasets", "upload a dataset (multipart: data, optional boundaries, io, "
                        + "ioSectors, title); validated before it is kept", List.of(),
                Map.of(201, "created", 200, "the same files were already uploaded", 400, "bad data (file, line, "
                        + "column, value)", 401, "not signed in", 403, "CSRF token missing or server read-only",
                        413, "larger than the upload limit", 415, "not multipart/form-data"),
                "Dataset", JSON_ONLY, this::upload);
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}", "one dataset with its validation verdict",
                List.of(DATASET, LANG), OK, "Dataset", JSON_ONLY,
                ctx -> ctx.json(server.store().get(ctx.pathParam("dataset"), lang(ctx).code()).info()));
        route(r, doc, HandlerType.DELETE, V1 + "/datasets/{dataset}", "delete an uploaded dataset", List.of(DATASET),
                Map.of(204, "deleted", 401, "not signed in", 403, "CSRF token missing or server read-only", 404,
                        "unknown dataset", 409, "the built-in demo cannot be deleted"), null, JSON_ONLY, ctx -> {
                    server.store().delete(ctx.pathParam("dataset"));
                    server.responses().dropDataset(ctx.pathParam("dataset"));
                    server.analyses().forget(ctx.pathParam("dataset"));
                    ctx.status(204);
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/findings", "validation findings of the upload",
                with(ApiDoc.LIST_PARAMS, DATASET), OK, "Table", JSON_CSV,
                ctx -> table(ctx, server.store().get(ctx.pathParam("dataset")).findings().toTable()));
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/regions", "regions: hierarchy and search by name or "
                        + "code", List.of(DATASET, LANG, ApiDoc.Param.query("q", "string", "part of a name or code"),
                        ApiDoc.Param.query("level", "string", "country, province or regency")), OK, "Regions",
                JSON_ONLY, this::regions);
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/industries", "industry classification tree",
                List.of(DATASET, LANG), OK, "Industries", JSON_ONLY, this::industries);
        route(r, doc, HandlerType.GET, V1 + "/measures", "the measure registry with each measure's options",
                List.of(), Map.of(200, "measures"), "Measures", JSON_ONLY, this::measures);
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/measures/{measure}", "compute one measure",
                with(ApiDoc.LIST_PARAMS, DATASET, ApiDoc.Param.path("measure", "measure id of the registry"), LANG,
                        ApiDoc.Param.query("variable", "string", "employment, value_added, establishments, ..."),
                        ApiDoc.Param.query("year", "integer", "year of a one-year measure"),
                        ApiDoc.Param.query("base_year", "integer", "first year of a change measure"),
                        ApiDoc.Param.query("end_year", "integer", "last year of a change measure"),
                        ApiDoc.Param.query("region", "string", "only this region code"),
                        ApiDoc.Param.query("level", "string", "region level analysed (default: finest complete)")),
                OK, "Table", JSON_CSV, this::measure);
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/analysis", "the whole analysis (runs as a "
                        + "background job; 202 with the job until it is done)", List.of(DATASET, LANG, PROVINCE, GROWTH),
                Map.of(200, "done: sections, tables, scope, warnings", 202, "running: the job", 400,
                        "bad data or scope", 404, "unknown dataset", 504, "took longer than the time limit"),
                "Analysis", JSON_ONLY, this::analysis);
        route(r, doc, HandlerType.GET, V1 + "/jobs/{job}", "progress of an analysis job",
                List.of(ApiDoc.Param.path("job", "job id")), Map.of(200, "the job", 404, "unknown job"), "Job",
                JSON_ONLY, ctx -> {
                    Analyses.Job j = server.analyses().job(ctx.pathParam("job"));
                    if (j == null) {
                        throw ApiException.notFound("no job '" + ApiException.clip(ctx.pathParam("job")) + "'");
                    }
                    ctx.json(job(j));
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/analysis/tables/{table}", "one result table of the "
                        + "analysis (leading sectors, shift-share, clusters, roles, stages, competitiveness, impact, "
                        + "linkages …)", with(ApiDoc.LIST_PARAMS, DATASET, ApiDoc.Param.path("table", "table name"),
                        LANG, PROVINCE, GROWTH), with202(OK), "Table", JSON_CSV, ctx -> {
                    cached(ctx, () -> {
                        AnalysisPipeline.Result res = done(ctx);
                        return res == null ? null : reply(ctx, resultTable(res, ctx.pathParam("table")));
                    });
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/analysis/sections/{section}", "one section of the "
                        + "analysis as charts (ECharts options, the same as the report's) and tables",
                List.of(DATASET, ApiDoc.Param.path("section", "section id"), LANG, PROVINCE, GROWTH), with202(OK),
                "Section", JSON_ONLY, ctx -> {
                    cached(ctx, () -> {
                        AnalysisPipeline.Result res = done(ctx);
                        return res == null ? null : reply(section(res, ctx.pathParam("section")));
                    });
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/regions/{region}/profile", "one region: its rows of "
                        + "every result table (leading sectors, Klassen type, clusters and stars, stages, roles)",
                List.of(DATASET, ApiDoc.Param.path("region", "region code"), LANG, PROVINCE, GROWTH), with202(OK),
                "RegionProfile", JSON_ONLY, ctx -> {
                    cached(ctx, () -> {
                        AnalysisPipeline.Result res = done(ctx);
                        return res == null ? null : reply(profile(res, "region", ctx.pathParam("region")));
                    });
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/clusters/{cluster}/profile", "one cluster: its "
                        + "members, where it is strong, its stages and links", List.of(DATASET,
                        ApiDoc.Param.path("cluster", "cluster name"), LANG, PROVINCE, GROWTH), with202(OK), "RegionProfile",
                JSON_ONLY, ctx -> {
                    cached(ctx, () -> {
                        AnalysisPipeline.Result res = done(ctx);
                        return res == null ? null : reply(profile(res, "cluster", ctx.pathParam("cluster")));
                    });
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/regions/{region}/clusters/{cluster}/profile", "one "
                        + "regional cluster: the rows of every result table for this region and this cluster (strength "
                        + "and stars, members and roles, stage history, competitiveness, impact)", List.of(DATASET,
                        ApiDoc.Param.path("region", "region code"), ApiDoc.Param.path("cluster", "cluster name"), LANG,
                        PROVINCE, GROWTH), with202(OK), "RegionProfile", JSON_ONLY, ctx -> {
                    cached(ctx, () -> {
                        AnalysisPipeline.Result res = done(ctx);
                        return res == null ? null : reply(profile(res, java.util.Map.of("region",
                                ctx.pathParam("region"), "cluster", ctx.pathParam("cluster"))));
                    });
                });
        ApiDoc.Param custom = new ApiDoc.Param("custom", "query", "string", false, "a custom region merging "
                + "regions of one level, NAME:code,code,... (repeatable; 2-6 regions in all)");
        ApiDoc.Param variable = ApiDoc.Param.query("variable", "string", "employment, value_added, establishments "
                + "(default: employment if present, else value added)");
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/compare", "2-6 regions side by side: each "
                        + "industry's share (%) and LQ in the last year", with(ApiDoc.LIST_PARAMS, DATASET, LANG,
                        new ApiDoc.Param("regions", "query", "string", false, "comma-separated region codes"),
                        custom, variable), OK, "Table", JSON_CSV, ctx -> {
                    Panel full = server.store().get(ctx.pathParam("dataset"), lang(ctx).code()).panel();
                    cached(ctx, () -> reply(ctx, Comparisons.compare(full, Comparisons.groups(full,
                            Comparisons.split(ctx.queryParam("regions")), ctx.queryParams("custom")),
                            ctx.queryParam("variable"), WebText.of(lang(ctx).code()))));
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/similar", "the regions whose industry structure "
                        + "is closest to a custom region's (its members left out; Krugman dissimilarity, 0-2)",
                with(ApiDoc.LIST_PARAMS, DATASET, LANG, new ApiDoc.Param("custom", "query", "string", true,
                        "the custom region, NAME:code,code,..."), variable), OK, "Table", JSON_CSV, ctx -> {
                    Panel full = server.store().get(ctx.pathParam("dataset"), lang(ctx).code()).panel();
                    List<String> specs = ctx.queryParams("custom");
                    if (specs.size() != 1) {
                        throw ApiException.badParam("custom", String.join(" ", specs), "name one custom region");
                    }
                    cached(ctx, () -> reply(ctx, Comparisons.similar(full, Comparisons.Group.parseCustom(full,
                            specs.get(0)), ctx.queryParam("variable"), 10, WebText.of(lang(ctx).code()))));
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/regions/{region}/similar", "the regions whose "
                        + "industry structure is closest (Krugman dissimilarity, 0-2)", with(ApiDoc.LIST_PARAMS,
                        DATASET, ApiDoc.Param.path("region", "region code"), LANG, variable), OK, "Table", JSON_CSV,
                ctx -> {
                    Panel full = server.store().get(ctx.pathParam("dataset"), lang(ctx).code()).panel();
                    cached(ctx, () -> reply(ctx, Comparisons.similar(full, ctx.pathParam("region"),
                            ctx.queryParam("variable"), 10, WebText.of(lang(ctx).code()))));
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/report.html", "the self-contained HTML report",
                List.of(DATASET, LANG, PROVINCE, GROWTH), with202(OK), null, List.of("text/html"), ctx -> {
                    AnalysisPipeline.Result res = done(ctx);
                    if (res == null) {
                        return;
                    }
                    ctx.header("Content-Disposition", "attachment; filename=\"klaster-report.html\"");
                    ctx.contentType("text/html; charset=utf-8").result(HtmlReport.render(res.model()));
                });
        route(r, doc, HandlerType.GET, V1 + "/datasets/{dataset}/report.xlsx", "the report's workbook",
                List.of(DATASET, LANG, PROVINCE, GROWTH), with202(OK), null,
                List.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), this::workbook);
    }

    private static Map<Integer, String> with202(Map<Integer, String> m) {
        Map<Integer, String> out = new LinkedHashMap<>(m);
        out.put(202, "the analysis is still running: the job");
        return out;
    }

    static Lang lang(Context ctx) {
        return WebText.of(ctx.queryParam("lang")).lang().equals("en") ? Lang.EN : Lang.ID;
    }

    static Analyses.Key key(Context ctx) {
        String g = ctx.queryParam("growth");
        double growth = Analyses.Key.DEFAULT_GROWTH;
        if (g != null && !g.isBlank()) {
            try {
                growth = Double.parseDouble(g.strip());
            } catch (NumberFormatException e) {
                throw ApiException.badParam("growth", g, "not a number (percent)");
            }
        }
        return new Analyses.Key(ctx.pathParam("dataset"), ctx.queryParam("province"), lang(ctx), growth);
    }

    /** The finished result, or null after answering 202 (running) — failures throw their status. */
    private AnalysisPipeline.Result done(Context ctx) {
        Analyses.Job j = server.analyses().request(key(ctx));
        return finished(ctx, j);
    }

    static AnalysisPipeline.Result finished(Context ctx, Analyses.Job j) {
        switch (j.state()) {
            case DONE:
                return j.result();
            case FAILED:
                throw new ApiException(j.errorStatus(), j.error());
            default:
                ctx.status(202).json(job(j));
                return null;
        }
    }

    static ObjectNode job(Analyses.Job j) {
        ObjectNode o = KlasterServer.JSON.createObjectNode();
        o.put("id", j.id());
        o.put("dataset", j.key().dataset());
        o.put("province", j.key().province());
        o.put("lang", j.key().lang().code());
        o.put("state", j.state().name().toLowerCase(Locale.ROOT));
        o.put("step", j.step());
        o.put("done", j.done());
        o.put("total", j.total());
        if (j.error() != null) {
            o.put("error", j.error());
        }
        if (j.took() != null) {
            o.put("seconds", j.took().toMillis() / 1000.0);
        }
        return o;
    }

    private void analysis(Context ctx) {
        Analyses.Job j = server.analyses().request(key(ctx));
        AnalysisPipeline.Result res = finished(ctx, j);
        if (res == null) {
            return;
        }
        ObjectNode o = KlasterServer.JSON.createObjectNode();
        o.set("job", job(j));
        o.put("title", res.model().title());
        ArrayNode scope = o.putArray("scope");
        j.scoped().statements(j.key().lang().code()).forEach(scope::add);
        o.put("regions", res.model().regionCount());
        o.put("industries", res.model().industryCount());
        o.put("synthetic", res.model().synthetic());
        ArrayNode w = o.putArray("warnings");
        res.model().warnings().forEach(w::add);
        ArrayNode secs = o.putArray("sections");
        for (Section s : res.model().sections()) {
            ObjectNode so = secs.addObject();
            so.put("id", s.id());
            so.put("title", s.title());
            so.put("blocks", s.blocks().size());
        }
        ArrayNode tables = o.putArray("tables");
        for (Table t : res.tables()) {
            tables.addObject().put("name", t.name()).put("rows", t.rowCount()).put("columns", t.columns().size());
        }
        ctx.json(o);
    }

    /** A section: id, title, intro, blocks with kind, title, caption, option (charts) and data table. */
    static ObjectNode section(AnalysisPipeline.Result res, String id) {
        Section s = res.model().sections().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("no section '" + ApiException.clip(id) + "' (sections: "
                        + String.join(", ", res.model().sections().stream().map(Section::id).toList()) + ")"));
        Messages m = new Messages(res.model().lang());
        ObjectNode o = KlasterServer.JSON.createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("intro", s.intro());
        ArrayNode blocks = o.putArray("blocks");
        for (Block b : s.blocks()) {
            ObjectNode bo = blocks.addObject();
            bo.put("id", b.id());
            bo.put("title", b.title());
            if (b instanceof Chart c) {
                bo.put("kind", c.kind());
                bo.put("caption", c.caption());
                bo.set("option", c.option(m));
            } else {
                bo.put("kind", "table");
            }
            bo.set("data", new TableQuery(List.of(), null, null, List.of(), 1, TableQuery.MAX_LIMIT).json(b.data()));
        }
        return o;
    }

    static Table resultTable(AnalysisPipeline.Result res, String name) {
        String n = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        for (Table t : res.tables()) {
            if (t.name().equals(n)) {
                return t;
            }
        }
        throw ApiException.notFound("no table '" + ApiException.clip(n) + "' in the analysis (tables: "
                + String.join(", ", res.tables().stream().map(Table::name).distinct().toList()) + ")");
    }

    /** The rows of every result table whose {@code column} equals {@code value}. */
    static ObjectNode profile(AnalysisPipeline.Result res, String column, String value) {
        return profile(res, Map.of(column, value));
    }

    /**
     * The rows of every result table that has all the filter columns, where each equals its value (a region, a
     * cluster, or one regional cluster); 404 when no table has such a row.
     */
    static ObjectNode profile(AnalysisPipeline.Result res, Map<String, String> filters) {
        java.util.TreeMap<String, String> f = new java.util.TreeMap<>(java.util.Comparator.comparing(
                (String k) -> k.equals("region") ? 0 : 1).thenComparing(k -> k));
        f.putAll(filters);
        ObjectNode o = KlasterServer.JSON.createObjectNode();
        ObjectNode tables = o.putObject("tables");
        int found = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<String> conditions = f.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        for (Table t : res.tables()) {
            if (!seen.add(t.name()) || !f.keySet().stream().allMatch(c -> hasColumn(t, c))) {
                continue;
            }
            TableQuery q = new TableQuery(conditions, null, null, List.of(), 1, TableQuery.MAX_LIMIT);
            ObjectNode j = q.json(t);
            if (j.get("total").asInt() > 0) {
                tables.set(t.name(), j);
                found++;
            }
        }
        if (found == 0) {
            throw ApiException.notFound("no " + String.join(" and ", f.entrySet().stream().map(e -> e.getKey() + " '"
                    + ApiException.clip(e.getValue()) + "'").toList()) + " in the analysis");
        }
        f.forEach((k, v) -> o.putObject(k).put("code", v));
        return o;
    }

    static boolean hasColumn(Table t, String c) {
        return t.columns().stream().anyMatch(x -> x.name().equals(c));
    }

    /** Answers a table with the request's list operations, as JSON or CSV. */
    static void table(Context ctx, Table t) {
        write(ctx, reply(ctx, t));
    }

    private static boolean wantsCsv(Context ctx) {
        return "csv".equals(ctx.queryParam("format")) || String.valueOf(ctx.header("Accept")).startsWith("text/csv")
                || ctx.path().endsWith(".csv");
    }

    /** A table with the request's list operations, as JSON or CSV. */
    static ResponseCache.Reply reply(Context ctx, Table t) {
        TableQuery q = TableQuery.parse(ctx.queryParams("filter"), ctx.queryParam("sort"), ctx.queryParam("top"),
                ctx.queryParam("fields"), ctx.queryParam("page"), ctx.queryParam("limit"));
        if (wantsCsv(ctx)) {
            return new ResponseCache.Reply("text/csv; charset=utf-8", q.csv(t).getBytes(StandardCharsets.UTF_8),
                    t.name() + ".csv");
        }
        return reply(q.json(t));
    }

    static ResponseCache.Reply reply(ObjectNode o) {
        try {
            return new ResponseCache.Reply("application/json", KlasterServer.JSON.writeValueAsBytes(o), null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(Context ctx, ResponseCache.Reply r) {
        if (r.fileName() != null) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + r.fileName() + "\"");
        }
        ctx.header("Vary", "Accept-Encoding");
        if (r.gzip() != null && String.valueOf(ctx.header("Accept-Encoding")).contains("gzip")) {
            ctx.header("Content-Encoding", "gzip").contentType(r.contentType()).result(r.gzip());
        } else {
            ctx.contentType(r.contentType()).result(r.body());
        }
    }

    /**
     * Answers from the response cache, or makes the answer ({@code make}; null when it wrote a 202 of a running
     * analysis itself) and keeps it. The key is the dataset with its upload time, the path, the query and the format.
     */
    private void cached(Context ctx, java.util.function.Supplier<ResponseCache.Reply> make) {
        Dataset d = server.store().get(ctx.pathParam("dataset"), lang(ctx).code());
        String key = d.info().id() + "\n" + d.info().created() + "\n" + ctx.path() + "?"
                + Objects.toString(ctx.queryString(), "") + "\n" + (wantsCsv(ctx) ? "csv" : "json");
        ResponseCache.Reply r = server.responses().get(key);
        if (r == null) {
            r = make.get();
            if (r == null) {
                return;
            }
            server.responses().put(key, r);
        }
        write(ctx, r);
    }

    private void upload(Context ctx) throws IOException {
        String ct = String.valueOf(ctx.contentType());
        if (!ct.startsWith("multipart/form-data")) {
            throw new ApiException(415, "send the files as multipart/form-data (got " + ApiException.clip(ct) + ")");
        }
        List<DatasetStore.Part> parts = new ArrayList<>();
        List<InputStream> open = new ArrayList<>();
        try {
            for (var e : ctx.uploadedFileMap().entrySet()) {
                for (UploadedFile f : e.getValue()) {
                    InputStream in = f.content();
                    open.add(in);
                    parts.add(new DatasetStore.Part(e.getKey(), f.filename(), in));
                }
            }
            DatasetStore.Uploaded up = server.store().upload(ctx.formParam("title"), parts);
            ctx.status(up.existed() ? 200 : 201).json(up.dataset().info());
        } finally {
            for (InputStream in : open) {
                in.close();
            }
        }
    }

    private void regions(Context ctx) {
        Panel p = server.store().get(ctx.pathParam("dataset"), lang(ctx).code()).panel();
        String q = ctx.queryParam("q");
        String lv = ctx.queryParam("level");
        RegionLevel level = null;
        if (lv != null && !lv.isBlank()) {
            level = switch (lv.strip().toLowerCase(Locale.ROOT)) {
                case "country", "negara" -> RegionLevel.COUNTRY;
                case "province", "provinsi" -> RegionLevel.PROVINCE;
                case "regency", "kabupaten", "kabkota", "regency/city" -> RegionLevel.REGENCY;
                default -> throw ApiException.badParam("level", lv, "expected country, province or regency");
            };
        }
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        ArrayNode out = KlasterServer.JSON.createArrayNode();
        for (Region r : p.regions().list()) {
            if (level != null && r.level() != level) {
                continue;
            }
            if (!needle.isEmpty() && !r.code().toLowerCase(Locale.ROOT).contains(needle)
                    && !r.name().toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            ObjectNode o = out.addObject();
            o.put("code", r.code());
            o.put("name", r.name());
            o.put("level", r.level().name().toLowerCase(Locale.ROOT));
            o.put("levelLabel", r.level().label(lang(ctx).code()));
            if (r.parentCode() != null) {
                o.put("parent", r.parentCode());
            }
        }
        ctx.json(out);
    }

    private void industries(Context ctx) {
        Panel p = server.store().get(ctx.pathParam("dataset"), lang(ctx).code()).panel();
        ArrayNode out = KlasterServer.JSON.createArrayNode();
        for (Industry i : p.industries().list()) {
            ObjectNode o = out.addObject();
            o.put("code", i.code());
            o.put("name", i.name());
            o.put("depth", i.depth());
            if (i.parentCode() != null) {
                o.put("parent", i.parentCode());
            }
        }
        ctx.json(out);
    }

    private void measures(Context ctx) {
        ArrayNode out = KlasterServer.JSON.createArrayNode();
        for (MeasureSpec s : MeasureRegistry.all()) {
            ObjectNode o = out.addObject();
            o.put("id", s.id());
            o.put("family", s.family());
            o.put("en", s.english());
            o.put("id_text", s.indonesian());
            ArrayNode ps = o.putArray("options");
            s.parameters().forEach(ps::add);
        }
        ctx.json(out);
    }

    /** The panel a measure is computed on: one level (the finest complete one unless asked). */
    static Panel level(Panel full, String level) {
        if (level == null || level.isBlank()) {
            return full.atLevel(dev.klaster.io.scope.Scope.finestComplete(full, Analyses.measure(full)));
        }
        return full.atLevel(switch (level.strip().toLowerCase(Locale.ROOT)) {
            case "country" -> RegionLevel.COUNTRY;
            case "province" -> RegionLevel.PROVINCE;
            case "regency" -> RegionLevel.REGENCY;
            default -> throw ApiException.badParam("level", level, "expected country, province or regency");
        });
    }

    static Table computeMeasure(Panel full, String id, Context ctx) {
        MeasureSpec spec;
        try {
            spec = MeasureRegistry.get(id);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("no measure '" + ApiException.clip(id) + "' (see /api/v1/measures)");
        }
        if (spec == null) {
            throw ApiException.notFound("no measure '" + ApiException.clip(id) + "' (see /api/v1/measures)");
        }
        Panel p = level(full, ctx.queryParam("level"));
        Measure m = null;
        String v = ctx.queryParam("variable");
        if (v != null && !v.isBlank()) {
            try {
                m = Measure.parse(v);
            } catch (IllegalArgumentException e) {
                throw ApiException.badParam("variable", v, e.getMessage());
            }
            if (!p.has(m)) {
                throw ApiException.badParam("variable", v, "the dataset has no " + m.id() + " data");
            }
        }
        MeasureOptions o = new MeasureOptions(m, year(ctx, "year"), year(ctx, "base_year"), year(ctx, "end_year"),
                null, blank(ctx.queryParam("region")), null, List.of());
        try {
            return spec.apply(p, o);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, id + ": " + e.getMessage());
        }
    }

    private void measure(Context ctx) {
        Panel full = server.store().get(ctx.pathParam("dataset"), lang(ctx).code()).panel();
        cached(ctx, () -> reply(ctx, computeMeasure(full, ctx.pathParam("measure"), ctx)));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer year(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            int y = Integer.parseInt(v.strip());
            if (y < 1900 || y > 2200) {
                throw ApiException.badParam(name, v, "not a plausible year");
            }
            return y;
        } catch (NumberFormatException e) {
            throw ApiException.badParam(name, v, "not a year");
        }
    }

    private void workbook(Context ctx) throws IOException {
        AnalysisPipeline.Result res = done(ctx);
        if (res == null) {
            return;
        }
        Path dir = Files.createTempDirectory(server.store().root().resolve("tmp"), "xlsx");
        try {
            Path x = dir.resolve("klaster.xlsx");
            WorkbookReport.write(res.tables(), x, WorkbookReport.MAX_SHEET_ROWS);
            ctx.header("Content-Disposition", "attachment; filename=\"klaster-report.xlsx\"");
            ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                    .result(Files.readAllBytes(x));
        } finally {
            try (var s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

}
