package dev.klaster.web;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium (Debian chromium + chromium-driver): every page of the demo, every tab's
 * charts drawn (ECharts instance with series data and a canvas with ink), no console errors, the language switch,
 * the measure explorer, and a real BPS regency file uploaded through the page and analysed for one province with
 * its regency map. Screenshots go to {@code target/screenshots/web/}. Skips visibly without Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots", "web");
    static final String TOKEN = "browser-token-0123456789";
    @TempDir
    static Path data;
    static KlasterServer server;
    static ChromeDriver driver;
    static Path profile;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.err.println("SKIPPED WebBrowserTest: " + CHROMIUM + " or " + DRIVER
                    + " missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "chromium / chromedriver not installed");
        server = KlasterServer.start(WebConfig.defaults(data).withPort(0).withAccessToken(TOKEN));
        base = "http://127.0.0.1:" + server.port();
        profile = Files.createTempDirectory("klaster-web-selenium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000",
                "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
        driver.get(base + "/?token=" + TOKEN); // signs in; the redirect drops the token from the address
        assertThat(driver.getCurrentUrl()).doesNotContain("token");
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** Opens a page, waiting through the analysis progress page (which reloads itself). */
    static void open(String url) throws Exception {
        driver.get(url);
        long until = System.currentTimeMillis() + 120_000;
        while (!driver.findElements(By.id("progress")).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("analysis finished within 120 s").isLessThan(until);
            Thread.sleep(500);
            driver.get(url);
        }
    }

    /** Every chart on the page drew; no console errors; a full-page screenshot. Returns the number of charts. */
    static int check(String name) throws Exception {
        JavascriptExecutor js = driver;
        List<String> ids = new ArrayList<>();
        for (WebElement el : driver.findElements(By.cssSelector("div.chart"))) {
            ids.add(el.getAttribute("id").substring("chart-".length()));
        }
        if (!ids.isEmpty()) {
            long until = System.currentTimeMillis() + 20_000;
            while (!Boolean.TRUE.equals(js.executeScript("return window.klasterReady === true && "
                    + "window.klasterWebReady === true"))) {
                assertThat(System.currentTimeMillis()).as("page scripts finished within 20 s").isLessThan(until);
                Thread.sleep(100);
            }
            Thread.sleep(800);
        }
        for (String id : ids) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) js.executeScript(
                    "var el=document.getElementById('chart-'+arguments[0]);"
                    + "var inst=echarts.getInstanceByDom(el); if(!inst) return {items:-1, inked:0};"
                    + "var opt=inst.getOption(); var n=0; (opt.series||[]).forEach(function(s){"
                    + "  n+=((s.data||[]).length)+((s.links||[]).length);});"
                    + "var cv=el.querySelector('canvas'); if(!cv) return {items:n, inked:0};"
                    + "var ctx=cv.getContext('2d'); var d=ctx.getImageData(0,0,cv.width,cv.height).data; var inked=0;"
                    + "for(var k=0;k<d.length;k+=4){ if(d[k+3]>0 && (d[k]<235||d[k+1]<235||d[k+2]<235)) inked++; }"
                    + "return {items:n, inked:inked};", id);
            assertThat(((Number) r.get("items")).longValue()).as("%s: chart %s has series data", name, id)
                    .isGreaterThan(0);
            assertThat(((Number) r.get("inked")).longValue()).as("%s: chart %s is not blank", name, id)
                    .isGreaterThan(500);
        }
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 12_000)));
        Thread.sleep(300);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("%s: JavaScript errors or refused resources in the console", name).isEmpty();
        return ids.size();
    }

    @Test
    @Order(1)
    void homeListsTheDemoAndOffersTheUpload() throws Exception {
        open(base + "/");
        check("home-id");
        assertThat(driver.findElement(By.id("datasets")).getText()).contains("Demo sintetis");
        assertThat(driver.findElements(By.id("upload-form"))).as("signed in: the upload form").hasSize(1);
    }

    @Test
    @Order(2)
    void everyTabOfTheDemoDraws() throws Exception {
        open(base + "/datasets/demo?lang=id");
        check("demo-summary-id");
        assertThat(driver.findElement(By.id("synthetic-banner")).getText()).contains("DATA DEMO SINTETIS");
        assertThat(driver.findElement(By.id("strong-clusters")).findElements(By.cssSelector("tbody tr")))
                .as("the summary lists strong clusters").isNotEmpty();
        List<String> tabs = new ArrayList<>();
        for (WebElement a : driver.findElements(By.cssSelector("nav.tabs a.tab"))) {
            tabs.add(a.getAttribute("data-tab"));
        }
        assertThat(tabs).contains("leading", "map", "clusters", "competitiveness", "impact", "regions");
        int charts = 0;
        for (String tab : tabs) {
            open(base + "/datasets/demo?lang=id&tab=" + tab);
            charts += check("demo-" + tab + "-id");
        }
        assertThat(charts).as("charts drawn over all tabs").isGreaterThan(10);
    }

    @Test
    @Order(3)
    void regionAndClusterPagesLinkToEachOther() throws Exception {
        open(base + "/datasets/demo?lang=en");
        WebElement first = driver.findElement(By.cssSelector("#strong-clusters tbody tr td a"));
        String region = first.getText();
        first.click();
        open(driver.getCurrentUrl());
        check("demo-region-en");
        assertThat(driver.findElement(By.id("title")).getText()).contains(region);
        assertThat(driver.findElements(By.cssSelector("#similar tbody tr"))).as("similar regions").hasSize(10);
        String regionPage = driver.getCurrentUrl();
        driver.findElement(By.id("compare-similar")).click();
        open(driver.getCurrentUrl());
        check("demo-compare-en");
        assertThat(driver.findElements(By.cssSelector("#compare-result tbody tr"))).as("119 industries").hasSize(119);
        int columns = driver.findElements(By.cssSelector("#compare-result thead th")).size();
        // a custom region of the first three regencies of the list, compared beside the chosen ones
        driver.findElement(By.id("cname")).sendKeys("Koridor <b>Uji</b>");
        Select members = new Select(
                driver.findElement(By.id("members")));
        for (int k = 0; k < 3; k++) {
            members.selectByIndex(k);
        }
        driver.findElement(By.id("custom-submit")).click();
        open(driver.getCurrentUrl());
        check("demo-compare-custom-en");
        assertThat(driver.findElements(By.cssSelector("#compare-result thead th"))).as("two more columns")
                .hasSize(columns + 2);
        assertThat(driver.findElement(By.id("compare-result")).getText()).contains("Koridor <b>Uji</b> = the sum of 3");
        assertThat(driver.findElements(By.cssSelector("#custom-similar tbody tr"))).as("regions like it").hasSize(10);
        open(regionPage);
        // a cluster in the region's rows opens that regional cluster; its breadcrumb leads to the cluster page
        driver.findElement(By.cssSelector("a[href*='/clusters/']")).click();
        open(driver.getCurrentUrl());
        check("demo-regional-cluster-en");
        assertThat(driver.findElement(By.id("title")).getText()).startsWith("Regional cluster:").contains(region);
        driver.findElement(By.cssSelector("section.report-section p a[href*='/clusters/']")).click();
        open(driver.getCurrentUrl());
        int drawn = check("demo-cluster-en");
        assertThat(driver.findElement(By.id("title")).getText()).startsWith("Cluster:");
        assertThat(drawn).as("the ranking of the regions where it is strong").isEqualTo(1);
    }

    @Test
    @Order(4)
    void theLanguageSwitchChangesTheDashboardsWords() throws Exception {
        Properties id = bundle("id");
        Properties en = bundle("en");
        open(base + "/datasets/demo?lang=id");
        driver.findElement(By.id("lang-switch")).click();
        open(driver.getCurrentUrl());
        assertThat(driver.getCurrentUrl()).contains("lang=en");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        String text = driver.findElement(By.tagName("body")).getText();
        for (String k : id.stringPropertyNames()) {
            String v = id.getProperty(k);
            if (v.length() >= 12 && !v.equals(en.getProperty(k)) && !v.contains("{")) {
                assertThat(text).as("Indonesian text '%s' (%s) on the English page", v, k).doesNotContain(v);
            }
        }
        assertThat(text).contains(en.getProperty("sum.strong"));
        driver.findElement(By.id("lang-switch")).click();
        open(driver.getCurrentUrl());
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(id.getProperty("sum.strong"));
    }

    static Properties bundle(String lang) throws Exception {
        Properties p = new Properties();
        try (InputStream in = WebBrowserTest.class.getResourceAsStream("/dev/klaster/web/web_" + lang
                + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @Order(5)
    void theMeasureExplorerComputesAndOffersDownloads() throws Exception {
        open(base + "/measures?lang=en");
        new Select(driver.findElement(By.id("dataset"))).selectByValue("demo-sections");
        new Select(driver.findElement(By.id("measure"))).selectByValue("lq");
        driver.findElement(By.id("o-level")).sendKeys("province");
        driver.findElement(By.cssSelector("#measure-form button")).click();
        check("measures-lq-en");
        assertThat(driver.findElement(By.id("measure-result")).getText()).contains("38"); // region codes of the demo
        assertThat(driver.findElement(By.id("measure-csv")).getAttribute("href")).contains("format=csv");
    }

    @Test
    @Order(6)
    void aRealRegencyFileUploadedThroughThePageAnalysesOneProvince() throws Exception {
        Path pdrb;
        Path geo;
        try {
            pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
            geo = SharedData.require("idn-boundaries-kabkota-2020/indonesia-adm2-2020-simplified.geojson");
        } catch (org.opentest4j.TestAbortedException e) {
            System.err.println("SKIPPED real-upload browser test: " + e.getMessage());
            throw e;
        }
        open(base + "/?lang=id");
        driver.findElement(By.id("f-title")).sendKeys("PDRB ADHK 2010 kabupaten/kota 2013–2020 (BPS)");
        driver.findElement(By.id("f-data")).sendKeys(pdrb.toAbsolutePath().toString());
        driver.findElement(By.id("f-boundaries")).sendKeys(geo.toAbsolutePath().toString());
        long t0 = System.nanoTime();
        driver.findElement(By.cssSelector("#upload-form button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(60))
                .until(d -> d.getCurrentUrl().contains("/check"));
        assertThat(driver.getCurrentUrl()).contains("/datasets/u").contains("/check");
        check("real-upload-check-id");
        assertThat(driver.findElement(By.id("verdict")).getText()).contains("galat");
        // the findings name the planner's own file, not the server's stored copy
        assertThat(driver.findElement(By.id("findings")).getText()).contains(pdrb.getFileName().toString())
                .doesNotContain("data.csv")
                // in Indonesian: the report's words for the rules and severities, not the English messages
                .contains("Jumlah sektor tidak sama dengan TOTAL yang dilaporkan").contains("galat")
                .doesNotContain("do not add up").doesNotContain("ERROR");
        new Select(driver.findElement(By.id("province"))).selectByValue("35");
        driver.findElement(By.cssSelector("#scope button")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/check"));
        open(driver.getCurrentUrl());
        assertThat(driver.getCurrentUrl()).contains("province=35");
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf("upload + analysis of the real regency file for province 35: %.1f s%n", seconds);
        check("real-jatim-summary-id");
        assertThat(driver.findElement(By.id("scope")).getText()).contains("Jawa Timur");
        assertThat(driver.findElements(By.id("synthetic-banner"))).as("real data: no synthetic banner").isEmpty();
        String url = driver.getCurrentUrl();
        open(url + "&tab=map");
        check("real-jatim-map-id");
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.prototype.map.call(document.querySelectorAll('div.chart'), function(e){"
                        + "return e.getAttribute('data-kind');});");
        assertThat(kinds).as("the regency map is a choropleth of the boundary file").contains("choropleth");
        open(url + "&tab=regions");
        // Jawa Timur has 38 regencies/cities (29 kabupaten, 9 kota; BPS)
        assertThat(driver.findElements(By.cssSelector("#region-list tbody tr"))).hasSize(38);
        check("real-jatim-regions-id");
    }
}
