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

/**
 * The workspace's pages: sign-in, the initiatives list, a new initiative (optionally prefilled from a strong
 * cluster of an analysed dataset), the initiative page (stage with the generic stages and the stage-change form,
 * stakeholders by role with the diversity verdict and the CSV import, actions, KPIs baseline → actual → target,
 * audit log, memberships) and the user admin page. Bahasa Indonesia or English ({@code lang} in the URL), every
 * stored text escaped, no inline script; every form carries the session's CSRF token and answers with a redirect
 * (post/redirect/get), errors with a page naming the field and value.
 */
final class WorkspacePages {
    private static final int ROWS_PER_ROLE = 50;
    private final KlasterServer server;
    private final Map<String, String> usernames = new java.util.concurrent.ConcurrentHashMap<>();

    WorkspacePages(KlasterServer server) {
        this.server = server;
    }

    void register(RoutesConfig r) {
        r.addHttpHandler(HandlerType.GET, "/signin", this::signInPage);
        r.addHttpHandler(HandlerType.POST, "/signin", this::signIn);
        r.addHttpHandler(HandlerType.POST, "/signout", this::signOut);
        r.addHttpHandler(HandlerType.GET, "/initiatives", this::list);
        r.addHttpHandler(HandlerType.GET, "/initiatives/new", this::newForm);
        r.addHttpHandler(HandlerType.POST, "/initiatives", this::create);
        r.addHttpHandler(HandlerType.GET, "/initiatives/{initiative}", ctx -> signInFirst(ctx, this::initiative));
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
    }

    // ---------------------------------------------------------------- common

    private static WebText text(Context ctx) {
        return WebText.of(ctx.queryParam("lang"));
    }

    private static Locale locale(WebText t) {
        return t.lang().equals("en") ? Locale.ENGLISH : Messages.INDONESIAN;
    }

    private static String label(WebText t, Enum<?> e) {
        return Messages.label(locale(t), e);
    }

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

    private String csrf(Context ctx) {
        Auth.Session s = server.auth().session(ctx);
        return s == null ? "" : s.csrf();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.esc(value) + "\">";
    }

    /** The page with the user bar (who, sign-in or sign-out, initiatives, users) on top. */
    private void send(Context ctx, WebText t, String title, String body) {
        User u = server.actor(ctx);
        StringBuilder bar = new StringBuilder("<div class=\"userbar\" id=\"userbar\"><a href=\"")
                .append(Html.esc(Html.href("/initiatives", "lang", t.lang()))).append("\">")
                .append(Html.esc(t.get("ws.nav.initiatives"))).append("</a>");
        if (u != null && u.admin()) {
            bar.append("<a href=\"").append(Html.esc(Html.href("/users", "lang", t.lang()))).append("\">")
                    .append(Html.esc(t.get("ws.nav.users"))).append("</a>");
        }
        bar.append("<span class=\"grow\"></span>");
        if (u == null) {
            bar.append("<a id=\"signin-link\" href=\"").append(Html.esc(Html.href("/signin", "lang", t.lang())))
                    .append("\">").append(Html.esc(t.get("ws.signin.title"))).append("</a>");
        } else {
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

    private static void redirect(Context ctx, String path, WebText t, String anchor) {
        ctx.redirect(Html.href(path, "lang", t.lang()) + (anchor == null ? "" : "#" + anchor), HttpStatus.SEE_OTHER);
    }

    /** Form fields with errors that name the field and the value, in the page's language (HTTP 400). */
    private static final class Form {
        private final Context ctx;
        final WebText t;

        Form(Context ctx, WebText t) {
            this.ctx = ctx;
            this.t = t;
        }

        String opt(String name) {
            String v = ctx.formParam(name);
            return v == null || v.isBlank() ? null : v.strip();
        }

        String req(String name) {
            String v = opt(name);
            if (v == null) {
                throw new ApiException(400, t.format("ws.err.required", name), name, "");
            }
            return v;
        }

        LocalDate date(String name) {
            String v = opt(name);
            if (v == null) {
                return null;
            }
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw new ApiException(400, t.format("ws.err.date", name, ApiException.clip(v)), name,
                        ApiException.clip(v));
            }
        }

        Double number(String name) {
            String v = opt(name);
            if (v == null) {
                return null;
            }
            try {
                double d = Double.parseDouble(v.replace(',', '.'));
                if (!Double.isFinite(d)) {
                    throw new NumberFormatException(v);
                }
                return d;
            } catch (NumberFormatException e) {
                throw new ApiException(400, t.format("ws.err.number", name, ApiException.clip(v)), name,
                        ApiException.clip(v));
            }
        }

        Long whole(String name) {
            String v = opt(name);
            if (v == null) {
                return null;
            }
            try {
                return Long.parseLong(v.replace(".", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                throw new ApiException(400, t.format("ws.err.number", name, ApiException.clip(v)), name,
                        ApiException.clip(v));
            }
        }

        <E extends Enum<E>> E choice(String name, Class<E> type) {
            String v = req(name);
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(v)) {
                    return e;
                }
            }
            throw new ApiException(400, t.format("ws.err.choice", name, ApiException.clip(v),
                    WorkspaceRoutes.names(type.getEnumConstants())), name, ApiException.clip(v));
        }

        long version() {
            String v = req("version");
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw new ApiException(400, t.format("ws.err.number", "version", ApiException.clip(v)), "version",
                        ApiException.clip(v));
            }
        }

        boolean checked(String name) {
            return opt(name) != null;
        }
    }

    private static <E extends Enum<E>> void select(StringBuilder b, WebText t, String name, String id, E[] values,
                                                   E selected) {
        b.append("<select name=\"").append(name).append("\" id=\"").append(id).append("\">");
        for (E e : values) {
            b.append("<option value=\"").append(e.name()).append('"').append(e == selected ? " selected" : "")
                    .append('>').append(Html.esc(label(t, e))).append("</option>");
        }
        b.append("</select>");
    }

    private static void input(StringBuilder b, WebText t, String name, String labelKey, String type, String value,
                              boolean required) {
        input(b, t, "f-", name, labelKey, type, value, required);
    }

    /** A labelled input with id {@code prefix + name} (each form of a page has its own prefix: ids stay unique). */
    private static void input(StringBuilder b, WebText t, String prefix, String name, String labelKey, String type,
                              String value, boolean required) {
        b.append("<dt><label for=\"").append(prefix).append(name).append("\">").append(Html.esc(t.get(labelKey)))
                .append(required ? " *" : "").append("</label></dt><dd><input id=\"").append(prefix).append(name)
                .append("\" name=\"").append(name).append("\" type=\"").append(type).append('"');
        if (value != null) {
            b.append(" value=\"").append(Html.esc(value)).append('"');
        }
        if (type.equals("text")) {
            b.append(" maxlength=\"2000\"");
        }
        if (type.equals("number")) {
            b.append(" step=\"any\"");
        }
        b.append(required ? " required" : "").append("></dd>");
    }

    private static String fmt(WebText t, Double v) {
        if (v == null || v.isNaN()) {
            return "–";
        }
        NumberFormat nf = NumberFormat.getNumberInstance(Locale.forLanguageTag(t.lang()));
        nf.setMaximumFractionDigits(2);
        return nf.format(v);
    }

    private static String date(LocalDate d) {
        return d == null ? "–" : d.toString();
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
        input(b, t, "password", "ws.f.password", "password", null, true);
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

    private void initiative(Context ctx) {
        WebText t = text(ctx);
        User u = server.actor(ctx);
        var ws = server.workspace();
        Initiative i = ws.initiatives().get(u, ctx.pathParam("initiative"));
        boolean edit = Permissions.allows(u, Operation.EDIT, i);
        boolean manage = Permissions.allows(u, Operation.MANAGE, i);
        String base = "/initiatives/" + Html.seg(i.id());
        StringBuilder b = new StringBuilder("<section class=\"report-section\"><h1 id=\"title\">")
                .append(Html.esc(i.name())).append("</h1>");
        // overview
        b.append("<div class=\"block\" id=\"overview\"><dl class=\"overview\">");
        dl(b, t.get("ws.f.cluster"), i.clusterName() + " (" + i.clusterCode() + ")");
        dl(b, t.get("ws.f.regions"), String.join(", ", i.regionCodes()));
        dl(b, t.get("ws.f.leadOrganisation"), i.leadOrganisation());
        dl(b, t.get("ws.f.governanceBody"), i.governanceBody());
        dl(b, t.get("ws.f.dates"), date(i.startDate()) + " – " + date(i.endDate()));
        dl(b, t.get("ws.f.public"), t.get(i.isPublic() ? "ws.yes" : "ws.no"));
        dl(b, t.get("ws.yourRole"), u == null ? t.get("ws.role.public") : label(t, u.admin() ? Role.ADMIN
                : u.roleOn(i.id()) == null ? Role.VIEWER : u.roleOn(i.id())));
        b.append("</dl>");
        if (manage) {
            editForm(b, t, ctx, i, base);
        }
        b.append("</div>");
        stageBlock(b, t, ctx, i, manage, base);
        stakeholderBlock(b, t, ctx, u, i, edit, base);
        List<Kpi> kpis = ws.kpis().list(u, i.id());
        actionBlock(b, t, ctx, u, i, kpis, edit, base);
        kpiBlock(b, t, ctx, u, i, kpis, edit, base);
        if (manage) {
            List<AuditEntry> audit = ws.audit().forInitiative(u, i.id());
            memberBlock(b, t, ctx, base, audit);
            auditBlock(b, t, audit);
        }
        b.append("</section><script src=\"/webjars/echarts/5.5.0/echarts.min.js\"></script>")
                .append("<script src=\"/assets/workspace.js\"></script>");
        send(ctx, t, i.name(), b.toString());
    }

    private static void dl(StringBuilder b, String k, String v) {
        b.append("<dt>").append(Html.esc(k)).append("</dt><dd>").append(Html.esc(v)).append("</dd>");
    }

    private void stageBlock(StringBuilder b, WebText t, Context ctx, Initiative i, boolean manage, String base) {
        b.append("<div class=\"block\" id=\"stage\"><h3>").append(Html.esc(t.get("ws.stage"))).append("</h3>")
                .append("<ol class=\"stages\" id=\"stages\">");
        for (Stage s : Stage.values()) {
            b.append("<li class=\"").append(s == i.stage() ? "current" : s.ordinal() < i.stage().ordinal() ? "past" : "")
                    .append("\" data-stage=\"").append(s.name()).append("\">").append(Html.esc(label(t, s)))
                    .append("<small>").append(Html.esc(label(t, s.generic()))).append("</small></li>");
        }
        b.append("</ol><p class=\"caption\">").append(Html.esc(t.get("ws.genericCaption"))).append("</p>")
                .append("<ol class=\"stages generic\" id=\"generic-stages\">");
        for (GenericStage g : GenericStage.values()) {
            b.append("<li class=\"").append(g == i.genericStage() ? "current" : "").append("\">")
                    .append(Html.esc(label(t, g))).append("</li>");
        }
        b.append("</ol>");
        List<StageChange> history = server.workspace().initiatives().stageHistory(server.actor(ctx), i.id());
        b.append("<h4>").append(Html.esc(t.get("ws.stageHistory"))).append("</h4>");
        if (history.isEmpty()) {
            b.append("<p>").append(Html.esc(t.get("ws.stageHistoryNone"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"stage-history\"><thead><tr><th>").append(Html.esc(t.get("ws.f.date")))
                    .append("</th><th>").append(Html.esc(t.get("ws.stageMove"))).append("</th><th>")
                    .append(Html.esc(t.get("ws.f.documents"))).append("</th><th>").append(Html.esc(t.get("ws.f.note")))
                    .append("</th><th>").append(Html.esc(t.get("ws.by"))).append("</th></tr></thead><tbody>");
            for (StageChange c : history) {
                b.append("<tr><td>").append(date(c.date())).append("</td><td>")
                        .append(Html.esc((c.from() == null ? "–" : label(t, c.from())) + " → " + label(t, c.to())))
                        .append("</td><td><ul class=\"docs\">");
                for (EndorsedDocument d : c.documents()) {
                    b.append("<li>").append(Html.esc(d.title())).append(" <span class=\"tag\">")
                            .append(Html.esc(label(t, d.type()))).append("</span></li>");
                }
                b.append("</ul></td><td>").append(Html.esc(c.note())).append("</td><td>").append(Html.esc(who(c.userId())))
                        .append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        if (manage) {
            b.append("<h4>").append(Html.esc(t.get("ws.stageChange"))).append("</h4><form method=\"post\" ")
                    .append("id=\"stage-form\" action=\"").append(Html.esc(Html.href(base + "/stage", "lang", t.lang())))
                    .append("\">").append(hidden("csrf", csrf(ctx))).append(hidden("version",
                            String.valueOf(i.version()))).append("<dl class=\"overview\"><dt><label for=\"st-to\">")
                    .append(Html.esc(t.get("ws.f.to"))).append("</label></dt><dd><select name=\"to\" id=\"st-to\">");
            for (Stage s : Stage.values()) {
                if (i.stage().canMoveTo(s)) {
                    b.append("<option value=\"").append(s.name()).append('"')
                            .append(s == i.stage().next() ? " selected" : "").append('>')
                            .append(Html.esc(label(t, s))).append("</option>");
                }
            }
            b.append("</select></dd>");
            input(b, t, "st-", "date", "ws.f.date", "date", LocalDate.now().toString(), true);
            input(b, t, "st-", "note", "ws.f.note", "text", null, false);
            input(b, t, "st-", "docTitle", "ws.f.docTitle", "text", null, false);
            b.append("<dt><label for=\"st-docType\">").append(Html.esc(t.get("ws.f.docType"))).append("</label></dt><dd>");
            select(b, t, "docType", "st-docType", DocumentType.values(), endorsedAtEndOf(i.stage()));
            b.append("</dd></dl><button type=\"submit\" id=\"stage-submit\">").append(Html.esc(t.get("ws.stageSubmit")))
                    .append("</button></form>");
        }
        b.append("</div>");
    }

    /** The initiative's details for its manager, with the version the edit starts from (a stale one is a 409). */
    private void editForm(StringBuilder b, WebText t, Context ctx, Initiative i, String base) {
        b.append("<details id=\"edit-initiative\"><summary>").append(Html.esc(t.get("ws.edit"))).append("</summary>")
                .append("<form method=\"post\" id=\"edit-form\" action=\"")
                .append(Html.esc(Html.href(base + "/edit", "lang", t.lang()))).append("\">")
                .append(hidden("csrf", csrf(ctx))).append(hidden("version", String.valueOf(i.version())))
                .append("<dl class=\"overview\">");
        input(b, t, "ed-", "name", "ws.f.name", "text", i.name(), true);
        input(b, t, "ed-", "clusterName", "ws.f.cluster", "text", i.clusterName(), true);
        input(b, t, "ed-", "clusterCode", "ws.f.clusterCode", "text", i.clusterCode(), true);
        input(b, t, "ed-", "regionCodes", "ws.f.regionCodes", "text", String.join(", ", i.regionCodes()), true);
        input(b, t, "ed-", "leadOrganisation", "ws.f.leadOrganisation", "text", i.leadOrganisation(), true);
        input(b, t, "ed-", "governanceBody", "ws.f.governanceBody", "text", i.governanceBody(), true);
        input(b, t, "ed-", "startDate", "ws.f.startDate", "date", i.startDate() == null ? null : i.startDate().toString(),
                false);
        input(b, t, "ed-", "endDate", "ws.f.endDate", "date", i.endDate() == null ? null : i.endDate().toString(),
                false);
        b.append("<dt><label for=\"ed-isPublic\">").append(Html.esc(t.get("ws.f.public"))).append("</label></dt>")
                .append("<dd><input type=\"checkbox\" id=\"ed-isPublic\" name=\"isPublic\" value=\"1\"")
                .append(i.isPublic() ? " checked" : "").append("></dd></dl><button type=\"submit\" id=\"edit-submit\">")
                .append(Html.esc(t.get("ws.save"))).append("</button></form></details>");
    }

    /** The document a governance body usually endorses when a stage ends (the form's default). */
    static DocumentType endorsedAtEndOf(Stage s) {
        return switch (s) {
            case DIAGNOSIS -> DocumentType.DIAGNOSTIC_STUDY;
            case COLLABORATIVE_STRATEGY -> DocumentType.ACTION_PLAN;
            case IMPLEMENTATION, EVALUATION -> DocumentType.PROGRESS_REPORT;
            default -> DocumentType.OTHER;
        };
    }

    private void stakeholderBlock(StringBuilder b, WebText t, Context ctx, User u, Initiative i, boolean edit,
                                  String base) {
        var ws = server.workspace();
        DiversityVerdict d = ws.stakeholders().diversity(u, i.id());
        List<Stakeholder> all = ws.stakeholders().list(u, i.id(), StakeholderFilter.ALL);
        b.append("<div class=\"block\" id=\"stakeholders\"><h3>").append(Html.esc(t.get("ws.stakeholders")))
                .append(" (").append(all.size()).append(")</h3><p class=\"verdict ").append(d.met() ? "ok" : "hint")
                .append("\" id=\"diversity\">").append(Html.esc(t.format(d.met() ? "ws.diversity.met"
                        : "ws.diversity.notMet", d.committed(), d.distinctTypes(), d.policy().minCommitted(),
                        d.policy().minTypes()))).append("</p>");
        Map<StakeholderType, List<Stakeholder>> byType = new EnumMap<>(StakeholderType.class);
        for (Stakeholder s : all) {
            byType.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s);
        }
        for (var e : byType.entrySet()) {
            b.append("<h4>").append(Html.esc(label(t, e.getKey()))).append(" (").append(e.getValue().size())
                    .append(")</h4><table class=\"data role\" data-role=\"").append(e.getKey().name())
                    .append("\"><thead><tr>");
            for (String h : List.of("ws.f.name", "ws.f.kbli", "ws.f.size", "ws.f.region", "ws.f.sentra",
                    "ws.f.committed")) {
                b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            int n = 0;
            for (Stakeholder s : e.getValue()) {
                if (n++ == ROWS_PER_ROLE) {
                    break;
                }
                b.append("<tr><td>").append(Html.esc(s.name())).append("</td><td>").append(Html.esc(s.kbli()))
                        .append("</td><td>").append(s.sizeClass() == null ? "" : Html.esc(label(t, s.sizeClass())))
                        .append("</td><td>").append(Html.esc(s.regionCode())).append("</td><td>")
                        .append(Html.esc(s.sentraIkm())).append("</td><td>")
                        .append(Html.esc(t.get(s.committed() ? "ws.yes" : "ws.no"))).append("</td></tr>");
            }
            b.append("</tbody></table>");
            if (e.getValue().size() > ROWS_PER_ROLE) {
                b.append("<p class=\"caption\">").append(Html.esc(t.format("ws.moreRows", e.getValue().size()
                        - ROWS_PER_ROLE))).append(" <a href=\"").append(Html.esc(Html.href(WorkspaceRoutes.BASE + "/"
                        + Html.seg(i.id()) + "/stakeholders", "type", e.getKey().name()))).append("\">JSON</a></p>");
            }
        }
        if (edit) {
            b.append("<h4>").append(Html.esc(t.get("ws.import"))).append("</h4><p class=\"caption\">")
                    .append(Html.esc(t.get("ws.importHelp"))).append("</p><form method=\"post\" ")
                    .append("enctype=\"multipart/form-data\" id=\"import-form\" action=\"")
                    .append(Html.esc(Html.href(base + "/stakeholders/import", "lang", t.lang()))).append("\">")
                    .append(hidden("csrf", csrf(ctx))).append("<input type=\"file\" name=\"csv\" id=\"sh-csv\" ")
                    .append("accept=\".csv,text/csv\" required> <button type=\"submit\" id=\"import-submit\">")
                    .append(Html.esc(t.get("ws.importSubmit"))).append("</button></form>");
            b.append("<details id=\"add-stakeholder\"><summary>").append(Html.esc(t.get("ws.addStakeholder"))).append("</summary><form method=\"post\" ")
                    .append("id=\"stakeholder-form\" action=\"")
                    .append(Html.esc(Html.href(base + "/stakeholders", "lang", t.lang()))).append("\">")
                    .append(hidden("csrf", csrf(ctx))).append("<dl class=\"overview\">");
            input(b, t, "sh-", "name", "ws.f.name", "text", null, true);
            b.append("<dt><label for=\"sh-type\">").append(Html.esc(t.get("ws.f.role"))).append("</label></dt><dd>");
            select(b, t, "type", "sh-type", StakeholderType.values(), StakeholderType.CORE_FIRM);
            b.append("</dd>");
            input(b, t, "sh-", "kbli", "ws.f.kbli", "text", null, false);
            b.append("<dt><label for=\"sh-sizeClass\">").append(Html.esc(t.get("ws.f.size"))).append("</label></dt><dd>")
                    .append("<select name=\"sizeClass\" id=\"sh-sizeClass\"><option value=\"\">–</option>");
            for (SizeClass s : SizeClass.values()) {
                b.append("<option value=\"").append(s.name()).append("\">").append(Html.esc(label(t, s)))
                        .append("</option>");
            }
            b.append("</select></dd>");
            input(b, t, "sh-", "regionCode", "ws.f.region", "text", i.regionCodes().isEmpty() ? null : i.regionCodes().get(0),
                    false);
            input(b, t, "sh-", "sentraIkm", "ws.f.sentra", "text", null, false);
            b.append("<dt><label for=\"sh-committed\">").append(Html.esc(t.get("ws.f.committed"))).append("</label>")
                    .append("</dt><dd><input type=\"checkbox\" id=\"sh-committed\" name=\"committed\" value=\"1\"></dd>")
                    .append("</dl><button type=\"submit\" id=\"stakeholder-submit\">")
                    .append(Html.esc(t.get("ws.add"))).append("</button></form></details>");
        }
        b.append("</div>");
    }

    private void actionBlock(StringBuilder b, WebText t, Context ctx, User u, Initiative i, List<Kpi> kpis,
                             boolean edit, String base) {
        List<Action> actions = server.workspace().actions().list(u, i.id());
        Map<String, String> kpiNames = new java.util.HashMap<>();
        for (Kpi k : kpis) {
            kpiNames.put(k.id(), k.name());
        }
        NumberFormat nf = NumberFormat.getIntegerInstance(Locale.forLanguageTag(t.lang()));
        b.append("<div class=\"block\" id=\"actions\"><h3>").append(Html.esc(t.get("ws.actions"))).append("</h3>");
        if (actions.isEmpty()) {
            b.append("<p>").append(Html.esc(t.get("ws.actionsNone"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"action-list\"><thead><tr>");
            for (String h : List.of("ws.f.title", "ws.f.owner", "ws.f.dates", "ws.f.budget", "ws.f.status",
                    "ws.f.kpis")) {
                b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            for (Action a : actions) {
                List<String> served = new ArrayList<>();
                for (String k : a.kpiIds()) {
                    served.add(kpiNames.getOrDefault(k, k));
                }
                b.append("<tr><td>").append(Html.esc(a.title())).append("</td><td>").append(Html.esc(a.owner()))
                        .append("</td><td>").append(date(a.startDate())).append(" – ").append(date(a.endDate()))
                        .append("</td><td class=\"num\">").append(a.budgetRupiah() == null ? "–"
                                : "Rp " + nf.format(a.budgetRupiah())).append("</td><td>")
                        .append(Html.esc(label(t, a.status()))).append("</td><td>")
                        .append(Html.esc(String.join("; ", served))).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        if (edit) {
            b.append("<details id=\"add-action\"><summary>").append(Html.esc(t.get("ws.addAction"))).append("</summary><form method=\"post\" ")
                    .append("id=\"action-form\" action=\"").append(Html.esc(Html.href(base + "/actions", "lang",
                            t.lang()))).append("\">").append(hidden("csrf", csrf(ctx))).append("<dl class=\"overview\">");
            input(b, t, "ac-", "title", "ws.f.title", "text", null, true);
            input(b, t, "ac-", "owner", "ws.f.owner", "text", null, true);
            input(b, t, "ac-", "startDate", "ws.f.startDate", "date", null, false);
            input(b, t, "ac-", "endDate", "ws.f.endDate", "date", null, false);
            input(b, t, "ac-", "budget", "ws.f.budget", "number", null, false);
            b.append("<dt><label for=\"ac-status\">").append(Html.esc(t.get("ws.f.status"))).append("</label></dt><dd>");
            select(b, t, "status", "ac-status", ActionStatus.values(), ActionStatus.PLANNED);
            b.append("</dd>");
            if (!kpis.isEmpty()) {
                b.append("<dt><label for=\"ac-kpiIds\">").append(Html.esc(t.get("ws.f.kpis"))).append("</label></dt>")
                        .append("<dd><select multiple name=\"kpiIds\" id=\"ac-kpiIds\">");
                for (Kpi k : kpis) {
                    b.append("<option value=\"").append(Html.esc(k.id())).append("\">").append(Html.esc(k.name()))
                            .append("</option>");
                }
                b.append("</select></dd>");
            }
            b.append("</dl><button type=\"submit\" id=\"action-submit\">").append(Html.esc(t.get("ws.add")))
                    .append("</button></form></details>");
        }
        b.append("</div>");
    }

    private void kpiBlock(StringBuilder b, WebText t, Context ctx, User u, Initiative i, List<Kpi> kpis,
                          boolean edit, String base) {
        var ws = server.workspace();
        b.append("<div class=\"block\" id=\"kpis\"><h3>").append(Html.esc(t.get("ws.kpis"))).append("</h3>")
                .append("<p class=\"caption\">").append(Html.esc(t.get("ws.kpiCaption"))).append("</p>");
        ObjectNode chart = WorkspaceRoutes.JSON.createObjectNode();
        chart.put("lang", t.lang());
        ArrayNode names = chart.putArray("names");
        ArrayNode series = chart.putArray("series");
        ArrayNode baseline = WorkspaceRoutes.JSON.createArrayNode();
        ArrayNode actual = WorkspaceRoutes.JSON.createArrayNode();
        ArrayNode target = WorkspaceRoutes.JSON.createArrayNode();
        if (kpis.isEmpty()) {
            b.append("<p>").append(Html.esc(t.get("ws.kpisNone"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"kpi-list\"><thead><tr>");
            for (String h : List.of("ws.f.kpi", "ws.f.goal", "ws.f.unit", "ws.f.baseline", "ws.f.actual",
                    "ws.f.target", "ws.f.progress", "ws.f.measured")) {
                b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            for (Kpi k : kpis) {
                KpiProgress p = ws.kpis().progress(u, k.id());
                names.add(k.name() + " (" + k.unit() + ")");
                num(baseline, k.baselineValue());
                num(actual, Double.isNaN(p.actual()) ? null : p.actual());
                num(target, k.targetValue());
                double share = p.share();
                b.append("<tr data-kpi=\"").append(Html.esc(k.id())).append("\"><td>").append(Html.esc(k.name()))
                        .append("</td><td>").append(Html.esc(label(t, k.goal()))).append("</td><td>")
                        .append(Html.esc(k.unit())).append("</td><td class=\"num baseline\">")
                        .append(fmt(t, k.baselineValue())).append("<br><small>").append(date(k.baselineDate()))
                        .append("</small></td><td class=\"num actual\">").append(fmt(t, p.actual())).append("<br><small>")
                        .append(date(p.actualDate())).append(p.places() > 1 ? " · " + Html.esc(t.format("ws.places",
                                p.places(), label(t, k.aggregation()))) : "").append("</small></td><td class=\"num target\">")
                        .append(fmt(t, k.targetValue())).append("<br><small>").append(date(k.targetDate()))
                        .append("</small></td><td class=\"progress\">");
                if (Double.isNaN(share)) {
                    b.append("–");
                } else {
                    long pct = Math.round(share * 100);
                    b.append("<span class=\"bar\"><span style=\"width:").append(Math.max(0, Math.min(100, pct)))
                            .append("%\"></span></span> ").append(pct).append(" %");
                }
                b.append("</td><td class=\"num measured\">").append(measured(t, i, k)).append("</td></tr>");
            }
            b.append("</tbody></table>");
            b.append("<div class=\"chart\" id=\"kpi-chart\" style=\"height:").append(120 + 50 * kpis.size())
                    .append("px\"></div>");
        }
        ObjectNode s1 = series.addObject();
        s1.put("name", t.get("ws.f.baseline"));
        s1.set("data", baseline);
        ObjectNode s2 = series.addObject();
        s2.put("name", t.get("ws.f.actual"));
        s2.set("data", actual);
        ObjectNode s3 = series.addObject();
        s3.put("name", t.get("ws.f.target"));
        s3.set("data", target);
        // data for workspace.js; '<' escaped so no text can close the script element
        b.append("<script type=\"application/json\" id=\"ws-kpi-data\">")
                .append(chart.toString().replace("<", "\\u003c")).append("</script>");
        if (edit) {
            b.append("<details id=\"add-kpi\"><summary>").append(Html.esc(t.get("ws.addKpi"))).append("</summary><form method=\"post\" id=\"kpi-form\" ")
                    .append("action=\"").append(Html.esc(Html.href(base + "/kpis", "lang", t.lang()))).append("\">")
                    .append(hidden("csrf", csrf(ctx))).append("<dl class=\"overview\">");
            input(b, t, "kpi-", "name", "ws.f.kpi", "text", null, true);
            input(b, t, "kpi-", "unit", "ws.f.unit", "text", null, true);
            b.append("<dt><label for=\"kpi-goal\">").append(Html.esc(t.get("ws.f.goal"))).append("</label></dt><dd>");
            select(b, t, "goal", "kpi-goal", Goal.values(), Goal.PRODUCTIVITY_EMPLOYMENT);
            b.append("</dd>");
            input(b, t, "kpi-", "baselineDate", "ws.f.baselineDate", "date", null, false);
            input(b, t, "kpi-", "baselineValue", "ws.f.baselineValue", "number", null, false);
            input(b, t, "kpi-", "targetDate", "ws.f.targetDate", "date", null, false);
            input(b, t, "kpi-", "targetValue", "ws.f.targetValue", "number", null, false);
            b.append("<dt><label for=\"kpi-indicator\">").append(Html.esc(t.get("ws.f.indicator")))
                    .append("</label></dt><dd><select name=\"indicator\" id=\"kpi-indicator\"><option value=\"\">")
                    .append(Html.esc(t.get("ws.bind.none"))).append("</option>");
            for (Dataset.Info d : server.store().list(t.lang())) {
                for (String ind : List.of("size", "lq")) {
                    b.append("<option value=\"").append(Html.esc(MeasuredIndicators.key(d.id(), ind))).append("\">")
                            .append(Html.esc(t.format("ws.bind." + ind, d.title()))).append("</option>");
                }
            }
            b.append("</select></dd>");
            b.append("<dt><label for=\"kpi-frequency\">").append(Html.esc(t.get("ws.f.frequency"))).append("</label></dt><dd>");
            select(b, t, "frequency", "kpi-frequency", Frequency.values(), Frequency.ANNUAL);
            b.append("</dd><dt><label for=\"kpi-aggregation\">").append(Html.esc(t.get("ws.f.aggregation")))
                    .append("</label></dt><dd>");
            select(b, t, "aggregation", "kpi-aggregation", Aggregation.values(), Aggregation.SUM);
            b.append("</dd></dl><button type=\"submit\" id=\"kpi-submit\">").append(Html.esc(t.get("ws.add")))
                    .append("</button></form></details>");
            if (!kpis.isEmpty()) {
                b.append("<details id=\"add-observation\"><summary>").append(Html.esc(t.get("ws.observe"))).append("</summary><form method=\"post\" ")
                        .append("id=\"observation-form\" action=\"").append(Html.esc(Html.href(base + "/observations",
                                "lang", t.lang()))).append("\">").append(hidden("csrf", csrf(ctx)))
                        .append("<dl class=\"overview\"><dt><label for=\"ob-kpi\">").append(Html.esc(t.get("ws.f.kpi")))
                        .append("</label></dt><dd><select name=\"kpi\" id=\"ob-kpi\">");
                for (Kpi k : kpis) {
                    b.append("<option value=\"").append(Html.esc(k.id())).append("\">").append(Html.esc(k.name()))
                            .append("</option>");
                }
                b.append("</select></dd>");
                input(b, t, "ob-", "date", "ws.f.date", "date", LocalDate.now().toString(), true);
                input(b, t, "ob-", "value", "ws.f.value", "number", null, true);
                input(b, t, "ob-", "source", "ws.f.source", "text", null, true);
                input(b, t, "ob-", "regionCode", "ws.f.region", "text", null, false);
                b.append("</dl><button type=\"submit\" id=\"observation-submit\">").append(Html.esc(t.get("ws.add")))
                        .append("</button></form></details>");
            }
        }
        b.append("</div>");
    }

    private static void num(ArrayNode a, Double v) {
        if (v == null || v.isNaN()) {
            a.addNull();
        } else {
            a.add(v);
        }
    }

    /**
     * The current roles on the initiative, replayed from its audit log (every grant and revocation writes an entry
     * in the same transaction, so the last entry per user is the role now held).
     */
    static Map<String, Role> members(List<AuditEntry> audit) {
        Map<String, Role> m = new java.util.LinkedHashMap<>();
        for (AuditEntry e : audit) {
            if (!e.entity().equals("membership")) {
                continue;
            }
            if (e.operation().equals("DELETE") || e.afterJson() == null) {
                m.remove(e.entityId());
                continue;
            }
            try {
                String role = WorkspaceRoutes.JSON.readTree(e.afterJson()).path("role").asText();
                m.put(e.entityId(), Role.valueOf(role));
            } catch (IOException | IllegalArgumentException ex) {
                m.remove(e.entityId());
            }
        }
        return m;
    }

    private void memberBlock(StringBuilder b, WebText t, Context ctx, String base, List<AuditEntry> audit) {
        b.append("<div class=\"block\" id=\"members\"><h3>").append(Html.esc(t.get("ws.members"))).append("</h3>");
        Map<String, Role> members = members(audit);
        if (members.isEmpty()) {
            b.append("<p>").append(Html.esc(t.get("ws.membersNone"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"member-list\"><thead><tr><th>")
                    .append(Html.esc(t.get("ws.f.username"))).append("</th><th>").append(Html.esc(t.get("ws.f.roleOn")))
                    .append("</th><th></th></tr></thead><tbody>");
            for (var e : members.entrySet()) {
                b.append("<tr><td>").append(Html.esc(who(e.getKey()))).append("</td><td>")
                        .append(Html.esc(label(t, e.getValue()))).append("</td><td><form class=\"inline\" ")
                        .append("method=\"post\" action=\"").append(Html.esc(Html.href(base + "/members/revoke", "lang",
                                t.lang()))).append("\">").append(hidden("csrf", csrf(ctx)))
                        .append(hidden("user", e.getKey())).append("<button class=\"danger\" type=\"submit\">")
                        .append(Html.esc(t.get("ws.revoke"))).append("</button></form></td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<h4>").append(Html.esc(t.get("ws.grant"))).append("</h4>")
                .append("<form method=\"post\" id=\"member-form\" action=\"")
                .append(Html.esc(Html.href(base + "/members", "lang", t.lang()))).append("\">")
                .append(hidden("csrf", csrf(ctx))).append("<dl class=\"overview\">");
        input(b, t, "mb-", "username", "ws.f.username", "text", null, true);
        b.append("<dt><label for=\"mb-role\">").append(Html.esc(t.get("ws.f.roleOn"))).append("</label></dt><dd>");
        select(b, t, "role", "mb-role", new Role[] {Role.MANAGER, Role.MEMBER, Role.VIEWER}, Role.MEMBER);
        b.append("</dd></dl><button type=\"submit\" id=\"member-submit\">").append(Html.esc(t.get("ws.grant")))
                .append("</button></form></div>");
    }

    private void auditBlock(StringBuilder b, WebText t, List<AuditEntry> entries) {
        b.append("<div class=\"block\" id=\"audit\"><h3>").append(Html.esc(t.get("ws.audit"))).append(" (")
                .append(entries.size()).append(")</h3><div class=\"scroll\"><table class=\"data\" id=\"audit-log\">")
                .append("<thead><tr>");
        for (String h : List.of("ws.audit.at", "ws.by", "ws.audit.entity", "ws.audit.operation", "ws.audit.change")) {
            b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        // newest first, at most 200 rows on the page (the API has all)
        for (int k = entries.size() - 1, n = 0; k >= 0 && n < 200; k--, n++) {
            AuditEntry e = entries.get(k);
            b.append("<tr><td>").append(Html.esc(String.valueOf(e.at()))).append("</td><td>")
                    .append(Html.esc(who(e.userId()))).append("</td><td>").append(Html.esc(auditWord(t, "ws.entity.", e.entity()))).append("</td><td>")
                    .append(Html.esc(auditWord(t, "ws.op.", e.operation()))).append("</td><td><details><summary>")
                    .append(Html.esc(t.get("ws.audit.show"))).append("</summary><pre>")
                    .append(Html.esc(clip(e.beforeJson()))).append("\n→\n").append(Html.esc(clip(e.afterJson())))
                    .append("</pre></details></td></tr>");
        }
        b.append("</tbody></table></div></div>");
    }

    /** The username of a user id in the stage history and the audit log ({@code token}: the access token). */
    private String who(String userId) {
        if (userId == null || userId.equals(WorkspaceAccess.TOKEN_ADMIN.id())) {
            return userId == null ? "–" : WorkspaceAccess.TOKEN_ADMIN.username();
        }
        String cached = usernames.get(userId);
        if (cached != null) {
            return cached;
        }
        try {
            String name = server.workspace().users().get(userId).username();
            if (usernames.size() < 10_000) {
                usernames.put(userId, name); // usernames never change
            }
            return name;
        } catch (dev.klaster.workspace.NotFoundException e) {
            return userId; // a deleted user: the id stays
        }
    }

    /** An audit entity or operation in the page's language (the stored word when there is no text for it). */
    private static String auditWord(WebText t, String prefix, String word) {
        try {
            return t.get(prefix + word);
        } catch (IllegalStateException e) {
            return word;
        }
    }

    private static String clip(String s) {
        if (s == null) {
            return "–";
        }
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    // ---------------------------------------------------------------- form posts

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
        server.workspace().initiatives().changeStage(server.actor(ctx), id(ctx), v, req);
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
            server.workspace().stakeholders().importCsv(server.actor(ctx), id(ctx), ApiException.clip(name), in);
        }
        redirect(ctx, "/initiatives/" + Html.seg(id(ctx)), t, "stakeholders");
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

    /** The measured indicator of a bound KPI, with what it is (column, places, year, dataset). */
    private String measured(WebText t, Initiative i, Kpi k) {
        MeasuredIndicators.Measured m = MeasuredIndicators.of(server, i, k);
        if (m == null) {
            return "–";
        }
        return switch (m.state()) {
            case "done" -> fmt(t, m.value()) + "<br><small>" + Html.esc(t.format("ws.measured.done", column(t, m.column()),
                    m.places(), String.valueOf(m.year()), m.dataset())) + "</small>";
            case "running" -> "<small>" + Html.esc(t.format("ws.measured.running", m.dataset())) + "</small>";
            case "failed" -> "<small>" + Html.esc(t.format("ws.measured.failed", m.dataset())) + "</small>";
            default -> "<small>" + Html.esc(t.format("ws.measured.none", String.valueOf(m.dataset()))) + "</small>";
        };
    }

    /** A column of the cluster-strength table in the page's language: LQ or the size measure's label. */
    private static String column(WebText t, String column) {
        if (column.equals("lq")) {
            return "LQ";
        }
        try {
            return dev.klaster.core.model.Measure.parse(column).label(t.lang());
        } catch (IllegalArgumentException e) {
            return column;
        }
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
