package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static dev.klaster.web.WorkspaceApiTest.post;
import static dev.klaster.web.WorkspaceServers.JSON;
import static dev.klaster.web.WorkspaceServers.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-initiative export (JSON, xlsx) and import (JSON) and the stakeholder import from .xlsx through the API and
 * the pages, on SQLite and (with {@code KLASTER_TEST_PG}) PostgreSQL: who may (401, 403, CSRF), no password in an
 * export, a bad document or cell refused with its place named and nothing written.
 */
class ExportImportWebTest {
    @TempDir
    static Path sqliteData;
    @TempDir
    static Path pgData;
    private static final Map<String, WorkspaceApiTest.World> WORLDS = new HashMap<>();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

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

    static HttpResponse<byte[]> bytes(WorkspaceApiTest.World w, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + w.server.port() + path));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static byte[] xlsx(String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("stakeholders");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    static int initiatives(WorkspaceApiTest.World w) throws Exception {
        return JSON.readTree(w.web.get("/api/v1/initiatives", "Authorization", bearer()).body()).size();
    }

    @ParameterizedTest
    @MethodSource("dev.klaster.web.WorkspaceServers#backends")
    void anInitiativeGoesOutAsJsonAndXlsxAndComesBackAsACopy(String backend) throws Exception {
        WorkspaceApiTest.World w = world(backend);
        String base = "/api/v1/initiatives/" + w.a;
        // stakeholders from an .xlsx through the API: a bad cell first (400 naming file, sheet, cell, value)
        byte[] bad = xlsx(new String[][] {{"nama", "jenis", "ukuran"}, {"CV Jepara", "CORE_FIRM", "SMALL"},
            {"UD Ukir", "SUPPLIER", "RAKSASA"}});
        HttpResponse<String> refused = w.web.send("POST", base + "/stakeholders/import?file=anggota.xlsx", bad,
                WorkspaceRoutes.XLSX, w.member.headers());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        JsonNode e = JSON.readTree(refused.body());
        assertThat(e.get("file").asText()).isEqualTo("anggota.xlsx sheet 'stakeholders'");
        assertThat(e.get("line").asInt()).isEqualTo(3);
        assertThat(e.get("column").asText()).isEqualTo("ukuran (cell C3)");
        assertThat(e.get("value").asText()).isEqualTo("RAKSASA");
        assertThat(JSON.readTree(w.web.get(base + "/stakeholders?q=jepara", "Authorization", bearer()).body()))
                .isEmpty();
        assertThat(w.web.send("POST", base + "/stakeholders/import", bad, WorkspaceRoutes.XLSX, w.viewer.headers())
                .statusCode()).isEqualTo(403);
        byte[] good = xlsx(new String[][] {{"nama", "jenis", "ukuran"}, {"CV Jepara", "CORE_FIRM", "SMALL"},
            {"UD Ukir Jepara", "SUPPLIER", "MICRO"}});
        HttpResponse<String> ok = w.web.send("POST", base + "/stakeholders/import?file=anggota.xlsx", good,
                WorkspaceRoutes.XLSX, w.member.headers());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        assertThat(JSON.readTree(ok.body()).get("imported").asInt()).isEqualTo(2);
        // the page form takes an .xlsx file too
        WebClient.Multipart m = new WebClient.Multipart().field("csrf", w.member.csrf()).file("csv", "lagi.xlsx",
                xlsx(new String[][] {{"name", "type"}, {"Koperasi Jepara", "ASSOCIATION_NGO"}}));
        assertThat(w.web.send("POST", "/initiatives/" + w.a + "/stakeholders/import", m.body(), m.contentType(),
                "Cookie", w.member.cookie()).statusCode()).isEqualTo(303);

        // JSON export: readers only, no password anywhere
        assertThat(w.web.get(base + "/export.json").statusCode()).isEqualTo(401);
        assertThat(w.web.get("/api/v1/initiatives/" + w.b + "/export.json", "Cookie", w.viewer.cookie()).statusCode())
                .isEqualTo(403);
        HttpResponse<String> exported = w.web.get(base + "/export.json", "Cookie", w.viewer.cookie());
        assertThat(exported.statusCode()).isEqualTo(200);
        assertThat(exported.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(exported.body()).contains("\"format\" : \"klaster-initiative\"").contains("Koperasi Jepara")
                .doesNotContain("password").doesNotContain("argon2");
        // xlsx export: one sheet per entity
        HttpResponse<byte[]> wbResp = bytes(w, base + "/export.xlsx", "Cookie", w.viewer.cookie());
        assertThat(wbResp.statusCode()).isEqualTo(200);
        assertThat(wbResp.headers().firstValue("Content-Type").orElse("")).startsWith(WorkspaceRoutes.XLSX);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(wbResp.body()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
            Sheet st = wb.getSheet("stakeholders");
            assertThat(st.getPaneInformation().isFreezePane()).isTrue();
            assertThat(st.getRow(0).getCell(0).getStringCellValue()).isEqualTo("name");
        }

        // import: administrators only, CSRF-protected, a bad document refused whole
        int before = initiatives(w);
        assertThat(post(w.web, "/api/v1/initiatives/import", exported.body(), w.manager.headers()).statusCode())
                .isEqualTo(403);
        assertThat(post(w.web, "/api/v1/initiatives/import", exported.body()).statusCode()).isEqualTo(401);
        ObjectNode broken = (ObjectNode) JSON.readTree(exported.body());
        ((ObjectNode) broken.get("stakeholders").get(0)).put("type", "ALIEN");
        HttpResponse<String> no = post(w.web, "/api/v1/initiatives/import?file=copy.json", broken.toString(),
                "Authorization", bearer());
        assertThat(no.statusCode()).isEqualTo(400);
        assertThat(no.body()).contains("copy.json").contains("ALIEN");
        ObjectNode wrong = (ObjectNode) JSON.readTree(exported.body());
        wrong.put("format", "something-else");
        assertThat(post(w.web, "/api/v1/initiatives/import", wrong.toString(), "Authorization", bearer()).statusCode())
                .isEqualTo(400);
        assertThat(initiatives(w)).isEqualTo(before);
        HttpResponse<String> copy = post(w.web, "/api/v1/initiatives/import", exported.body(), "Authorization",
                bearer());
        assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
        String copyId = JSON.readTree(copy.body()).get("id").asText();
        assertThat(copyId).isNotEqualTo(w.a);
        assertThat(JSON.readTree(w.web.get("/api/v1/initiatives/" + copyId + "/stakeholders", "Authorization",
                bearer()).body())).hasSize(JSON.readTree(exported.body()).get("stakeholders").size());
        // and through the list page's form, with its CSRF token
        WebClient.Multipart page = new WebClient.Multipart().file("json", "salinan.json", exported.body());
        assertThat(w.web.send("POST", "/initiatives/import", page.body(), page.contentType(), "Cookie",
                w.manager.cookie(), Auth.CSRF_HEADER, w.manager.csrf()).statusCode()).isEqualTo(403);
        assertThat(initiatives(w)).isEqualTo(before + 1);
    }

    @ParameterizedTest
    @MethodSource("dev.klaster.web.WorkspaceServers#backends")
    void theExportRoutesAreDocumented(String backend) throws Exception {
        WorkspaceApiTest.World w = world(backend);
        JsonNode paths = JSON.readTree(w.web.get("/api/openapi.json").body()).get("paths");
        assertThat(paths.has("/api/v1/initiatives/{initiative}/export.json")).isTrue();
        assertThat(paths.has("/api/v1/initiatives/{initiative}/export.xlsx")).isTrue();
        assertThat(paths.get("/api/v1/initiatives/import").get("post").get("responses").has("400")).isTrue();
        assertThat(paths.get("/api/v1/initiatives/{initiative}/stakeholders/import").get("post").get("requestBody")
                .get("content").has(WorkspaceRoutes.XLSX)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aChunkedBodyPastTheUploadLimitIs413AndNothingIsImported(@TempDir Path data) throws Exception {
        try (KlasterServer s = KlasterServer.start(WebConfig.defaults(data).withPort(0).withMaxUploadBytes(64 * 1024)
                .withAccessToken(WorkspaceServers.TOKEN))) {
            String doc = "{\"format\":\"klaster-initiative\",\"formatVersion\":2,\"initiative\":{\"name\":\""
                    + "x".repeat(200_000) + "\"}}";
            // a stream body has no Content-Length: the request goes out chunked, past the guard's length check
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/api/v1/initiatives/import")).header("Content-Type", "application/json")
                    .header("Authorization", bearer())
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                            doc.getBytes(StandardCharsets.UTF_8)))).build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isEqualTo(413);
            // the stakeholder CSV import, chunked, too
            String csv = "name,type\n" + "CV Besar,CORE_FIRM\n".repeat(5000);
            String id = s.workspace().initiatives().create(WorkspaceAccess.TOKEN_ADMIN,
                    new dev.klaster.workspace.InitiativeDraft("Klaster x", "C1", "X", java.util.List.of("3320"), "a",
                            "b", null, null, false)).id();
            HttpResponse<String> c = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port()
                    + "/api/v1/initiatives/" + id + "/stakeholders/import")).header("Content-Type", "text/csv")
                    .header("Authorization", bearer()).POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                            new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(c.statusCode()).as(c.body()).isEqualTo(413);
            assertThat(s.workspace().stakeholders().list(WorkspaceAccess.TOKEN_ADMIN, id, null)).isEmpty();
            assertThat(s.workspace().initiatives().list(WorkspaceAccess.TOKEN_ADMIN)).hasSize(1);
        }
    }
}
