package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Servers for the workspace tests: one on SQLite (a file in a temporary folder) always, one on PostgreSQL when
 * {@code KLASTER_TEST_PG} holds a {@code postgresql://user:pass@host:port/db} address (its workspace tables are
 * dropped first). Without it the PostgreSQL cases are skipped with a message saying so. Also the sign-in steps a
 * browser takes, for tests that act as a workspace user.
 */
final class WorkspaceServers {
    static final String PG_ENV = "KLASTER_TEST_PG";
    static final String TOKEN = "workspace-token-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();
    /** The workspace tables (klaster-workspace's V1 and V2 migrations) and Flyway's history. */
    private static final List<String> TABLES = List.of("evaluation_kpis", "evaluations", "audit_log", "action_kpis", "actions", "kpi_observations",
            "kpis", "stakeholders", "endorsed_documents", "stage_changes", "memberships", "initiative_regions",
            "initiatives", "users", "survey_answers", "survey_invitations", "survey_rounds", "product_certifications", "products",
            "flyway_schema_history");
    private static boolean warned;

    private WorkspaceServers() {
    }

    static List<String> backends() {
        if (pgUrl() == null && !warned) {
            warned = true;
            System.out.println("[klaster-web] " + PG_ENV + " is not set: the PostgreSQL cases of the workspace tests are "
                    + "SKIPPED (e.g. " + PG_ENV + "=postgresql://klaster:klaster@127.0.0.1:5432/klaster_test)");
        }
        return List.of("sqlite", "postgresql");
    }

    static String pgUrl() {
        String v = System.getenv(PG_ENV);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** A started server on a fresh workspace of {@code backend}; skips the test for PostgreSQL when unset. */
    static KlasterServer start(String backend, Path data) {
        String url;
        if (backend.equals("sqlite")) {
            url = null; // the default: DATA/workspace.db
        } else {
            url = pgUrl();
            assumeTrue(url != null, PG_ENV + " is not set: PostgreSQL case skipped");
            resetPostgres(url);
        }
        return KlasterServer.start(WebConfig.defaults(data).withPort(0).withAccessToken(TOKEN).withDbUrl(url));
    }

    static void resetPostgres(String url) {
        java.net.URI u = java.net.URI.create(url);
        String[] userInfo = u.getUserInfo() == null ? new String[] {null, null} : u.getUserInfo().split(":", 2);
        String jdbc = "jdbc:postgresql://" + u.getHost() + ":" + (u.getPort() < 0 ? 5432 : u.getPort()) + u.getPath();
        try (Connection c = DriverManager.getConnection(jdbc, userInfo[0], userInfo.length > 1 ? userInfo[1] : null);
             Statement s = c.createStatement()) {
            for (String t : TABLES) {
                s.execute("DROP TABLE IF EXISTS " + t + " CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reset the PostgreSQL test database", e);
        }
    }

    static String form(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            sb.append(sb.length() == 0 ? "" : "&").append(URLEncoder.encode(kv[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    static String cookie(HttpResponse<?> r, String name) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith(name + "=")) {
                return c.substring(0, c.indexOf(';'));
            }
        }
        return null;
    }

    static String setCookieHeader(HttpResponse<?> r, String name) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith(name + "=")) {
                return c;
            }
        }
        return null;
    }

    /** The sign-in page's pre-session cookie and CSRF token. */
    static String[] signInForm(WebClient web) throws Exception {
        HttpResponse<String> page = web.get("/signin");
        assertThat(page.statusCode()).isEqualTo(200);
        String pre = cookie(page, "klaster_pre");
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("the sign-in form carries a CSRF token").isTrue();
        return new String[] {pre, m.group(1)};
    }

    /** Posts the sign-in form. */
    static HttpResponse<String> postSignIn(WebClient web, String username, String password) throws Exception {
        String[] f = signInForm(web);
        return web.send("POST", "/signin", form("csrf", f[1], "username", username, "password", password).getBytes(
                StandardCharsets.UTF_8), "application/x-www-form-urlencoded", "Cookie", f[0]);
    }

    /** Signs in with a password; returns the session cookie and the session's CSRF token. */
    static Session signIn(WebClient web, String username, String password) throws Exception {
        HttpResponse<String> r = postSignIn(web, username, password);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
        String session = cookie(r, Auth.COOKIE);
        assertThat(session).isNotNull();
        JsonNode me = JSON.readTree(web.get("/api/v1/me", "Cookie", session).body());
        assertThat(me.get("user").get("username").asText()).isEqualTo(username);
        return new Session(session, me.get("csrf").asText());
    }

    record Session(String cookie, String csrf) {
        String[] headers() {
            return new String[] {"Cookie", cookie, Auth.CSRF_HEADER, csrf};
        }
    }

    static String bearer() {
        return "Bearer " + TOKEN;
    }
}
