package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.workspace.Evaluation;
import dev.klaster.workspace.EvaluationDraft;
import dev.klaster.workspace.KpiVerdict;
import dev.klaster.workspace.Messages;
import dev.klaster.workspace.ProposedVerdict;
import dev.klaster.workspace.User;
import dev.klaster.workspace.Workspace;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static dev.klaster.web.WorkspaceRoutes.INITIATIVE;
import static dev.klaster.web.WorkspaceRoutes.JSON;
import static dev.klaster.web.WorkspaceRoutes.VERSION;
import static dev.klaster.web.WorkspaceRoutes.body;
import static dev.klaster.web.WorkspaceRoutes.draft;
import static dev.klaster.web.WorkspaceRoutes.queryVersion;
import static dev.klaster.web.WorkspaceRoutes.read;
import static dev.klaster.web.WorkspaceRoutes.version;
import static dev.klaster.web.WorkspaceRoutes.write;

/**
 * The API of evaluations under {@code /api/v1/initiatives/{initiative}/evaluations}: periodic reviews of the KPIs
 * (verdict per KPI, overall verdict, summary, validity dates), written by the programme manager, read by members and
 * viewers, and the verdicts proposed from the KPIs' progress ({@link ProposedVerdict}).
 */
final class EvaluationRoutes {
    private final KlasterServer server;
    private final WorkspaceRoutes routes;

    EvaluationRoutes(KlasterServer server, WorkspaceRoutes routes) {
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
        doc.schema("EvaluationDraft", "reviewedOn:string", "periodFrom:string", "periodTo:string", "kpis:array",
                "overall:string", "summary:string", "validFrom:string", "validUntil:string", "version:integer");
        doc.schema("Evaluation", "id:string", "reviewedOn:string", "periodFrom:string", "periodTo:string",
                "kpis:array", "overall:string", "overallLabel:string", "summary:string", "validFrom:string",
                "validUntil:string", "reviewerId:string", "version:integer");
        doc.schema("EvaluationList", "items:array");
        doc.schema("ProposedVerdictList", "items:array");
        String base = WorkspaceRoutes.BASE + "/{initiative}/evaluations";
        String one = base + "/{evaluation}";
        ApiDoc.Param evaluation = ApiDoc.Param.path("evaluation", "evaluation id");
        String verdicts = " (verdicts: " + WorkspaceRoutes.names(dev.klaster.workspace.Verdict.values()) + ")";
        routes.route(r, doc, HandlerType.GET, base, "evaluations of the initiative's KPIs, the latest review first",
                List.of(INITIATIVE), read(), "EvaluationList", null, ctx -> {
                    ArrayNode out = JSON.createArrayNode();
                    for (Evaluation e : ws().evaluations().list(actor(ctx), ctx.pathParam("initiative"))) {
                        out.add(json(e, WorkspaceRoutes.locale(ctx)));
                    }
                    ctx.json(out);
                });
        // before {evaluation}, so that "proposed" is not taken for an id
        routes.route(r, doc, HandlerType.GET, base + "/proposed", "the verdict proposed for each KPI from its "
                        + "progress as of asOf (default today): share of the way from baseline to target against the "
                        + "share of time elapsed (docs/workspace.md)", List.of(INITIATIVE,
                        ApiDoc.Param.query("asOf", "string", "date yyyy-mm-dd; observations after it are left out")),
                read(), "ProposedVerdictList", null, ctx -> {
                    String asOf = ctx.queryParam("asOf");
                    LocalDate d;
                    try {
                        d = asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf.strip());
                    } catch (java.time.format.DateTimeParseException e) {
                        throw ApiException.badParam("asOf", asOf, "expected a date yyyy-mm-dd");
                    }
                    ArrayNode out = JSON.createArrayNode();
                    for (ProposedVerdict p : ws().evaluations().propose(actor(ctx), ctx.pathParam("initiative"), d)) {
                        ObjectNode o = JSON.createObjectNode();
                        o.put("kpiId", p.kpiId());
                        number(o, "share", p.share());
                        number(o, "timeShare", p.timeShare());
                        o.put("actualDate", p.actualDate() == null ? null : p.actualDate().toString());
                        o.put("verdict", p.verdict().name());
                        o.put("verdictLabel", Messages.label(WorkspaceRoutes.locale(ctx), p.verdict()));
                        out.add(o);
                    }
                    ctx.json(out);
                });
        routes.route(r, doc, HandlerType.POST, base, "record an evaluation: review date, period covered, a verdict and "
                        + "note per KPI, overall verdict and summary, valid from / until (programme manager)" + verdicts,
                List.of(INITIATIVE), write(201), "Evaluation", "EvaluationDraft", ctx ->
                        ctx.status(201).json(json(ws().evaluations().create(actor(ctx), ctx.pathParam("initiative"),
                                draft(body(ctx), EvaluationDraft.class)), WorkspaceRoutes.locale(ctx))));
        routes.route(r, doc, HandlerType.GET, one, "one evaluation", List.of(INITIATIVE, evaluation), read(),
                "Evaluation", null, ctx -> ctx.json(json(owned(ctx), WorkspaceRoutes.locale(ctx))));
        routes.route(r, doc, HandlerType.PUT, one, "change an evaluation (programme manager; send the version you "
                + "started from)", List.of(INITIATIVE, evaluation), write(200), "Evaluation", "EvaluationDraft", ctx -> {
                    JsonNode b = body(ctx);
                    long v = version(b);
                    EvaluationDraft d = draft(b, EvaluationDraft.class);
                    ctx.json(json(ws().evaluations().update(actor(ctx), owned(ctx).id(), v, d),
                            WorkspaceRoutes.locale(ctx)));
                });
        routes.route(r, doc, HandlerType.DELETE, one, "soft-delete an evaluation (programme manager; reversible until "
                + "an administrator purges it)", List.of(INITIATIVE, evaluation, VERSION), write(204), null, null, ctx -> {
                    long v = queryVersion(ctx);
                    ws().evaluations().delete(actor(ctx), owned(ctx).id(), v);
                    ctx.status(204);
                });
    }

    private Evaluation owned(Context ctx) {
        Evaluation e = ws().evaluations().get(actor(ctx), ctx.pathParam("evaluation"));
        if (!e.initiativeId().equals(ctx.pathParam("initiative"))) {
            throw new ApiException(404, "no evaluation " + ApiException.clip(ctx.pathParam("evaluation"))
                    + " in initiative " + ApiException.clip(ctx.pathParam("initiative")));
        }
        return e;
    }

    static ObjectNode json(Evaluation e, Locale l) {
        ObjectNode o = JSON.valueToTree(e);
        o.put("overallLabel", Messages.label(l, e.overall()));
        ArrayNode kpis = o.putArray("kpis");
        for (KpiVerdict k : e.kpis()) {
            ObjectNode x = JSON.valueToTree(k);
            x.put("verdictLabel", Messages.label(l, k.verdict()));
            kpis.add(x);
        }
        return o;
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isNaN(v)) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }
}
