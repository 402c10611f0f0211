package dev.klaster.web;

import dev.klaster.workspace.Evaluation;
import dev.klaster.workspace.EvaluationDraft;
import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.Kpi;
import dev.klaster.workspace.KpiVerdict;
import dev.klaster.workspace.ProposedVerdict;
import dev.klaster.workspace.User;
import dev.klaster.workspace.Verdict;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.klaster.web.WsHtml.*;

/**
 * The "Evaluasi / Evaluations" block of the initiative page: the reviews (date, period, overall verdict, valid
 * until, the verdict per KPI) and, for the programme manager, the form of a new review with each KPI's proposed
 * verdict ({@link ProposedVerdict}) preselected, which the manager confirms or changes. Stored text is escaped.
 */
final class EvaluationPages {
    /** Proposed verdicts from worst to best: the overall verdict is prefilled with the worst measured one. */
    private static final List<Verdict> WORST_FIRST = List.of(Verdict.OFF_TRACK, Verdict.AT_RISK, Verdict.ON_TRACK,
            Verdict.ACHIEVED);
    private final KlasterServer server;
    private final WorkspacePages pages;

    EvaluationPages(KlasterServer server, WorkspacePages pages) {
        this.server = server;
        this.pages = pages;
    }

    void register(RoutesConfig r) {
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/evaluations", this::create);
    }

    void block(StringBuilder b, WebText t, Context ctx, User u, Initiative i, List<Kpi> kpis, boolean manage,
               String base) {
        var ws = server.workspace();
        Map<String, String> kpiNames = new HashMap<>();
        for (Kpi k : kpis) {
            kpiNames.put(k.id(), k.name());
        }
        List<Evaluation> list = ws.evaluations().list(u, i.id());
        b.append("<div class=\"block\" id=\"evaluations\"><h3>").append(Html.esc(t.get("ws.eval.title")))
                .append("</h3><p class=\"caption\">").append(Html.esc(t.get("ws.eval.caption"))).append("</p>");
        if (list.isEmpty()) {
            b.append("<p>").append(Html.esc(t.get("ws.eval.none"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"evaluation-list\"><thead><tr>");
            for (String h : List.of("ws.eval.reviewedOn", "ws.eval.period", "ws.eval.overall", "ws.eval.validUntil",
                    "ws.eval.perKpi", "ws.eval.summary")) {
                b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            LocalDate today = LocalDate.now();
            for (Evaluation e : list) {
                boolean expired = e.validUntil().isBefore(today);
                String nowrap = "</td><td style=\"white-space:nowrap\">";
                b.append("<tr data-evaluation=\"").append(Html.esc(e.id())).append("\">").append(nowrap.substring(5))
                        .append(date(e.reviewedOn())).append(nowrap).append(date(e.periodFrom())).append(" –<br>")
                        .append(date(e.periodTo())).append("</td><td class=\"verdict ")
                        .append(e.overall().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                        .append(Html.esc(label(t, e.overall()))).append(nowrap).append(date(e.validUntil()))
                        .append(expired ? " <small>(" + Html.esc(t.get("ws.eval.expired")) + ")</small>" : "")
                        .append("</td><td><ul class=\"plain\">");
                for (KpiVerdict k : e.kpis()) {
                    b.append("<li>").append(Html.esc(kpiNames.getOrDefault(k.kpiId(), k.kpiId()))).append(": <b>")
                            .append(Html.esc(label(t, k.verdict()))).append("</b>");
                    if (k.note() != null && !k.note().isBlank()) {
                        b.append(" — ").append(Html.esc(k.note()));
                    }
                    b.append("</li>");
                }
                b.append("</ul></td><td>").append(Html.esc(e.summary())).append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        if (manage) {
            form(b, t, ctx, u, i, kpis, base);
        }
        b.append("</div>");
    }

    private void form(StringBuilder b, WebText t, Context ctx, User u, Initiative i, List<Kpi> kpis, String base) {
        LocalDate today = LocalDate.now();
        List<ProposedVerdict> proposed = server.workspace().evaluations().propose(u, i.id(), today);
        Verdict overall = Verdict.NOT_MEASURED;
        for (Verdict v : WORST_FIRST) {
            if (proposed.stream().anyMatch(p -> p.verdict() == v)) {
                overall = v;
                break;
            }
        }
        Map<String, String> kpiNames = new HashMap<>();
        for (Kpi k : kpis) {
            kpiNames.put(k.id(), k.name() + " (" + k.unit() + ")");
        }
        b.append("<details id=\"add-evaluation\"><summary>").append(Html.esc(t.get("ws.eval.add")))
                .append("</summary><p class=\"caption\">").append(Html.esc(t.get("ws.eval.rule")))
                .append("</p><form method=\"post\" id=\"evaluation-form\" action=\"")
                .append(Html.esc(Html.href(base + "/evaluations", "lang", t.lang()))).append("\">")
                .append(hidden("csrf", pages.csrf(ctx))).append("<dl class=\"overview\">");
        input(b, t, "ev-", "reviewedOn", "ws.eval.reviewedOn", "date", today.toString(), true);
        input(b, t, "ev-", "periodFrom", "ws.eval.periodFrom", "date", today.minusYears(1).plusDays(1).toString(),
                true);
        input(b, t, "ev-", "periodTo", "ws.eval.periodTo", "date", today.toString(), true);
        input(b, t, "ev-", "validFrom", "ws.eval.validFrom", "date", today.toString(), true);
        input(b, t, "ev-", "validUntil", "ws.eval.validUntil", "date", today.plusYears(1).toString(), true);
        b.append("<dt><label for=\"ev-overall\">").append(Html.esc(t.get("ws.eval.overall"))).append(" *</label></dt><dd>");
        select(b, t, "overall", "ev-overall", Verdict.values(), overall);
        b.append("</dd><dt><label for=\"ev-summary\">").append(Html.esc(t.get("ws.eval.summary")))
                .append(" *</label></dt><dd><textarea id=\"ev-summary\" name=\"summary\" rows=\"3\" ")
                .append("style=\"width:100%;max-width:40em\" maxlength=\"10000\" required></textarea></dd></dl>");
        if (!proposed.isEmpty()) {
            b.append("<table class=\"data\" id=\"evaluation-kpis\"><thead><tr>");
            for (String h : List.of("ws.f.kpi", "ws.eval.proposed", "ws.eval.verdict", "ws.eval.note")) {
                b.append("<th>").append(Html.esc(t.get(h))).append("</th>");
            }
            b.append("</tr></thead><tbody>");
            int n = 0;
            for (ProposedVerdict p : proposed) {
                b.append("<tr data-kpi=\"").append(Html.esc(p.kpiId())).append("\"><td>")
                        .append(Html.esc(kpiNames.getOrDefault(p.kpiId(), p.kpiId())))
                        .append(hidden("kpi_" + n, p.kpiId())).append("</td><td class=\"proposed\">")
                        .append(Html.esc(label(t, p.verdict())));
                if (!Double.isNaN(p.share()) && !Double.isNaN(p.timeShare())) {
                    b.append("<br><small>").append(Html.esc(t.format("ws.eval.shares", Math.round(p.share() * 100),
                            Math.round(p.timeShare() * 100), date(p.actualDate())))).append("</small>");
                }
                b.append("</td><td>");
                select(b, t, "verdict_" + n, "ev-verdict-" + n, Verdict.values(), p.verdict());
                b.append("</td><td><input type=\"text\" id=\"ev-note-")
                        .append(n).append("\" name=\"note_").append(n).append("\" maxlength=\"2000\"></td></tr>");
                n++;
            }
            b.append("</tbody></table>");
        }
        b.append("<button type=\"submit\" id=\"evaluation-submit\">").append(Html.esc(t.get("ws.eval.save")))
                .append("</button></form></details>");
    }

    /** The form post: the KPIs are kpi_0, kpi_1, ... with verdict_N and note_N; 400 naming a bad field and value. */
    private void create(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        List<KpiVerdict> kpis = new ArrayList<>();
        for (int n = 0; f.opt("kpi_" + n) != null; n++) {
            kpis.add(new KpiVerdict(f.req("kpi_" + n), f.choice("verdict_" + n, Verdict.class), f.opt("note_" + n)));
        }
        EvaluationDraft d = new EvaluationDraft(f.date("reviewedOn"), f.date("periodFrom"), f.date("periodTo"), kpis,
                f.choice("overall", Verdict.class), f.opt("summary"), f.date("validFrom"), f.date("validUntil"));
        String initiative = ctx.pathParam("initiative");
        server.workspace().evaluations().create(server.actor(ctx), initiative, d);
        redirect(ctx, "/initiatives/" + Html.seg(initiative), t, "evaluations");
    }
}
