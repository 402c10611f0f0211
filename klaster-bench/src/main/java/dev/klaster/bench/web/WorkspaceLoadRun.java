package dev.klaster.bench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.klaster.web.KlasterServer;
import dev.klaster.web.WebConfig;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load run of the programme workspace's API on loopback (issue 13): {@code users} client threads for
 * {@code seconds}, each doing a mix of reads (an initiative, its stakeholders filtered, its KPIs with progress, its
 * audit log) and writes (a new stakeholder, a KPI observation) — one write in four; latencies (p50/p95/p99) and
 * errors are printed, then the writes the server acknowledged (201) are counted in the database through the API, so
 * a lost write shows. Then an initiative with 10,000 stakeholders (one CSV import) is listed and filtered.
 *
 * <p>A user waits a think time between requests, uniform in [0, 2·{@code thinkMs}] (default mean 1 s: a person
 * clicking through pages and forms); {@code thinkMs = 0} is a stress run with every client sending back to back.
 *
 * <p>Usage: {@code WorkspaceLoadRun [users=100] [seconds=60] [db] [thinkMs=1000]}, db = {@code sqlite} (default: a
 * file in a temporary data folder) or {@code postgresql://user:pass@host:port/db}.
 */
public final class WorkspaceLoadRun {
    private static final String TOKEN = "bench-token-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WorkspaceLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String db = args.length > 2 ? args[2] : "sqlite";
        int thinkMs = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Path data = Files.createTempDirectory("klaster-wsload");
        WebConfig cfg = WebConfig.defaults(data).withPort(0).withAccessToken(TOKEN);
        if (!db.equals("sqlite")) {
            cfg = cfg.withDbUrl(db);
        }
        long[] acknowledged;
        String initiative;
        String kpi;
        try (KlasterServer server = KlasterServer.start(cfg)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().build();
            String run = Long.toString(System.nanoTime(), 36);
            initiative = JSON.readTree(send(http, "POST", base + "/api/v1/initiatives",
                    "{\"name\":\"Beban " + run + "\",\"clusterCode\":\"C16\",\"clusterName\":\"Furniture\","
                            + "\"regionCodes\":[\"3320\"],\"leadOrganisation\":\"Dinas\",\"governanceBody\":\"Forum\","
                            + "\"startDate\":\"2024-01-15\",\"endDate\":\"2028-12-31\",\"isPublic\":false}", 201)
                    .body()).get("id").asText();
            String ini = base + "/api/v1/initiatives/" + initiative;
            kpi = JSON.readTree(send(http, "POST", ini + "/kpis", "{\"name\":\"Jobs\",\"unit\":\"persons\","
                    + "\"goal\":\"PRODUCTIVITY_EMPLOYMENT\",\"baselineDate\":\"2024-12-31\",\"baselineValue\":1000,"
                    + "\"targetDate\":\"2028-12-31\",\"targetValue\":1500,\"frequency\":\"ANNUAL\","
                    + "\"aggregation\":\"SUM\"}", 201).body()).get("id").asText();
            for (int i = 0; i < 200; i++) { // something to read
                send(http, "POST", ini + "/stakeholders", stakeholder("seed " + i, i), 201);
            }
            acknowledged = load(http, ini, kpi, users, seconds, db, thinkMs);
            tenThousand(http, base, run);
        }
        // after the server has closed: every acknowledged write is in the database, counted with plain SQL
        String jdbc;
        String user = null;
        String password = null;
        if (db.equals("sqlite")) {
            jdbc = "jdbc:sqlite:" + data.resolve("workspace.db");
        } else {
            URI u = URI.create(db);
            String[] ui = u.getUserInfo() == null ? new String[0] : u.getUserInfo().split(":", 2);
            user = ui.length > 0 ? ui[0] : null;
            password = ui.length > 1 ? ui[1] : null;
            jdbc = "jdbc:postgresql://" + u.getHost() + ":" + (u.getPort() < 0 ? 5432 : u.getPort()) + u.getPath();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(jdbc, user, password)) {
            long s = count(c, "SELECT count(*) FROM stakeholders WHERE initiative_id = ? AND deleted_at IS NULL",
                    initiative);
            long o = count(c, "SELECT count(*) FROM kpi_observations WHERE kpi_id = ? AND deleted_at IS NULL", kpi);
            System.out.printf(Locale.ROOT, "acknowledged writes: %,d stakeholders (+ 200 seeded; stored %,d), %,d "
                            + "observations (stored %,d); lost: %d%n", acknowledged[0], s, acknowledged[1], o,
                    (200 + acknowledged[0] - s) + (acknowledged[1] - o));
        }
    }

    private static long count(java.sql.Connection c, String sql, String id) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String stakeholder(String name, int i) {
        String[] types = {"CORE_FIRM", "SUPPLIER", "BUYER", "SUPPORTING_SERVICE", "KNOWLEDGE_INSTITUTION"};
        return "{\"name\":\"" + name + "\",\"type\":\"" + types[Math.floorMod(i, types.length)] + "\",\"kbli\":\"31091\","
                + "\"sizeClass\":\"SMALL\",\"regionCode\":\"3320\",\"committed\":" + (i % 3 != 0) + "}";
    }

    static HttpResponse<String> send(HttpClient http, String method, String url, String body, int expect)
            throws Exception {
        HttpResponse<String> r = request(http, method, url, body);
        if (r.statusCode() != expect) {
            throw new IllegalStateException(method + " " + url + " -> " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static HttpResponse<String> request(HttpClient http, String method, String url, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TOKEN);
        if (body == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long[] load(HttpClient http, String ini, String kpi, int users, int seconds, String db, int thinkMs)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong stakeholders = new AtomicLong();
        AtomicLong observations = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        List<Future<long[]>> fs = new ArrayList<>();
        String[] opNames = {"POST stakeholder", "GET initiative", "GET stakeholders?type&committed", "GET kpis",
            "POST observation", "GET initiative", "GET audit", "GET kpis"};
        java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentLinkedQueue<Long>> byOp =
                new java.util.concurrent.ConcurrentHashMap<>();
        for (int c = 0; c < users; c++) {
            int user = c;
            fs.add(pool.submit(() -> {
                long[] lat = new long[1 << 14];
                int n = 0;
                int k = user;
                java.util.SplittableRandom think = new java.util.SplittableRandom(user);
                if (thinkMs > 0) {
                    Thread.sleep(think.nextInt(2 * thinkMs)); // users arrive spread over one think time
                }
                while (System.nanoTime() < end) {
                    int op = k++ % 8;
                    long s = System.nanoTime();
                    HttpResponse<String> r;
                    int expect = 200;
                    switch (op) {
                        case 0 -> {
                            r = request(http, "POST", ini + "/stakeholders", stakeholder("u" + user + "-" + k, k));
                            expect = 201;
                            if (r.statusCode() == 201) {
                                stakeholders.incrementAndGet();
                            }
                        }
                        case 4 -> {
                            r = request(http, "POST", ini + "/kpis/" + kpi + "/observations", "{\"date\":\"2025-12-31\","
                                    + "\"value\":" + (k % 500) + ",\"source\":\"bench\",\"regionCode\":\"3320\"}");
                            expect = 201;
                            if (r.statusCode() == 201) {
                                observations.incrementAndGet();
                            }
                        }
                        case 1, 5 -> r = request(http, "GET", ini, null);
                        case 2 -> r = request(http, "GET", ini + "/stakeholders?type=SUPPLIER&committed=true", null);
                        case 3, 7 -> r = request(http, "GET", ini + "/kpis", null);
                        default -> r = request(http, "GET", ini + "/audit", null);
                    }
                    long d = System.nanoTime() - s;
                    byOp.computeIfAbsent(opNames[op], x -> new java.util.concurrent.ConcurrentLinkedQueue<>()).add(d);
                    (expect == 201 ? writes : reads).incrementAndGet();
                    if (r.statusCode() != expect) {
                        errors.incrementAndGet();
                    }
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = d;
                    if (thinkMs > 0) {
                        Thread.sleep(think.nextInt(2 * thinkMs + 1));
                    }
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : fs) {
            all.add(f.get());
        }
        pool.shutdown();
        long[] lat = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        System.out.printf(Locale.ROOT, "workspace on %s: %d users (think time %s) x %d s: %,d requests (%.0f/s; %,d reads, %,d writes), "
                        + "%d errors, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", db.startsWith("postgresql")
                        ? "PostgreSQL" : "SQLite", users, thinkMs == 0 ? "none: stress" : "mean " + thinkMs + " ms",
                seconds, lat.length, lat.length / (double) seconds,
                reads.get(), writes.get(), errors.get(), WebLoadRun.pct(lat, 0.50), WebLoadRun.pct(lat, 0.95), WebLoadRun.pct(lat, 0.99),
                lat[lat.length - 1] / 1e6);
        byOp.forEach((name, q) -> {
            long[] l = q.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "  %-34s %,7d requests, p50 %6.1f ms, p95 %6.1f ms%n", name, l.length,
                    WebLoadRun.pct(l, 0.5), WebLoadRun.pct(l, 0.95));
        });
        return new long[] {stakeholders.get(), observations.get()};
    }

    private static void tenThousand(HttpClient http, String base, String run) throws Exception {
        String id = JSON.readTree(send(http, "POST", base + "/api/v1/initiatives", "{\"name\":\"Sepuluh ribu " + run
                + "\",\"clusterCode\":\"C16\",\"clusterName\":\"Furniture\",\"regionCodes\":[\"3320\"],"
                + "\"leadOrganisation\":\"Dinas\",\"governanceBody\":\"Forum\",\"startDate\":\"2024-01-15\","
                + "\"endDate\":\"2028-12-31\",\"isPublic\":false}", 201).body()).get("id").asText();
        StringBuilder csv = new StringBuilder("nama,jenis,kbli,ukuran,kode_wilayah,berkomitmen\n");
        String[] types = {"CORE_FIRM", "SUPPLIER", "BUYER", "SUPPORTING_SERVICE", "KNOWLEDGE_INSTITUTION"};
        String[] sizes = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
        for (int i = 0; i < 10_000; i++) {
            csv.append("Usaha ").append(i).append(',').append(types[i % 5]).append(",31091,").append(sizes[i % 4])
                    .append(',').append(3320 + i % 7).append(',').append(i % 3 == 0 ? "tidak" : "ya").append('\n');
        }
        String ini = base + "/api/v1/initiatives/" + id;
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ini + "/stakeholders/import?file=s.csv"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        double imp = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("import -> " + r.statusCode() + " " + r.body());
        }
        String[] queries = {"", "?type=SUPPLIER", "?type=CORE_FIRM&size=SMALL&committed=true", "?region=3321",
            "?q=Usaha%2099"};
        StringBuilder out = new StringBuilder();
        for (String q : queries) {
            request(http, "GET", ini + "/stakeholders" + q, null); // warm
            double best = Double.MAX_VALUE;
            int rows = 0;
            for (int k = 0; k < 5; k++) {
                long s = System.nanoTime();
                HttpResponse<String> x = request(http, "GET", ini + "/stakeholders" + q, null);
                best = Math.min(best, (System.nanoTime() - s) / 1e6);
                rows = JSON.readTree(x.body()).size();
            }
            out.append(String.format(Locale.ROOT, "%n  GET stakeholders%s: %,d rows in %.0f ms (best of 5)",
                    q.isEmpty() ? " (all)" : q, rows, best));
        }
        System.out.printf(Locale.ROOT, "10,000 stakeholders imported from one CSV in %.0f ms; listed and filtered:%s%n",
                imp, out);
    }
}
