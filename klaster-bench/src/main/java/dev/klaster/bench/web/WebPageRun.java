package dev.klaster.bench.web;

import dev.klaster.web.KlasterServer;
import dev.klaster.web.WebConfig;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Page weight and drawing time of the dashboard in headless Chromium (issue 12: a region page under 2 MB transferred
 * and drawn in under 2 s): the server is started in this JVM with the demo, its analysis cached, then each page is
 * opened {@code repeats} times in a fresh browser cache; the figures are the bytes the browser received
 * (navigation + resources, as the Resource Timing API reports them) and the time from the start of the navigation
 * until the page's scripts said every chart drew ({@code window.klasterWebReady}).
 *
 * <p>Usage: {@code WebPageRun [repeats=5]}; needs /usr/bin/chromium and /usr/bin/chromedriver.
 */
public final class WebPageRun {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final String TOKEN = "bench-token-0123456789abcdef";

    private WebPageRun() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
            System.out.println("page run skipped: " + CHROMIUM + " or " + DRIVER + " missing");
            return;
        }
        Path data = Files.createTempDirectory("klaster-webpage");
        Path profile = Files.createTempDirectory("klaster-webpage-chromium");
        try (KlasterServer server = KlasterServer.start(WebConfig.defaults(data).withPort(0).withAccessToken(TOKEN))) {
            String base = "http://127.0.0.1:" + server.port();
            WebLoadRun.finish(java.net.http.HttpClient.newHttpClient(), base + "/api/v1/datasets/demo/analysis?lang=id");
            ChromeOptions o = new ChromeOptions();
            o.setBinary(CHROMIUM.toFile());
            o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--no-first-run", "--user-data-dir=" + profile,
                    "--window-size=1280,1000", "--disk-cache-size=1");
            ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build(), o);
            try {
                driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
                driver.get(base + "/?token=" + TOKEN);
                driver.get(base + "/datasets/demo?lang=id");
                var link = driver.findElement(By.cssSelector("#strong-clusters tbody tr td a"));
                String region = link.getText();
                String regionUrl = link.getAttribute("href").replace(base, "");
                String[][] pages = {
                    {"dataset summary (demo, 514 regencies)", "/datasets/demo?lang=id"},
                    {"dataset clusters tab", "/datasets/demo?lang=id&tab=clusters"},
                    {"dataset map tab", "/datasets/demo?lang=id&tab=map"},
                    {"region page (" + region + ")", regionUrl},
                    {"compare 4 regions", "/datasets/demo/compare?lang=id&r=1101&r=1102&r=3578&r=5171"},
                };
                for (String[] p : pages) {
                    double bytes = 0;
                    double decoded = 0;
                    double[] ms = new double[repeats];
                    for (int k = 0; k < repeats; k++) {
                        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
                        driver.get(base + p[1]);
                        JavascriptExecutor js = driver;
                        long until = System.currentTimeMillis() + 30_000;
                        while (!Boolean.TRUE.equals(js.executeScript("return document.readyState === 'complete' && "
                                + "(document.querySelectorAll('div.chart').length === 0 || window.klasterWebReady === true)"))
                                && System.currentTimeMillis() < until) {
                            Thread.sleep(20);
                        }
                        Object t = js.executeScript("return performance.now()");
                        ms[k] = ((Number) t).doubleValue();
                        Object b = js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                                + "var s = n.transferSize || n.encodedBodySize;"
                                + "performance.getEntriesByType('resource').forEach(function (r) {"
                                + " s += r.transferSize || r.encodedBodySize; }); return s;");
                        bytes = ((Number) b).doubleValue();
                        decoded = ((Number) js.executeScript("var n = performance.getEntriesByType('navigation')[0];"
                                + "var s = n.decodedBodySize; performance.getEntriesByType('resource').forEach("
                                + "function (r) { s += r.decodedBodySize; }); return s;")).doubleValue();
                    }
                    java.util.Arrays.sort(ms);
                    System.out.printf(Locale.ROOT, "page %-45s %5.2f MB transferred (%5.2f MB unpacked), drawn in %5.0f ms (median of %d,"
                            + " max %.0f ms)%n", p[0], bytes / 1e6, decoded / 1e6, ms[repeats / 2], repeats, ms[repeats - 1]);
                }
            } finally {
                driver.quit();
            }
        }
    }
}
