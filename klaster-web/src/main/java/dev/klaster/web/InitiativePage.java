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
 * The initiative page: details (and the manager's edit form), stage with the generic stages and the stage-change
 * form, stakeholders by role with the diversity verdict and the CSV import, actions, KPIs baseline → actual →
 * target beside a bound measured indicator, evaluations of the KPIs, roles and the audit log. What is shown and
 * which forms appear follow the reader's role; every stored text is escaped.
 */
final class InitiativePage {
    private static final int ROWS_PER_ROLE = 50;
    private final KlasterServer server;
    private final WorkspacePages pages;
    private final SurveyPages surveys;
    private final EvaluationPages evaluations;
    private final Map<String, String> usernames = new java.util.concurrent.ConcurrentHashMap<>();

    InitiativePage(KlasterServer server, WorkspacePages pages, SurveyPages surveys) {
        this.server = server;
        this.pages = pages;
        this.surveys = surveys;
        this.evaluations = new EvaluationPages(server, pages);
    }

    EvaluationPages evaluations() {
        return evaluations;
    }

    private String csrf(Context ctx) {
        return pages.csrf(ctx);
    }

    void render(Context ctx) {
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
        // an initiative without an end date is running: "2025-01-06 – still open", not "2025-01-06 – –"
        dl(b, t.get("ws.f.dates"), date(i.startDate()) + " – " + (i.endDate() == null ? t.get("ws.survey.stillOpen")
                : date(i.endDate())));
        dl(b, t.get("ws.f.public"), t.get(i.isPublic() ? "ws.yes" : "ws.no"));
        dl(b, t.get("ws.yourRole"), u == null ? t.get("ws.role.public") : label(t, u.admin() ? Role.ADMIN
                : u.roleOn(i.id()) == null ? Role.VIEWER : u.roleOn(i.id())));
        b.append("</dl><p class=\"caption\" id=\"export\">").append(Html.esc(t.get("ws.export"))).append(" ");
        for (String format : List.of("json", "xlsx")) {
            b.append("<a class=\"export\" id=\"export-").append(format).append("\" href=\"")
                    .append(Html.esc(WorkspaceRoutes.BASE + "/" + Html.seg(i.id()) + "/export." + format)).append("\">")
                    .append(format.toUpperCase(Locale.ROOT)).append("</a> ");
        }
        b.append("</p><p id=\"ovop-link\"><a href=\"").append(Html.esc(Html.href(base + "/products", "lang",
                t.lang()))).append("\">").append(Html.esc(t.format("ws.ovop.link", ws.products().list(u, i.id(),
                null).size()))).append("</a></p>");
        if (manage) {
            editForm(b, t, ctx, i, base);
        }
        b.append("</div>");
        stageBlock(b, t, ctx, i, manage, base);
        stakeholderBlock(b, t, ctx, u, i, edit, base);
        List<Kpi> kpis = ws.kpis().list(u, i.id());
        actionBlock(b, t, ctx, u, i, kpis, edit, base);
        kpiBlock(b, t, ctx, u, i, kpis, edit, base);
        evaluations.block(b, t, ctx, u, i, kpis, manage, base);
        surveys.block(b, t, ctx, u, i, edit, base);
        if (manage) {
            List<AuditEntry> audit = ws.audit().forInitiative(u, i.id());
            memberBlock(b, t, ctx, base, audit);
            auditBlock(b, t, audit);
        }
        b.append("</section><script src=\"/webjars/echarts/5.5.0/echarts.min.js\"></script>")
                .append("<script src=\"/assets/workspace.js\"></script>");
        pages.send(ctx, t, i.name(), b.toString());
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
                    .append(Html.esc(t.get("ws.importHelp"))).append(" ").append(Html.esc(t.get("ws.importXlsxHelp")))
                    .append("</p><form method=\"post\" ")
                    .append("enctype=\"multipart/form-data\" id=\"import-form\" action=\"")
                    .append(Html.esc(Html.href(base + "/stakeholders/import", "lang", t.lang()))).append("\">")
                    .append(hidden("csrf", csrf(ctx))).append("<input type=\"file\" name=\"csv\" id=\"sh-csv\" ")
                    .append("accept=\".csv,text/csv,.xlsx\" required> <button type=\"submit\" id=\"import-submit\">")
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

}
