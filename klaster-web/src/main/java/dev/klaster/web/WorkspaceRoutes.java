package dev.klaster.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.klaster.workspace.ActionDraft;
import dev.klaster.workspace.AuditEntry;
import dev.klaster.workspace.CsvImportException;
import dev.klaster.workspace.DiversityVerdict;
import dev.klaster.workspace.ForbiddenException;
import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.InitiativeDraft;
import dev.klaster.workspace.Kpi;
import dev.klaster.workspace.KpiDraft;
import dev.klaster.workspace.Messages;
import dev.klaster.workspace.NotFoundException;
import dev.klaster.workspace.Observation;
import dev.klaster.workspace.Role;
import dev.klaster.workspace.SizeClass;
import dev.klaster.workspace.Stage;
import dev.klaster.workspace.StageChangeRequest;
import dev.klaster.workspace.StakeholderDraft;
import dev.klaster.workspace.StakeholderFilter;
import dev.klaster.workspace.StakeholderType;
import dev.klaster.workspace.StaleVersionException;
import dev.klaster.workspace.StorageException;
import dev.klaster.workspace.User;
import dev.klaster.workspace.ValidationException;
import dev.klaster.workspace.Workspace;
import dev.klaster.workspace.WorkspaceException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cluster-programme workspace's REST API under {@code /api/v1/initiatives} (and {@code /api/v1/users},
 * {@code /api/v1/me}), registered with its OpenAPI description like every other route. Handlers are thin: they parse
 * the request, call the workspace service with the request's actor ({@link WorkspaceAccess}) and answer JSON; the
 * workspace decides what the actor may do. Its errors map to HTTP here: bad input 400 (naming field and value; a CSV
 * import names file, line, column and value), not signed in 401, not allowed 403, unknown 404, stale version 409
 * with the stored and the submitted version and the stored row.
 */
final class WorkspaceRoutes {
    static final String BASE = "/api/v1/initiatives";
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceRoutes.class);
    /** Workspace JSON: ISO dates, unknown fields refused (a typo is a 400, not a silently ignored field). */
    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final List<String> JSON_ONLY = List.of("application/json");
    /** Largest JSON request body (the CSV import takes up to the upload limit). */
    static final int MAX_JSON = 1 << 20;
    private final KlasterServer server;

    WorkspaceRoutes(KlasterServer server) {
        this.server = server;
    }

    private Workspace ws() {
        return server.workspace();
    }

    private User actor(Context ctx) {
        return server.actor(ctx);
    }

    static final ApiDoc.Param INITIATIVE = ApiDoc.Param.path("initiative", "initiative id");
    private static final ApiDoc.Param LANG = ApiDoc.Param.query("lang", "string", "id (default) or en: labels and "
            + "error messages");
    static final ApiDoc.Param VERSION = new ApiDoc.Param("version", "query", "integer", true,
            "the version the deletion is based on (optimistic locking)");

    static Map<Integer, String> read() {
        return Map.of(200, "OK", 400, "bad parameter (names it)", 401, "not signed in (a private initiative)", 403,
                "no role on this initiative", 404, "no such initiative or row");
    }

    static Map<Integer, String> write(int ok) {
        Map<Integer, String> m = new TreeMap<>();
        m.put(ok, ok == 201 ? "created" : ok == 204 ? "done" : "saved");
        m.put(400, "bad input: names the field and the value (a CSV import: file, line, column, value); nothing "
                + "was written");
        m.put(401, "not signed in");
        m.put(403, "the user's role does not allow it, or CSRF token missing / other origin");
        m.put(404, "no such initiative or row");
        m.put(409, "stale version: someone saved in between; the body has storedVersion, submittedVersion and the "
                + "stored row");
        m.put(413, "body larger than the limit (JSON 1 MiB, CSV the upload limit)");
        m.put(415, "wrong content type");
        return m;
    }

    void route(RoutesConfig routes, ApiDoc doc, HandlerType method, String path, String summary,
                       List<ApiDoc.Param> params, Map<Integer, String> responses, String schema, String body,
                       Handler h) {
        List<ApiDoc.Param> ps = new ArrayList<>(params);
        ps.add(LANG);
        doc.add(new ApiDoc.Route(method.name(), path, summary, ps, new TreeMap<>(responses), schema, JSON_ONLY,
                method != HandlerType.GET, false, body));
        routes.addHttpHandler(method, path, h);
    }

    void register(RoutesConfig r, ApiDoc doc) {
        schemas(doc);
        String one = BASE + "/{initiative}";
        route(r, doc, HandlerType.GET, "/api/v1/me", "who the request is signed in as (null when not), and the "
                + "session's CSRF token", List.of(), Map.of(200, "the user"), "Me", null, this::me);
        route(r, doc, HandlerType.GET, "/api/v1/users", "workspace users with their roles (administrators only)",
                List.of(), read(), "UserList", null, ctx -> ctx.json(tree(ws().users().list(actor(ctx)))));
        route(r, doc, HandlerType.POST, "/api/v1/users", "create a user (administrators only); the password is "
                + "hashed with Argon2id and never returned", List.of(), write(201), "User", "NewUser", this::createUser);
        route(r, doc, HandlerType.GET, BASE, "the initiatives the request may read (public ones for anyone)",
                List.of(), read(), "InitiativeList", null, ctx -> {
                    ArrayNode out = JSON.createArrayNode();
                    for (Initiative i : ws().initiatives().list(actor(ctx))) {
                        out.add(initiative(i, locale(ctx)));
                    }
                    ctx.json(out);
                });
        route(r, doc, HandlerType.POST, BASE, "create an initiative (administrators); starts at mobilisation unless "
                + "stage is given", List.of(), write(201), "Initiative", "InitiativeDraft", this::createInitiative);
        route(r, doc, HandlerType.GET, one, "one initiative: details, stage (and its generic stage), diversity "
                + "verdict", List.of(INITIATIVE), read(), "InitiativeDetail", null, this::detail);
        route(r, doc, HandlerType.PUT, one, "change an initiative's details (programme manager)", List.of(INITIATIVE),
                write(200), "Initiative", "InitiativeDraft", ctx -> {
                    JsonNode body = body(ctx);
                    long v = version(body);
                    InitiativeDraft d = draft(body, InitiativeDraft.class);
                    ctx.json(initiative(ws().initiatives().update(actor(ctx), ctx.pathParam("initiative"), v, d),
                            locale(ctx)));
                });
        route(r, doc, HandlerType.DELETE, one, "soft-delete an initiative (programme manager; reversible until an "
                + "administrator purges it)", List.of(INITIATIVE, VERSION), write(204), null, null, ctx -> {
                    ws().initiatives().delete(actor(ctx), ctx.pathParam("initiative"), queryVersion(ctx));
                    ctx.status(204);
                });
        route(r, doc, HandlerType.GET, one + "/stages", "the stage history with the endorsed documents",
                List.of(INITIATIVE), read(), "StageChangeList", null,
                ctx -> ctx.json(tree(ws().initiatives().stageHistory(actor(ctx), ctx.pathParam("initiative")))));
        route(r, doc, HandlerType.POST, one + "/stages", "move to the next (or an earlier) stage, recording the date, "
                        + "a note and the documents the governance body endorsed (programme manager); moving into "
                        + "DIAGNOSIS gives every KPI bound to a measured indicator that value as its baseline (dated "
                        + "31 December of the dataset's last year; audited)",
                List.of(INITIATIVE), write(201), "StageChange", "StageChangeRequest", ctx -> {
                    JsonNode body = body(ctx);
                    long v = version(body);
                    StageChangeRequest req = draft(body, StageChangeRequest.class);
                    ctx.status(201).json(tree(ws().initiatives().changeStage(actor(ctx), ctx.pathParam("initiative"),
                            v, req, MeasuredIndicators.baseline(server))));
                });
        route(r, doc, HandlerType.GET, one + "/stakeholders", "stakeholders, filtered", List.of(INITIATIVE,
                        ApiDoc.Param.query("type", "string", "role: " + names(StakeholderType.values())),
                        ApiDoc.Param.query("size", "string", "size class: " + names(SizeClass.values())),
                        ApiDoc.Param.query("region", "string", "region code"),
                        ApiDoc.Param.query("committed", "boolean", "true or false"),
                        ApiDoc.Param.query("q", "string", "part of the name (case-insensitive)"),
                        ApiDoc.Param.query("limit", "integer", "page size, 1-10000 (default: all); the answer's "
                                + "header X-Total-Count has the number of matching stakeholders"),
                        ApiDoc.Param.query("page", "integer", "page number from 1 (default 1; with limit), by name "
                                + "then id")), read(),
                "StakeholderList", null, this::stakeholders);
        route(r, doc, HandlerType.POST, one + "/stakeholders", "add a stakeholder (member or manager)",
                List.of(INITIATIVE), write(201), "Stakeholder", "StakeholderDraft", ctx -> ctx.status(201).json(tree(
                        ws().stakeholders().create(actor(ctx), ctx.pathParam("initiative"),
                                draft(body(ctx), StakeholderDraft.class)))));
        route(r, doc, HandlerType.POST, one + "/stakeholders/import", "import stakeholders from CSV (or .xlsx with "
                        + "Content-Type " + XLSX + ": sheet stakeholders or the first; errors name sheet and cell) "
                        + "(columns name|nama, "
                        + "type|jenis, kbli, size_class|ukuran, region_code|kode_wilayah, lat, lon, sentra_ikm, "
                        + "committed|berkomitmen): all rows or none", List.of(INITIATIVE,
                        ApiDoc.Param.query("file", "string", "the file name shown in error messages")), write(201),
                "Imported", "text/csv+xlsx", this::importCsv);
        String sh = one + "/stakeholders/{stakeholder}";
        ApiDoc.Param stakeholder = ApiDoc.Param.path("stakeholder", "stakeholder id");
        route(r, doc, HandlerType.PUT, sh, "change a stakeholder (send the version you started from)",
                List.of(INITIATIVE, stakeholder), write(200), "Stakeholder", "StakeholderDraft", ctx -> {
                    JsonNode body = body(ctx);
                    long v = version(body);
                    StakeholderDraft d = draft(body, StakeholderDraft.class);
                    String id = owned(ctx, "stakeholder", ws().stakeholders().get(actor(ctx),
                            ctx.pathParam("stakeholder")).initiativeId());
                    ctx.json(tree(ws().stakeholders().update(actor(ctx), id, v, d)));
                });
        route(r, doc, HandlerType.DELETE, sh, "soft-delete a stakeholder", List.of(INITIATIVE, stakeholder, VERSION),
                write(204), null, null, ctx -> {
                    long v = queryVersion(ctx);
                    String id = owned(ctx, "stakeholder", ws().stakeholders().get(actor(ctx),
                            ctx.pathParam("stakeholder")).initiativeId());
                    ws().stakeholders().delete(actor(ctx), id, v);
                    ctx.status(204);
                });
        route(r, doc, HandlerType.GET, one + "/diversity", "the diversity check (committed members and their types "
                        + "against the policy, default at least 15 of 2 types)", List.of(INITIATIVE), read(), "Diversity",
                null, ctx -> ctx.json(diversity(ws().stakeholders().diversity(actor(ctx), ctx.pathParam("initiative")),
                        locale(ctx))));
        route(r, doc, HandlerType.GET, one + "/actions", "the agenda's actions", List.of(INITIATIVE), read(),
                "ActionList", null, ctx -> ctx.json(tree(ws().actions().list(actor(ctx), ctx.pathParam("initiative")))));
        route(r, doc, HandlerType.POST, one + "/actions", "add an action (owner, dates, budget in rupiah, status, the "
                        + "KPIs it serves)", List.of(INITIATIVE), write(201), "Action", "ActionDraft",
                ctx -> ctx.status(201).json(tree(ws().actions().create(actor(ctx), ctx.pathParam("initiative"),
                        draft(body(ctx), ActionDraft.class)))));
        ApiDoc.Param action = ApiDoc.Param.path("action", "action id");
        route(r, doc, HandlerType.PUT, one + "/actions/{action}", "change an action (send the version you started "
                + "from)", List.of(INITIATIVE, action), write(200), "Action", "ActionDraft", ctx -> {
                    JsonNode body = body(ctx);
                    long v = version(body);
                    ActionDraft d = draft(body, ActionDraft.class);
                    String id = owned(ctx, "action", ws().actions().get(actor(ctx), ctx.pathParam("action"))
                            .initiativeId());
                    ctx.json(tree(ws().actions().update(actor(ctx), id, v, d)));
                });
        route(r, doc, HandlerType.GET, one + "/kpis", "KPIs with baseline, latest actual and target", List.of(INITIATIVE),
                read(), "KpiList", null, ctx -> {
                    ArrayNode out = JSON.createArrayNode();
                    for (Kpi k : ws().kpis().list(actor(ctx), ctx.pathParam("initiative"))) {
                        out.add(kpi(k, actor(ctx), locale(ctx)));
                    }
                    ctx.json(out);
                });
        route(r, doc, HandlerType.POST, one + "/kpis", "add a KPI (unit, goal, baseline and target, frequency, "
                        + "aggregation)", List.of(INITIATIVE), write(201), "Kpi", "KpiDraft",
                ctx -> {
                    Kpi k = ws().kpis().create(actor(ctx), ctx.pathParam("initiative"), draft(body(ctx), KpiDraft.class));
                    ctx.status(201).json(kpi(k, actor(ctx), locale(ctx)));
                });
        ApiDoc.Param kpi = ApiDoc.Param.path("kpi", "KPI id");
        route(r, doc, HandlerType.PUT, one + "/kpis/{kpi}", "change a KPI (send the version you started from)",
                List.of(INITIATIVE, kpi), write(200), "Kpi", "KpiDraft", ctx -> {
                    JsonNode body = body(ctx);
                    long v = version(body);
                    KpiDraft d = draft(body, KpiDraft.class);
                    String id = owned(ctx, "kpi", ws().kpis().get(actor(ctx), ctx.pathParam("kpi")).initiativeId());
                    ctx.json(kpi(ws().kpis().update(actor(ctx), id, v, d), actor(ctx), locale(ctx)));
                });
        route(r, doc, HandlerType.POST, one + "/kpis/{kpi}/observations", "record an observed value of a KPI (date, "
                        + "value, source, optional region)", List.of(INITIATIVE, kpi), write(201), "Observation",
                "NewObservation", this::observe);
        route(r, doc, HandlerType.GET, one + "/audit", "the audit log of the initiative: who changed what, when, "
                        + "before and after (programme manager); the most recent `limit` entries, oldest first",
                List.of(INITIATIVE, ApiDoc.Param.query("limit", "integer", "entries, 1-10000 (default 500): the most "
                        + "recent ones")), read(), "AuditList", null,
                ctx -> ctx.json(audit(ws().audit().recentForInitiative(actor(ctx), ctx.pathParam("initiative"),
                        auditLimit(ctx)))));
        route(r, doc, HandlerType.POST, one + "/members", "give a user a role on the initiative (MANAGER, MEMBER or "
                        + "VIEWER; programme manager)", List.of(INITIATIVE), write(200), "User", "Membership",
                this::grant);
        route(r, doc, HandlerType.GET, one + "/members", "who has which role on the initiative (programme manager)",
                List.of(INITIATIVE), read(), "MemberList", null, ctx -> {
                    ArrayNode out = JSON.createArrayNode();
                    var members = InitiativePage.members(ws().audit().forInitiative(actor(ctx),
                            ctx.pathParam("initiative")));
                    for (var e : members.entrySet()) {
                        ObjectNode o = out.addObject();
                        o.put("userId", e.getKey());
                        o.put("role", e.getValue().name());
                        try {
                            o.put("username", ws().users().get(e.getKey()).username());
                        } catch (NotFoundException ex) {
                            o.putNull("username"); // deleted since
                        }
                    }
                    ctx.json(out);
                });
        route(r, doc, HandlerType.DELETE, one + "/members/{user}", "take a user's role away (programme manager)",
                List.of(INITIATIVE, ApiDoc.Param.path("user", "user id")), write(204), null, null, ctx -> {
                    ws().users().revoke(actor(ctx), ctx.pathParam("user"), ctx.pathParam("initiative"));
                    ctx.status(204);
                });
        route(r, doc, HandlerType.GET, one + "/export.json", "the whole initiative as a JSON export document "
                + "(format klaster-initiative: details, stage history, stakeholders, KPIs, observations, actions; no "
                + "users or passwords); POST it to /api/v1/initiatives/import to make a copy", List.of(INITIATIVE),
                read(), null, null, ctx -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    ws().transfer().exportJson(actor(ctx), ctx.pathParam("initiative"), out);
                    ctx.contentType("application/json").header("Content-Disposition", "attachment; filename=\""
                            + "initiative-" + ctx.pathParam("initiative") + ".json\"").result(out.toByteArray());
                });
        route(r, doc, HandlerType.GET, one + "/export.xlsx", "the whole initiative as an .xlsx workbook: one sheet "
                + "per entity with a frozen header row (its stakeholders sheet is a stakeholder import file)",
                List.of(INITIATIVE), read(), null, null, ctx -> {
                    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                    ws().transfer().exportXlsx(actor(ctx), ctx.pathParam("initiative"), out);
                    ctx.contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                            .header("Content-Disposition", "attachment; filename=\"initiative-"
                                    + ctx.pathParam("initiative") + ".xlsx\"").result(out.toByteArray());
                });
        route(r, doc, HandlerType.POST, BASE + "/import", "import a whole initiative from its JSON export document "
                + "(administrators): a new initiative with new ids, all or nothing; the body may be as large as the "
                + "upload limit", List.of(), write(201), "Initiative", "InitiativeExport", ctx -> {
                    String ct = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
                    if (!ct.startsWith("application/json")) {
                        throw new ApiException(415, "send the export document with Content-Type: application/json "
                                + "(got " + ApiException.clip(ctx.contentType()) + ")");
                    }
                    String file = ctx.queryParam("file");
                    String name = file == null || file.isBlank() ? "initiative.json" : ApiException.clip(file);
                    Initiative i = read(ctx, in -> ws().transfer().importJson(actor(ctx), name, in));
                    ctx.status(201).json(initiative(i, locale(ctx)));
                });
        new SurveyRoutes(server, this).register(r, doc);
        new ProductRoutes(server, this).register(r, doc);
        new EvaluationRoutes(server, this).register(r, doc);
    }

    private static void schemas(ApiDoc doc) {
        doc.schema("Me", "user:object", "csrf:string");
        doc.schema("User", "id:string", "username:string", "displayName:string", "admin:boolean", "roles:object",
                "createdAt:string", "version:integer");
        doc.schema("UserList", "items:array");
        doc.schema("NewUser", "username:string", "displayName:string", "password:string", "admin:boolean");
        doc.schema("Initiative", "id:string", "name:string", "clusterCode:string", "clusterName:string",
                "regionCodes:array", "leadOrganisation:string", "governanceBody:string", "startDate:string",
                "endDate:string", "isPublic:boolean", "stage:string", "stageLabel:string", "genericStage:string",
                "genericStageLabel:string", "version:integer");
        doc.schema("InitiativeList", "items:array");
        doc.schema("InitiativeDetail", "initiative:object", "stages:array", "genericStages:array",
                "diversity:object");
        doc.schema("InitiativeDraft", "name:string", "clusterCode:string", "clusterName:string", "regionCodes:array",
                "leadOrganisation:string", "governanceBody:string", "startDate:string", "endDate:string",
                "isPublic:boolean", "stage:string", "version:integer");
        doc.schema("StageChangeRequest", "to:string", "date:string", "note:string", "documents:array",
                "version:integer");
        doc.schema("StageChange", "id:string", "from:string", "to:string", "date:string", "userId:string",
                "note:string", "documents:array");
        doc.schema("StageChangeList", "items:array");
        doc.schema("StakeholderDraft", "name:string", "type:string", "kbli:string", "sizeClass:string",
                "regionCode:string", "lat:number", "lon:number", "sentraIkm:string", "committed:boolean",
                "version:integer");
        doc.schema("Stakeholder", "id:string", "name:string", "type:string", "kbli:string", "sizeClass:string",
                "regionCode:string", "lat:number", "lon:number", "sentraIkm:string", "committed:boolean",
                "version:integer");
        doc.schema("StakeholderList", "items:array");
        doc.schema("Imported", "imported:integer", "diversity:object");
        doc.schema("InitiativeExport", "format:string", "formatVersion:integer", "exportedAt:string",
                "initiative:object", "stageChanges:array", "stakeholders:array", "kpis:array", "observations:array",
                "actions:array");
        doc.schema("Diversity", "met:boolean", "committed:integer", "distinctTypes:integer", "byType:object",
                "minCommitted:integer", "minTypes:integer", "text:string");
        doc.schema("ActionDraft", "title:string", "owner:string", "startDate:string", "endDate:string",
                "budgetRupiah:integer", "status:string", "kpiIds:array", "version:integer");
        doc.schema("Action", "id:string", "title:string", "owner:string", "startDate:string", "endDate:string",
                "budgetRupiah:integer", "status:string", "kpiIds:array", "version:integer");
        doc.schema("ActionList", "items:array");
        doc.schema("KpiDraft", "name:string", "unit:string", "goal:string", "baselineDate:string",
                "baselineValue:number", "targetDate:string", "targetValue:number", "frequency:string",
                "aggregation:string", "indicatorKey:string", "version:integer");
        doc.schema("Kpi", "id:string", "name:string", "unit:string", "goal:string", "goalLabel:string",
                "baselineDate:string", "baselineValue:number", "targetDate:string", "targetValue:number",
                "frequency:string", "aggregation:string", "indicatorKey:string", "progress:object", "measured:object", "version:integer");
        doc.schema("KpiList", "items:array");
        doc.schema("NewObservation", "date:string", "value:number", "source:string", "regionCode:string");
        doc.schema("Observation", "id:string", "kpiId:string", "date:string", "value:number", "source:string",
                "regionCode:string");
        doc.schema("AuditList", "items:array");
        doc.schema("Membership", "username:string", "role:string");
        doc.schema("MemberList", "items:array");
    }

    // ---------------------------------------------------------------- handlers

    private void me(Context ctx) {
        ObjectNode o = JSON.createObjectNode();
        User u = actor(ctx);
        o.set("user", u == null ? null : tree(u));
        Auth.Session s = server.auth().session(ctx);
        if (s != null && u != null) {
            o.put("csrf", s.csrf());
        }
        ctx.json(o);
    }

    private void createUser(Context ctx) {
        JsonNode b = body(ctx);
        String username = text(b, "username");
        String display = b.hasNonNull("displayName") ? text(b, "displayName") : username;
        String password = text(b, "password");
        boolean admin = b.path("admin").asBoolean(false);
        ctx.status(201).json(tree(ws().users().create(actor(ctx), username, display, password, admin)));
    }

    private void createInitiative(Context ctx) {
        JsonNode body = body(ctx);
        Stage stage = Stage.MOBILISATION;
        if (body instanceof ObjectNode o && o.has("stage")) {
            JsonNode st = o.remove("stage");
            stage = enumValue("stage", st.asText(), Stage.class);
        }
        InitiativeDraft d = draft(body, InitiativeDraft.class);
        Initiative i = ws().initiatives().create(actor(ctx), d, stage);
        ctx.status(201).json(initiative(i, locale(ctx)));
    }

    private void detail(Context ctx) {
        Locale l = locale(ctx);
        Initiative i = ws().initiatives().get(actor(ctx), ctx.pathParam("initiative"));
        ObjectNode o = JSON.createObjectNode();
        o.set("initiative", initiative(i, l));
        ArrayNode stages = o.putArray("stages");
        for (Stage s : Stage.values()) {
            stages.addObject().put("stage", s.name()).put("label", Messages.label(l, s))
                    .put("genericStage", s.generic().name()).put("current", s == i.stage());
        }
        ArrayNode generic = o.putArray("genericStages");
        for (var g : dev.klaster.workspace.GenericStage.values()) {
            generic.addObject().put("genericStage", g.name()).put("label", Messages.label(l, g))
                    .put("current", g == i.genericStage());
        }
        o.set("diversity", diversity(ws().stakeholders().diversity(actor(ctx), i.id()), l));
        ctx.json(o);
    }

    private void stakeholders(Context ctx) {
        String type = ctx.queryParam("type");
        String size = ctx.queryParam("size");
        String committed = ctx.queryParam("committed");
        Boolean c = null;
        if (committed != null && !committed.isBlank()) {
            if (!committed.equals("true") && !committed.equals("false")) {
                throw ApiException.badParam("committed", committed, "expected true or false");
            }
            c = Boolean.valueOf(committed);
        }
        StakeholderFilter f = new StakeholderFilter(
                type == null || type.isBlank() ? null : enumValue("type", type, StakeholderType.class),
                blank(ctx.queryParam("region")), c, blank(ctx.queryParam("q")),
                size == null || size.isBlank() ? null : enumValue("size", size, SizeClass.class));
        String limit = blank(ctx.queryParam("limit"));
        String page = blank(ctx.queryParam("page"));
        if (limit == null && page == null) {
            ctx.json(tree(ws().stakeholders().list(actor(ctx), ctx.pathParam("initiative"), f)));
            return;
        }
        int pageSize = limit == null ? dev.klaster.workspace.Stakeholders.MAX_PAGE_SIZE : whole("limit", limit, 1,
                dev.klaster.workspace.Stakeholders.MAX_PAGE_SIZE);
        int number = page == null ? 1 : whole("page", page, 1, Integer.MAX_VALUE);
        var p = ws().stakeholders().page(actor(ctx), ctx.pathParam("initiative"), f, pageSize, number);
        ctx.header("X-Total-Count", Long.toString(p.total()));
        ctx.header("X-Page", Integer.toString(p.page()));
        ctx.header("X-Page-Size", Integer.toString(p.limit()));
        ctx.json(tree(p.items()));
    }

    /** A whole-number query parameter in min..max; 400 naming the parameter and the value otherwise. */
    private static int whole(String field, String value, int min, int max) {
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // the 400 below names the value
        }
        throw ApiException.badParam(field, value, "expected a whole number from " + min + " to " + max);
    }

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private void importCsv(Context ctx) throws IOException {
        String ct = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (ct.startsWith(XLSX)) {
            String file = ctx.queryParam("file");
            String name = file == null || file.isBlank() ? "stakeholders.xlsx" : ApiException.clip(file);
            {
                int n = read(ctx, in -> ws().stakeholders().importXlsx(actor(ctx), ctx.pathParam("initiative"), name,
                        in));
                ObjectNode o = JSON.createObjectNode();
                o.put("imported", n);
                o.set("diversity", diversity(ws().stakeholders().diversity(actor(ctx), ctx.pathParam("initiative")),
                        locale(ctx)));
                ctx.status(201).json(o);
            }
            return;
        }
        if (!ct.startsWith("text/csv") && !ct.startsWith("text/plain") && !ct.startsWith("application/octet-stream")) {
            throw new ApiException(415, "send the CSV file as the request body with Content-Type: text/csv (got "
                    + ApiException.clip(ctx.contentType()) + ")");
        }
        String file = ctx.queryParam("file");
        if (file == null || file.isBlank()) {
            file = "stakeholders.csv";
        }
        String name = ApiException.clip(file);
        {
            int n = read(ctx, in -> ws().stakeholders().importCsv(actor(ctx), ctx.pathParam("initiative"), name, in));
            ObjectNode o = JSON.createObjectNode();
            o.put("imported", n);
            o.set("diversity", diversity(ws().stakeholders().diversity(actor(ctx), ctx.pathParam("initiative")),
                    locale(ctx)));
            ctx.status(201).json(o);
        }
    }

    private void observe(Context ctx) {
        JsonNode b = body(ctx);
        for (var it = b.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!List.of("date", "value", "source", "regionCode").contains(f)) {
                throw unknownField(f);
            }
        }
        LocalDate date = date(b, "date");
        JsonNode v = b.get("value");
        if (v == null || !v.isNumber()) {
            throw new ApiException(400, text(ctx, "ws.err.number", "value", v == null ? "" : v.toString()), "value",
                    v == null ? "" : ApiException.clip(v.toString()));
        }
        String id = owned(ctx, "kpi", ws().kpis().get(actor(ctx), ctx.pathParam("kpi")).initiativeId());
        Observation o = ws().kpis().observe(actor(ctx), id, date, v.asDouble(), text(b, "source"),
                b.hasNonNull("regionCode") ? b.get("regionCode").asText() : null);
        ctx.status(201).json(tree(o));
    }

    private void grant(Context ctx) {
        JsonNode b = body(ctx);
        String username = text(b, "username");
        Role role = enumValue("role", text(b, "role"), Role.class);
        User u = ws().users().findByUsername(username).orElseThrow(() -> new ApiException(404,
                text(ctx, "ws.err.noUser", username), "username", ApiException.clip(username)));
        ctx.json(tree(ws().users().grant(actor(ctx), u.id(), ctx.pathParam("initiative"), role)));
    }

    // ---------------------------------------------------------------- JSON in

    /**
     * The request body as a stream that fails once it passes the upload limit (a chunked body, sent without a
     * Content-Length, is not stopped by the guard's length test). Readers may wrap the failure in their own
     * exception, so {@link #read(Context, BodyReader)} turns any failure after the limit into 413.
     */
    static final class Limited extends java.io.FilterInputStream {
        private final long max;
        private long read;
        boolean exceeded;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private void count(long n) throws IOException {
            if (n > 0 && (read += n) > max) {
                exceeded = true;
                throw new IOException("the body is larger than the upload limit");
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }
    }

    /** Reads the body with {@code reader}; past the upload limit: 413, whatever the reader made of it. */
    interface BodyReader<T> {
        T read(InputStream in) throws IOException;
    }

    <T> T read(Context ctx, BodyReader<T> reader) throws IOException {
        long max = server.config().maxUploadBytes();
        Limited in = new Limited(ctx.bodyInputStream(), max);
        try (in) {
            return reader.read(in);
        } catch (IOException | RuntimeException e) {
            if (in.exceeded) {
                throw new ApiException(413, "the upload is larger than the limit of " + (max >= 1 << 20
                        ? (max >> 20) + " MiB" : (max >> 10) + " KiB"));
            }
            throw e;
        }
    }

    /** The request's JSON object body; 415 for another content type, 400 when it is not a JSON object. */
    static JsonNode body(Context ctx) {
        String ct = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (!ct.startsWith("application/json")) {
            throw new ApiException(415, "send a JSON object with Content-Type: application/json (got "
                    + ApiException.clip(ctx.contentType()) + ")");
        }
        if (ctx.contentLength() > MAX_JSON) {
            throw new ApiException(413, "a JSON body may have at most " + (MAX_JSON >> 10) + " KiB (got "
                    + ctx.contentLength() + " bytes)");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_JSON) {
            throw new ApiException(413, "a JSON body may have at most " + (MAX_JSON >> 10) + " KiB");
        }
        JsonNode n;
        try {
            n = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not valid JSON: " + ApiException.clip(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ApiException(400, "the body cannot be read: " + ApiException.clip(e.getMessage()));
        }
        if (n == null || !n.isObject()) {
            throw new ApiException(400, "the body must be a JSON object");
        }
        return n;
    }

    /** Removes and returns the required {@code version} field (optimistic locking). */
    static long version(JsonNode body) {
        JsonNode v = body instanceof ObjectNode o ? o.remove("version") : null;
        if (v == null || !v.canConvertToLong() || v.asLong() < 1) {
            throw new ApiException(400, "version: the version your change is based on is required (an integer from "
                    + "1; got " + (v == null ? "nothing" : ApiException.clip(v.toString())) + ")", "version",
                    v == null ? "" : ApiException.clip(v.toString()));
        }
        return v.asLong();
    }

    static long queryVersion(Context ctx) {
        String v = ctx.queryParam("version");
        try {
            long n = Long.parseLong(String.valueOf(v).strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw ApiException.badParam("version", v, "the version your deletion is based on is required (an integer "
                + "from 1)");
    }

    /** Binds a JSON object to a workspace draft record; errors name the field and the refused value. */
    static <T> T draft(JsonNode body, Class<T> type) {
        try {
            return JSON.treeToValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw unknownField(e.getPropertyName());
        } catch (InvalidFormatException e) {
            String field = path(e);
            String value = String.valueOf(e.getValue());
            String why = e.getTargetType() != null && e.getTargetType().isEnum()
                    ? "expected one of " + names(e.getTargetType().getEnumConstants())
                    : e.getTargetType() == LocalDate.class ? "expected a date yyyy-mm-dd"
                    : "expected " + (e.getTargetType() == null ? "another value" : e.getTargetType().getSimpleName());
            throw ApiException.badParam(field, value, why);
        } catch (MismatchedInputException e) {
            Class<?> target = e.getTargetType();
            String what = target == null ? "another kind of value" : target == String.class ? "a text"
                    : target == java.util.List.class ? "a list [...]" : Number.class.isAssignableFrom(target)
                    || target.isPrimitive() && target != boolean.class ? "a number"
                    : target == Boolean.class || target == boolean.class ? "true or false"
                    : "a " + target.getSimpleName();
            throw ApiException.badParam(path(e), "", "wrong type of value: expected " + what);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "bad value: " + ApiException.clip(e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad value: " + ApiException.clip(e.getMessage()));
        }
    }

    private static ApiException unknownField(String f) {
        return new ApiException(400, "unknown field '" + ApiException.clip(f) + "'", ApiException.clip(f), "");
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    private static String text(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull() || !v.isTextual() || v.asText().isBlank()) {
            throw ApiException.badParam(field, v == null ? "" : v.toString(), "a text value is required");
        }
        return v.asText();
    }

    private static LocalDate date(JsonNode b, String field) {
        JsonNode v = b.get(field);
        try {
            return LocalDate.parse(v == null ? "" : v.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badParam(field, v == null ? "" : v.asText(), "expected a date yyyy-mm-dd");
        }
    }

    static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        String norm = String.valueOf(value).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(norm)) {
                return e;
            }
        }
        throw ApiException.badParam(field, value, "expected one of " + names(type.getEnumConstants()));
    }

    static String names(Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            sb.append(sb.length() == 0 ? "" : ", ").append(v);
        }
        return sb.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The row's id when it belongs to the initiative of the path; 404 otherwise (no reaching across by URL). */
    private static String owned(Context ctx, String entity, String initiativeOfRow) {
        String param = entity.equals("stakeholder") ? "stakeholder" : entity;
        if (!initiativeOfRow.equals(ctx.pathParam("initiative"))) {
            throw new ApiException(404, "no " + entity + " " + ApiException.clip(ctx.pathParam(param))
                    + " in initiative " + ApiException.clip(ctx.pathParam("initiative")));
        }
        return ctx.pathParam(param);
    }

    private static String text(Context ctx, String key, Object... args) {
        return WebText.of("en".equals(ctx.queryParam("lang")) ? "en" : "id").format(key, args);
    }

    static Locale locale(Context ctx) {
        return "en".equals(ctx.queryParam("lang")) ? Locale.ENGLISH : Messages.INDONESIAN;
    }

    // ---------------------------------------------------------------- JSON out

    static JsonNode tree(Object o) {
        return JSON.valueToTree(o);
    }

    static ObjectNode initiative(Initiative i, Locale l) {
        ObjectNode o = JSON.valueToTree(i);
        o.put("stageLabel", Messages.label(l, i.stage()));
        o.put("genericStage", i.genericStage().name());
        o.put("genericStageLabel", Messages.label(l, i.genericStage()));
        return o;
    }

    static ObjectNode diversity(DiversityVerdict d, Locale l) {
        ObjectNode o = JSON.createObjectNode();
        o.put("met", d.met());
        o.put("committed", d.committed());
        o.put("distinctTypes", d.distinctTypes());
        ObjectNode by = o.putObject("byType");
        for (StakeholderType t : StakeholderType.values()) {
            if (d.byType().containsKey(t)) {
                by.put(t.name(), d.byType().get(t));
            }
        }
        o.put("minCommitted", d.policy().minCommitted());
        o.put("minTypes", d.policy().minTypes());
        o.put("text", WebText.of(l.getLanguage().equals("en") ? "en" : "id").format(d.met() ? "ws.diversity.met"
                : "ws.diversity.notMet", d.committed(), d.distinctTypes(), d.policy().minCommitted(),
                d.policy().minTypes()));
        return o;
    }

    private ObjectNode kpi(Kpi k, User actor, Locale l) {
        ObjectNode o = JSON.valueToTree(k);
        o.put("goalLabel", Messages.label(l, k.goal()));
        o.set("progress", JSON.valueToTree(ws().kpis().progress(actor, k.id())));
        if (k.indicatorKey() != null) {
            Initiative i = ws().initiatives().get(actor, k.initiativeId());
            MeasuredIndicators.Measured m = MeasuredIndicators.of(server, i, k);
            o.set("measured", JSON.valueToTree(m));
        }
        return o;
    }

    static final int AUDIT_DEFAULT = 500;
    static final int AUDIT_MAX = 10_000;

    private static int auditLimit(io.javalin.http.Context ctx) {
        String v = ctx.queryParam("limit");
        if (v == null || v.isBlank()) {
            return AUDIT_DEFAULT;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1 && n <= AUDIT_MAX) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the 400 below names the value
        }
        throw ApiException.badParam("limit", v, "expected a whole number from 1 to " + AUDIT_MAX);
    }

    private static ArrayNode audit(List<AuditEntry> entries) {
        ArrayNode out = JSON.createArrayNode();
        for (AuditEntry e : entries) {
            ObjectNode o = JSON.valueToTree(e);
            o.remove("beforeJson");
            o.remove("afterJson");
            o.set("before", parse(e.beforeJson()));
            o.set("after", parse(e.afterJson()));
            out.add(o);
        }
        return out;
    }

    private static JsonNode parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(json);
        }
    }

    // ---------------------------------------------------------------- errors

    /** Maps the workspace's exceptions to HTTP statuses (JSON for the API, a page for a browser). */
    void errors(RoutesConfig r) {
        r.exception(CsvImportException.class, (e, ctx) -> {
            if (!api(ctx)) {
                server.error(ctx, 400, e.message(locale(ctx)), e.column(), e.value());
                return;
            }
            ObjectNode o = error(400, e.message(locale(ctx)));
            o.put("field", e.column());
            o.put("value", e.value());
            o.put("file", e.file());
            o.put("line", e.line());
            o.put("column", e.column());
            send(ctx, 400, o);
        });
        r.exception(ValidationException.class, (e, ctx) -> {
            Object[] args = e.args();
            String field = args.length > 0 && args[0] instanceof String s && s.contains(".") ? s : null;
            String value = args.length > 1 && field != null ? ApiException.clip(String.valueOf(args[1])) : null;
            server.error(ctx, 400, e.message(locale(ctx)), field, value);
        });
        r.exception(ForbiddenException.class, (e, ctx) -> server.error(ctx, e.anonymous() ? 401 : 403,
                e.message(locale(ctx)), null, null));
        r.exception(NotFoundException.class, (e, ctx) -> server.error(ctx, 404, e.message(locale(ctx)), null, null));
        r.exception(StaleVersionException.class, (e, ctx) -> {
            if (!api(ctx)) {
                server.error(ctx, 409, e.message(locale(ctx)), "version", String.valueOf(e.submittedVersion()));
                return;
            }
            ObjectNode o = error(409, e.message(locale(ctx)));
            o.put("entity", e.entity());
            o.put("id", e.id());
            o.put("storedVersion", e.storedVersion());
            o.put("submittedVersion", e.submittedVersion());
            o.set("stored", stored(ctx, e));
            try {
                String b = ctx.body();
                o.set("submitted", b.isBlank() ? null : JSON.readTree(b));
            } catch (IOException | RuntimeException ignored) {
                o.putNull("submitted");
            }
            send(ctx, 409, o);
        });
        r.exception(StorageException.class, (e, ctx) -> {
            LOG.error("workspace storage failed on {} {}", ctx.method(), WorkspaceAccess.loggable(ctx.path()), e);
            server.error(ctx, 500, "database error (see the server log)", null, null);
        });
        r.exception(WorkspaceException.class, (e, ctx) -> {
            LOG.error("workspace error on {} {}", ctx.method(), WorkspaceAccess.loggable(ctx.path()), e);
            server.error(ctx, 500, e.message(locale(ctx)), null, null);
        });
    }

    /** The row as stored now, for a 409 answer (null when it cannot be read any more). */
    private JsonNode stored(Context ctx, StaleVersionException e) {
        User a = actor(ctx);
        try {
            return switch (e.entity()) {
                case "initiative" -> tree(ws().initiatives().get(a, e.id()));
                case "stakeholder" -> tree(ws().stakeholders().get(a, e.id()));
                case "kpi" -> tree(ws().kpis().get(a, e.id()));
                case "action" -> tree(ws().actions().get(a, e.id()));
                case "surveyRound" -> tree(ws().surveys().round(a, e.id()));
                case "product" -> tree(ws().products().get(a, e.id()));
                case "evaluation" -> tree(ws().evaluations().get(a, e.id()));
                default -> null;
            };
        } catch (RuntimeException ex) {
            return null;
        }
    }

    private static boolean api(Context ctx) {
        return ctx.path().startsWith("/api/") || !String.valueOf(ctx.header("Accept")).contains("text/html");
    }

    private static ObjectNode error(int status, String message) {
        ObjectNode o = JSON.createObjectNode();
        o.put("status", status);
        o.put("error", io.javalin.http.HttpStatus.forStatus(status).getMessage());
        o.put("message", message);
        return o;
    }

    private static void send(Context ctx, int status, ObjectNode o) {
        ctx.status(status).contentType("application/json").result(o.toString());
    }
}
