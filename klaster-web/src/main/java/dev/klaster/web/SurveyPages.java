package dev.klaster.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.SurveyInvitation;
import dev.klaster.workspace.SurveyItem;
import dev.klaster.workspace.SurveyResults;
import dev.klaster.workspace.SurveyRound;
import dev.klaster.workspace.SurveyRoundDraft;
import dev.klaster.workspace.Surveys;
import dev.klaster.workspace.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.klaster.web.WsHtml.*;

/**
 * The pages of Rosenfeld survey rounds: the respondent's form behind a link {@code /survey/TOKEN} (no sign-in: the
 * token admits one stakeholder to one round; the form carries a pre-session CSRF token like the sign-in form), the
 * initiative page's survey block (the mean per factor round by round as a table and a chart, the invitations, the
 * CSV of each round, the forms to open a round and invite), and the one-time page listing new links.
 */
final class SurveyPages {
    private final KlasterServer server;
    private final WorkspacePages pages;

    SurveyPages(KlasterServer server, WorkspacePages pages) {
        this.server = server;
        this.pages = pages;
    }

    void register(RoutesConfig r) {
        r.addHttpHandler(HandlerType.GET, "/survey/{token}", this::form);
        r.addHttpHandler(HandlerType.POST, "/survey/{token}", this::answer);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/surveys", this::createRound);
        r.addHttpHandler(HandlerType.GET, "/initiatives/{initiative}/surveys/{round}/answer/{invitation}",
                this::memberForm);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/surveys/{round}/answer/{invitation}",
                this::memberAnswer);
        r.addHttpHandler(HandlerType.POST, "/initiatives/{initiative}/surveys/{round}/invite", this::invite);
        // the links page's language switch (a GET of the same address): back to the survey block, no new links
        r.addHttpHandler(HandlerType.GET, "/initiatives/{initiative}/surveys/{round}/invite", ctx -> redirect(ctx,
                "/initiatives/" + Html.seg(ctx.pathParam("initiative")), text(ctx), "surveys"));
    }

    // ---------------------------------------------------------------- respondent

    private void form(Context ctx) {
        WebText t = text(ctx);
        Surveys.Respondent who = server.workspace().surveys().byToken(ctx.pathParam("token"));
        render(ctx, t, who.round(), who.initiative(), who.invitation().stakeholderName(), who.answers(),
                Html.href("/survey/" + Html.seg(ctx.pathParam("token")), "lang", t.lang()),
                server.auth().preCsrf(ctx), null);
    }

    /** The form a member fills in for an invited stakeholder (e.g. from a paper form or an interview). */
    private void memberForm(Context ctx) {
        WebText t = text(ctx);
        User u = server.actor(ctx);
        var sv = server.workspace().surveys();
        SurveyRound r = sv.round(u, ctx.pathParam("round"));
        Initiative i = server.workspace().initiatives().get(u, r.initiativeId());
        if (!i.id().equals(ctx.pathParam("initiative"))) {
            throw new ApiException(404, t.format("ws.survey.otherInitiative", r.id()));
        }
        if (!dev.klaster.workspace.Permissions.allows(u, dev.klaster.workspace.Operation.EDIT, i)) {
            throw new ApiException(403, t.get("ws.survey.membersOnly"));
        }
        SurveyInvitation inv = sv.invitations(u, r.id()).stream().filter(x -> x.id().equals(ctx.pathParam(
                "invitation"))).findFirst().orElseThrow(() -> new ApiException(404, t.format("ws.survey.noInvitation",
                ApiException.clip(ctx.pathParam("invitation")))));
        String path = "/initiatives/" + Html.seg(i.id()) + "/surveys/" + Html.seg(r.id()) + "/answer/"
                + Html.seg(inv.id());
        render(ctx, t, r, i, inv.stakeholderName(), sv.answersOf(u, inv.id()), Html.href(path, "lang", t.lang()),
                pages.csrf(ctx), Html.href("/initiatives/" + Html.seg(i.id()), "lang", t.lang()) + "#surveys");
    }

    private void render(Context ctx, WebText t, SurveyRound r, Initiative i, String stakeholder,
                        Map<String, Integer> answers, String action, String csrf, String back) {
        StringBuilder b = new StringBuilder("<section class=\"report-section\">");
        if (back != null) {
            b.append("<p><a id=\"back\" href=\"").append(Html.esc(back)).append("\">← ").append(Html.esc(i.name()))
                    .append("</a></p><p class=\"verdict hint\" id=\"on-behalf\">")
                    .append(Html.esc(t.format("ws.survey.onBehalf", stakeholder))).append("</p>");
        }
        b.append("<h1 id=\"survey-title\">")
                .append(Html.esc(t.format("ws.survey.formTitle", r.title()))).append("</h1><p class=\"intro\">")
                .append(Html.esc(t.format("ws.survey.formIntro", stakeholder, i.name(),
                        i.clusterName(), Surveys.likertMax()))).append("</p>");
        if ("1".equals(ctx.queryParam("saved"))) {
            b.append("<p class=\"verdict ok\" id=\"survey-saved\">").append(Html.esc(t.get("ws.survey.saved")))
                    .append("</p>");
        }
        boolean open = r.openOn(LocalDate.now());
        if (!open) {
            b.append("<p class=\"verdict hint\" id=\"survey-closed\">").append(Html.esc(t.format("ws.survey.closed",
                    date(r.openedOn()), r.closedOn() == null ? t.get("ws.survey.stillOpen") : date(r.closedOn()))))
                    .append("</p>");
        }
        b.append("<form method=\"post\" id=\"survey-form\" action=\"").append(Html.esc(action)).append("\">")
                .append(hidden("csrf", csrf))
                .append("<table class=\"data\" id=\"survey-questions\"><thead><tr><th>")
                .append(Html.esc(t.get("ws.survey.factor"))).append("</th><th>")
                .append(Html.esc(t.get("ws.survey.statement"))).append("</th><th>")
                .append(Html.esc(t.format("ws.survey.score", Surveys.likertMax()))).append("</th></tr></thead><tbody>");
        for (SurveyItem it : Surveys.items()) {
            Integer given = answers.get(it.indicatorId());
            b.append("<tr data-indicator=\"").append(Html.esc(it.indicatorId())).append("\"><td>")
                    .append(Html.esc(it.factor(t.lang()))).append("</td><td>").append(Html.esc(it.statement(t.lang())))
                    .append("</td><td class=\"likert\">");
            for (int s = 1; s <= Surveys.likertMax(); s++) {
                String id = "q-" + it.indicatorId() + "-" + s;
                b.append("<label for=\"").append(Html.esc(id)).append("\"><input type=\"radio\" id=\"")
                        .append(Html.esc(id)).append("\" name=\"a.").append(Html.esc(it.indicatorId()))
                        .append("\" value=\"").append(s).append('"').append(given != null && given == s ? " checked" : "")
                        .append(open ? "" : " disabled").append("> ").append(s).append("</label> ");
            }
            String none = "q-" + it.indicatorId() + "-none";
            b.append("<label for=\"").append(Html.esc(none)).append("\"><input type=\"radio\" id=\"")
                    .append(Html.esc(none)).append("\" name=\"a.").append(Html.esc(it.indicatorId()))
                    .append("\" value=\"\"").append(given == null ? " checked" : "").append(open ? "" : " disabled")
                    .append("> ").append(Html.esc(t.get("ws.survey.dontKnow"))).append("</label></td></tr>");
        }
        b.append("</tbody></table><p class=\"caption\">").append(Html.esc(t.format("ws.survey.scale",
                Surveys.likertMax()))).append("</p>");
        if (open) {
            b.append("<button type=\"submit\" id=\"survey-submit\">").append(Html.esc(t.get("ws.survey.submit")))
                    .append("</button>");
        }
        b.append("</form></section>");
        pages.send(ctx, t, t.format("ws.survey.formTitle", r.title()), b.toString());
    }

    /** The scores of a posted form ({@code a.INDICATOR} = 1..max or empty for "don't know"). */
    private static Map<String, Integer> scores(Context ctx, WebText t) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (var e : ctx.formParamMap().entrySet()) {
            String k = e.getKey();
            if (k.equals("csrf")) {
                continue;
            }
            if (!k.startsWith("a.")) {
                throw new ApiException(400, t.format("ws.err.unknownField", ApiException.clip(k)), ApiException.clip(k),
                        "");
            }
            String v = e.getValue().isEmpty() ? "" : e.getValue().get(0).strip();
            if (v.isEmpty()) {
                scores.put(k.substring(2), null);
                continue;
            }
            try {
                scores.put(k.substring(2), Integer.parseInt(v));
            } catch (NumberFormatException ex) {
                throw new ApiException(400, t.format("ws.err.number", "answers." + ApiException.clip(k.substring(2)),
                        ApiException.clip(v)), "answers." + ApiException.clip(k.substring(2)), ApiException.clip(v));
            }
        }
        return scores;
    }

    private void memberAnswer(Context ctx) {
        WebText t = text(ctx);
        String initiative = ctx.pathParam("initiative");
        SurveyRound r = server.workspace().surveys().round(server.actor(ctx), ctx.pathParam("round"));
        if (!r.initiativeId().equals(initiative)) {
            throw new ApiException(404, t.format("ws.survey.otherInitiative", r.id()));
        }
        server.workspace().surveys().answer(server.actor(ctx), ctx.pathParam("invitation"), scores(ctx, t));
        ctx.redirect(Html.href("/initiatives/" + Html.seg(initiative) + "/surveys/" + Html.seg(r.id()) + "/answer/"
                + Html.seg(ctx.pathParam("invitation")), "lang", t.lang(), "saved", "1"),
                io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void answer(Context ctx) {
        WebText t = text(ctx);
        server.workspace().surveys().answerByToken(ctx.pathParam("token"), scores(ctx, t));
        ctx.redirect(Html.href("/survey/" + Html.seg(ctx.pathParam("token")), "lang", t.lang(), "saved", "1"),
                io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // ---------------------------------------------------------------- initiative page

    /** The survey block of the initiative page. */
    void block(StringBuilder b, WebText t, Context ctx, User u, Initiative i, boolean edit, String base) {
        var sv = server.workspace().surveys();
        List<SurveyResults> rounds = sv.compare(u, i.id());
        b.append("<div class=\"block\" id=\"surveys\"><h3>").append(Html.esc(t.get("ws.survey.title"))).append("</h3>")
                .append("<p class=\"caption\">").append(Html.esc(t.format("ws.survey.caption", Surveys.likertMax())))
                .append("</p>");
        ObjectNode chart = WorkspaceRoutes.JSON.createObjectNode();
        chart.put("lang", t.lang());
        chart.put("max", Surveys.likertMax());
        ArrayNode names = chart.putArray("factors");
        ArrayNode series = chart.putArray("series");
        if (rounds.isEmpty()) {
            b.append("<p>").append(Html.esc(t.get("ws.survey.none"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"survey-means\"><thead><tr><th>")
                    .append(Html.esc(t.get("ws.survey.factor"))).append("</th>");
            for (SurveyResults res : rounds) {
                SurveyRound r = res.round();
                b.append("<th class=\"num\" data-round=\"").append(Html.esc(r.id())).append("\">")
                        .append(Html.esc(r.title())).append("<br><small>").append(date(r.openedOn())).append(" – ")
                        .append(r.closedOn() == null ? Html.esc(t.get("ws.survey.stillOpen")) : date(r.closedOn()))
                        .append("<br>").append(Html.esc(t.format("ws.survey.respondents",
                                res.respondents(), res.invited()))).append("</small></th>");
                ObjectNode s = series.addObject();
                s.put("name", r.title());
                s.putArray("data");
            }
            b.append("</tr></thead><tbody>");
            List<SurveyResults.FactorMean> first = rounds.get(0).factors();
            for (int f = 0; f < first.size(); f++) {
                SurveyResults.FactorMean fm = first.get(f);
                String name = "id".equals(t.lang()) && fm.factorNameId() != null ? fm.factorNameId() : fm.factorName();
                names.add(name);
                b.append("<tr data-factor=\"").append(Html.esc(fm.factorId())).append("\"><td>").append(Html.esc(name))
                        .append("</td>");
                for (int k = 0; k < rounds.size(); k++) {
                    SurveyResults.FactorMean m = rounds.get(k).factors().get(f);
                    b.append("<td class=\"num mean\">").append(fmt(t, m.mean())).append("<br><small>")
                            .append(Html.esc(t.format("ws.survey.answers", m.answers()))).append("</small></td>");
                    ArrayNode data = (ArrayNode) series.get(k).get("data");
                    if (Double.isNaN(m.mean())) {
                        data.addNull();
                    } else {
                        data.add(m.mean());
                    }
                }
                b.append("</tr>");
            }
            b.append("</tbody></table><div class=\"chart\" id=\"survey-chart\" style=\"height:")
                    .append(140 + 34 * first.size()).append("px\"></div>");
            b.append("<script type=\"application/json\" id=\"ws-survey-data\">")
                    .append(chart.toString().replace("<", "\\u003c")).append("</script>");
            // each round: its invitations, the CSV, the invite button
            b.append("<table class=\"data\" id=\"survey-rounds\"><thead><tr><th>").append(Html.esc(t.get("ws.survey.round")))
                    .append("</th><th>").append(Html.esc(t.get("ws.survey.invited"))).append("</th><th>")
                    .append(Html.esc(t.get("ws.survey.csv"))).append("</th>").append(edit ? "<th></th>" : "")
                    .append("</tr></thead><tbody>");
            for (SurveyResults res : rounds) {
                SurveyRound r = res.round();
                List<SurveyInvitation> inv = sv.invitations(u, r.id());
                b.append("<tr data-round=\"").append(Html.esc(r.id())).append("\"><td>").append(Html.esc(r.title()))
                        .append("</td><td>");
                for (SurveyInvitation x : inv) {
                    String name = Html.esc(x.stakeholderName()) + (x.answeredAt() == null ? "" : " ✓");
                    b.append("<span class=\"invitee ").append(x.answeredAt() == null ? "waiting" : "answered")
                            .append("\">");
                    if (edit) { // a member enters the answers of an invitee (paper form, interview)
                        b.append("<a href=\"").append(Html.esc(Html.href(base + "/surveys/" + Html.seg(r.id())
                                + "/answer/" + Html.seg(x.id()), "lang", t.lang()))).append("\">").append(name)
                                .append("</a>");
                    } else {
                        b.append(name);
                    }
                    b.append("</span> ");
                }
                if (inv.isEmpty()) {
                    b.append("–");
                }
                b.append("</td><td><a class=\"survey-csv\" href=\"").append(Html.esc(WorkspaceRoutes.BASE + "/"
                        + Html.seg(i.id()) + "/surveys/" + Html.seg(r.id()) + "/answers.csv")).append("\">CSV</a></td>");
                if (edit) {
                    b.append("<td><form class=\"inline\" method=\"post\" action=\"").append(Html.esc(Html.href(base
                            + "/surveys/" + Html.seg(r.id()) + "/invite", "lang", t.lang()))).append("\">")
                            .append(hidden("csrf", pages.csrf(ctx))).append("<button type=\"submit\" class=\"invite\">")
                            .append(Html.esc(t.get("ws.survey.inviteAll"))).append("</button></form></td>");
                }
                b.append("</tr>");
            }
            b.append("</tbody></table><p class=\"caption\">").append(Html.esc(t.get("ws.survey.csvCaption")))
                    .append("</p>");
        }
        if (edit) {
            b.append("<details id=\"add-round\"><summary>").append(Html.esc(t.get("ws.survey.add")))
                    .append("</summary><form method=\"post\" id=\"round-form\" action=\"")
                    .append(Html.esc(Html.href(base + "/surveys", "lang", t.lang()))).append("\">")
                    .append(hidden("csrf", pages.csrf(ctx))).append("<dl class=\"overview\">");
            input(b, t, "round-", "title", "ws.survey.roundTitle", "text", null, true);
            input(b, t, "round-", "openedOn", "ws.survey.openedOn", "date", LocalDate.now().toString(), true);
            input(b, t, "round-", "closedOn", "ws.survey.closedOn", "date", null, false);
            b.append("</dl><button type=\"submit\" id=\"round-submit\">").append(Html.esc(t.get("ws.add")))
                    .append("</button></form></details>");
        }
        b.append("</div>");
    }

    private void createRound(Context ctx) {
        WebText t = text(ctx);
        Form f = new Form(ctx, t);
        server.workspace().surveys().createRound(server.actor(ctx), ctx.pathParam("initiative"),
                new SurveyRoundDraft(f.opt("title"), f.date("openedOn"), f.date("closedOn")));
        redirect(ctx, "/initiatives/" + Html.seg(ctx.pathParam("initiative")), t, "surveys");
    }

    /** Invites every stakeholder not yet invited and shows their links once (they are not stored). */
    private void invite(Context ctx) {
        WebText t = text(ctx);
        User u = server.actor(ctx);
        var sv = server.workspace().surveys();
        SurveyRound r = sv.round(u, ctx.pathParam("round"));
        if (!r.initiativeId().equals(ctx.pathParam("initiative"))) {
            throw new ApiException(404, t.format("ws.survey.otherInitiative", r.id()));
        }
        List<SurveyInvitation.Invited> made = sv.invite(u, r.id(), List.of());
        String back = Html.href("/initiatives/" + Html.seg(r.initiativeId()), "lang", t.lang()) + "#surveys";
        StringBuilder b = new StringBuilder("<section class=\"report-section\"><h1>")
                .append(Html.esc(t.format("ws.survey.linksTitle", r.title()))).append("</h1><p class=\"verdict hint\">")
                .append(Html.esc(t.get("ws.survey.linksOnce"))).append("</p>");
        if (made.isEmpty()) {
            b.append("<p id=\"no-links\">").append(Html.esc(t.get("ws.survey.linksNone"))).append("</p>");
        } else {
            b.append("<table class=\"data\" id=\"survey-links\"><thead><tr><th>")
                    .append(Html.esc(t.get("ws.f.name"))).append("</th><th>").append(Html.esc(t.get("ws.survey.link")))
                    .append("</th></tr></thead><tbody>");
            for (SurveyInvitation.Invited x : made) {
                String link = SurveyRoutes.link(ctx, x.token()) + "?lang=" + t.lang();
                b.append("<tr><td>").append(Html.esc(x.invitation().stakeholderName())).append("</td><td><a class=\"")
                        .append("survey-link\" href=\"").append(Html.esc(link)).append("\">").append(Html.esc(link))
                        .append("</a></td></tr>");
            }
            b.append("</tbody></table>");
        }
        b.append("<p><a class=\"button\" id=\"back\" href=\"").append(Html.esc(back)).append("\">")
                .append(Html.esc(t.get("ws.survey.back"))).append("</a></p></section>");
        ctx.header("Cache-Control", "no-store");
        pages.send(ctx, t, t.format("ws.survey.linksTitle", r.title()), b.toString());
    }
}
