package dev.klaster.report;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.testing.SharedData;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders reports in a real headless Chromium (Debian chromium + chromium-driver, no Selenium Manager downloads)
 * and checks that every chart and map drew: its ECharts instance has series data, and its canvas has non-blank
 * pixels. The browser console must log no SEVERE entries. Full-page and per-chart screenshots go to
 * {@code target/screenshots/} as build artefacts. Skips visibly when Chromium or the driver are absent.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots");
    private static ChromeDriver driver;
    private static Path profile;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.err.println("SKIPPED HtmlReportBrowserTest: " + CHROMIUM + " or " + DRIVER
                    + " missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "chromium / chromedriver not installed");
        profile = Files.createTempDirectory("klaster-selenium");
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--hide-scrollbars");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        o.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS.resolve("charts"));
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
    void everyChartAndTheBuiltInMapDrawInIndonesian() throws Exception {
        ReportModel model = Fixtures.full(Lang.ID).build();
        Path html = Path.of("target", "report-browser", "full-id.html");
        HtmlReport.write(model, html);
        check(model, html, "report-full-id");
        assertThat(driver.findElement(By.id("synthetic-banner")).getText())
                .as("synthetic banner shown").contains("DATA DEMO SINTETIS");
        assertThat(driver.findElements(By.cssSelector("ul.warnings li")))
                .as("the fixture validation warning is listed").isNotEmpty();
    }

    @Test
    void choroplethFromBoundaryFileDrawsInEnglish() throws Exception {
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        Panel panel = DemoPanel.generate();
        ReportBuilder b = new ReportBuilder(Lang.EN, null);
        b.boundaries(Boundaries.read(geo, ReportBuilder.mapRegions(panel)), geo.getFileName().toString());
        b.panelOverview(panel).addLocationQuotient(panel, Measure.VALUE_ADDED).addRegionMaps(panel, Measure.EMPLOYMENT);
        ReportModel model = b.build();
        Path html = Path.of("target", "report-browser", "boundaries-en.html");
        HtmlReport.write(model, html);
        check(model, html, "report-boundaries-en");
        assertThat(model.charts()).as("maps are choropleths").anyMatch(c -> c.kind().equals("choropleth"));
    }

    @Test
    void wholeAnalyzeDemoReportDraws() throws Exception {
        ReportModel model = AnalysisPipeline.run(DemoPanel.generate(), null,
                dev.klaster.core.demo.DemoIoTable.generate(), AnalysisPipeline.Options.defaults()).model();
        Path html = Path.of("target", "report-browser", "analyze-demo-id.html");
        HtmlReport.write(model, html);
        check(model, html, "analyze-demo-id");
        assertThat(model.sections().stream().map(Section::id).toList()).as("every pipeline section present")
                .containsExactly("data", "leading", "map", "shiftshare", "klassen", "clusters", "connectivity",
                        "competitiveness", "impact");
    }

    @Test
    void wholeAnalyzeDemoReportWithBoundariesDrawsInEnglish() throws Exception {
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        Panel panel = DemoPanel.generate();
        AnalysisPipeline.Options o = AnalysisPipeline.Options.defaults().withLang(Lang.EN)
                .withBoundaries(Boundaries.read(geo, ReportBuilder.mapRegions(panel)), geo.getFileName().toString());
        ReportModel model = AnalysisPipeline.run(panel, null, dev.klaster.core.demo.DemoIoTable.generate(), o).model();
        Path html = Path.of("target", "report-browser", "analyze-demo-en.html");
        HtmlReport.write(model, html);
        check(model, html, "analyze-demo-en");
        assertThat(model.charts()).as("maps are choropleths").anyMatch(c -> c.kind().equals("choropleth"));
    }

    @Test
    void wholeAnalyzeOfRealPdrbWithIoTableAndBoundariesDraws() throws Exception {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_province_2013_2020_wide.csv");
        Path ioFile = SharedData.require("idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv");
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        dev.klaster.io.ingest.Ingested in = dev.klaster.io.ingest.Ingest.run(
                dev.klaster.io.ingest.IngestRequest.of(pdrb));
        AnalysisPipeline.Options o = AnalysisPipeline.Options.defaults().withBoundaries(
                Boundaries.read(geo, ReportBuilder.mapRegions(in.panel())), geo.getFileName().toString());
        ReportModel model = AnalysisPipeline.run(in.panel(), in.report(),
                dev.klaster.io.iotable.BpsIoReader.read(ioFile), o).model();
        Path html = Path.of("target", "report-browser", "analyze-pdrb-id.html");
        HtmlReport.write(model, html);
        check(model, html, "analyze-pdrb-id");
        assertThat(driver.findElements(By.id("synthetic-banner"))).as("real data: no synthetic banner").isEmpty();
    }

    @Test
    void jatimReportWithRegencyBoundariesDrawsOneLisaAndOneGiMapPerStrongCluster() throws Exception {
        AnalysisPipeline.Result r = ClusterSpatialTest.jatim(Lang.ID);
        int strong = ClusterSpatial.topClusters(r.clusters()).size();
        assertThat(ClusterSpatialTest.maps(r.model(), Lang.ID, true)).as("LISA maps").hasSize(strong);
        assertThat(ClusterSpatialTest.maps(r.model(), Lang.ID, false)).as("Gi* maps").hasSize(strong);
        // with generated establishments (the largest strong cluster's clumped): one Kd chart per strong cluster
        r = EstablishmentSection.add(r, EstablishmentSectionTest.establishments(r.clusters(),
                ClusterSpatial.topClusters(r.clusters()).get(0), 42), "establishments.csv");
        assertThat(r.model().charts()).as("Kd charts").filteredOn(c -> c.kind().equals("envelope")).hasSize(strong);
        Path html = Path.of("target", "report-browser", "analyze-jatim-spatial-id.html");
        HtmlReport.write(r.model(), html);
        check(r.model(), html, "analyze-jatim-spatial-id");
        // the summary table of the spatial part (a table block, not a chart): screenshot for a look
        for (Section sec : r.model().sections()) {
            for (Block bl : sec.blocks()) {
                if (bl instanceof TableBlock tb && tb.table().name().equals("spatial_clusters")) {
                    WebElement fig = driver.findElement(By.id("b-" + bl.id()));
                    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", fig);
                    Files.copy(fig.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve("charts")
                            .resolve("analyze-jatim-spatial-id-summary.png"), StandardCopyOption.REPLACE_EXISTING);
                    assertThat(fig.getText()).as("summary table in Indonesian").contains("Indeks Moran (I)");
                }
            }
        }
    }

    private void check(ReportModel model, Path html, String name) throws Exception {
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.get(html.toAbsolutePath().toUri().toString());
        JavascriptExecutor js = driver;
        long until = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(js.executeScript("return window.klasterReady === true"))) {
            assertThat(System.currentTimeMillis()).as("report script finished within 20 s").isLessThan(until);
            Thread.sleep(100);
        }
        Thread.sleep(800); // let ECharts finish its first frame (animations are short)
        for (Chart c : model.charts()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> r = (Map<String, Object>) js.executeScript(
                    "var el=document.getElementById('chart-'+arguments[0]);"
                    + "var inst=echarts.getInstanceByDom(el); if(!inst) return {items:-1, inked:0};"
                    + "var opt=inst.getOption(); var n=0; (opt.series||[]).forEach(function(s){"
                    + "  n+=((s.data||[]).length)+((s.links||[]).length);});"
                    + "var cv=el.querySelector('canvas'); if(!cv) return {items:n, inked:0};"
                    + "var ctx=cv.getContext('2d'); var d=ctx.getImageData(0,0,cv.width,cv.height).data; var inked=0;"
                    + "for(var k=0;k<d.length;k+=4){ if(d[k+3]>0 && (d[k]<235||d[k+1]<235||d[k+2]<235)) inked++; }"
                    + "return {items:n, inked:inked, w:cv.width, h:cv.height};", c.id());
            assertThat(((Number) r.get("items")).longValue()).as("chart %s (%s) has series data", c.id(), c.kind())
                    .isGreaterThan(0);
            assertThat(((Number) r.get("inked")).longValue()).as("chart %s (%s) canvas is not blank: %s", c.id(),
                    c.kind(), r).isGreaterThan(500);
            WebElement fig = driver.findElement(By.id("b-" + c.id()));
            js.executeScript("arguments[0].scrollIntoView(); window.scrollBy(0, -90);", fig);
            Files.copy(fig.getScreenshotAs(OutputType.FILE).toPath(),
                    SHOTS.resolve("charts").resolve(name + "-" + c.id() + ".png"), StandardCopyOption.REPLACE_EXISTING);
        }
        // every block offers its CSV, generated in the page from the embedded data
        for (WebElement a : driver.findElements(By.cssSelector("a.csv"))) {
            assertThat(a.getAttribute("href")).as("CSV link %s", a.getAttribute("id")).startsWith("blob:");
        }
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 16_000)));
        Thread.sleep(600);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("JavaScript errors in the console").isEmpty();
    }
}
