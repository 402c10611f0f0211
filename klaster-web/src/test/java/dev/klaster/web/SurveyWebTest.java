package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.klaster.web.WorkspaceApiTest.post;
import static dev.klaster.web.WorkspaceApiTest.put;
import static dev.klaster.web.WorkspaceApiTest.quote;
import static dev.klaster.web.WorkspaceServers.JSON;
import static dev.klaster.web.WorkspaceServers.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Survey rounds through the API and the respondent's form, on SQLite and (with {@code KLASTER_TEST_PG})
 * PostgreSQL: 401 / 403 (viewer, manager of another initiative, no CSRF token, another origin), the link's form
 * without sign-in but with its own CSRF token, bad scores naming the field and value (nothing stored), 409 on a
 * stale round, {@code <script>} escaped on both pages, the means (arithmetic means of the scores sent here; 1e-12)
 * and the CSV of {@code klaster analyze --survey}.
 */
class SurveyWebTest {
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

    static String roundJson(String title, LocalDate open, LocalDate close) {
        return "{\"title\":" + quote(title) + ",\"openedOn\":\"" + open + "\""
                + (close == null ? "" : ",\"closedOn\":\"" + close + "\"") + "}";
    }

    /** The respondent's form: status, body, the pre-session cookie and the form's CSRF token. */
    static String[] open(WebClient web, String path) throws Exception {
        HttpResponse<String> r = web.get(path, "Accept", "text/html");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).isTrue();
        return new String[] {r.body(), WorkspaceServers.cookie(r, "klaster_pre"), m.group(1)};
    }

    @ParameterizedTest
    @MethodSource("dev.klaster.web.WorkspaceServers#backends")
    void aRoundIsOpenedAnsweredByLinkAndItsMeansAndCsvComeBack(String backend) throws Exception {
        WorkspaceApiTest.World w = world(backend);
        String base = "/api/v1/initiatives/" + w.a;
        for (String name : new String[] {"CV Jati " + XSS, "UD Ukir"}) {
            HttpResponse<String> s = post(w.web, base + "/stakeholders", WorkspaceApiTest.stakeholder(name),
                    w.member.headers());
            assertThat(s.statusCode()).as(s.body()).isEqualTo(201);
        }
        // who may open a round
        String body = roundJson("Putaran " + XSS, LocalDate.now().minusDays(1), null);
        assertThat(post(w.web, base + "/surveys", body).statusCode()).isEqualTo(401);
        assertThat(post(w.web, base + "/surveys", body, w.viewer.headers()).statusCode()).isEqualTo(403);
        assertThat(post(w.web, "/api/v1/initiatives/" + w.b + "/surveys", body, w.manager.headers()).statusCode())
                .isEqualTo(403);
        assertThat(post(w.web, base + "/surveys", body, "Cookie", w.member.cookie()).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = post(w.web, base + "/surveys", "{\"title\":\"x\",\"openedOn\":\"2026-13-01\"}",
                w.member.headers());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("field").asText()).isEqualTo("openedOn");
        HttpResponse<String> created = post(w.web, base + "/surveys", body, w.member.headers());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode round = JSON.readTree(created.body());
        String one = base + "/surveys/" + round.get("id").asText();

        // invite everyone: one link each, shown only in this answer
        HttpResponse<String> inv = post(w.web, one + "/invitations", "{}", w.member.headers());
        assertThat(inv.statusCode()).as(inv.body()).isEqualTo(201);
        JsonNode links = JSON.readTree(inv.body());
        assertThat(links).hasSize(2);
        Map<String, String> path = new HashMap<>();
        for (JsonNode l : links) {
            String link = l.get("link").asText();
            assertThat(link).contains("/survey/" + l.get("token").asText());
            path.put(l.get("invitation").get("stakeholderName").asText(), link.substring(link.indexOf("/survey/")));
        }
        assertThat(w.web.get(one, "Authorization", bearer()).body()).doesNotContain(links.get(0).get("token").asText());

        // the respondent: no sign-in, Indonesian statements, names escaped
        String jati = path.get("CV Jati " + XSS);
        String[] f = open(w.web, jati);
        assertThat(f[0]).contains("Perusahaan di klaster ini bekerja sama").doesNotContain(XSS)
                .contains("&lt;script&gt;");
        byte[] answer = WorkspaceServers.form("csrf", f[2], "a.cooperation", "2", "a.capital", "4", "a.training", "")
                .getBytes(StandardCharsets.UTF_8);
        // without the form's CSRF token, or from another origin: refused
        assertThat(w.web.send("POST", jati, WorkspaceServers.form("a.cooperation", "2").getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", "Cookie", f[1]).statusCode()).isEqualTo(403);
        assertThat(w.web.send("POST", jati, answer, "application/x-www-form-urlencoded", "Cookie", f[1], "Origin",
                "http://evil.example").statusCode()).isEqualTo(403);
        // a score off the scale: 400 naming the field and the value, nothing stored
        HttpResponse<String> off = w.web.send("POST", jati, WorkspaceServers.form("csrf", f[2], "a.cooperation", "9")
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", f[1]);
        assertThat(off.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(off.body()).get("field").asText()).isEqualTo("answers.cooperation");
        assertThat(JSON.readTree(off.body()).get("value").asText()).isEqualTo("9");
        assertThat(JSON.readTree(w.web.get(one, "Authorization", bearer()).body()).get("respondents").asInt()).isZero();
        HttpResponse<String> ok = w.web.send("POST", jati, answer, "application/x-www-form-urlencoded", "Cookie", f[1]);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(303);
        assertThat(open(w.web, jati + "?saved=1")[0]).contains("id=\"survey-saved\"")
                .contains("id=\"q-cooperation-2\" name=\"a.cooperation\" value=\"2\" checked");
        String[] g = open(w.web, path.get("UD Ukir") + "?lang=en");
        assertThat(g[0]).contains("Firms in this cluster cooperate");
        assertThat(w.web.send("POST", path.get("UD Ukir"), WorkspaceServers.form("csrf", g[2], "a.cooperation", "3")
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", g[1]).statusCode())
                .isEqualTo(303);
        // an unknown link
        assertThat(w.web.get("/survey/" + "A".repeat(43), "Accept", "text/html").statusCode()).isEqualTo(404);

        // the means: cooperation (2 + 3) / 2, capital 4, training nobody
        JsonNode res = JSON.readTree(w.web.get(base + "/surveys?lang=en", "Cookie", w.viewer.cookie()).body());
        assertThat(res.get("likertMax").asInt()).isEqualTo(5);
        JsonNode factors = res.get("rounds").get(0).get("factors");
        Map<String, JsonNode> byId = new HashMap<>();
        factors.forEach(x -> byId.put(x.get("factorId").asText(), x));
        assertThat(byId.get("cooperation").get("mean").asDouble()).isCloseTo(2.5, within(1e-12));
        assertThat(byId.get("capital").get("mean").asDouble()).isCloseTo(4.0, within(1e-12));
        assertThat(byId.get("hr_development").get("mean").isNull()).isTrue();
        assertThat(res.get("rounds").get(0).get("respondents").asInt()).isEqualTo(2);

        // the CSV for klaster analyze --survey
        HttpResponse<String> csv = w.web.get(one + "/answers.csv", "Cookie", w.viewer.cookie());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("region,cluster,indicator,score\n")
                .contains("3320,Furniture,cooperation,2\n").contains("3320,Furniture,capital,4\n")
                .contains("3320,Furniture,cooperation,3\n");

        // the initiative page shows the round, its means and chart data, escaped
        String page = w.web.get("/initiatives/" + w.a, "Cookie", w.viewer.cookie(), "Accept", "text/html").body();
        assertThat(page).contains("id=\"survey-means\"").contains("id=\"ws-survey-data\"").doesNotContain(XSS)
                .contains("Putaran &lt;script&gt;").contains("2,5");

        // stale version: 409 with both versions
        String closed = roundJson("Putaran 1", LocalDate.now().minusDays(3), LocalDate.now().minusDays(1));
        assertThat(put(w.web, one, WorkspaceApiTest.versioned(closed, 1), w.member.headers()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = put(w.web, one, WorkspaceApiTest.versioned(closed, 1), w.member.headers());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("storedVersion").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(stale.body()).get("stored").get("title").asText()).isEqualTo("Putaran 1");
        // closed: the form says so and a post is refused
        String[] h = open(w.web, path.get("UD Ukir"));
        assertThat(h[0]).contains("id=\"survey-closed\"").doesNotContain("id=\"survey-submit\"");
        assertThat(w.web.send("POST", path.get("UD Ukir"), WorkspaceServers.form("csrf", h[2], "a.cooperation", "5")
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", h[1]).statusCode())
                .isEqualTo(400);
    }

    @ParameterizedTest
    @MethodSource("dev.klaster.web.WorkspaceServers#backends")
    void theSurveyRoutesAreInTheOpenApiDocument(String backend) throws Exception {
        WorkspaceApiTest.World w = world(backend);
        JsonNode paths = JSON.readTree(w.web.get("/api/openapi.json").body()).get("paths");
        assertThat(paths.get("/api/v1/initiatives/{initiative}/surveys/{round}").get("put").get("responses")
                .has("409")).isTrue();
        assertThat(paths.has("/api/v1/initiatives/{initiative}/surveys/{round}/answers.csv")).isTrue();
        assertThat(paths.has("/api/v1/initiatives/{initiative}/surveys/{round}/invitations")).isTrue();
    }

    @ParameterizedTest
    @MethodSource("dev.klaster.web.WorkspaceServers#backends")
    void aSignedInMemberEntersAnInviteesAnswersOnItsOwnForm(String backend) throws Exception {
        WorkspaceApiTest.World w = world(backend);
        String base = "/api/v1/initiatives/" + w.a;
        HttpResponse<String> sh = post(w.web, base + "/stakeholders", WorkspaceApiTest.stakeholder("Koperasi Kertas"),
                w.member.headers());
        String sid = JSON.readTree(sh.body()).get("id").asText();
        JsonNode round = JSON.readTree(post(w.web, base + "/surveys", roundJson("Putaran kertas", LocalDate.now(),
                null), w.member.headers()).body());
        String one = base + "/surveys/" + round.get("id").asText();
        JsonNode inv = JSON.readTree(post(w.web, one + "/invitations", "{\"stakeholderIds\":[\"" + sid + "\"]}",
                w.member.headers()).body()).get(0).get("invitation");
        String page = "/initiatives/" + w.a + "/surveys/" + round.get("id").asText() + "/answer/"
                + inv.get("id").asText();
        // the initiative page links the invitee to this form for members, not for viewers
        assertThat(w.web.get("/initiatives/" + w.a, "Cookie", w.member.cookie(), "Accept", "text/html").body())
                .contains(page);
        assertThat(w.web.get("/initiatives/" + w.a, "Cookie", w.viewer.cookie(), "Accept", "text/html").body())
                .doesNotContain(page);
        assertThat(w.web.get(page, "Cookie", w.viewer.cookie(), "Accept", "text/html").statusCode()).isEqualTo(403);
        HttpResponse<String> form = w.web.get(page + "?lang=en", "Cookie", w.member.cookie(), "Accept", "text/html");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("You enter the answers of Koperasi Kertas").contains("id=\"survey-submit\"");
        byte[] body = WorkspaceServers.form("csrf", w.member.csrf(), "a.training", "4", "a.leadership", "2")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(w.web.send("POST", page, WorkspaceServers.form("a.training", "4").getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded", "Cookie", w.member.cookie()).statusCode()).isEqualTo(403);
        assertThat(w.web.send("POST", page, WorkspaceServers.form("csrf", w.viewer.csrf(), "a.training", "4")
                .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", w.viewer.cookie())
                .statusCode()).isEqualTo(403);
        assertThat(w.web.send("POST", page, body, "application/x-www-form-urlencoded", "Cookie", w.member.cookie())
                .statusCode()).isEqualTo(303);
        JsonNode res = JSON.readTree(w.web.get(one, "Cookie", w.viewer.cookie()).body());
        assertThat(res.get("respondents").asInt()).isEqualTo(1);
        Map<String, Double> means = new HashMap<>();
        res.get("factors").forEach(f -> means.put(f.get("factorId").asText(), f.get("mean").isNull() ? null
                : f.get("mean").asDouble()));
        assertThat(means.get("hr_development")).isEqualTo(4.0);
        assertThat(means.get("leadership")).isEqualTo(2.0);
        assertThat(w.web.get(page + "?saved=1", "Cookie", w.member.cookie(), "Accept", "text/html").body())
                .contains("id=\"q-training-4\" name=\"a.training\" value=\"4\" checked");
    }
}
