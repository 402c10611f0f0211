package dev.klaster.bench.web;

import dev.klaster.web.KlasterServer;
import dev.klaster.web.WebConfig;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
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
 * A bounded load run of the dashboard's API on loopback (issue 12): the server is started in this JVM (its heap is
 * the one measured), the demo's analysis is cached first, then {@code clients} threads each send requests back to
 * back for {@code seconds} over region-profile, cluster-profile, result-table and measure endpoints; latencies
 * (p50/p95/p99), throughput and errors are printed. With the real BPS regency file ({@code shared} folder given) it
 * also times the upload + validation + analysis of one province, and the heap with ten cached analyses.
 *
 * <p>Usage: {@code WebLoadRun [clients=50] [seconds=30] [sharedDataDir]}.
 */
public final class WebLoadRun {
    private static final String TOKEN = "bench-token-0123456789abcdef";

    private WebLoadRun() {
    }

    public static void main(String[] args) throws Exception {
        int clients = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path shared = args.length > 2 ? Path.of(args[2]) : null;
        Path data = Files.createTempDirectory("klaster-webload");
        WebConfig cfg = WebConfig.defaults(data).withPort(0).withAccessToken(TOKEN);
        
        try (KlasterServer server = KlasterServer.start(cfg)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().build();
            long t0 = System.nanoTime();
            finish(http, base + "/api/v1/datasets/demo/analysis?lang=id");
            System.out.printf(Locale.ROOT, "demo analysis (514 x 119 x 8) cached in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            String strong = get(http, base + "/api/v1/datasets/demo/analysis/tables/cluster_strength?sort=-stars"
                    + "&top=20&fields=region,cluster&format=csv").body();
            String[] lines = strong.replace("\ufeff", "").split("\r\n");
            List<String> urls = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] rc = lines[i].split(",", 2);
                String cluster = rc[1].replace("\"", "");
                urls.add(base + "/api/v1/datasets/demo/regions/" + rc[0] + "/profile?lang=id");
                urls.add(base + "/api/v1/datasets/demo/clusters/" + enc(cluster) + "/profile?lang=id");
                urls.add(base + "/api/v1/datasets/demo/analysis/tables/cluster_strength?lang=id&filter=region%3D"
                        + rc[0]);
            }
            urls.add(base + "/api/v1/datasets/demo/analysis/tables/leading_sectors?lang=id&filter=measure%3Dlq_end"
                    + "&sort=-value&top=50");
            urls.add(base + "/api/v1/datasets/demo-sections/measures/lq?level=province&limit=100");
            urls.add(base + "/api/v1/datasets/demo/regions?q=kota&level=regency");
            for (String u : urls) { // warm-up
                get(http, u);
            }
            load(http, urls, clients, seconds);
            if (shared != null) {
                realUpload(http, base, shared);
            }
            System.gc();
            Thread.sleep(500);
            System.gc();
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.printf(Locale.ROOT, "heap used after GC with the cached analyses: %.0f MB (max %.0f MB)%n",
                    used / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static void finish(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = get(http, url);
        while (r.statusCode() == 202) {
            Thread.sleep(100);
            r = get(http, url);
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + r.statusCode() + " " + r.body());
        }
    }

    private static void load(HttpClient http, List<String> urls, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        java.util.concurrent.ConcurrentHashMap<String, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        List<Future<long[]>> fs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int seed = c;
            fs.add(pool.submit(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                int k = seed;
                while (System.nanoTime() < end) {
                    String u = urls.get(k++ % urls.size());
                    long s = System.nanoTime();
                    // as a browser asks: gzip accepted (the bytes counted are those sent)
                    HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(u)).GET()
                            .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
                    long d = System.nanoTime() - s;
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                        statuses.merge(r.statusCode() + " " + u.replace(base(u), ""), 1, Integer::sum);
                    }
                    bytes.addAndGet(r.body().length);
                    if (n == lat.length) {
                        lat = Arrays.copyOf(lat, n * 2);
                    }
                    lat[n++] = d;
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
        System.out.printf(Locale.ROOT, "load: %d clients x %d s over %d URLs: %,d requests (%.0f/s), %d errors, "
                        + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.1f MB answered%n", clients, seconds,
                urls.size(), lat.length, lat.length / (double) seconds, errors.get(), pct(lat, 0.50), pct(lat, 0.95),
                pct(lat, 0.99), lat[lat.length - 1] / 1e6, bytes.get() / 1e6);
        statuses.forEach((k, v) -> System.out.println("  error " + k + ": " + v + " times"));
    }

    private static String base(String url) {
        return url.replaceAll("^(https?://[^/]+).*", "$1");
    }

    /** The p-quantile of sorted nanosecond latencies, in milliseconds (nearest rank). */
    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static void realUpload(HttpClient http, String base, Path shared) throws Exception {
        Path pdrb = shared.resolve("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Path geo = shared.resolve("idn-boundaries-kabkota-2020/indonesia-adm2-2020-simplified.geojson");
        if (!Files.isRegularFile(pdrb) || !Files.isRegularFile(geo)) {
            System.out.println("real upload skipped: " + pdrb + " or " + geo + " missing");
            return;
        }
        String boundary = "----klasterbench";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Path[] f : new Path[][] {{Path.of("data"), pdrb}, {Path.of("boundaries"), geo}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"; filename=\""
                    + f[1].getFileName() + "\"\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(f[1]));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/datasets"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new IllegalStateException("upload -> " + r.statusCode() + " " + r.body());
        }
        String id = r.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
        double up = (System.nanoTime() - t0) / 1e9;
        finish(http, base + "/api/v1/datasets/" + id + "/analysis?province=35");
        System.out.printf(Locale.ROOT, "real BPS regency file (%.1f MB + %.1f MB boundaries): upload + validation "
                        + "%.1f s, + analysis of Jawa Timur's 38 regencies: %.1f s in all%n", Files.size(pdrb) / 1e6,
                Files.size(geo) / 1e6, up, (System.nanoTime() - t0) / 1e9);
        // ten analyses in the cache: the demo, the section demo and eight provinces of the real file
        finish(http, base + "/api/v1/datasets/demo-sections/analysis");
        for (String p : new String[] {"11", "12", "31", "32", "33", "34", "51"}) {
            finish(http, base + "/api/v1/datasets/" + id + "/analysis?province=" + p);
        }
    }
}
