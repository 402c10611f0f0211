package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.klaster.web.WorkspaceServers.JSON;
import static dev.klaster.web.WorkspaceServers.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace API on a server started in process, on SQLite and (with {@code KLASTER_TEST_PG}) PostgreSQL: who may
 * change what (401 not signed in, 403 viewer, 403 manager of another initiative, 403 without CSRF token), stale
 * versions (409 with both versions), the CSV import (400 naming file, line, column and value, nothing imported),
 * stage changes with endorsed documents, KPIs, the audit log, the sign-in rate limit and public initiatives.
 */
class WorkspaceApiTest {
    @TempDir
    static Path sqliteData;
    @TempDir
    static Path pgData;
    private static final Map<String, World> WORLDS = new HashMap<>();

    /** A server with an initiative A (manager, member, viewer) and an initiative B, created through the API. */
    static final class World {
        final KlasterServer server;
        final WebClient web;
        final String a;
        final String b;
        final WorkspaceServers.Session manager;
        final WorkspaceServers.Session member;
        final WorkspaceServers.Session viewer;

        World(String backend) throws Exception {
            this(backend, backend.equals("sqlite") ? sqliteData : pgData);
        }

        World(String backend, Path data) throws Exception {
            server = WorkspaceServers.start(backend, data);
            web = new WebClient(server);
            a = create(web, "Klaster mebel Jepara", false).get("id").asText();
            b = create(web, "Klaster batik Pekalongan", false).get("id").asText();
            for (String u : List.of("manager", "member", "viewer")) {
                HttpResponse<String> r = post(web, "/api/v1/users", "{\"username\":\"" + u + "\",\"displayName\":\""
                        + u + "\",\"password\":\"" + u + "-password\"}", "Authorization", bearer());
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
                assertThat(r.body()).doesNotContain("password").doesNotContain("argon2");
            }
            grant(web, a, "manager", "MANAGER");
            grant(web, a, "member", "MEMBER");
            grant(web, a, "viewer", "VIEWER");
            manager = WorkspaceServers.signIn(web, "manager", "manager-password");
            member = WorkspaceServers.signIn(web, "member", "member-password");
            viewer = WorkspaceServers.signIn(web, "viewer", "viewer-password");
        }
    }

    static List<String> backends() {
        return WorkspaceServers.backends();
    }

    static World world(String backend) throws Exception {
        World w = WORLDS.get(backend);
        if (w == null) {
            w = new World(backend);
            WORLDS.put(backend, w);
        }
        return w;
    }

    @AfterAll
    static void stop() {
        WORLDS.values().forEach(w -> w.server.close());
    }

    static HttpResponse<String> post(WebClient web, String path, String json, String... headers) throws Exception {
        return web.send("POST", path, json.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    static HttpResponse<String> put(WebClient web, String path, String json, String... headers) throws Exception {
        return web.send("PUT", path, json.getBytes(StandardCharsets.UTF_8), "application/json", headers);
    }

    static String initiativeJson(String name, boolean isPublic) {
        return "{\"name\":" + quote(name) + ",\"clusterCode\":\"C16\",\"clusterName\":\"Furniture\",\"regionCodes\":"
                + "[\"3320\"],\"leadOrganisation\":\"Dinas Perindustrian\",\"governanceBody\":\"Forum klaster\","
                + "\"startDate\":\"2024-01-15\",\"endDate\":\"2028-12-31\",\"isPublic\":" + isPublic + "}";
    }

    static String quote(String s) {
        return JSON.getNodeFactory().textNode(s).toString();
    }

    static JsonNode create(WebClient web, String name, boolean isPublic) throws Exception {
        HttpResponse<String> r = post(web, "/api/v1/initiatives", initiativeJson(name, isPublic), "Authorization",
                bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    static void grant(WebClient web, String initiative, String user, String role) throws Exception {
        HttpResponse<String> r = post(web, "/api/v1/initiatives/" + initiative + "/members", "{\"username\":\"" + user
                + "\",\"role\":\"" + role + "\"}", "Authorization", bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    static String stakeholder(String name) {
        return "{\"name\":" + quote(name) + ",\"type\":\"CORE_FIRM\",\"kbli\":\"31091\",\"sizeClass\":\"SMALL\","
                + "\"regionCode\":\"3320\",\"committed\":true}";
    }

    static String[] with(String[] a, String... more) {
        String[] out = java.util.Arrays.copyOf(a, a.length + more.length);
        System.arraycopy(more, 0, out, a.length, more.length);
        return out;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void writesWithoutSignInAre401(String backend) throws Exception {
        World w = world(backend);
        assertThat(post(w.web, "/api/v1/initiatives", initiativeJson("x", false)).statusCode()).isEqualTo(401);
        assertThat(post(w.web, "/api/v1/initiatives/" + w.a + "/stakeholders", stakeholder("x")).statusCode())
                .isEqualTo(401);
        assertThat(post(w.web, "/api/v1/initiatives/" + w.a + "/stakeholders", stakeholder("x"), "Authorization",
                "Bearer wrong-token-wrong-token").statusCode()).isEqualTo(401);
        // reads of a private initiative too
        HttpResponse<String> r = w.web.get("/api/v1/initiatives/" + w.a);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(401);
        assertThat(w.web.get("/api/v1/users").statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void viewerMayReadButNotEdit(String backend) throws Exception {
        World w = world(backend);
        assertThat(w.web.get("/api/v1/initiatives/" + w.a, "Cookie", w.viewer.cookie()).statusCode()).isEqualTo(200);
        HttpResponse<String> r = post(w.web, "/api/v1/initiatives/" + w.a + "/stakeholders", stakeholder("Viewer CV"),
                w.viewer.headers());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(JSON.readTree(r.body()).get("message").asText()).contains("viewer");
        // nor may a viewer see initiative B at all
        assertThat(w.web.get("/api/v1/initiatives/" + w.b, "Cookie", w.viewer.cookie()).statusCode()).isEqualTo(403);
        // the member edits stakeholders but may not change the initiative itself
        assertThat(post(w.web, "/api/v1/initiatives/" + w.a + "/stakeholders", stakeholder("Member CV"),
                w.member.headers()).statusCode()).isEqualTo(201);
        assertThat(put(w.web, "/api/v1/initiatives/" + w.a, versioned(initiativeJson("renamed", false), 99),
                w.member.headers()).statusCode()).isEqualTo(403);
    }

    static String versioned(String json, long version) throws Exception {
        ObjectNode o = (ObjectNode) JSON.readTree(json);
        o.put("version", version);
        return o.toString();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void managerOfOneInitiativeCannotEditAnother(String backend) throws Exception {
        World w = world(backend);
        HttpResponse<String> onB = put(w.web, "/api/v1/initiatives/" + w.b, versioned(initiativeJson("taken over",
                false), 1), w.manager.headers());
        assertThat(onB.statusCode()).as(onB.body()).isEqualTo(403);
        assertThat(post(w.web, "/api/v1/initiatives/" + w.b + "/stakeholders", stakeholder("x"),
                w.manager.headers()).statusCode()).isEqualTo(403);
        assertThat(post(w.web, "/api/v1/initiatives/" + w.b + "/members", "{\"username\":\"manager\","
                + "\"role\":\"MANAGER\"}", w.manager.headers()).statusCode()).isEqualTo(403);
        // a manager may not create initiatives either (administrators only)
        assertThat(post(w.web, "/api/v1/initiatives", initiativeJson("own", false), w.manager.headers()).statusCode())
                .isEqualTo(403);
        // nor upload datasets
        WebClient.Multipart m = new WebClient.Multipart().file("data", "x.csv", WebApiTest.tidy("Kabupaten Satu"));
        assertThat(w.web.send("POST", "/api/v1/datasets", m.body(), m.contentType(), w.manager.headers())
                .statusCode()).isEqualTo(403);
        // but B's own details stay unchanged
        JsonNode b = JSON.readTree(w.web.get("/api/v1/initiatives/" + w.b, "Authorization", bearer()).body());
        assertThat(b.get("initiative").get("name").asText()).isEqualTo("Klaster batik Pekalongan");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void stateChangesWithoutCsrfTokenAreRefused(String backend) throws Exception {
        World w = world(backend);
        HttpResponse<String> r = post(w.web, "/api/v1/initiatives/" + w.a + "/stakeholders", stakeholder("No CSRF"),
                "Cookie", w.manager.cookie());
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("CSRF");
        assertThat(post(w.web, "/api/v1/initiatives/" + w.a + "/stakeholders", stakeholder("Wrong CSRF"), "Cookie",
                w.manager.cookie(), Auth.CSRF_HEADER, "not-the-token").statusCode()).isEqualTo(403);
        assertThat(post(w.web, "/api/v1/initiatives/" + w.a + "/stakeholders", stakeholder("Other origin"),
                with(w.manager.headers(), "Origin", "http://evil.example")).statusCode()).isEqualTo(403);
        // the page forms too, and the sign-in form (login CSRF)
        assertThat(w.web.send("POST", "/initiatives/" + w.a + "/stakeholders", WorkspaceServers.form("name", "x",
                        "type", "CORE_FIRM").getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                "Cookie", w.manager.cookie()).statusCode()).isEqualTo(403);
        assertThat(w.web.send("POST", "/signin", WorkspaceServers.form("username", "manager", "password",
                        "manager-password").getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded")
                .statusCode()).isEqualTo(403);
        JsonNode list = JSON.readTree(w.web.get("/api/v1/initiatives/" + w.a + "/stakeholders?q=csrf",
                "Authorization", bearer()).body());
        assertThat(list).as("nothing written by the refused requests").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("backends")
    void staleVersionGets409WithBothVersions(String backend) throws Exception {
        World w = world(backend);
        String id = create(w.web, "Klaster kopi Gayo " + UUID.randomUUID(), false).get("id").asText();
        HttpResponse<String> first = put(w.web, "/api/v1/initiatives/" + id, versioned(initiativeJson("Klaster kopi "
                + "Gayo (first edit)", false), 1), "Authorization", bearer());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).get("version").asLong()).isEqualTo(2);
        HttpResponse<String> stale = put(w.web, "/api/v1/initiatives/" + id, versioned(initiativeJson("Klaster kopi "
                + "Gayo (second edit, from version 1)", false), 1), "Authorization", bearer());
        assertThat(stale.statusCode()).isEqualTo(409);
        JsonNode e = JSON.readTree(stale.body());
        assertThat(e.get("storedVersion").asLong()).isEqualTo(2);
        assertThat(e.get("submittedVersion").asLong()).isEqualTo(1);
        assertThat(e.get("stored").get("name").asText()).isEqualTo("Klaster kopi Gayo (first edit)");
        assertThat(e.get("submitted").get("name").asText()).isEqualTo("Klaster kopi Gayo (second edit, from version 1)");
        // never a silent overwrite
        JsonNode now = JSON.readTree(w.web.get("/api/v1/initiatives/" + id, "Authorization", bearer()).body());
        assertThat(now.get("initiative").get("name").asText()).isEqualTo("Klaster kopi Gayo (first edit)");
        // a stakeholder too, and a deletion with an old version
        JsonNode s = JSON.readTree(post(w.web, "/api/v1/initiatives/" + id + "/stakeholders", stakeholder("UD Kopi"),
                "Authorization", bearer()).body());
        String sp = "/api/v1/initiatives/" + id + "/stakeholders/" + s.get("id").asText();
        assertThat(put(w.web, sp, versioned(stakeholder("UD Kopi Gayo"), 1), "Authorization", bearer()).statusCode())
                .isEqualTo(200);
        assertThat(w.web.send("DELETE", sp + "?version=1", null, null, "Authorization", bearer()).statusCode())
                .isEqualTo(409);
        assertThat(w.web.send("DELETE", sp + "?version=2", null, null, "Authorization", bearer()).statusCode())
                .isEqualTo(204);
        // a row of one initiative cannot be reached through another's path
        assertThat(put(w.web, "/api/v1/initiatives/" + w.b + "/stakeholders/" + s.get("id").asText(),
                versioned(stakeholder("x"), 3), "Authorization", bearer()).statusCode()).isEqualTo(404);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void csvImportIsAllOrNothingAndNamesTheBadCell(String backend) throws Exception {
        World w = world(backend);
        String id = create(w.web, "Klaster rotan Cirebon " + UUID.randomUUID(), false).get("id").asText();
        String path = "/api/v1/initiatives/" + id + "/stakeholders/import?file=anggota.csv&lang=en";
        // line 4 (the header is line 1) has an unknown type
        String bad = "nama,jenis,kbli,ukuran,kode_wilayah,berkomitmen\nCV Rotan Jaya,CORE_FIRM,16291,SMALL,3209,ya\n"
                + "UD Anyam,SUPPLIER,16291,MICRO,3209,ya\nKoperasi Rotan,COOPERATIVE,,SMALL,3209,ya\n";
        HttpResponse<String> r = w.web.send("POST", path, bad.getBytes(StandardCharsets.UTF_8), "text/csv",
                "Authorization", bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("file").asText()).isEqualTo("anggota.csv");
        assertThat(e.get("line").asInt()).isEqualTo(4);
        assertThat(e.get("column").asText()).isEqualTo("jenis");
        assertThat(e.get("value").asText()).isEqualTo("COOPERATIVE");
        assertThat(e.get("message").asText()).contains("Nothing was imported");
        assertThat(JSON.readTree(w.web.get("/api/v1/initiatives/" + id + "/stakeholders", "Authorization", bearer())
                .body())).as("nothing imported").isEmpty();
        // in Indonesian by default
        HttpResponse<String> id2 = w.web.send("POST", path.replace("&lang=en", ""), bad.getBytes(
                StandardCharsets.UTF_8), "text/csv", "Authorization", bearer());
        assertThat(JSON.readTree(id2.body()).get("message").asText()).doesNotContain("Nothing was imported");
        // the good file: 16 committed rows of 3 types (written here) meet the default rule of 15 of 2 types
        StringBuilder good = new StringBuilder("name,type,size_class,region_code,committed\n");
        for (int k = 0; k < 16; k++) {
            good.append("Firm ").append(k).append(',').append(k < 10 ? "CORE_FIRM" : k < 14 ? "SUPPLIER"
                    : "KNOWLEDGE_INSTITUTION").append(",SMALL,3209,yes\n");
        }
        HttpResponse<String> ok = w.web.send("POST", path, good.toString().getBytes(StandardCharsets.UTF_8), "text/csv",
                "Authorization", bearer());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode imported = JSON.readTree(ok.body());
        assertThat(imported.get("imported").asInt()).isEqualTo(16);
        assertThat(imported.get("diversity").get("met").asBoolean()).isTrue();
        assertThat(imported.get("diversity").get("committed").asInt()).isEqualTo(16);
        assertThat(imported.get("diversity").get("distinctTypes").asInt()).isEqualTo(3);
        assertThat(imported.get("diversity").get("byType").get("SUPPLIER").asInt()).isEqualTo(4);
        // filters
        assertThat(JSON.readTree(w.web.get("/api/v1/initiatives/" + id + "/stakeholders?type=SUPPLIER",
                "Authorization", bearer()).body())).hasSize(4);
        assertThat(w.web.get("/api/v1/initiatives/" + id + "/stakeholders?type=NOPE", "Authorization", bearer())
                .statusCode()).isEqualTo(400);
        // wrong content type
        assertThat(w.web.send("POST", path, good.toString().getBytes(StandardCharsets.UTF_8), "application/json",
                "Authorization", bearer()).statusCode()).isEqualTo(415);
        // a JSON body above 1 MiB
        String big = "{\"name\":\"" + "x".repeat(WorkspaceRoutes.MAX_JSON) + "\"}";
        assertThat(post(w.web, "/api/v1/initiatives/" + id + "/stakeholders", big, "Authorization", bearer())
                .statusCode()).isEqualTo(413);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void stageChangesKpisAndTheAuditLog(String backend) throws Exception {
        World w = world(backend);
        String id = create(w.web, "Klaster garam Madura " + UUID.randomUUID(), false).get("id").asText();
        String base = "/api/v1/initiatives/" + id;
        // skipping ahead (mobilisation → implementation) is refused
        HttpResponse<String> skip = post(w.web, base + "/stages", "{\"to\":\"IMPLEMENTATION\",\"date\":\"2025-02-01\","
                + "\"version\":1}", "Authorization", bearer());
        assertThat(skip.statusCode()).as(skip.body()).isEqualTo(400);
        HttpResponse<String> move = post(w.web, base + "/stages", "{\"to\":\"DIAGNOSIS\",\"date\":\"2025-02-01\","
                + "\"note\":\"forum meeting\",\"documents\":[{\"title\":\"Studi diagnostik garam\",\"type\":"
                + "\"DIAGNOSTIC_STUDY\"}],\"version\":1}", "Authorization", bearer());
        assertThat(move.statusCode()).as(move.body()).isEqualTo(201);
        JsonNode detail = JSON.readTree(w.web.get(base + "?lang=en", "Authorization", bearer()).body());
        assertThat(detail.get("initiative").get("stage").asText()).isEqualTo("DIAGNOSIS");
        // Stage.DIAGNOSIS belongs to article 004's "framework and agenda" generic stage
        assertThat(detail.get("initiative").get("genericStage").asText()).isEqualTo("FRAMEWORK_AGENDA");
        JsonNode history = JSON.readTree(w.web.get(base + "/stages", "Authorization", bearer()).body());
        assertThat(history.get(0).get("documents").get(0).get("title").asText()).isEqualTo("Studi diagnostik garam");
        // a bad enum value is a 400 naming the field
        HttpResponse<String> badEnum = post(w.web, base + "/kpis", "{\"name\":\"Jobs\",\"unit\":\"persons\",\"goal\":"
                + "\"HAPPINESS\",\"frequency\":\"ANNUAL\",\"aggregation\":\"SUM\"}", "Authorization", bearer());
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badEnum.body()).get("field").asText()).isEqualTo("goal");
        HttpResponse<String> wrongType = post(w.web, base + "/kpis", "{\"name\":\"Jobs\",\"unit\":\"persons\",\"goal\":"
                + "\"INVESTMENT\",\"frequency\":\"ANNUAL\",\"aggregation\":\"SUM\",\"targetValue\":[1]}", "Authorization",
                bearer());
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body()).get("field").asText()).isEqualTo("targetValue");
        assertThat(JSON.readTree(wrongType.body()).get("message").asText()).contains("expected a number");
        // fields left out take their defaults (isPublic false, no dates)
        HttpResponse<String> minimal = post(w.web, "/api/v1/initiatives", "{\"name\":\"Minimal\",\"clusterCode\":"
                + "\"C10\",\"clusterName\":\"Food\",\"regionCodes\":[\"3301\"],\"leadOrganisation\":\"x\","
                + "\"governanceBody\":\"y\"}", "Authorization", bearer());
        assertThat(minimal.statusCode()).as(minimal.body()).isEqualTo(201);
        assertThat(JSON.readTree(minimal.body()).get("isPublic").asBoolean()).isFalse();
        HttpResponse<String> unknown = post(w.web, base + "/kpis", "{\"name\":\"Jobs\",\"unit\":\"persons\",\"goal\":"
                + "\"INVESTMENT\",\"frequency\":\"ANNUAL\",\"aggregation\":\"SUM\",\"targte\":5}", "Authorization",
                bearer());
        assertThat(JSON.readTree(unknown.body()).get("field").asText()).isEqualTo("targte");
        JsonNode kpi = JSON.readTree(post(w.web, base + "/kpis", "{\"name\":\"Jobs in the cluster\",\"unit\":\"persons\","
                + "\"goal\":\"PRODUCTIVITY_EMPLOYMENT\",\"baselineDate\":\"2024-12-31\",\"baselineValue\":1000,"
                + "\"targetDate\":\"2028-12-31\",\"targetValue\":1500,\"frequency\":\"ANNUAL\",\"aggregation\":\"SUM\"}",
                "Authorization", bearer()).body());
        String kp = base + "/kpis/" + kpi.get("id").asText() + "/observations";
        for (String[] o : new String[][] {{"3528", "700"}, {"3529", "500"}}) {
            HttpResponse<String> r = post(w.web, kp, "{\"date\":\"2025-12-31\",\"value\":" + o[1] + ",\"source\":"
                    + "\"Disnaker\",\"regionCode\":\"" + o[0] + "\"}", "Authorization", bearer());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        JsonNode p = JSON.readTree(w.web.get(base + "/kpis", "Authorization", bearer()).body()).get(0).get("progress");
        // SUM across the two places of the latest date: 700 + 500 = 1200; share = (1200 - 1000) / (1500 - 1000) = 0.4
        // (KpiProgress: share = (actual - baseline) / (target - baseline))
        assertThat(p.get("actual").asDouble()).isEqualTo(1200.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(p.get("share").asDouble()).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(p.get("places").asInt()).isEqualTo(2);
        // the audit log: who, what, before and after, for every change above
        JsonNode audit = JSON.readTree(w.web.get(base + "/audit", "Authorization", bearer()).body());
        List<String> ops = new java.util.ArrayList<>();
        audit.forEach(a -> ops.add(a.get("entity").asText() + ":" + a.get("operation").asText()));
        assertThat(ops).containsExactly("initiative:INSERT", "initiative:UPDATE", "stage_change:INSERT", "kpi:INSERT",
                "observation:INSERT", "observation:INSERT");
        assertThat(audit.get(1).get("userId").asText()).isEqualTo("token");
        assertThat(audit.get(1).get("before").get("stage").asText()).isEqualTo("MOBILISATION");
        assertThat(audit.get(1).get("after").get("stage").asText()).isEqualTo("DIAGNOSIS");
        // a page of the log: the two most recent entries, oldest first; a bad limit is a 400 naming it
        JsonNode last2 = JSON.readTree(w.web.get(base + "/audit?limit=2", "Authorization", bearer()).body());
        assertThat(last2).hasSize(2);
        assertThat(last2.get(0).get("id").asText()).isEqualTo(audit.get(4).get("id").asText());
        assertThat(last2.get(1).get("id").asText()).isEqualTo(audit.get(5).get("id").asText());
        HttpResponse<String> badLimit = w.web.get(base + "/audit?limit=0", "Authorization", bearer());
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badLimit.body()).get("field").asText()).isEqualTo("limit");
        // roles on A, replayed from A's audit log (World: manager, member, viewer)
        JsonNode members = JSON.readTree(w.web.get("/api/v1/initiatives/" + w.a + "/members", "Cookie",
                w.manager.cookie()).body());
        Map<String, String> roles = new HashMap<>();
        members.forEach(m -> roles.put(m.get("username").asText(), m.get("role").asText()));
        assertThat(roles).containsEntry("manager", "MANAGER").containsEntry("member", "MEMBER")
                .containsEntry("viewer", "VIEWER");
        assertThat(w.web.get("/api/v1/initiatives/" + w.a + "/members", "Cookie", w.viewer.cookie()).statusCode())
                .isEqualTo(403);
        // only managers read the audit log
        assertThat(w.web.get("/api/v1/initiatives/" + w.a + "/audit", "Cookie", w.member.cookie()).statusCode())
                .isEqualTo(403);
        assertThat(w.web.get("/api/v1/initiatives/" + w.a + "/audit", "Cookie", w.manager.cookie()).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void publicInitiativesAreReadableByAnyone(String backend) throws Exception {
        World w = world(backend);
        String name = "Klaster tenun Sikka " + UUID.randomUUID();
        String id = create(w.web, name, true).get("id").asText();
        assertThat(w.web.get("/api/v1/initiatives/" + id).statusCode()).isEqualTo(200);
        JsonNode list = JSON.readTree(w.web.get("/api/v1/initiatives").body());
        List<String> names = new java.util.ArrayList<>();
        list.forEach(i -> names.add(i.get("name").asText()));
        assertThat(names).contains(name).doesNotContain("Klaster mebel Jepara");
        HttpResponse<String> page = w.web.get("/initiatives/" + id + "?lang=en", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(name).doesNotContain("id=\"stage-form\"").doesNotContain("id=\"import-form\"");
        assertThat(post(w.web, "/api/v1/initiatives/" + id + "/stakeholders", stakeholder("x")).statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void signInIsRateLimitedPerUserAndAddress(String backend) throws Exception {
        World w = world(backend);
        HttpResponse<String> r = post(w.web, "/api/v1/users", "{\"username\":\"limited-" + backend + "\","
                + "\"password\":\"right-password\"}", "Authorization", bearer());
        assertThat(r.statusCode()).isEqualTo(201);
        String user = "limited-" + backend;
        for (int k = 0; k < LoginLimiter.MAX_FAILURES; k++) {
            assertThat(WorkspaceServers.postSignIn(w.web, user, "wrong-password").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> limited = WorkspaceServers.postSignIn(w.web, user, "right-password");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(WorkspaceServers.cookie(limited, Auth.COOKIE)).isNull();
        // another user from the same address is not affected
        HttpResponse<String> other = WorkspaceServers.postSignIn(w.web, "member", "member-password");
        assertThat(other.statusCode()).isEqualTo(303);
        String set = WorkspaceServers.setCookieHeader(other, Auth.COOKIE);
        assertThat(set).contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContain("Secure");
        // the wrong password message does not tell whether the user exists
        HttpResponse<String> nobody = WorkspaceServers.postSignIn(w.web, "nobody-at-all", "some-password");
        HttpResponse<String> wrong = WorkspaceServers.postSignIn(w.web, "viewer", "not-the-password");
        assertThat(JSON.readTree(nobody.body()).get("message")).isEqualTo(JSON.readTree(wrong.body()).get("message"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void signOutEndsTheSession(String backend) throws Exception {
        World w = world(backend);
        WorkspaceServers.Session s = WorkspaceServers.signIn(w.web, "member", "member-password");
        HttpResponse<String> out = w.web.send("POST", "/signout", WorkspaceServers.form("csrf", s.csrf()).getBytes(
                StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", s.cookie());
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(JSON.readTree(w.web.get("/api/v1/me", "Cookie", s.cookie()).body()).get("user").isNull()).isTrue();
        assertThat(post(w.web, "/api/v1/initiatives/" + w.a + "/stakeholders", stakeholder("after sign-out"),
                s.headers()).statusCode()).isEqualTo(401);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theOpenApiDocumentDescribesTheWorkspaceRoutes(String backend) throws Exception {
        World w = world(backend);
        JsonNode paths = JSON.readTree(w.web.get("/api/openapi.json").body()).get("paths");
        JsonNode imp = paths.get("/api/v1/initiatives/{initiative}/stakeholders/import").get("post");
        assertThat(imp.get("requestBody").get("content").has("text/csv")).isTrue();
        assertThat(imp.get("responses").has("400")).isTrue();
        JsonNode put = paths.get("/api/v1/initiatives/{initiative}").get("put");
        assertThat(put.get("responses").has("409")).isTrue();
        assertThat(put.get("requestBody").get("content").get("application/json").get("schema").get("$ref").asText())
                .isEqualTo("#/components/schemas/InitiativeDraft");
        // every workspace route served is documented (WebApiTest checks the whole set both ways)
        long served = w.server.servedRoutes().stream().filter(r -> r.contains(" /api/v1/initiatives")).count();
        long documented = w.server.documentedRoutes().stream().filter(r -> r.contains(" /api/v1/initiatives")).count();
        assertThat(served).isEqualTo(documented).isGreaterThanOrEqualTo(18);
    }

    @Test
    void aKpiBoundToAMeasuredIndicatorShowsTheClustersValueInItsRegions() throws Exception {
        World w = world("sqlite");
        // two rows of one cluster from the demo's cluster-strength table (the core's ClusterReport, via the API)
        String tablePath = "/api/v1/datasets/demo/analysis/tables/cluster_strength?filter=strong%3D1&limit=1";
        HttpResponse<String> r = w.web.get(tablePath);
        for (int k = 0; k < 600 && r.statusCode() == 202; k++) {
            Thread.sleep(100);
            r = w.web.get(tablePath);
        }
        JsonNode t = JSON.readTree(r.body());
        List<String> cols = new java.util.ArrayList<>();
        t.get("columns").forEach(c -> cols.add(c.has("name") ? c.get("name").asText() : c.asText()));
        JsonNode strong = t.get("rows").get(0);
        String cluster = strong.get(cols.indexOf("cluster")).asText();
        String sizeColumn = cols.get(3);
        JsonNode rows = JSON.readTree(w.web.get("/api/v1/datasets/demo/analysis/tables/cluster_strength?filter="
                + java.net.URLEncoder.encode("cluster=" + cluster, StandardCharsets.UTF_8) + "&sort=-lq&limit=10000").body())
                .get("rows");
        List<JsonNode> exact = new java.util.ArrayList<>();
        rows.forEach(x -> {
            if (x.get(cols.indexOf("cluster")).asText().equals(cluster)) {
                exact.add(x);
            }
        });
        rows = JSON.valueToTree(exact.subList(0, 2));
        String r1 = rows.get(0).get(cols.indexOf("region")).asText();
        String r2 = rows.get(1).get(cols.indexOf("region")).asText();
        double size = rows.get(0).get(3).asDouble() + rows.get(1).get(3).asDouble();
        double lqMax = Math.max(rows.get(0).get(cols.indexOf("lq")).asDouble(),
                rows.get(1).get(cols.indexOf("lq")).asDouble());
        ObjectNode draft = (ObjectNode) JSON.readTree(initiativeJson("Bound " + cluster, false));
        draft.put("clusterName", cluster);
        draft.putArray("regionCodes").add(r1).add(r2);
        String id = JSON.readTree(post(w.web, "/api/v1/initiatives", draft.toString(), "Authorization", bearer())
                .body()).get("id").asText();
        String base = "/api/v1/initiatives/" + id + "/kpis";
        HttpResponse<String> bad = post(w.web, base, "{\"name\":\"x\",\"unit\":\"persons\",\"goal\":\"INVESTMENT\","
                + "\"frequency\":\"ANNUAL\",\"aggregation\":\"SUM\",\"indicatorKey\":\"Not A Key\"}", "Authorization",
                bearer());
        assertThat(bad.statusCode()).isEqualTo(400);
        for (String[] k : new String[][] {{"size", "SUM"}, {"lq", "MAX"}}) {
            HttpResponse<String> c = post(w.web, base, "{\"name\":\"Cluster " + k[0] + "\",\"unit\":\"u\",\"goal\":"
                    + "\"PRODUCTIVITY_EMPLOYMENT\",\"frequency\":\"ANNUAL\",\"aggregation\":\"" + k[1] + "\","
                    + "\"indicatorKey\":\"" + MeasuredIndicators.key("demo", k[0]) + "\"}", "Authorization", bearer());
            assertThat(c.statusCode()).as(c.body()).isEqualTo(201);
        }
        JsonNode kpis = JSON.readTree(w.web.get(base, "Authorization", bearer()).body());
        JsonNode bySize = null;
        JsonNode byLq = null;
        for (JsonNode k : kpis) {
            if (k.get("name").asText().equals("Cluster size")) {
                bySize = k.get("measured");
            } else {
                byLq = k.get("measured");
            }
        }
        assertThat(bySize.get("state").asText()).isEqualTo("done");
        assertThat(bySize.get("column").asText()).isEqualTo(sizeColumn);
        assertThat(bySize.get("places").asInt()).isEqualTo(2);
        // SUM of the two regions' sizes; MAX of their LQs (Aggregation), from the rows read above
        assertThat(bySize.get("value").asDouble()).isCloseTo(size, org.assertj.core.data.Offset.offset(1e-9 * size));
        assertThat(byLq.get("value").asDouble()).isCloseTo(lqMax, org.assertj.core.data.Offset.offset(1e-12));
        String page = w.web.get("/initiatives/" + id + "?lang=en", "Authorization", bearer(), "Accept", "text/html")
                .body();
        assertThat(page).contains(dev.klaster.core.model.Measure.parse(sizeColumn).label("en") + ", 2 regions");

        // moving into diagnosis: the bound KPIs take the measured values as their baseline, dated at the end of
        // the dataset's last year (the year the measured value reports), and the audit log has the change
        JsonNode detail = JSON.readTree(w.web.get("/api/v1/initiatives/" + id, "Authorization", bearer()).body());
        HttpResponse<String> moved = post(w.web, "/api/v1/initiatives/" + id + "/stages", "{\"to\":\"DIAGNOSIS\","
                + "\"date\":\"2025-03-14\",\"note\":\"Diagnostic study endorsed\",\"documents\":[],\"version\":"
                + detail.get("initiative").get("version").asLong() + "}", "Authorization", bearer());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(201);
        int year = bySize.get("year").asInt();
        for (JsonNode k : JSON.readTree(w.web.get(base, "Authorization", bearer()).body())) {
            boolean sized = k.get("name").asText().equals("Cluster size");
            assertThat(k.get("baselineDate").asText()).isEqualTo(year + "-12-31");
            assertThat(k.get("baselineValue").asDouble()).isCloseTo(sized ? size : lqMax,
                    org.assertj.core.data.Offset.offset(sized ? 1e-9 * size : 1e-12));
            assertThat(k.get("version").asInt()).isEqualTo(2);
        }
        JsonNode audit = JSON.readTree(w.web.get("/api/v1/initiatives/" + id + "/audit", "Authorization", bearer())
                .body());
        long baselineEntries = 0;
        for (JsonNode e : audit) {
            if (e.get("entity").asText().equals("kpi") && e.get("operation").asText().equals("UPDATE")
                    && e.get("before").get("baselineValue").isNull() && !e.get("after").get("baselineValue").isNull()) {
                baselineEntries++;
            }
        }
        assertThat(baselineEntries).isEqualTo(2);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theStakeholderListComesInPagesWithTheTotalInAHeader(String backend) throws Exception {
        World w = world(backend);
        JsonNode i = create(w.web, "Klaster paging", false);
        String base = "/api/v1/initiatives/" + i.get("id").asText() + "/stakeholders";
        StringBuilder csv = new StringBuilder("name,type\n");
        for (int k = 1; k <= 23; k++) {
            csv.append(String.format("Anggota %02d,CORE_FIRM%n", k));
        }
        assertThat(w.web.send("POST", base + "/import", csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv",
                "Authorization", bearer()).statusCode()).isEqualTo(201);
        HttpResponse<String> p3 = w.web.get(base + "?limit=10&page=3", "Authorization", bearer());
        assertThat(p3.statusCode()).isEqualTo(200);
        assertThat(p3.headers().firstValue("X-Total-Count")).hasValue("23");
        assertThat(JSON.readTree(p3.body())).extracting(n -> n.get("name").asText())
                .containsExactly("Anggota 21", "Anggota 22", "Anggota 23");
        HttpResponse<String> q = w.web.get(base + "?q=anggota%201&limit=5", "Authorization", bearer());
        assertThat(q.headers().firstValue("X-Total-Count")).hasValue("10"); // 10..19
        assertThat(JSON.readTree(q.body())).hasSize(5);
        for (String bad : new String[] {"limit=0", "limit=10001", "page=0", "page=abc&limit=5"}) {
            HttpResponse<String> r = w.web.get(base + "?" + bad, "Authorization", bearer());
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            String field = bad.startsWith("limit") ? "limit" : "page";
            assertThat(JSON.readTree(r.body()).get("field").asText()).as(bad).isEqualTo(field);
        }
        // without limit and page: the whole list, as before
        assertThat(JSON.readTree(w.web.get(base, "Authorization", bearer()).body())).hasSize(23);
    }
}
