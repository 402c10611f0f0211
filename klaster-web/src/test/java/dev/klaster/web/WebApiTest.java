package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.klaster.core.demo.DemoKind;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The REST API on a server started in process: listing, the OpenAPI document against the routes really served,
 * list operations, a measure against its definition, uploads (good, repeated, bad, too large, wrong type) and the
 * analysis job.
 */
class WebApiTest {
    static final String TOKEN = "test-token-0123456789abcdef";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path data;
    static KlasterServer server;
    static WebClient web;

    @BeforeAll
    static void start() {
        server = KlasterServer.start(WebConfig.defaults(data).withPort(0).withAccessToken(TOKEN)
                .withMaxUploadBytes(256 * 1024));
        web = new WebClient(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body());
    }

    static String[] bearer() {
        return new String[] {"Authorization", "Bearer " + TOKEN};
    }

    /** A small tidy file: 3 regencies of one province, 2 industries, 2 years (values authored for the test). */
    static String tidy(String name3) {
        return "region,region_name,industry,year,value\n"
                + "3501,Kabupaten Satu,A,2019,10\n3501,Kabupaten Satu,C,2019,5\n"
                + "3502,Kabupaten Dua,A,2019,7\n3502,Kabupaten Dua,C,2019,3\n"
                + "3503," + name3 + ",A,2019,2\n3503," + name3 + ",C,2019,8\n"
                + "3501,Kabupaten Satu,A,2020,11\n3501,Kabupaten Satu,C,2020,6\n"
                + "3502,Kabupaten Dua,A,2020,7\n3502,Kabupaten Dua,C,2020,4\n"
                + "3503," + name3 + ",A,2020,2\n3503," + name3 + ",C,2020,9\n";
    }

    @Test
    void listsTheDemoDatasets() throws Exception {
        HttpResponse<String> r = web.get("/api/v1/datasets?lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode list = json(r);
        assertThat(list.get(0).get("id").asText()).isEqualTo("demo");
        // FineDemo: 514 regencies/cities + 38 provinces + the country (regency-counts.csv, BPS 2020 counts)
        assertThat(list.get(0).get("regions").asInt()).isEqualTo(553);
        assertThat(list.get(0).get("industries").asInt()).isEqualTo(119);
        assertThat(list.get(0).get("synthetic").asBoolean()).isTrue();
        assertThat(list.get(1).get("id").asText()).isEqualTo("demo-sections");
    }

    @Test
    void everyServedApiRouteIsDocumentedAndEveryDocumentedRouteIsServed() throws Exception {
        Set<String> served = new HashSet<>();
        for (String s : server.servedRoutes()) {
            if (s.split(" ", 2)[1].startsWith("/api/")) {
                served.add(s);
            }
        }
        Set<String> documented = new HashSet<>(server.documentedRoutes());
        assertThat(served).isEqualTo(documented);
        JsonNode doc = json(web.get("/api/openapi.json"));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        int ops = 0;
        for (var it = doc.get("paths").fields(); it.hasNext(); ) {
            ops += it.next().getValue().size();
        }
        assertThat(ops).isEqualTo(documented.size());
    }

    @Test
    void everyDocumentedGetRouteAnswersWithADocumentedStatus() throws Exception {
        JsonNode doc = json(web.get("/api/openapi.json"));
        List<String> failures = new ArrayList<>();
        for (var it = doc.get("paths").fields(); it.hasNext(); ) {
            var e = it.next();
            JsonNode get = e.getValue().get("get");
            if (get == null) {
                continue;
            }
            String path = e.getKey().replace("{dataset}", "demo-sections").replace("{measure}", "lq")
                    .replace("{table}", "cluster_strength").replace("{section}", "leading")
                    .replace("{region}", "35").replace("{cluster}", "x").replace("{job}", "none")
                    .replaceAll("\\{[a-z]+\\}", "none"); // workspace ids: {initiative}, {kpi} ... (404)
            HttpResponse<String> r = web.get(path);
            for (int i = 0; i < 600 && r.statusCode() == 202; i++) { // the analysis job of demo-sections
                Thread.sleep(100);
                r = web.get(path);
            }
            if (!get.get("responses").has(String.valueOf(r.statusCode()))) {
                failures.add(path + " -> " + r.statusCode() + " " + r.body().substring(0,
                        Math.min(200, r.body().length())));
            }
            if (r.statusCode() >= 400) {
                assertThat(json(r).get("status").asInt()).as(path).isEqualTo(r.statusCode());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void locationQuotientMatchesItsDefinition() throws Exception {
        // LQ_ri = (e_ri / e_r) / (e_i / e) (Isard 1960; Miller & Blair, Input-Output Analysis, 2009, eq. 8.3),
        // computed here from the demo panel itself over the provinces the API analyses
        Panel p = DemoKind.SECTIONS.panel("id").atLevel(dev.klaster.core.model.RegionLevel.PROVINCE);
        int y = p.yearCount() - 1;
        int r = 0;
        int i = p.industries().indexOf("C");
        double eri = p.get(Measure.EMPLOYMENT, y, r, i);
        double er = 0;
        double ei = 0;
        double e = 0;
        for (int a = 0; a < p.regions().size(); a++) {
            for (int b = 0; b < p.industries().size(); b++) {
                double v = p.get(Measure.EMPLOYMENT, y, a, b);
                e += v;
                er += a == r ? v : 0;
                ei += b == i ? v : 0;
            }
        }
        double expected = (eri / er) / (ei / e);
        String code = p.regions().get(r).code();
        JsonNode t = json(web.get("/api/v1/datasets/demo-sections/measures/lq?variable=employment&level=province"
                + "&filter=region=" + code + "&filter=industry=C"));
        assertThat(t.get("total").asInt()).isEqualTo(1);
        int col = column(t, "value"); // the registry answers long tables: region, industry, year, measure, value
        assertThat(t.get("rows").get(0).get(col).asDouble()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aCustomRegionIsTheSumOfItsMembers() throws Exception {
        Panel p = DemoKind.SECTIONS.panel("id").atLevel(dev.klaster.core.model.RegionLevel.PROVINCE);
        int y = p.yearCount() - 1;
        String a = p.regions().get(0).code();
        String m1 = p.regions().get(1).code();
        String m2 = p.regions().get(2).code();
        JsonNode c = json(web.get("/api/v1/datasets/demo-sections/compare?regions=" + a + "&custom=Koridor:" + m1
                + "," + m2 + "&variable=employment&filter=industry=C&lang=en"));
        // share of C in the merged region = (e_1C + e_2C) / (e_1 + e_2); LQ = that share / (e_C / e), the LQ of
        // Isard (1960) applied to the sum of the members
        int i = p.industries().indexOf("C");
        double num = 0;
        double den = 0;
        double ec = 0;
        double e = 0;
        for (int r = 0; r < p.regions().size(); r++) {
            for (int k = 0; k < p.industries().size(); k++) {
                double v = p.get(Measure.EMPLOYMENT, y, r, k);
                e += v;
                ec += k == i ? v : 0;
                if (r == 1 || r == 2) {
                    den += v;
                    num += k == i ? v : 0;
                }
            }
        }
        JsonNode row = c.get("rows").get(0);
        assertThat(row.get(column(c, "Koridor_share_pct")).asDouble()).isCloseTo(100 * num / den, within(1e-10));
        assertThat(row.get(column(c, "Koridor_lq")).asDouble()).isCloseTo((num / den) / (ec / e), within(1e-12));
        assertThat(c.get("notes").toString()).contains("Koridor = the sum of 2 regions");
        JsonNode sim = json(web.get("/api/v1/datasets/demo-sections/similar?custom=Koridor:" + m1 + "," + m2
                + "&variable=employment"));
        assertThat(sim.get("total").asInt()).isEqualTo(10);
        for (JsonNode r : sim.get("rows")) {
            assertThat(r.get(column(sim, "region")).asText()).as("members are left out").isNotIn(m1, m2);
        }
        assertThat(web.get("/api/v1/datasets/demo-sections/similar").statusCode()).isEqualTo(400);
    }

    @Test
    void aRepeatedRequestIsAnsweredFromTheCacheWithTheSameBody() throws Exception {
        String url = "/api/v1/datasets/demo-sections/analysis/tables/cluster_strength?lang=en&sort=-stars";
        HttpResponse<String> first = web.get(url);
        for (int i = 0; i < 600 && first.statusCode() == 202; i++) {
            Thread.sleep(100);
            first = web.get(url);
        }
        assertThat(first.statusCode()).isEqualTo(200);
        long hits = server.responses().hits();
        HttpResponse<String> again = web.get(url);
        assertThat(server.responses().hits()).isEqualTo(hits + 1);
        assertThat(again.body()).isEqualTo(first.body());
        // a browser's request (gzip accepted) gets the same body compressed, and says so
        HttpResponse<byte[]> gz = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(web.base + url)).header("Accept-Encoding", "gzip").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(gz.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body()))) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(first.body());
        }
        // the CSV of the same table is another answer, not the JSON one
        HttpResponse<String> csv = web.get(url + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    }

    static int column(JsonNode t, String name) {
        for (int c = 0; c < t.get("columns").size(); c++) {
            if (t.get("columns").get(c).get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no column " + name + " in " + t.get("columns"));
    }

    @Test
    void listOperationsSortTopFilterFieldsPageAndCsv() throws Exception {
        String base = "/api/v1/datasets/demo-sections/measures/lq?variable=employment&level=province";
        JsonNode all = json(web.get(base + "&limit=10000"));
        int n = all.get("total").asInt();
        assertThat(n).isEqualTo(38 * 17); // 38 provinces x 17 sections of the section demo
        JsonNode top = json(web.get(base + "&sort=-value&top=5&fields=region,industry,value"));
        assertThat(top.get("columns")).hasSize(3);
        assertThat(top.get("rows")).hasSize(5);
        double prev = Double.POSITIVE_INFINITY;
        for (JsonNode row : top.get("rows")) {
            assertThat(row.get(2).asDouble()).isLessThanOrEqualTo(prev);
            prev = row.get(2).asDouble();
        }
        JsonNode page2 = json(web.get(base + "&limit=7&page=2"));
        assertThat(page2.get("rows").get(0)).isEqualTo(all.get("rows").get(7));
        JsonNode big = json(web.get(base + "&filter=value%3E%3D2&limit=10000"));
        for (JsonNode row : big.get("rows")) {
            assertThat(row.get(column(big, "value")).asDouble()).isGreaterThanOrEqualTo(2);
        }
        HttpResponse<String> csv = web.get(base + "&fields=region,industry,value", "Accept", "text/csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\ufeffregion,industry,value\r\n");
        assertThat(csv.body().split("\r\n")).hasSize(n + 1);
        HttpResponse<String> bad = web.get(base + "&sort=nonsense");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("sort");
        assertThat(json(bad).get("value").asText()).isEqualTo("nonsense");
        assertThat(bad.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void uploadIsValidatedStoredOnceAndDeletable() throws Exception {
        WebClient.Multipart m = new WebClient.Multipart().field("title", "Tiga kabupaten")
                .file("data", "tiga.csv", tidy("Kabupaten Tiga"));
        HttpResponse<String> r = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(), bearer());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String id = json(r).get("id").asText();
        assertThat(id).matches("u[0-9a-f]{16}");
        assertThat(json(r).get("regions").asInt()).isEqualTo(3);
        assertThat(json(r).get("files").get("data").asText()).isEqualTo("tiga.csv");
        HttpResponse<String> again = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(), bearer());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id").asText()).isEqualTo(id);
        assertThat(json(web.get("/api/v1/datasets/" + id + "/regions?q=dua")).get(0).get("code").asText())
                .isEqualTo("3502");
        HttpResponse<String> del = web.send("DELETE", "/api/v1/datasets/" + id, null, null, bearer());
        assertThat(del.statusCode()).isEqualTo(204);
        assertThat(web.get("/api/v1/datasets/" + id).statusCode()).isEqualTo(404);
        assertThat(Files.exists(data.resolve("datasets").resolve(id))).isFalse();
    }

    @Test
    void badDataIsRefusedNamingFileLineColumnAndValueAndLeavesNothing() throws Exception {
        String bad = "region,industry,year,value\n3501,A,2019,10\n3501,C,2019,lima\n";
        WebClient.Multipart m = new WebClient.Multipart().file("data", "salah.csv", bad);
        HttpResponse<String> r = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(), bearer());
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode e = json(r);
        assertThat(e.get("message").asText()).contains("salah.csv").contains("line 3").contains("lima");
        assertThat(e.get("message").asText()).doesNotContain(data.toString());
        assertThat(e.get("value").asText()).isEqualTo("lima");
        assertThat(leftovers()).isEmpty();
    }

    static List<Path> leftovers() throws Exception {
        try (Stream<Path> s = Stream.concat(Files.list(data.resolve("tmp")), Files.list(data.resolve("datasets")))) {
            return s.toList();
        }
    }

    @Test
    void tooLargeWrongTypeAndUnknownFieldsAreRefused() throws Exception {
        byte[] big = new byte[300 * 1024];
        java.util.Arrays.fill(big, (byte) '1');
        WebClient.Multipart m = new WebClient.Multipart().file("data", "big.csv", big);
        // the server answers 413 from the Content-Length and closes the connection; a client still writing the body
        // may then see the connection closed before it reads the answer (a race of the transport, not a refusal
        // of another kind): such an attempt is repeated, and the answer must be 413
        HttpResponse<String> r = null;
        for (int attempt = 0; attempt < 5 && r == null; attempt++) {
            try {
                r = web.send("POST", "/api/v1/datasets", m.body(), m.contentType(), bearer());
            } catch (java.io.IOException closed) {
                Thread.sleep(50);
            }
        }
        assertThat(r).as("an answer within 5 attempts").isNotNull();
        assertThat(r.statusCode()).isEqualTo(413);
        HttpResponse<String> json = web.send("POST", "/api/v1/datasets", "{}".getBytes(), "application/json",
                bearer());
        assertThat(json.statusCode()).isEqualTo(415);
        WebClient.Multipart exe = new WebClient.Multipart().file("data", "data.exe", "x");
        HttpResponse<String> ex = web.send("POST", "/api/v1/datasets", exe.body(), exe.contentType(), bearer());
        assertThat(ex.statusCode()).isEqualTo(400);
        assertThat(json(ex).get("field").asText()).isEqualTo("data");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void analysisRunsAsAJobAndExposesSectionsTablesAndProfiles() throws Exception {
        HttpResponse<String> r = web.get("/api/v1/datasets/demo-sections/analysis?lang=en");
        for (int i = 0; i < 600 && r.statusCode() == 202; i++) {
            assertThat(json(r).get("state").asText()).isIn("queued", "running");
            Thread.sleep(100);
            r = web.get("/api/v1/datasets/demo-sections/analysis?lang=en");
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = json(r);
        assertThat(a.get("regions").asInt()).isEqualTo(38); // the section demo's 38 provinces
        List<String> sections = new ArrayList<>();
        a.get("sections").forEach(s -> sections.add(s.get("id").asText()));
        assertThat(sections).contains("leading", "clusters", "competitiveness", "impact");
        JsonNode sec = json(web.get("/api/v1/datasets/demo-sections/analysis/sections/clusters?lang=en"));
        assertThat(sec.get("blocks").size()).isGreaterThan(0);
        boolean chart = false;
        for (JsonNode b : sec.get("blocks")) {
            chart |= b.has("option") && b.get("option").has("series");
        }
        assertThat(chart).as("an ECharts option with series").isTrue();
        JsonNode strength = json(web.get("/api/v1/datasets/demo-sections/analysis/tables/cluster_strength?lang=en"
                + "&sort=-stars&top=1"));
        String region = strength.get("rows").get(0).get(column(strength, "region")).asText();
        JsonNode prof = json(web.get("/api/v1/datasets/demo-sections/regions/" + region + "/profile?lang=en"));
        assertThat(prof.get("tables").has("cluster_strength")).isTrue();
        JsonNode rows = prof.get("tables").get("cluster_strength");
        for (JsonNode row : rows.get("rows")) {
            assertThat(row.get(column(rows, "region")).asText()).isEqualTo(region);
        }
        HttpResponse<String> html = web.get("/api/v1/datasets/demo-sections/report.html?lang=en");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("<html").contains("SYNTHETIC DEMO DATA");
    }

    static JsonNode finished(String path) throws Exception {
        HttpResponse<String> r = web.get(path);
        for (int i = 0; i < 600 && r.statusCode() == 202; i++) {
            Thread.sleep(100);
            r = web.get(path);
        }
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json(r);
    }

    @Test
    void theImpactScenarioScalesWithTheGrowthParameter() throws Exception {
        // the Leontief model is linear: Δx = L·Δf (Miller & Blair 2009, eq. 2.11), so 20 % growth of final demand
        // gives exactly twice the jobs of 10 % (up to floating-point rounding)
        String q = "/api/v1/datasets/demo-sections/analysis/tables/cluster_impact?lang=en&filter=measure=jobs_total"
                + "&sort=cluster";
        JsonNode ten = finished(q + "&growth=10");
        JsonNode twenty = finished(q + "&growth=20");
        assertThat(ten.get("total").asInt()).isGreaterThan(0).isEqualTo(twenty.get("total").asInt());
        int v = column(ten, "value");
        for (int i = 0; i < ten.get("rows").size(); i++) {
            double a = ten.get("rows").get(i).get(v).asDouble();
            double b = twenty.get("rows").get(i).get(v).asDouble();
            assertThat(b).isCloseTo(2 * a, within(1e-9 * Math.max(1, Math.abs(a))));
        }
        HttpResponse<String> bad = web.get(q + "&growth=5000");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("field").asText()).isEqualTo("growth");
    }

    @Test
    void compareAndSimilarRegionsFollowTheirDefinitions() throws Exception {
        Panel p = DemoKind.SECTIONS.panel("id").atLevel(dev.klaster.core.model.RegionLevel.PROVINCE);
        int y = p.yearCount() - 1;
        String a = p.regions().get(0).code();
        String b = p.regions().get(1).code();
        JsonNode c = json(web.get("/api/v1/datasets/demo-sections/compare?regions=" + a + "," + b
                + "&variable=employment&filter=industry=C"));
        assertThat(c.get("total").asInt()).isEqualTo(1);
        // share of C in region a = e_aC / Σ_i e_ai, in percent (the definition of an industry share)
        double sum = 0;
        for (int i = 0; i < p.industries().size(); i++) {
            sum += p.get(Measure.EMPLOYMENT, y, 0, i);
        }
        double share = 100 * p.get(Measure.EMPLOYMENT, y, 0, p.industries().indexOf("C")) / sum;
        assertThat(c.get("rows").get(0).get(column(c, a + "_share_pct")).asDouble()).isCloseTo(share,
                within(1e-10));
        JsonNode sim = json(web.get("/api/v1/datasets/demo-sections/regions/" + a + "/similar?variable=employment"));
        assertThat(sim.get("total").asInt()).isEqualTo(10);
        // Krugman (1991) K = Σ_i |s_ai − s_bi| for the closest region, recomputed here from the panel
        String nearest = sim.get("rows").get(0).get(column(sim, "region")).asText();
        int q = p.regions().indexOf(nearest);
        double sq = 0;
        for (int i = 0; i < p.industries().size(); i++) {
            sq += p.get(Measure.EMPLOYMENT, y, q, i);
        }
        double k = 0;
        for (int i = 0; i < p.industries().size(); i++) {
            k += Math.abs(p.get(Measure.EMPLOYMENT, y, 0, i) / sum - p.get(Measure.EMPLOYMENT, y, q, i) / sq);
        }
        assertThat(sim.get("rows").get(0).get(column(sim, "krugman")).asDouble()).isCloseTo(k, within(1e-12));
        double prev = -1;
        for (JsonNode row : sim.get("rows")) {
            double v = row.get(column(sim, "krugman")).asDouble();
            assertThat(v).isBetween(0.0, 2.0).isGreaterThanOrEqualTo(prev);
            prev = v;
        }
        assertThat(web.get("/api/v1/datasets/demo-sections/compare?regions=" + a).statusCode()).isEqualTo(400);
        assertThat(web.get("/api/v1/datasets/demo-sections/compare?regions=" + a + "&custom=NoColon").statusCode())
                .isEqualTo(400);
        HttpResponse<String> badMember = web.get("/api/v1/datasets/demo-sections/compare?regions=" + a
                + "&custom=X:" + b + ",nowhere");
        assertThat(badMember.statusCode()).isEqualTo(400);
        assertThat(json(badMember).get("field").asText()).isEqualTo("custom");
        assertThat(json(badMember).get("value").asText()).isEqualTo("nowhere");
        assertThat(web.get("/api/v1/datasets/demo-sections/compare?regions=" + a + ",nowhere").statusCode())
                .isEqualTo(400);
    }
}
