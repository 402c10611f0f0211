package dev.klaster.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.workspace.Action;
import dev.klaster.workspace.ActionDraft;
import dev.klaster.workspace.ActionStatus;
import dev.klaster.workspace.Aggregation;
import dev.klaster.workspace.AuditEntry;
import dev.klaster.workspace.DiversityVerdict;
import dev.klaster.workspace.DocumentType;
import dev.klaster.workspace.EndorsedDocument;
import dev.klaster.workspace.Frequency;
import dev.klaster.workspace.GenericStage;
import dev.klaster.workspace.Goal;
import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.InitiativeDraft;
import dev.klaster.workspace.Kpi;
import dev.klaster.workspace.KpiDraft;
import dev.klaster.workspace.KpiProgress;
import dev.klaster.workspace.Messages;
import dev.klaster.workspace.Operation;
import dev.klaster.workspace.Permissions;
import dev.klaster.workspace.Role;
import dev.klaster.workspace.SizeClass;
import dev.klaster.workspace.Stage;
import dev.klaster.workspace.StageChange;
import dev.klaster.workspace.StageChangeRequest;
import dev.klaster.workspace.Stakeholder;
import dev.klaster.workspace.StakeholderDraft;
import dev.klaster.workspace.StakeholderFilter;
import dev.klaster.workspace.StakeholderType;
import dev.klaster.workspace.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static dev.klaster.web.WsHtml.*;

/**
 * The workspace's pages: sign-in, the initiatives list, a new initiative (optionally prefilled from a strong
 * cluster of an analysed dataset), the initiative page (drawn by {@link InitiativePage}) and the posts of its forms
 * (details, stage change, stakeholders and their CSV import, actions, KPIs and observations, roles), and the user
 * admin page. Bahasa Indonesia or English ({@code lang} in the URL), every
 * stored text escaped, no inline script; every form carries the session's CSRF token and answers with a redirect
 * (post/redirect/get), errors with a page naming the field and value.
 */
final class WorkspacePages {
    private final KlasterServer server;
    private final InitiativePage initiativePage;
    private final SurveyPages surveyPages;

    WorkspacePages(KlasterServer server) {
        this.server = server;
        this.surveyPages = new SurveyPages(server, this);
        this.initiativePage = new InitiativePage(server, this, surveyPages);
    }

    void register(RoutesConfig r) {
        r.addHttpHandler(HandlerType.GET, "/signin", this::signInPage);
        r.addHttpHandler(HandlerType.POST, "/signin", this::signIn);
        r.addHttpHandler(HandlerType.POST, "/signout", this::signOut);
        r.addHttpHandler(HandlerType.GET, "/initiatives", this::list);
        r.addHttpHandler(HandlerType.GET, "/initiatives/new", this::newForm);
        r.addHttpHandler(HandlerType.POST, "/initiatives", this::create);
        r.addHttpHandler(HandlerType.POST, "/initiatives/import", this::importInitiative);
        r.addHttpHandler(HandlerType.GET, "/initiatives/{initiative}", ctx -> signInFirst(ctx, initiativePage::render));
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/stage", this::stage);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/edit", this::edit);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/stakeholders", this::addStakeholder);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/stakeholders/import", this::importCsv);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/actions", this::addAction);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/kpis", this::addKpi);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/observations", this::observe);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/members", this::grant);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/members/revoke", this::revoke);
        r.addHttpHandler(HandlerType.GET, "/users", ctx -> signInFirst(ctx, this::users));
        r.addHttpHandler(HandlerType.POST, "/users", this::createUser);
        surveyPages.register(r);
        new ProductPages(server, this).register(r);
        initiativePage.evaluations().register(r);
    }

    // ---------------------------------------------------------------- common

    String csrf(Context ctx) {
        Auth.Session s = server.auth().session(ctx);
        return s == null ? "" : s.csrf();
    }

    /** The page with the user bar (who, sign-in or sign-out, initiatives, users) on top. */
    void send(Context ctx, WebText t, String title, String body) {
        User u = server.actor(ctx);
        StringBuilder bar = new StringBuilder("<div class=\"userbar\" id=\"userbar\"><a href=\"")
                .append(Html.esc(Html.href("/initiatives", "lang", t.lang()))).append("\">")
                .append(Html.esc(t.get("ws.nav.initiatives"))).append("</a>");
        if (u != null && u.admin()) {
            bar.append("<a href=\"").append(Html.esc(Html.href("/users", "lang", t.lang()))).append("\">")
                    .append(Html.esc(t.get("ws.nav.users"))).append("</a>");
        }
        bar.append("<span class=\"grow\"></span>");
        if (u != null) { // signed out: the header has the sign-in link
            bar.append("<span id=\"who\">").append(Html.esc(t.format("ws.signedInAs", u.displayName(), u.username())))
                    .append("</span><form class=\"inline\" method=\"post\" action=\"")
                    .append(Html.esc(Html.href("/signout", "lang", t.lang()))).append("\">")
                    .append(hidden("csrf", csrf(ctx))).append("<button type=\"submit\" id=\"signout\">")
                    .append(Html.esc(t.get("ws.signout"))).append("</button></form>");
        }
        bar.append("</div>");
        ctx.contentType("text/html; charset=utf-8").result(Html.page(t, title, other(ctx, t), false, u != null,
                server.config().readOnly(), bar + body));
    }

    /** A page that needs sign-in sends an anonymous browser to the sign-in page instead of a 401 page. */
    private void signInFirst(Context ctx, io.javalin.http.Handler page) throws Exception {
        try {
            page.handle(ctx);
        } catch (dev.klaster.workspace.ForbiddenException e) {
            if (!e.anonymous()) {
                throw e;
            }
            redirect(ctx, "/signin", text(ctx), null);
        }
    }

    // ---------------------------------------------------------------- sign-in

    private void signInPage(Context ctx) {
        WebText t = text(ctx);
        StringBuilder b = new StringBuilder("<section class=\"report-section\"><h1>")
                .append(Html.esc(t.get("ws.signin.title"))).append("</h1><p class=\"intro\">")
                .append(Html.esc(t.get("ws.signin.intro"))).append("</p><form method=\"post\" id=\"signin-form\" ")
                .append("action=\"").append(Html.esc(Html.href("/signin", "lang", t.lang()))).append("\">")
                .append(hidden("csrf", server.auth().preCsrf(ctx))).append("<dl class=\"overview\">");
        input(b, t, "username", "ws.f.username", "text", null, true);
        input(b, t, "password", "ws.f.passwordSignIn", "password", null, true);
        b.append("</dl><button type=\"submit\" id=\"signin-submit\">").append(Html.esc(t.get("ws.signin.submit")))
                .append("</button></form><p class=\"caption\">").append(Html.esc(t.get("ws.signin.first")))
                .append("</p></section>");
        send(ctx, t, t.get("ws.signin.title"), b.toString());
    }

    private void signIn(Context ctx) {
        WebText t = text(ctx);
        String username = String.valueOf(ctx.formParam("username")).strip();
        String password = ctx.formParam("password");
        String ip = ctx.ip();
        long wait = server.limiter().retryAfterSeconds(username, ip);
        if (wait > 0) {
            ctx.header("Retry-After", String.valueOf(wait));
            throw new ApiException(429, t.format("ws.signin.limited", LoginLimiter.MAX_FAILURES,
                    LoginLimiter.WINDOW.toMinutes(), wait));
        }
        Optional<User> u = server.workspace().users().authenticate(username, password);
        if (u.isEmpty()) {
            server.limiter().failed(username, ip);
            throw new ApiException(401, t.get("ws.signin.wrong"));
        }
        server.limiter().succeeded(username, ip);
        server.auth().signInUser(ctx, u.get().id());
        redirect(ctx, "/initiatives", t, null);
    }

    private void signOut(Context ctx) {
        WebText t = text(ctx);
        server.auth().signOut(ctx);
        redirect(ctx, "/signin", t, null);
    }

    // ---------------------------------------------------------------- initiatives

    private void list(Context ctx) {
        WebText t = text(ctx);
        User u = server.actor(ctx);
        List<Initiative> all = server.workspace().initiatives().list(u);
        StringBuilder b = new StringBuilder("<section class=\"report-section\"><h1>")
                .append(Html.esc(t.get("ws.list.title"))).append("</h1><p class=\"intro\">")
                .append(Html.esc(t.get("ws.list.intro"))).append("</p>");
        if (Permissions.allows(u, Operation.CREATE_INITIATIVE, null)) {
            b.append("<p><a class=\"button\" id=\"new-initiative\" href=\"")
                    .append(Html.esc(Html.href("/initiatives/new", "lang", t.lang()))).append("\">")
                    .append(Html.esc(t.get("ws.list.new"))).append("</a></p>");
            b.append("<details id=\"import-initiative\"><summary>").append(Html.esc(t.get("ws.importInitiative")))
                    .append("</summary><p class=\"caption\">").append(Html.esc(t.get("ws.importInitiativeHelp")))
                    .append("</p><form method=\"post\" enctype=\"multipart/form-data\" id=\"import-initiative-form\" ")
                    .append("action=\"").append(Html.esc(Html.href("/initiatives/import", "lang", t.lang())))
                    .append("\">").append(hidden("csrf", csrf(ctx))).append("<input type=\"file\" name=\"json\" ")
                    .append("id=\"ii-json\" accept=\".json,application/json\" required> <button type=\"submit\" ")
                    .append("id=\"import-initiative-submit\">").append(Html.esc(t.get("ws.importSubmit")))
                    .append("</button></form></details>");
        }
        b.append("<div class=\"block\"><table class=\"data\" id=\"initiatives\"><thead><tr>");
        for (String h : List.of("ws.f.name", "ws.f.cluster", "ws.f.regions", "ws.stage", "ws.f.leadOrganisation",
                "ws.f.public")) {
            b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (Initiative i : all) {
            b.append("<tr><td><a class=\"initiative\" href=\"")
                    .append(Html.esc(Html.href("/initiatives/" + Html.seg(i.id()), "lang", t.lang()))).append("\">")
                    .append(Html.esc(i.name())).append("</a></td><td>").append(Html.esc(i.clusterName()))
                    .append("</td><td>").append(Html.esc(String.join(", ", i.regionCodes()))).append("</td><td>")
                    .append(Html.esc(label(t, i.stage()))).append("</td><td>").append(Html.esc(i.leadOrganisation()))
                    .append("</td><td>").append(Html.esc(t.get(i.isPublic() ? "ws.yes" : "ws.no"))).append("</td></tr>");
        }
        if (all.isEmpty()) {
            b.append("<tr><td colspan=\"6\">").append(Html.esc(t.get(u == null ? "ws.list.noneSignedOut"
                    : "ws.list.none"))).append("</td></tr>");
        }
        b.append("</tbody></table></div></section>");
        send(ctx, t, t.get("ws.list.title"), b.toString());
    }

    /** The new-initiative form, prefilled from {@code cluster}, {@code region(s)}, {@code dataset} when given. */
    private void newForm(Context ctx) {
        WebText t = text(ctx);
        User u = server.actor(ctx);
        if (u == null) {
            redirect(ctx, "/signin", t, null);
            return;
        }
        String cluster = ctx.queryParam("cluster");
        String regionName = ctx.queryParam("region_name");
        List<String> regions = new ArrayList<>(ctx.queryParams("region"));
        String name = cluster == null ? null : t.format("ws.new.defaultName", cluster,
                regionName == null ? String.join(", ", regions) : regionName);
        StringBuilder b = new StringBuilder("<section class=\"report-section\"><h1>")
                .append(Html.esc(t.get("ws.new.title"))).append("</h1>");
        if (cluster != null) {
            b.append("<p class=\"intro\" id=\"from-cluster\">").append(Html.esc(t.format("ws.new.fromCluster", cluster,
                    regionName == null ? String.join(", ", regions) : regionName + " (" + String.join(", ", regions)
                            + ")", String.valueOf(ctx.queryParam("dataset"))))).append("</p>");
        }
        if (!Permissions.allows(u, Operation.CREATE_INITIATIVE, null)) {
            b.append("<p class=\"hint\">").append(Html.esc(t.get("ws.new.adminOnly"))).append("</p>");
        }
        b.append("<form class=\"ws\" method=\"post\" id=\"initiative-form\" action=\"")
                .append(Html.esc(Html.href("/initiatives", "lang", t.lang()))).append("\">")
                .append(hidden("csrf", csrf(ctx))).append("<dl class=\"overview\">");
        input(b, t, "name", "ws.f.name", "text", name, true);
        input(b, t, "clusterName", "ws.f.cluster", "text", cluster, true);
        input(b, t, "clusterCode", "ws.f.clusterCode", "text", cluster == null ? null : code(cluster), true);
        input(b, t, "regionCodes", "ws.f.regionCodes", "text", String.join(", ", regions), true);
        input(b, t, "leadOrganisation", "ws.f.leadOrganisation", "text", null, true);
        input(b, t, "governanceBody", "ws.f.governanceBody", "text", null, true);
        input(b, t, "startDate", "ws.f.startDate", "date", null, false);
        input(b, t, "endDate", "ws.f.endDate", "date", null, false);
        b.append("<dt><label for=\"f-isPublic\">").append(Html.esc(t.get("ws.f.public"))).append("</label></dt>")
                .append("<dd><input type=\"checkbox\" id=\"f-isPublic\" name=\"isPublic\" value=\"1\"></dd>");
        b.append("</dl><button type=\"submit\" id=\"create-initiative\">").append(Html.esc(t.get("ws.new.submit")))
                .append("</button></form></section>");
        send(ctx, t, t.get("ws.new.title"), b.toString());
    }

    /** A cluster code from its name: letters and digits kept, the rest as '-', at most 40 characters. */
    static String code(String name) {
        String c = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        if (c.isEmpty()) {
            c = "cluster";
        }
        return c.length() > 40 ? c.substring(0, 40).replaceAll("-$", "") : c;
    }

    private static List<String> codes(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String p : s.split("[,;\\s]+")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        return out;
    }

    private void create(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        InitiativeDraft d = new InitiativeDraft(f.opt("name"), f.opt("clusterCode"), f.opt("clusterName"),
                codes(f.opt("regionCodes")), f.opt("leadOrganisation"), f.opt("governanceBody"), f.date("startDate"),
                f.date("endDate"), f.checked("isPublic"));
        Initiative i = server.workspace().initiatives().create(server.actor(ctx), d);
        redirect(ctx, "/initiatives/" + Html.seg(i.id()), t, null);
    }

    private String id(Context ctx) {
        return ctx.pathParam("initiative");
    }

    private void edit(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        long v = f.version();
        InitiativeDraft d = new InitiativeDraft(f.opt("name"), f.opt("clusterCode"), f.opt("clusterName"),
                codes(f.opt("regionCodes")), f.opt("leadOrganisation"), f.opt("governanceBody"), f.date("startDate"),
                f.date("endDate"), f.checked("isPublic"));
        server.workspace().initiatives().update(server.actor(ctx), id(ctx), v, d);
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, null);
    }

    private void stage(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        long v = f.version();
        List<EndorsedDocument> docs = new ArrayList<>();
        String title = f.opt("docTitle");
        if (title != null) {
            docs.add(new EndorsedDocument(title, f.choice("docType", DocumentType.class)));
        }
        StageChangeRequest req = new StageChangeRequest(f.choice("to", Stage.class), f.date("date"), f.opt("note"),
                docs);
        server.workspace().initiatives().changeStage(server.actor(ctx), id(ctx), v, req,
                MeasuredIndicators.baseline(server));
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "stage");
    }

    private void addStakeholder(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        String size = f.opt("sizeClass");
        StakeholderDraft d = new StakeholderDraft(f.opt("name"), f.choice("type", StakeholderType.class), f.opt("kbli"),
                size == null ? null : f.choice("sizeClass", SizeClass.class), f.opt("regionCode"), null, null,
                f.opt("sentraIkm"), f.checked("committed"));
        server.workspace().stakeholders().create(server.actor(ctx), id(ctx), d);
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "stakeholders");
    }

    private void importCsv(Context ctx) throws IOException {
        WebText t = text(ctx);
        UploadedFile file = ctx.uploadedFile("csv");
        if (file == null) {
            throw new ApiException(400, t.format("ws.err.required", "csv"), "csv", "");
        }
        String name = file.filename() == null || file.filename().isBlank() ? "stakeholders.csv" : file.filename();
        try (InputStream in = file.content()) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                server.workspace().stakeholders().importXlsx(server.actor(ctx), id(ctx), ApiException.clip(name), in);
            } else {
                server.workspace().stakeholders().importCsv(server.actor(ctx), id(ctx), ApiException.clip(name), in);
            }
        }
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "stakeholders");
    }

    /** A whole initiative from an export document (JSON); administrators; a new initiative, all or nothing. */
    private void importInitiative(Context ctx) throws IOException {
        WebText t = text(ctx);
        UploadedFile file = ctx.uploadedFile("json");
        if (file == null) {
            throw new ApiException(400, t.format("ws.err.required", "json"), "json", "");
        }
        String name = file.filename() == null || file.filename().isBlank() ? "initiative.json" : file.filename();
        Initiative i;
        try (InputStream in = file.content()) {
            i = server.workspace().transfer().importJson(server.actor(ctx), ApiException.clip(name), in);
        }
        redirect(ctx, "/initiatives/" + Html.seg(i.id()), t, null);
    }

    private void addAction(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        ActionDraft d = new ActionDraft(f.opt("title"), f.opt("owner"), f.date("startDate"), f.date("endDate"),
                f.whole("budget"), f.choice("status", ActionStatus.class), ctx.formParams("kpiIds"));
        server.workspace().actions().create(server.actor(ctx), id(ctx), d);
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "actions");
    }

    private void addKpi(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        KpiDraft d = new KpiDraft(f.opt("name"), f.opt("unit"), f.choice("goal", Goal.class), f.date("baselineDate"),
                f.number("baselineValue"), f.date("targetDate"), f.number("targetValue"),
                f.choice("frequency", Frequency.class), f.choice("aggregation", Aggregation.class), indicator(f));
        server.workspace().kpis().create(server.actor(ctx), id(ctx), d);
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "kpis");
    }

    private static String indicator(Form f) {
        String v = f.opt("indicator");
        if (v != null && !MeasuredIndicators.valid(v)) {
            throw new ApiException(400, f.t.format("ws.err.choice", "indicator", ApiException.clip(v), "ds.DATASET.size, "
                    + "ds.DATASET.lq"), "indicator", ApiException.clip(v));
        }
        return v;
    }

    private void observe(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        User u = server.actor(ctx);
        Kpi k = server.workspace().kpis().get(u, f.req("kpi"));
        if (!k.initiativeId().equals(id(ctx))) {
            throw new ApiException(404, t.format("ws.err.otherInitiative", k.id()));
        }
        Double value = f.number("value");
        if (value == null) {
            throw new ApiException(400, t.format("ws.err.required", "value"), "value", "");
        }
        LocalDate date = f.date("date");
        server.workspace().kpis().observe(u, k.id(), date, value, f.opt("source"), f.opt("regionCode"));
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "kpis");
    }

    private void grant(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        String username = f.req("username");
        User target = server.workspace().users().findByUsername(username).orElseThrow(() -> new ApiException(404,
                t.format("ws.err.noUser", username), "username", ApiException.clip(username)));
        server.workspace().users().grant(server.actor(ctx), target.id(), id(ctx), f.choice("role", Role.class));
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "members");
    }

    private void revoke(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        server.workspace().users().revoke(server.actor(ctx), f.req("user"), id(ctx));
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "members");
    }

    // ---------------------------------------------------------------- users

    private void users(Context ctx) {
        WebText t = text(ctx);
        User u = server.actor(ctx);
        List<User> all = server.workspace().users().list(u); // 401/403 unless administrator
        Map<String, String> names = new java.util.HashMap<>();
        for (Initiative i : server.workspace().initiatives().list(u)) {
            names.put(i.id(), i.name());
        }
        StringBuilder b = new StringBuilder("<section class=\"report-section\"><h1>")
                .append(Html.esc(t.get("ws.users.title"))).append("</h1><div class=\"block\"><table class=\"data\" ")
                .append("id=\"users\"><thead><tr>");
        for (String h : List.of("ws.f.username", "ws.f.displayName", "ws.f.admin", "ws.users.roles")) {
            b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (User x : all) {
            List<String> roles = new ArrayList<>();
            for (var e : x.roles().entrySet()) {
                roles.add(names.getOrDefault(e.getKey(), e.getKey()) + ": " + label(t, e.getValue()));
            }
            b.append("<tr><td>").append(Html.esc(x.username())).append("</td><td>").append(Html.esc(x.displayName()))
                    .append("</td><td>").append(Html.esc(t.get(x.admin() ? "ws.yes" : "ws.no"))).append("</td><td>")
                    .append(Html.esc(String.join("; ", roles))).append("</td></tr>");
        }
        b.append("</tbody></table></div><div class=\"block\"><h3>").append(Html.esc(t.get("ws.users.add")))
                .append("</h3><form method=\"post\" id=\"user-form\" action=\"")
                .append(Html.esc(Html.href("/users", "lang", t.lang()))).append("\">").append(hidden("csrf", csrf(ctx)))
                .append("<dl class=\"overview\">");
        input(b, t, "username", "ws.f.username", "text", null, true);
        input(b, t, "displayName", "ws.f.displayName", "text", null, true);
        input(b, t, "password", "ws.f.password", "password", null, true);
        b.append("<dt><label for=\"f-admin\">").append(Html.esc(t.get("ws.f.admin"))).append("</label></dt><dd>")
                .append("<input type=\"checkbox\" id=\"f-admin\" name=\"admin\" value=\"1\"></dd></dl>")
                .append("<button type=\"submit\" id=\"user-submit\">").append(Html.esc(t.get("ws.add")))
                .append("</button></form></div></section>");
        send(ctx, t, t.get("ws.users.title"), b.toString());
    }

    private void createUser(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        server.workspace().users().create(server.actor(ctx), f.req("username"), f.req("displayName"),
                ctx.formParam("password"), f.checked("admin"));
        redirect(ctx, "/users", t, null);
    }
}
