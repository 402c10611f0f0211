package dev.klaster.report;

import dev.klaster.core.model.Measure;
import dev.klaster.core.testing.SharedData;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.scope.Scope;
import dev.klaster.io.scope.SourceErrors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first pages in a real headless Chromium at A4 width (794 CSS pixels, 210 mm at 96 dpi): the executive summary
 * and the recommendation cards are there, the page does not scroll sideways, the console logs no error. Screenshots
 * of both sections go to {@code target/screenshots/}. Skips visibly without Chromium.
 */
class SummaryBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static final int A4_WIDTH = 794;
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.err.println("SKIPPED SummaryBrowserTest: " + CHROMIUM + " or " + DRIVER + " missing");
        }
        Assumptions.assumeTrue(present, "chromium / chromedriver not installed");
        profile = Files.createTempDirectory("klaster-selenium-summary");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=" + A4_WIDTH + ",1100", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), o);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var s = Files.walk(profile)) {
                s.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void demoSummaryAndRecommendationsAtA4WidthInIndonesian() throws Exception {
        AnalysisPipeline.Result r = ExecutiveSummaryTest.DEMO.computeIfAbsent(Lang.ID, ExecutiveSummaryTest::demo);
        check(r, "demo-id");
    }

    @Test
    void jawaTimurSummaryAndRecommendationsAtA4WidthInEnglish() throws Exception {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Ingested in = Ingest.run(IngestRequest.of(pdrb));
        Scope.Scoped s = Scope.apply(in.panel(), in.report(), Measure.VALUE_ADDED,
                new Scope.Request("35", null, null, SourceErrors.OnError.EXCLUDE), List.of());
        AnalysisPipeline.Result r = AnalysisPipeline.run(s.panel(), in.report(), null,
                AnalysisPipeline.Options.defaults().withLang(Lang.EN), AnalysisPipeline.Progress.NONE,
                ScopeContext.of(s));
        check(r, "jatim-en");
        assertThat(driver.findElement(By.id("subtitle")).getText()).contains("Jawa Timur").contains("2013\u20132020");
    }

    private void check(AnalysisPipeline.Result r, String name) throws Exception {
        Path html = Path.of("target", "report-browser", "summary-" + name + ".html");
        HtmlReport.write(r.model(), html);
        driver.manage().window().setSize(new Dimension(A4_WIDTH, 1100));
        driver.get(html.toAbsolutePath().toUri().toString());
        JavascriptExecutor js = driver;
        long until = System.currentTimeMillis() + 30_000;
        while (!Boolean.TRUE.equals(js.executeScript("return window.klasterReady === true"))) {
            assertThat(System.currentTimeMillis()).as("report script finished within 30 s").isLessThan(until);
            Thread.sleep(100);
        }
        List<WebElement> findings = driver.findElements(By.cssSelector("#summary ol.findings > li"));
        assertThat(findings).as("3–6 key findings").hasSizeBetween(3, 6);
        assertThat(findings.get(findings.size() - 1).findElement(By.tagName("a")).getAttribute("href"))
                .as("the quality verdict links to its details").containsPattern("#(appendix|warnings)$");
        int cards = driver.findElements(By.cssSelector("#recommendations article.rec-card")).size();
        assertThat(cards).as("one card per strong regional cluster, at most %d", Recommendations.MAX_SHOWN)
                .isEqualTo(Math.min(Recommendations.MAX_SHOWN, r.recommendations().items().size()));
        assertThat(driver.findElements(By.cssSelector("#rec-rule tbody tr"))).as("the rule, one row per stage")
                .hasSize(5);
        long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        long inner = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
        assertThat(scroll).as("no sideways scrolling at A4 width").isLessThanOrEqualTo(inner);
        for (String id : List.of("summary", "recommendations")) {
            WebElement sec = driver.findElement(By.id(id));
            long h = ((Number) js.executeScript("return arguments[0].getBoundingClientRect().height", sec)).longValue();
            driver.manage().window().setSize(new Dimension(A4_WIDTH, (int) Math.min(h + 200, 12_000)));
            js.executeScript("arguments[0].scrollIntoView(); window.scrollBy(0, -120);", sec);
            Thread.sleep(300);
            Files.copy(sec.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(id + "-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (cards > 0) {
            driver.manage().window().setSize(new Dimension(A4_WIDTH, 1400));
            WebElement card = driver.findElement(By.id("rec-1"));
            js.executeScript("arguments[0].scrollIntoView(); window.scrollBy(0, -120);", card);
            Thread.sleep(300);
            Files.copy(card.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("rec-card-1-" + name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("JavaScript errors in the console").isEmpty();
    }
}
