package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's safety rules: sign-in and CSRF on every state change, read-only public mode, no path outside the
 * data folder, names from data escaped in every page, a content-security policy that allows only the server's own
 * assets, and errors without stack traces.
 */
class WebSecurityTest {
    static final String TOKEN = "security-token-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    @TempDir
    static Path publicData;
    static KlasterServer server;
    static KlasterServer readOnly;
    static WebClient web;
    static WebClient ro;

    @BeforeAll
    static void start() {
        server = KlasterServer.start(WebConfig.defaults(data).withPort(0).withAccessToken(TOKEN));
        readOnly = KlasterServer.start(WebConfig.defaults(publicData).withPort(0).withAccessToken(TOKEN)
                .withBind("127.0.0.1", true));
        web = new WebClient(server);
        ro = new WebClient(readOnly);
    }

    @AfterAll
    static void stop() {
        server.close();
        readOnly.close();
    }

    static WebClient.Multipart upload(String regionName) {
        return new WebClient.Multipart().file("data", "x.csv", WebApiTest.tidy(regionName));
    }

    /** Signs in like a browser: the token URL answers a redirect with the session cookie. */
    static String[] signIn() throws Exception {
        HttpResponse<String> r = web.get("/?token=" + TOKEN);
        assertThat(r.statusCode()).isBetween(300, 399);
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String session = cookie.substring(0, cookie.indexOf(';'));
        String home = web.get("/", "Cookie", session).body();
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(home);
        assertThat(m.find()).as("the signed-in home page carries a CSRF token").isTrue();
        return new String[] {session, m.group(1)};
    }

    @Test
    void stateChangesNeedSignIn() throws Exception {
        WebClient.Multipart m = upload("Kabupaten Tiga");
        HttpResponse<String> r = web.send("POST", "/api/v1/datasets", m.body(), m.contentType());
        assertThat(r.statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(),
                "Authorization", "Bearer not-the-token-at-all");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(web.get("/?token=guess-guess-guess-guess").statusCode()).isEqualTo(401);
        assertThat(web.send("DELETE", "/api/v1/datasets/demo", null, null).statusCode()).isEqualTo(401);
        assertThat(web.send("POST", "/datasets/demo/delete", "csrf=x".getBytes(),
                "application/x-www-form-urlencoded").statusCode()).isEqualTo(401);
    }

    @Test
    void aCookieSessionNeedsTheCsrfTokenAndTheSameOrigin() throws Exception {
        String[] s = signIn();
        WebClient.Multipart m = upload("Kabupaten Tiga");
        HttpResponse<String> noToken = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(),
                "Cookie", s[0]);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.body()).contains("CSRF");
        HttpResponse<String> wrong = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(),
                "Cookie", s[0], Auth.CSRF_HEADER, "forged");
        assertThat(wrong.statusCode()).isEqualTo(403);
        HttpResponse<String> foreign = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(),
                "Cookie", s[0], Auth.CSRF_HEADER, s[1], "Origin", "http://evil.example");
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<String> ok = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(),
                "Cookie", s[0], Auth.CSRF_HEADER, s[1]);
        assertThat(ok.statusCode()).as(ok.body()).isIn(200, 201);
        // the form field works as well as the header (the pages' forms)
        WebClient.Multipart form = upload("Kabupaten Empat").field("csrf", s[1]);
        HttpResponse<String> viaForm = web.send("POST", "/datasets", form.body(), form.contentType(),
                "Cookie", s[0]);
        assertThat(viaForm.statusCode()).isEqualTo(303);
        assertThat(viaForm.headers().firstValue("Location").orElse("")).startsWith("/datasets/u");
    }

    @Test
    void aPublicServerIsReadOnly() throws Exception {
        WebClient.Multipart m = upload("Kabupaten Tiga");
        HttpResponse<String> r = ro.send("POST", "/api/v1/datasets", m.body(), m.contentType(),
                "Authorization", "Bearer " + TOKEN);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("read-only");
        assertThat(ro.get("/api/v1/datasets").statusCode()).isEqualTo(200);
        try (Stream<Path> s = Files.list(publicData.resolve("datasets"))) {
            assertThat(s.count()).isZero();
        }
    }

    @Test
    void noPathLeavesTheDataFolder() throws Exception {
        Path outside = data.getParent().resolve("klaster-outside-" + System.nanoTime());
        Files.createDirectories(outside.resolve("datasets-x"));
        for (String id : new String[] {"..%2F..%2Fetc", "..", "%2e%2e", "demo%2F..%2F..", "u..%5C..",
                "..%2F" + outside.getFileName()}) {
            HttpResponse<String> r = web.get("/api/v1/datasets/" + id);
            assertThat(r.statusCode()).as(id).isIn(400, 404);
            HttpResponse<String> d = web.send("DELETE", "/api/v1/datasets/" + id, null, null,
                    "Authorization", "Bearer " + TOKEN);
            assertThat(d.statusCode()).as(id).isIn(400, 404);
            assertThat(r.body()).doesNotContain("root:");
        }
        assertThat(Files.isDirectory(outside.resolve("datasets-x"))).isTrue();
        // a file name with a path is kept as a name only; the file lands as data.csv inside the dataset folder
        WebClient.Multipart m = new WebClient.Multipart().file("data", "../../../evil.csv",
                WebApiTest.tidy("Kabupaten Jahat"));
        HttpResponse<String> up = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(),
                "Authorization", "Bearer " + TOKEN);
        assertThat(up.statusCode()).isIn(200, 201);
        JsonNode info = JSON.readTree(up.body());
        assertThat(info.get("files").get("data").asText()).isEqualTo("evil.csv");
        assertThat(Files.exists(data.getParent().resolve("evil.csv"))).isFalse();
        assertThat(Files.exists(data.resolve("datasets").resolve(info.get("id").asText()).resolve("data.csv")))
                .isTrue();
        assertThat(web.get("/assets/..%2F..%2Fdev/klaster/web/web_id.properties").statusCode()).isIn(400, 404);
    }

    @Test
    void namesFromDataAreEscapedInEveryPage() throws Exception {
        String evil = "<script>alert('x')</script>";
        WebClient.Multipart m = new WebClient.Multipart().field("title", "<img src=x onerror=alert(1)>")
                .file("data", "<b>x</b>.csv", WebApiTest.tidy(evil));
        HttpResponse<String> up = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(),
                "Authorization", "Bearer " + TOKEN);
        assertThat(up.statusCode()).as(up.body()).isIn(200, 201);
        String id = JSON.readTree(up.body()).get("id").asText();
        String home = web.get("/").body();
        assertThat(home).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(1)&gt;");
        String page = "/datasets/" + id + "?tab=regions";
        HttpResponse<String> r = web.get(page);
        for (int i = 0; i < 300 && r.statusCode() == 202; i++) {
            Thread.sleep(100);
            r = web.get(page);
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain(evil).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        String region = web.get("/datasets/" + id + "/regions/3503").body();
        assertThat(region).doesNotContain(evil);
        // in the embedded chart data the name is JSON inside a script block, with "</script" broken up
        String tab = web.get("/datasets/" + id + "?tab=leading").body();
        assertThat(tab).doesNotContain("</script>alert").doesNotContain(evil);
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
        for (String p : new String[] {"/", "/datasets/demo-sections", "/measures", "/api/v1/datasets", "/nowhere"}) {
            HttpResponse<String> r = web.get(p);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(p).contains("default-src 'self'").contains("script-src 'self'")
                    .doesNotContain("unsafe-eval");
            assertThat(csp.replace("style-src 'self' 'unsafe-inline'", "")).doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options").orElse("")).isEqualTo("nosniff");
        }
        String home = web.get("/").body();
        assertThat(home).doesNotContainPattern("<script(?![^>]*(src=\"/|type=\"application/json\"))");
        assertThat(home).doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void errorsAreJsonWithoutStackTraces() throws Exception {
        HttpResponse<String> r = web.get("/api/v1/datasets/nope");
        assertThat(r.statusCode()).isEqualTo(404);
        JsonNode e = JSON.readTree(r.body());
        assertThat(e.get("status").asInt()).isEqualTo(404);
        assertThat(e.get("message").asText()).contains("nope");
        HttpResponse<String> bad = web.get("/api/v1/datasets/demo-sections/measures/lq?year=abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("field").asText()).isEqualTo("year");
        HttpResponse<String> page = web.get("/datasets/nope", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html").doesNotContain("\tat ").doesNotContain("Exception");
    }
}
