package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.klaster.web.WorkspaceApiTest.post;
import static dev.klaster.web.WorkspaceApiTest.put;
import static dev.klaster.web.WorkspaceApiTest.quote;
import static dev.klaster.web.WorkspaceServers.JSON;
import static dev.klaster.web.WorkspaceServers.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Evaluations through the API and the initiative page, on SQLite and (with {@code KLASTER_TEST_PG}) PostgreSQL:
 * 401 / 403 (member, viewer, manager of another initiative, no CSRF token), bad input 400 naming field and value
 * (nothing stored), 409 on a stale save, {@code <script>} escaped on the page, the audit entries, the proposed
 * verdicts (rule of dev.klaster.workspace.ProposedVerdict, worked by hand below) and the OpenAPI document.
 */
class EvaluationWebTest {
    static final String XSS = "<script>alert('x')</script>";
    @TempDir
    static Path sqliteData;
    @TempDir
    static Path pgData;
    private static final Map<String, WorkspaceApiTest.World> WORLDS = new HashMap<>();

    static WorkspaceApiTest.World world(String backend) throws Exception {
        WorkspaceApiTest.World w = WORLDS.get(backend);
        if (w == null) {
            w = new WorkspaceApiTest.World(backend, backend.equals("sqlite") ? sqliteData : pgData);
            WORLDS.put(backend, w);
        }
        return w;
    }

    @AfterAll
    static void stop() {
        WORLDS.values().forEach(w -> w.server.close());
    }

    /** A KPI baseline 2024-01-01 = 100, target 2030-01-01 = 200 (2192 days), observed on 2025-12-31. */
    static String kpi(WorkspaceApiTest.World w, String initiative, String name, double observed) throws Exception {
        String base = "/api/v1/initiatives/" + initiative;
        HttpResponse<String> k = post(w.web, base + "/kpis", "{\"name\":" + quote(name) + ",\"unit\":\"orang\","
                + "\"goal\":\"PRODUCTIVITY_EMPLOYMENT\",\"baselineDate\":\"2024-01-01\",\"baselineValue\":100,"
                + "\"targetDate\":\"2030-01-01\",\"targetValue\":200,\"frequency\":\"ANNUAL\",\"aggregation\":\"SUM\"}",
                "Authorization", bearer());
        assertThat(k.statusCode()).as(k.body()).isEqualTo(201);
        String id = JSON.readTree(k.body()).get("id").asText();
        HttpResponse<String> o = post(w.web, base + "/kpis/" + id + "/observations", "{\"date\":\"2025-12-31\","
                + "\"value\":" + observed + ",\"source\":\"Disnaker\"}", "Authorization", bearer());
        assertThat(o.statusCode()).as(o.body()).isEqualTo(201);
        return id;
    }

    static String evaluation(List<String[]> kpis, String overall, String summary, String validFrom, String validUntil) {
        StringBuilder k = new StringBuilder();
        for (String[] x : kpis) {
            k.append(k.length() == 0 ? "" : ",").append("{\"kpiId\":").append(quote(x[0])).append(",\"verdict\":")
                    .append(quote(x[1])).append(",\"note\":").append(quote(x[2])).append('}');
        }
        return "{\"reviewedOn\":\"2026-01-15\",\"periodFrom\":\"2025-01-01\",\"periodTo\":\"2025-12-31\",\"kpis\":["
                + k + "],\"overall\":" + quote(overall) + ",\"summary\":" + quote(summary) + ",\"validFrom\":"
                + quote(validFrom) + ",\"validUntil\":" + quote(validUntil) + "}";
    }

    @ParameterizedTest
    @MethodSource("dev.klaster.web.WorkspaceServers#backends")
    void evaluationsAreProposedRecordedGuardedAndShownEscaped(String backend) throws Exception {
        WorkspaceApiTest.World w = world(backend);
        String base = "/api/v1/initiatives/" + w.a + "/evaluations";
        String jobs = kpi(w, w.a, "Tenaga kerja " + XSS, 180);
        String firms = kpi(w, w.a, "Unit usaha", 105);
        String otherKpi = kpi(w, w.b, "Tenaga kerja batik", 150);

        // proposed as of 2026-01-15: time share at the 2025-12-31 actual = 730 / 2192 days = 0.33303;
        // jobs share (180 - 100) / 100 = 0.8 >= t -> ON_TRACK; firms 0.05 < 0.75 t = 0.24977 -> OFF_TRACK
        HttpResponse<String> pr = w.web.get(base + "/proposed?asOf=2026-01-15&lang=en", "Cookie", w.viewer.cookie());
        assertThat(pr.statusCode()).as(pr.body()).isEqualTo(200);
        Map<String, JsonNode> proposed = new HashMap<>();
        JSON.readTree(pr.body()).forEach(p -> proposed.put(p.get("kpiId").asText(), p));
        assertThat(proposed.get(jobs).get("timeShare").asDouble()).isCloseTo(730.0 / 2192.0, within(1e-12));
        assertThat(proposed.get(jobs).get("share").asDouble()).isCloseTo(0.8, within(1e-12));
        assertThat(proposed.get(jobs).get("verdict").asText()).isEqualTo("ON_TRACK");
        assertThat(proposed.get(jobs).get("verdictLabel").asText()).isEqualTo("On track");
        assertThat(proposed.get(firms).get("verdict").asText()).isEqualTo("OFF_TRACK");
        // before the observation there is no actual: NOT_MEASURED
        JsonNode early = JSON.readTree(w.web.get(base + "/proposed?asOf=2025-06-30", "Cookie", w.viewer.cookie()).body());
        early.forEach(p -> assertThat(p.get("verdict").asText()).isEqualTo("NOT_MEASURED"));
        HttpResponse<String> badAsOf = w.web.get(base + "/proposed?asOf=2026-02-30", "Cookie", w.viewer.cookie());
        assertThat(badAsOf.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badAsOf.body()).get("field").asText()).isEqualTo("asOf");

        // who may record one: programme manager (and administrator) only, with the CSRF token
        String body = evaluation(List.of(new String[] {jobs, "ON_TRACK", "Catatan " + XSS},
                new String[] {firms, "AT_RISK", ""}), "AT_RISK", "Ringkasan " + XSS, "2026-01-15", "2026-12-31");
        assertThat(post(w.web, base, body).statusCode()).isEqualTo(401);
        assertThat(post(w.web, base, body, w.viewer.headers()).statusCode()).isEqualTo(403);
        assertThat(post(w.web, base, body, w.member.headers()).statusCode()).isEqualTo(403);
        assertThat(post(w.web, "/api/v1/initiatives/" + w.b + "/evaluations", evaluation(List.of(), "ON_TRACK", "x",
                "2026-01-15", "2026-12-31"), w.manager.headers()).statusCode()).isEqualTo(403);
        assertThat(post(w.web, base, body, "Cookie", w.manager.cookie()).statusCode()).isEqualTo(403);

        // bad input: 400 naming field and value, nothing stored
        HttpResponse<String> verdict = post(w.web, base, evaluation(List.<String[]>of(new String[] {jobs, "GREAT", ""}),
                "ON_TRACK", "x", "2026-01-15", "2026-12-31"), w.manager.headers());
        assertThat(verdict.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(verdict.body()).get("field").asText()).isEqualTo("kpis[0].verdict");
        assertThat(JSON.readTree(verdict.body()).get("value").asText()).isEqualTo("GREAT");
        HttpResponse<String> until = post(w.web, base, evaluation(List.of(), "ON_TRACK", "x", "2026-01-15",
                "2025-12-01"), w.manager.headers());
        assertThat(until.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(until.body()).get("field").asText()).isEqualTo("evaluation.validUntil");
        assertThat(JSON.readTree(until.body()).get("value").asText()).isEqualTo("2025-12-01");
        HttpResponse<String> foreign = post(w.web, base, evaluation(List.<String[]>of(new String[] {otherKpi,
                "ON_TRACK", ""}), "ON_TRACK", "x", "2026-01-15", "2026-12-31"), w.manager.headers());
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(foreign.body()).get("field").asText()).isEqualTo("evaluation.kpis[0].kpiId");
        assertThat(JSON.readTree(foreign.body()).get("value").asText()).isEqualTo(otherKpi);
        assertThat(JSON.readTree(w.web.get(base, "Cookie", w.viewer.cookie()).body())).isEmpty();

        // the manager records it; members and viewers read it
        HttpResponse<String> created = post(w.web, base, body, w.manager.headers());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode e = JSON.readTree(created.body());
        String one = base + "/" + e.get("id").asText();
        assertThat(e.get("version").asInt()).isEqualTo(1);
        assertThat(e.get("kpis").get(0).get("note").asText()).isEqualTo("Catatan " + XSS);
        assertThat(JSON.readTree(w.web.get(one + "?lang=en", "Cookie", w.member.cookie()).body()).get("overallLabel")
                .asText()).isEqualTo("At risk");
        assertThat(JSON.readTree(w.web.get(base, "Cookie", w.viewer.cookie()).body())).hasSize(1);
        assertThat(w.web.get("/api/v1/initiatives/" + w.b + "/evaluations/" + e.get("id").asText(), "Authorization",
                bearer()).statusCode()).isEqualTo(404);

        // stale save: 409 with both versions and the stored row
        String changed = evaluation(List.<String[]>of(new String[] {jobs, "ACHIEVED", "revisi"}), "ON_TRACK",
                "Setelah verifikasi", "2026-01-15", "2026-12-31");
        assertThat(put(w.web, one, WorkspaceApiTest.versioned(changed, 1), w.member.headers()).statusCode())
                .isEqualTo(403);
        assertThat(put(w.web, one, WorkspaceApiTest.versioned(changed, 1), w.manager.headers()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = put(w.web, one, WorkspaceApiTest.versioned(body, 1), w.manager.headers());
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode st = JSON.readTree(stale.body());
        assertThat(st.get("storedVersion").asInt()).isEqualTo(2);
        assertThat(st.get("submittedVersion").asInt()).isEqualTo(1);
        assertThat(st.get("stored").get("summary").asText()).isEqualTo("Setelah verifikasi");

        // the page: listed and escaped for a viewer, no form; the manager's form has the proposals preselected
        String viewerPage = w.web.get("/initiatives/" + w.a, "Cookie", w.viewer.cookie(), "Accept", "text/html").body();
        assertThat(viewerPage).contains("id=\"evaluations\"").contains("<h3>Evaluasi</h3>")
                .contains("id=\"evaluation-list\"").contains("Tercapai").contains("2026-12-31")
                .doesNotContain(XSS).doesNotContain("id=\"evaluation-form\"");
        String managerPage = w.web.get("/initiatives/" + w.a + "?lang=en", "Cookie", w.manager.cookie(), "Accept",
                "text/html").body();
        assertThat(managerPage).contains("<h3>Evaluations</h3>").contains("id=\"evaluation-form\"")
                .contains("Tenaga kerja &lt;script&gt;").doesNotContain(XSS);
        // today is after the 2025-12-31 actual, so the proposals are those worked out above
        int form = managerPage.indexOf("id=\"evaluation-kpis\"");
        assertThat(form).isPositive();
        String rows = managerPage.substring(form);
        assertThat(selected(rows, jobs)).isEqualTo("ON_TRACK");
        assertThat(selected(rows, firms)).isEqualTo("OFF_TRACK");

        // the form post: CSRF required, bad verdict named, then stored and back on the page
        List<String> kv = new ArrayList<>(List.of("reviewedOn", "2026-06-30", "periodFrom", "2026-01-01", "periodTo",
                "2026-06-30", "validFrom", "2026-06-30", "validUntil", "2026-12-31", "overall", "OFF_TRACK", "summary",
                "Tengah tahun " + XSS, "kpi_0", jobs, "verdict_0", "ON_TRACK", "note_0", "", "kpi_1", firms,
                "verdict_1", "OFF_TRACK", "note_1", "lambat"));
        String path = "/initiatives/" + w.a + "/evaluations";
        byte[] noCsrf = WorkspaceServers.form(kv.toArray(new String[0])).getBytes(StandardCharsets.UTF_8);
        assertThat(w.web.send("POST", path, noCsrf, "application/x-www-form-urlencoded", "Cookie", w.manager.cookie())
                .statusCode()).isEqualTo(403);
        List<String> withCsrf = new ArrayList<>(kv);
        withCsrf.addAll(List.of("csrf", w.manager.csrf()));
        assertThat(w.web.send("POST", path, WorkspaceServers.form(withCsrf.toArray(new String[0]))
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", w.viewer.cookie())
                .statusCode()).isEqualTo(403);
        List<String> bad = new ArrayList<>(withCsrf);
        bad.set(bad.indexOf("verdict_1") + 1, "GREAT");
        HttpResponse<String> badForm = w.web.send("POST", path, WorkspaceServers.form(bad.toArray(new String[0]))
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", w.manager.cookie());
        assertThat(badForm.statusCode()).isEqualTo(400);
        assertThat(badForm.body()).contains("verdict_1").contains("GREAT");
        assertThat(JSON.readTree(w.web.get(base, "Cookie", w.viewer.cookie()).body())).hasSize(1);
        HttpResponse<String> ok = w.web.send("POST", path, WorkspaceServers.form(withCsrf.toArray(new String[0]))
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", w.manager.cookie());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        JsonNode list = JSON.readTree(w.web.get(base, "Cookie", w.viewer.cookie()).body());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("reviewedOn").asText()).isEqualTo("2026-06-30"); // latest review first
        assertThat(list.get(0).get("kpis").get(1).get("note").asText()).isEqualTo("lambat");
        assertThat(w.web.get("/initiatives/" + w.a, "Cookie", w.viewer.cookie(), "Accept", "text/html").body())
                .contains("Tengah tahun &lt;script&gt;").doesNotContain(XSS);

        // audit: who, what, before and after
        JsonNode audit = JSON.readTree(w.web.get("/api/v1/initiatives/" + w.a + "/audit", "Cookie",
                w.manager.cookie()).body());
        List<String> ops = new ArrayList<>();
        audit.forEach(a -> {
            if (a.get("entity").asText().equals("evaluation")) {
                ops.add(a.get("operation").asText());
            }
        });
        assertThat(ops).containsExactly("INSERT", "UPDATE", "INSERT");

        // soft delete by the manager with the current version
        assertThat(w.web.send("DELETE", one + "?version=2", new byte[0], "application/json",
                w.member.headers()).statusCode()).isEqualTo(403);
        assertThat(w.web.send("DELETE", one + "?version=2", new byte[0], "application/json",
                w.manager.headers()).statusCode()).isEqualTo(204);
        assertThat(JSON.readTree(w.web.get(base, "Cookie", w.viewer.cookie()).body())).hasSize(1);
    }

    /** The verdict preselected in the manager's form for a KPI. */
    private static String selected(String rows, String kpiId) {
        String row = rows.substring(rows.indexOf("data-kpi=\"" + kpiId + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<option value=\"([A-Z_]+)\" selected>").matcher(row);
        assertThat(m.find()).as(row).isTrue();
        return m.group(1);
    }

    @ParameterizedTest
    @MethodSource("dev.klaster.web.WorkspaceServers#backends")
    void theEvaluationRoutesAreInTheOpenApiDocument(String backend) throws Exception {
        WorkspaceApiTest.World w = world(backend);
        JsonNode paths = JSON.readTree(w.web.get("/api/openapi.json").body()).get("paths");
        String base = "/api/v1/initiatives/{initiative}/evaluations";
        assertThat(paths.get(base).has("get")).isTrue();
        assertThat(paths.get(base).has("post")).isTrue();
        assertThat(paths.has(base + "/proposed")).isTrue();
        assertThat(paths.get(base + "/{evaluation}").get("put").get("responses").has("409")).isTrue();
        assertThat(paths.get(base + "/{evaluation}").has("delete")).isTrue();
    }
}
