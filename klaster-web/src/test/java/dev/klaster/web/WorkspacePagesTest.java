package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.klaster.web.WorkspaceApiTest.post;
import static dev.klaster.web.WorkspaceApiTest.quote;
import static dev.klaster.web.WorkspaceServers.JSON;
import static dev.klaster.web.WorkspaceServers.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace pages as a browser gets them (server-rendered HTML): every stored text escaped ({@code <script>}
 * and SQL fragments in every text field), both languages, the forms' post/redirect/get with the CSRF token, and
 * the CSV import's error page naming file, line, column and value.
 */
class WorkspacePagesTest {
    static final String XSS = "<script>alert('x')</script>";
    static final String SQL = "'; DROP TABLE stakeholders; --";
    @TempDir
    static Path data;
    static KlasterServer server;
    static WebClient web;
    static String session;
    static String csrf;

    @BeforeAll
    static void start() throws Exception {
        server = WorkspaceServers.start("sqlite", data);
        web = new WebClient(server);
        HttpResponse<String> r = web.get("/?token=" + WorkspaceServers.TOKEN);
        session = WorkspaceServers.cookie(r, Auth.COOKIE);
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(web.get("/initiatives", "Cookie",
                session).body());
        assertThat(m.find()).isTrue();
        csrf = m.group(1);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> form(String path, String... kv) throws Exception {
        String[] all = new String[kv.length + 2];
        all[0] = "csrf";
        all[1] = csrf;
        System.arraycopy(kv, 0, all, 2, kv.length);
        return web.send("POST", path, WorkspaceServers.form(all).getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", "Cookie", session, "Accept", "text/html");
    }

    static String page(String path) throws Exception {
        HttpResponse<String> r = web.get(path, "Cookie", session, "Accept", "text/html");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void scriptAndSqlInEveryTextFieldAreStoredAndShownHarmlessly() throws Exception {
        String x = XSS + SQL;
        HttpResponse<String> created = post(web, "/api/v1/initiatives", "{\"name\":" + quote("Klaster " + x)
                + ",\"clusterCode\":\"C10\",\"clusterName\":" + quote(x) + ",\"regionCodes\":[\"3374\"],"
                + "\"leadOrganisation\":" + quote(x) + ",\"governanceBody\":" + quote(x) + ",\"isPublic\":true}",
                "Authorization", bearer());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        String base = "/api/v1/initiatives/" + id;
        assertThat(post(web, base + "/stakeholders", "{\"name\":" + quote(x) + ",\"type\":\"SUPPLIER\",\"sentraIkm\":"
                + quote(x) + ",\"committed\":true}", "Authorization", bearer()).statusCode()).isEqualTo(201);
        JsonNode kpi = JSON.readTree(post(web, base + "/kpis", "{\"name\":" + quote(x) + ",\"unit\":" + quote(x)
                + ",\"goal\":\"INVESTMENT\",\"frequency\":\"ANNUAL\",\"aggregation\":\"LAST\"}", "Authorization",
                bearer()).body());
        assertThat(post(web, base + "/kpis/" + kpi.get("id").asText() + "/observations", "{\"date\":\"2025-06-30\","
                + "\"value\":3,\"source\":" + quote(x) + "}", "Authorization", bearer()).statusCode()).isEqualTo(201);
        assertThat(post(web, base + "/actions", "{\"title\":" + quote(x) + ",\"owner\":" + quote(x) + ",\"status\":"
                + "\"ONGOING\",\"kpiIds\":[" + quote(kpi.get("id").asText()) + "]}", "Authorization", bearer())
                .statusCode()).isEqualTo(201);
        assertThat(post(web, base + "/stages", "{\"to\":\"DIAGNOSIS\",\"date\":\"2025-03-01\",\"note\":" + quote(x)
                + ",\"documents\":[{\"title\":" + quote(x) + ",\"type\":\"OTHER\"}],\"version\":1}", "Authorization",
                bearer()).statusCode()).isEqualTo(201);
        assertThat(post(web, "/api/v1/users", "{\"username\":\"xss-user\",\"displayName\":" + quote(x)
                + ",\"password\":\"xss-password\"}", "Authorization", bearer()).statusCode()).isEqualTo(201);
        for (String lang : new String[] {"id", "en"}) {
            for (String p : new String[] {"/initiatives/" + id, "/initiatives", "/users"}) {
                String html = page(p + "?lang=" + lang);
                assertThat(html).as(p).doesNotContain("<script>alert").doesNotContain("</script>alert");
                assertThat(html).as(p).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&#39;; DROP TABLE");
            }
        }
        String html = page("/initiatives/" + id + "?lang=en");
        // the stored text appears in every block: overview, stakeholders, actions, KPIs, stage history, audit log
        int count = html.split(Pattern.quote("&lt;script&gt;"), -1).length - 1;
        assertThat(count).isGreaterThanOrEqualTo(12);
        // the chart data block cannot be closed by a name: '<' travels as \u003c
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"ws-kpi-data\">(.*?)</script>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).doesNotContain("<").contains("\\u003cscript>");
        // the SQL fragment did nothing: the stakeholder table is still there and holds the row
        JsonNode list = JSON.readTree(web.get(base + "/stakeholders", "Authorization", bearer()).body());
        assertThat(list.get(0).get("name").asText()).isEqualTo(x);
        // a file name from the browser is escaped on the import error page
        WebClient.Multipart mp = new WebClient.Multipart().field("csrf", csrf).file("csv", XSS + ".csv", "nama\nx\n");
        HttpResponse<String> imp = web.send("POST", "/initiatives/" + id + "/stakeholders/import", mp.body(),
                mp.contentType(), "Cookie", session, "Accept", "text/html");
        assertThat(imp.statusCode()).isEqualTo(400);
        assertThat(imp.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
        // the anonymous page of a public initiative is escaped too
        HttpResponse<String> anon = web.get("/initiatives/" + id, "Accept", "text/html");
        assertThat(anon.body()).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void theFormsCreateAnInitiativeMoveItsStageImportStakeholdersAndAddAKpi() throws Exception {
        HttpResponse<String> prefill = web.get("/initiatives/new?lang=en&dataset=demo&cluster=Furniture%20%26%20wood"
                + "&region=3320&region_name=Kab.%20Jepara", "Cookie", session, "Accept", "text/html");
        assertThat(prefill.body()).contains("value=\"Cluster initiative Furniture &amp; wood, Kab. Jepara\"")
                .contains("value=\"Furniture-wood\"").contains("value=\"3320\"");
        HttpResponse<String> created = form("/initiatives?lang=en", "name", "Klaster mebel Jepara", "clusterName",
                "Furniture & wood", "clusterCode", "Furniture-wood", "regionCodes", "3320, 3318", "leadOrganisation",
                "Disperindag Jepara", "governanceBody", "Forum Klaster Mebel", "startDate", "2025-01-01");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/initiatives/").endsWith("?lang=en");
        String path = location.substring(0, location.indexOf('?'));
        String html = page(location);
        assertThat(html).contains("Klaster mebel Jepara").contains("3320, 3318").contains("id=\"stage-form\"");
        assertThat(html).containsPattern("<li class=\"current\" data-stage=\"MOBILISATION\">Mobilisation");
        // wrong date: a page naming field and value, in English
        HttpResponse<String> bad = form(path + "/stage?lang=en", "version", "1", "to", "DIAGNOSIS", "date", "31/12/2025");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Field date: &quot;31/12/2025&quot; is not a date");
        HttpResponse<String> moved = form(path + "/stage?lang=en", "version", "1", "to", "DIAGNOSIS", "date",
                "2025-03-01", "note", "Forum meeting 1", "docTitle", "Diagnostic study of the Jepara furniture "
                        + "cluster", "docType", "DIAGNOSTIC_STUDY");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(303);
        html = page(path + "?lang=en");
        assertThat(html).containsPattern("<li class=\"current\" data-stage=\"DIAGNOSIS\">Diagnosis<small>Framework and "
                + "agenda");
        assertThat(html).contains("Diagnostic study of the Jepara furniture cluster");
        // the same form again is now stale (version 1): 409, nothing changed
        assertThat(form(path + "/stage?lang=en", "version", "1", "to", "COLLABORATIVE_STRATEGY", "date", "2025-04-01")
                .statusCode()).isEqualTo(409);
        // CSV import: a bad row is named by file, line, column and value; nothing imported
        WebClient.Multipart bad2 = new WebClient.Multipart().field("csrf", csrf).file("csv", "anggota.csv",
                "nama,jenis,lat,lon\nCV Jati,CORE_FIRM,-6.59,110.67\nUD Ukir,SUPPLIER,abc,110.6\n");
        HttpResponse<String> imp = web.send("POST", path + "/stakeholders/import", bad2.body(), bad2.contentType(),
                "Cookie", session, "Accept", "text/html");
        assertThat(imp.statusCode()).isEqualTo(400);
        assertThat(imp.body()).contains("anggota.csv").contains("baris 3").contains("&quot;lat&quot;")
                .contains("&quot;abc&quot;");
        assertThat(page(path + "?lang=en")).contains("Stakeholders by role (0)");
        WebClient.Multipart good = new WebClient.Multipart().field("csrf", csrf).file("csv", "anggota.csv",
                "nama,jenis,berkomitmen\nCV Jati,CORE_FIRM,ya\nUD Ukir,SUPPLIER,ya\nPoliteknik,KNOWLEDGE_INSTITUTION,tidak\n");
        assertThat(web.send("POST", path + "/stakeholders/import?lang=en", good.body(), good.contentType(), "Cookie",
                session).statusCode()).isEqualTo(303);
        html = page(path + "?lang=en");
        // 2 committed of 2 types (the CSV above) against the default rule of 15 of 2
        assertThat(html).contains("Stakeholders by role (3)").contains("Diversity check not met: 2 committed members "
                + "of 2 types");
        assertThat(html).contains("data-role=\"CORE_FIRM\"").contains("data-role=\"KNOWLEDGE_INSTITUTION\"");
        // a KPI and an observation
        assertThat(form(path + "/kpis?lang=en", "name", "Jobs in furniture", "unit", "persons", "goal",
                "PRODUCTIVITY_EMPLOYMENT", "baselineDate", "2024-12-31", "baselineValue", "12000", "targetDate",
                "2028-12-31", "targetValue", "15000", "frequency", "ANNUAL", "aggregation", "SUM").statusCode())
                .isEqualTo(303);
        html = page(path + "?lang=en");
        Matcher k = Pattern.compile("<option value=\"([^\"]+)\">Jobs in furniture</option>").matcher(html);
        assertThat(k.find()).isTrue();
        assertThat(form(path + "/observations?lang=en", "kpi", k.group(1), "date", "2025-12-31", "value", "12600",
                "source", "Disnaker Jepara").statusCode()).isEqualTo(303);
        html = page(path + "?lang=en");
        // progress = (12600 - 12000) / (15000 - 12000) = 20 % (KpiProgress.share)
        assertThat(html).contains("<td class=\"num actual\">12,600<br><small>2025-12-31").contains("width:20%\"></span>"
                + "</span> 20 %");
        // the manager's edit form names the version it started from: a second save from the same page is a 409
        Matcher v = Pattern.compile("id=\"edit-form\".*?name=\"version\" value=\"(\\d+)\"", Pattern.DOTALL).matcher(html);
        assertThat(v.find()).isTrue();
        String[] edit = {"version", v.group(1), "name", "Klaster mebel Jepara", "clusterName", "Furniture & wood",
            "clusterCode", "Furniture-wood", "regionCodes", "3320", "leadOrganisation", "Disperindag Jepara",
            "governanceBody", "Forum Klaster Mebel", "isPublic", "1"};
        assertThat(form(path + "/edit?lang=en", edit).statusCode()).isEqualTo(303);
        HttpResponse<String> again = form(path + "/edit?lang=en", edit);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("your edit started from version " + v.group(1));
        assertThat(web.get(path + "?lang=en", "Accept", "text/html").statusCode()).as("now public").isEqualTo(200);
        // roles: given by username, listed from the audit log, removed again
        assertThat(post(web, "/api/v1/users", "{\"username\":\"rina\",\"password\":\"rina-password\"}",
                "Authorization", bearer()).statusCode()).isEqualTo(201);
        assertThat(form(path + "/members?lang=en", "username", "rina", "role", "MEMBER").statusCode()).isEqualTo(303);
        assertThat(form(path + "/members?lang=en", "username", "rina", "role", "VIEWER").statusCode()).isEqualTo(303);
        html = page(path + "?lang=en");
        assertThat(html).containsPattern("<tr><td>rina</td><td>Viewer</td>");
        Matcher uid = Pattern.compile("name=\"user\" value=\"([^\"]+)\"").matcher(html);
        assertThat(uid.find()).isTrue();
        assertThat(form(path + "/members/revoke?lang=en", "user", uid.group(1)).statusCode()).isEqualTo(303);
        assertThat(page(path + "?lang=en")).doesNotContain("<tr><td>rina</td>").contains("Nobody has a role");
        assertThat(form(path + "/members?lang=en", "username", "nobody-here", "role", "MEMBER").statusCode())
                .isEqualTo(404);
        // the Indonesian page has the Indonesian words, not the English ones
        String id = page(path + "?lang=id");
        assertThat(id).contains("Pemangku kepentingan menurut peran (3)").contains("Uji keragaman belum terpenuhi")
                .contains("IKU: dasar, capaian, target").contains("Log audit")
                .doesNotContain("Stakeholders by role").doesNotContain("Diversity check").doesNotContain("Audit log");
    }

    @Test
    void signInPageAndHeaderLinks() throws Exception {
        HttpResponse<String> r = web.get("/signin?lang=en");
        assertThat(r.body()).contains("id=\"signin-form\"").contains("type=\"password\"");
        String pre = WorkspaceServers.setCookieHeader(r, "klaster_pre");
        assertThat(pre).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(web.get("/?lang=en").body()).contains("href=\"/initiatives?lang=en\"");
        // the user admin page is for administrators only: an anonymous browser is sent to sign in
        HttpResponse<String> users = web.get("/users?lang=en", "Accept", "text/html");
        assertThat(users.statusCode()).isEqualTo(303);
        assertThat(users.headers().firstValue("Location")).hasValue("/signin?lang=en");
        assertThat(web.get("/api/v1/users").statusCode()).isEqualTo(401);
    }

    @Test
    void onAPublicServerTheWorkspaceFollowsItsRolesWhileDatasetUploadsStayOff(@TempDir Path publicData)
            throws Exception {
        try (KlasterServer pub = KlasterServer.start(WebConfig.defaults(publicData).withPort(0)
                .withAccessToken(WorkspaceServers.TOKEN).withBind("127.0.0.1", true))) {
            WebClient c = new WebClient(pub);
            assertThat(post(c, "/api/v1/initiatives", WorkspaceApiTest.initiativeJson("Public server", true),
                    "Authorization", bearer()).statusCode()).isEqualTo(201);
            assertThat(post(c, "/api/v1/initiatives", WorkspaceApiTest.initiativeJson("Anonymous", true))
                    .statusCode()).isEqualTo(401);
            WebClient.Multipart m = new WebClient.Multipart().file("data", "x.csv", WebApiTest.tidy("Kab"));
            assertThat(c.send("POST", "/api/v1/datasets", m.body(), m.contentType(), "Authorization", bearer())
                    .statusCode()).isEqualTo(403);
        }
    }
}
