package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.workspace.SurveyInvitation;
import dev.klaster.workspace.SurveyItem;
import dev.klaster.workspace.SurveyResults;
import dev.klaster.workspace.SurveyRound;
import dev.klaster.workspace.SurveyRoundDraft;
import dev.klaster.workspace.Surveys;
import dev.klaster.workspace.User;
import dev.klaster.workspace.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.klaster.web.WorkspaceRoutes.INITIATIVE;
import static dev.klaster.web.WorkspaceRoutes.JSON;
import static dev.klaster.web.WorkspaceRoutes.VERSION;
import static dev.klaster.web.WorkspaceRoutes.body;
import static dev.klaster.web.WorkspaceRoutes.draft;
import static dev.klaster.web.WorkspaceRoutes.queryVersion;
import static dev.klaster.web.WorkspaceRoutes.read;
import static dev.klaster.web.WorkspaceRoutes.tree;
import static dev.klaster.web.WorkspaceRoutes.version;
import static dev.klaster.web.WorkspaceRoutes.write;

/**
 * The API of Rosenfeld survey rounds under {@code /api/v1/initiatives/{initiative}/surveys}: rounds with their
 * mean per factor (compared round by round), invitations (each with a link {@code /survey/TOKEN} that needs no
 * sign-in, shown once), answers entered by members, and a round's answers as the survey CSV of
 * {@code klaster analyze --survey}.
 */
final class SurveyRoutes {
    private final KlasterServer server;
    private final WorkspaceRoutes routes;

    SurveyRoutes(KlasterServer server, WorkspaceRoutes routes) {
        this.server = server;
        this.routes = routes;
    }

    private Workspace ws() {
        return server.workspace();
    }

    private User actor(Context ctx) {
        return server.actor(ctx);
    }

    void register(RoutesConfig r, ApiDoc doc) {
        doc.schema("SurveyRoundDraft", "title:string", "openedOn:string", "closedOn:string", "version:integer");
        doc.schema("SurveyRound", "id:string", "title:string", "openedOn:string", "closedOn:string", "version:integer");
        doc.schema("SurveyResults", "round:object", "invited:integer", "respondents:integer", "factors:array",
                "invitations:array");
        doc.schema("SurveyOverview", "questions:array", "likertMax:integer", "rounds:array");
        doc.schema("Invite", "stakeholderIds:array");
        doc.schema("InvitationList", "items:array");
        doc.schema("Answers", "answers:object");
        String base = WorkspaceRoutes.BASE + "/{initiative}/surveys";
        String one = base + "/{round}";
        ApiDoc.Param round = ApiDoc.Param.path("round", "survey round id");
        routes.route(r, doc, HandlerType.GET, base, "Rosenfeld survey rounds with their mean score per factor, oldest "
                + "first (the round-by-round comparison), and the questions and Likert scale of the competitiveness "
                + "framework", List.of(INITIATIVE), read(), "SurveyOverview", null, this::overview);
        routes.route(r, doc, HandlerType.POST, base, "open a survey round (title, openedOn, optional closedOn; member "
                + "or manager)", List.of(INITIATIVE), write(201), "SurveyRound", "SurveyRoundDraft", ctx ->
                ctx.status(201).json(tree(ws().surveys().createRound(actor(ctx), ctx.pathParam("initiative"),
                        draft(body(ctx), SurveyRoundDraft.class)))));
        routes.route(r, doc, HandlerType.GET, one, "a round's invitations, respondents and mean score per factor",
                List.of(INITIATIVE, round), read(), "SurveyResults", null, ctx -> {
                    SurveyRound sr = owned(ctx);
                    ObjectNode o = results(ws().surveys().results(actor(ctx), sr.id()));
                    o.set("invitations", tree(ws().surveys().invitations(actor(ctx), sr.id())));
                    ctx.json(o);
                });
        routes.route(r, doc, HandlerType.PUT, one, "change a round's title or dates, e.g. close it (send the version "
                + "you started from)", List.of(INITIATIVE, round), write(200), "SurveyRound", "SurveyRoundDraft", ctx -> {
                    JsonNode b = body(ctx);
                    long v = version(b);
                    SurveyRoundDraft d = draft(b, SurveyRoundDraft.class);
                    ctx.json(tree(ws().surveys().updateRound(actor(ctx), owned(ctx).id(), v, d)));
                });
        routes.route(r, doc, HandlerType.DELETE, one, "soft-delete a round (its links stop working)",
                List.of(INITIATIVE, round, VERSION), write(204), null, null, ctx -> {
                    long v = queryVersion(ctx);
                    ws().surveys().deleteRound(actor(ctx), owned(ctx).id(), v);
                    ctx.status(204);
                });
        routes.route(r, doc, HandlerType.POST, one + "/invitations", "invite stakeholders (all not yet invited when "
                        + "stakeholderIds is empty); answers the links /survey/TOKEN, which are not stored and shown "
                        + "only here; inviting again replaces a link", List.of(INITIATIVE, round), write(201),
                "InvitationList", "Invite", this::invite);
        routes.route(r, doc, HandlerType.POST, one + "/invitations/{invitation}/answers", "enter an invited "
                        + "stakeholder's answers (e.g. from a paper form; member or manager): answers maps survey "
                        + "indicator ids to whole scores 1..likertMax, null = don't know",
                List.of(INITIATIVE, round, ApiDoc.Param.path("invitation", "invitation id")), write(200), "Answers",
                "Answers", ctx -> {
                    owned(ctx);
                    Map<String, Integer> scores = scores(body(ctx));
                    ObjectNode o = JSON.createObjectNode();
                    o.set("answers", tree(ws().surveys().answer(actor(ctx), ctx.pathParam("invitation"), scores)));
                    ctx.json(o);
                });
        routes.route(r, doc, HandlerType.GET, one + "/answers.csv", "the round's answers as the survey CSV that "
                + "klaster analyze --survey FILE reads (text/csv: region,cluster,indicator,score)",
                List.of(INITIATIVE, round), read(), null, null, ctx -> {
                    SurveyRound sr = owned(ctx);
                    StringWriter out = new StringWriter();
                    ws().surveys().exportCsv(actor(ctx), sr.id(), out);
                    ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\""
                            + "survey-" + sr.id() + ".csv\"").result(out.toString());
                });
    }

    /** The round of the path, 404 unless it belongs to the initiative of the path. */
    private SurveyRound owned(Context ctx) {
        SurveyRound sr = ws().surveys().round(actor(ctx), ctx.pathParam("round"));
        if (!sr.initiativeId().equals(ctx.pathParam("initiative"))) {
            throw new ApiException(404, "no survey round " + ApiException.clip(ctx.pathParam("round"))
                    + " in initiative " + ApiException.clip(ctx.pathParam("initiative")));
        }
        return sr;
    }

    private void overview(Context ctx) {
        String lang = WorkspaceRoutes.locale(ctx).getLanguage().equals("en") ? "en" : "id";
        List<SurveyResults> all = ws().surveys().compare(actor(ctx), ctx.pathParam("initiative"));
        ObjectNode o = JSON.createObjectNode();
        ArrayNode q = o.putArray("questions");
        for (SurveyItem it : Surveys.items()) {
            q.addObject().put("factorId", it.factorId()).put("factor", it.factor(lang))
                    .put("indicator", it.indicatorId()).put("statement", it.statement(lang));
        }
        o.put("likertMax", Surveys.likertMax());
        ArrayNode rounds = o.putArray("rounds");
        for (SurveyResults res : all) {
            rounds.add(results(res));
        }
        ctx.json(o);
    }

    static ObjectNode results(SurveyResults res) {
        ObjectNode o = JSON.createObjectNode();
        o.set("round", tree(res.round()));
        o.put("invited", res.invited());
        o.put("respondents", res.respondents());
        ArrayNode f = o.putArray("factors");
        for (SurveyResults.FactorMean m : res.factors()) {
            ObjectNode x = f.addObject().put("factorId", m.factorId()).put("factorName", m.factorName())
                    .put("factorNameId", m.factorNameId()).put("answers", m.answers());
            if (Double.isNaN(m.mean())) {
                x.putNull("mean");
            } else {
                x.put("mean", m.mean());
            }
        }
        return o;
    }

    private void invite(Context ctx) {
        SurveyRound sr = owned(ctx);
        JsonNode b = body(ctx);
        List<String> ids = new ArrayList<>();
        for (var it = b.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("stakeholderIds")) {
                throw new ApiException(400, "unknown field '" + ApiException.clip(f) + "'", ApiException.clip(f), "");
            }
        }
        JsonNode list = b.path("stakeholderIds");
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray()) {
                throw ApiException.badParam("stakeholderIds", ApiException.clip(list.toString()), "expected a list "
                        + "of stakeholder ids");
            }
            for (JsonNode n : list) {
                if (!n.isTextual()) {
                    throw ApiException.badParam("stakeholderIds", ApiException.clip(n.toString()), "expected a "
                            + "stakeholder id (text)");
                }
                ids.add(n.asText());
            }
        }
        ArrayNode out = JSON.createArrayNode();
        for (SurveyInvitation.Invited inv : ws().surveys().invite(actor(ctx), sr.id(), ids)) {
            ObjectNode o = out.addObject();
            o.set("invitation", tree(inv.invitation()));
            o.put("token", inv.token());
            o.put("link", link(ctx, inv.token()));
        }
        ctx.status(201).json(out);
    }

    /** The absolute address of a survey link on this server. */
    static String link(Context ctx, String token) {
        return ctx.scheme() + "://" + ctx.host() + "/survey/" + token;
    }

    /** {@code {"answers": {"indicator": score|null, ...}}}; errors name {@code answers.INDICATOR} and the value. */
    static Map<String, Integer> scores(JsonNode b) {
        for (var it = b.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!f.equals("answers")) {
                throw new ApiException(400, "unknown field '" + ApiException.clip(f) + "'", ApiException.clip(f), "");
            }
        }
        JsonNode a = b.get("answers");
        if (a == null || !a.isObject()) {
            throw ApiException.badParam("answers", a == null ? "" : ApiException.clip(a.toString()), "expected an "
                    + "object of survey indicator ids and scores");
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        for (var it = a.fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (v.isNull()) {
                out.put(e.getKey(), null);
            } else if (v.isIntegralNumber() && v.canConvertToInt()) {
                out.put(e.getKey(), v.asInt());
            } else {
                throw ApiException.badParam("answers." + ApiException.clip(e.getKey()), ApiException.clip(v.toString()),
                        "expected a whole score 1.." + Surveys.likertMax() + " or null");
            }
        }
        return out;
    }
}
