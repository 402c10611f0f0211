package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static dev.klaster.web.WorkspaceApiTest.post;
import static dev.klaster.web.WorkspaceApiTest.put;
import static dev.klaster.web.WorkspaceApiTest.quote;
import static dev.klaster.web.WorkspaceServers.JSON;
import static dev.klaster.web.WorkspaceServers.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OVOP / sentra IKM registry through the API and its page, on SQLite and (with {@code KLASTER_TEST_PG})
 * PostgreSQL: 401 / 403 / CSRF, bad fields named with their value, 409 on a stale version, filters, and
 * {@code <script>} in every text field stored and shown harmlessly (table and map data).
 */
class ProductWebTest {
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

    static String product(String name, String category, Integer grade, String certs, String lat, String lon) {
        return "{\"name\":" + quote(name) + ",\"village\":" + quote("Desa " + name) + ",\"regionCode\":\"3320\","
                + "\"producer\":" + quote("KUB " + name) + ",\"kbli\":\"31091\",\"category\":\"" + category + "\","
                + "\"grade\":" + grade + ",\"certifications\":" + certs + ",\"lat\":" + lat + ",\"lon\":" + lon + "}";
    }

    @ParameterizedTest
    @MethodSource("dev.klaster.web.WorkspaceServers#backends")
    void productsAreRegisteredFilteredVersionedAndShownEscaped(String backend) throws Exception {
        WorkspaceApiTest.World w = world(backend);
        String base = "/api/v1/initiatives/" + w.a + "/products";
        String kursi = product("Kursi ukir " + XSS, "FURNITURE", 4, "[\"SNI\",\"TRADEMARK\"]", "-6.59", "110.67");
        assertThat(post(w.web, base, kursi).statusCode()).isEqualTo(401);
        assertThat(post(w.web, base, kursi, w.viewer.headers()).statusCode()).isEqualTo(403);
        assertThat(post(w.web, "/api/v1/initiatives/" + w.b + "/products", kursi, w.manager.headers()).statusCode())
                .isEqualTo(403);
        assertThat(post(w.web, base, kursi, "Cookie", w.member.cookie()).statusCode()).isEqualTo(403);
        for (String[] bad : new String[][] {
            {product("x", "FURNITURE", 6, "[]", "null", "null"), "product.grade", "6"},
            {product("x", "SPACESHIP", 1, "[]", "null", "null"), "category", "SPACESHIP"},
            {product("x", "FOOD", 1, "[\"HALAL\",\"HALAL\"]", "null", "null"), "product.certifications", "HALAL"},
            {product("x", "FOOD", 1, "[]", "-6.5", "null"), null, "-6,5"}}) {
            HttpResponse<String> r = post(w.web, base, bad[0], w.member.headers());
            assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
            JsonNode e = JSON.readTree(r.body());
            if (bad[1] != null) {
                assertThat(e.get("field").asText()).as(r.body()).isEqualTo(bad[1]);
            }
            assertThat(e.get("message").asText()).as(r.body()).contains(bad[2]);
        }
        HttpResponse<String> created = post(w.web, base, kursi, w.member.headers());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode k = JSON.readTree(created.body());
        assertThat(k.get("clusterCode").asText()).isEqualTo("C16");
        assertThat(post(w.web, base, product("Keripik tempe", "FOOD", 3, "[\"PIRT\",\"HALAL\"]", "-6.60", "110.70"),
                w.member.headers()).statusCode()).isEqualTo(201);
        assertThat(post(w.web, base, product("Kopi bubuk", "BEVERAGE", null, "[\"HALAL\"]", "null", "null"),
                w.member.headers()).statusCode()).isEqualTo(201);
        // filters
        JsonNode halal = JSON.readTree(w.web.get(base + "?certification=halal", "Cookie", w.viewer.cookie()).body());
        assertThat(halal).extracting(n -> n.get("name").asText()).containsExactly("Keripik tempe", "Kopi bubuk");
        JsonNode four = JSON.readTree(w.web.get(base + "?minGrade=4", "Cookie", w.viewer.cookie()).body());
        assertThat(four).hasSize(1);
        HttpResponse<String> badGrade = w.web.get(base + "?minGrade=9", "Cookie", w.viewer.cookie());
        assertThat(badGrade.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badGrade.body()).get("field").asText()).isEqualTo("minGrade");
        // stale version
        String one = base + "/" + k.get("id").asText();
        String edit = product("Kursi ukir " + XSS, "FURNITURE", 5, "[\"SNI\"]", "-6.59", "110.67");
        assertThat(put(w.web, one, WorkspaceApiTest.versioned(edit, 1), w.member.headers()).statusCode())
                .isEqualTo(200);
        HttpResponse<String> stale = put(w.web, one, WorkspaceApiTest.versioned(edit, 1), w.member.headers());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(stale.body()).get("storedVersion").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(stale.body()).get("stored").get("grade").asInt()).isEqualTo(5);
        // the page: escaped text, stars, map data for the two placed products
        HttpResponse<String> page = w.web.get("/initiatives/" + w.a + "/products?lang=en", "Cookie",
                w.viewer.cookie(), "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(XSS).contains("Kursi ukir &lt;script&gt;").contains("★★★★★")
                .contains("id=\"product-map\"").contains("2 of 3 products have coordinates")
                .contains("\\u003cscript>").contains("Halal (BPJPH)");
        assertThat(w.web.get("/initiatives/" + w.a + "/products?lang=id&category=FOOD", "Cookie", w.viewer.cookie(),
                "Accept", "text/html").body()).contains("Keripik tempe").doesNotContain("Kopi bubuk")
                .contains("Makanan");
        // the page form, with its CSRF token
        byte[] form = WorkspaceServers.form("csrf", w.member.csrf(), "name", "Batik " + XSS, "producer", "KUB",
                "category", "TEXTILE_GARMENT", "grade", "2", "certifications", "SNI").getBytes(StandardCharsets.UTF_8);
        assertThat(w.web.send("POST", "/initiatives/" + w.a + "/products", form, "application/x-www-form-urlencoded",
                "Cookie", w.member.cookie()).statusCode()).isEqualTo(303);
        byte[] noCsrf = WorkspaceServers.form("name", "x", "producer", "y", "category", "FOOD")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(w.web.send("POST", "/initiatives/" + w.a + "/products", noCsrf, "application/x-www-form-urlencoded",
                "Cookie", w.member.cookie()).statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(w.web.get(base, "Cookie", w.viewer.cookie()).body())).hasSize(4);
        assertThat(w.web.get("/initiatives/" + w.a, "Cookie", w.viewer.cookie(), "Accept", "text/html").body())
                .contains("Produk OVOP / sentra IKM (4)").doesNotContain(XSS);
    }
}
