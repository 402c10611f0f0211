package dev.klaster.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workspace's main flow in a real headless Chromium: sign in with a password, open the demo's analysis, start an
 * initiative from a strong cluster (prefilled), import stakeholders from a CSV file through the page (a bad file
 * first: its error names file, line, column and value), move to the next stage with an endorsed document, add a KPI
 * and an observation, and see both in the table and the chart; no console errors. Screenshots go to
 * {@code target/screenshots/workspace/}. Skips visibly without Chromium.
 */
class WorkspaceBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target", "screenshots", "workspace");
    @TempDir
    static Path data;
    @TempDir
    static Path files;
    static KlasterServer server;
    static ChromeDriver driver;
    static Path profile;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            System.err.println("SKIPPED WorkspaceBrowserTest: " + CHROMIUM + " or " + DRIVER
                    + " missing (apt-get install chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "chromium / chromedriver not installed");
        server = WorkspaceServers.start("sqlite", data);
        server.workspace().users().bootstrapAdmin("siti", "Siti Rahmawati", "siti-password-1");
        base = "http://127.0.0.1:" + server.port();
        profile = Files.createTempDirectory("klaster-ws-selenium");
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

    static void open(String url) throws Exception {
        driver.get(url);
        long until = System.currentTimeMillis() + 120_000;
        while (!driver.findElements(By.id("progress")).isEmpty()) {
            assertThat(System.currentTimeMillis()).as("analysis finished within 120 s").isLessThan(until);
            Thread.sleep(500);
            driver.get(url);
        }
    }

    /** A full-page screenshot; no console errors so far. */
    static void shot(String name) throws Exception {
        shot(name, null);
    }

    /** As {@link #shot(String)}, where the page itself answered {@code status} (an error page, expected). */
    static void shot(String name, Integer status) throws Exception {
        JavascriptExecutor js = driver;
        long height = ((Number) js.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 12_000)));
        Thread.sleep(300);
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .filter(e -> status == null || !e.getMessage().contains("responded with a status of " + status))
                .toList();
        assertThat(severe).as("%s: JavaScript errors or refused resources in the console", name).isEmpty();
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    static void submit(String buttonId) {
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(By.id(buttonId)).click();
        gone(old);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "complete"
                .equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Waits until {@code old} (the previous page's root) has left the document. Chromium reports a detached node
     * either as a stale element or as "Node ... does not belong to the document"; both mean the page changed.
     */
    static void gone(WebElement old) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            try {
                old.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                return String.valueOf(e.getMessage()).contains("does not belong to the document");
            }
        });
    }

    static void submitLink(String id) {
        submit(id);
    }

    /** A screenshot of one block of the page. */
    static void element(String id, String name) throws Exception {
        WebElement e = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true);", e);
        Files.copy(e.getScreenshotAs(OutputType.FILE).toPath(), SHOTS.resolve(name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    static void type(String id, String text) {
        WebElement e = driver.findElement(By.id(id));
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a date input (the typing order of a date field depends on the browser's locale). */
    static void date(String id, String iso) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id,
                iso);
    }

    @Test
    void signInStartAnInitiativeFromAStrongClusterImportMoveStageAndAddAKpi() throws Exception {
        // sign in with a password
        open(base + "/signin?lang=en");
        type("f-username", "siti");
        type("f-password", "siti-password-1");
        shot("01-signin-en");
        submit("signin-submit");
        assertThat(driver.getCurrentUrl()).contains("/initiatives");
        assertThat(driver.findElement(By.id("who")).getText()).contains("Siti Rahmawati");
        // the demo's strong clusters, each with "start an initiative"
        open(base + "/datasets/demo?lang=en");
        WebElement row = driver.findElement(By.cssSelector("#strong-clusters tbody tr"));
        String region = row.findElements(By.tagName("td")).get(0).getText();
        String cluster = row.findElements(By.tagName("td")).get(1).getText();
        WebElement old = driver.findElement(By.tagName("html"));
        row.findElement(By.cssSelector("a.start-initiative")).click();
        gone(old);
        assertThat(driver.findElement(By.id("from-cluster")).getText()).contains(cluster);
        assertThat(driver.findElement(By.id("f-clusterName")).getAttribute("value")).isEqualTo(cluster);
        assertThat(driver.findElement(By.id("f-name")).getAttribute("value")).contains(cluster).contains(region);
        assertThat(driver.findElement(By.id("f-regionCodes")).getAttribute("value")).isNotBlank();
        type("f-leadOrganisation", "Dinas Perindustrian dan Perdagangan");
        type("f-governanceBody", "Forum Klaster: Bappeda, Disperindag, asosiasi, universitas");
        date("f-startDate", "2025-01-06");
        shot("02-new-initiative-en");
        submit("create-initiative");
        assertThat(driver.findElement(By.id("title")).getText()).contains(cluster);
        String page = driver.getCurrentUrl();
        // a bad CSV first: refused with file, line, column and value, nothing imported
        Path bad = files.resolve("anggota-salah.csv");
        Files.writeString(bad, "nama,jenis,ukuran\nCV Maju,CORE_FIRM,SMALL\nUD Jaya,SUPPLIER,HUGE\n",
                StandardCharsets.UTF_8);
        driver.findElement(By.id("sh-csv")).sendKeys(bad.toString());
        submit("import-submit");
        String error = driver.findElement(By.id("error")).getText();
        assertThat(error).contains("anggota-salah.csv").contains("line 3").contains("ukuran").contains("HUGE")
                .contains("Nothing was imported");
        shot("03-import-error-en", 400);
        open(page);
        assertThat(driver.findElement(By.cssSelector("#stakeholders h3")).getText()).endsWith("(0)");
        // the good file: 16 committed of 4 types (written here) meets the default rule of 15 of 2 types
        StringBuilder csv = new StringBuilder("nama,jenis,kbli,ukuran,kode_wilayah,sentra_ikm,berkomitmen\n");
        String[] types = {"CORE_FIRM", "CORE_FIRM", "CORE_FIRM", "SUPPLIER", "SUPPORTING_SERVICE",
            "KNOWLEDGE_INSTITUTION"};
        for (int k = 0; k < 16; k++) {
            csv.append("Usaha ").append(k + 1).append(',').append(types[k % types.length]).append(",10792,")
                    .append(k % 3 == 0 ? "MICRO" : "SMALL").append(",3374,Sentra IKM ").append(k % 2 + 1)
                    .append(",ya\n");
        }
        Path good = files.resolve("anggota.csv");
        Files.writeString(good, csv, StandardCharsets.UTF_8);
        driver.findElement(By.id("sh-csv")).sendKeys(good.toString());
        submit("import-submit");
        assertThat(driver.findElement(By.cssSelector("#stakeholders h3")).getText()).endsWith("(16)");
        assertThat(driver.findElement(By.id("diversity")).getText()).startsWith("Diversity check met: 16 committed "
                + "members of 4 types");
        assertThat(driver.findElements(By.cssSelector("table.role"))).hasSize(4);
        // the next stage with an endorsed document
        assertThat(new Select(driver.findElement(By.id("st-to"))).getFirstSelectedOption().getText())
                .isEqualTo("Diagnosis");
        date("st-date", "2025-03-14");
        type("st-note", "Endorsed at the second forum meeting");
        type("st-docTitle", "Diagnostic study of the cluster");
        new Select(driver.findElement(By.id("st-docType"))).selectByValue("DIAGNOSTIC_STUDY");
        submit("stage-submit");
        assertThat(driver.findElement(By.cssSelector("#stages li.current")).getText()).startsWith("Diagnosis");
        assertThat(driver.findElement(By.cssSelector("#generic-stages li.current")).getText())
                .isEqualTo("Framework and agenda");
        assertThat(driver.findElement(By.id("stage-history")).getText()).contains("Mobilisation → Diagnosis")
                .contains("Diagnostic study of the cluster").contains("Diagnostic study");
        assertThat(driver.findElement(By.id("stage-history")).getText()).contains("siti");
        element("stage", "04a-stage-en");
        // a KPI with baseline and target, then an observation (the forms open from their summary line)
        driver.findElement(By.cssSelector("#add-kpi summary")).click();
        type("kpi-name", "Jobs in the cluster");
        type("kpi-unit", "persons");
        date("kpi-baselineDate", "2024-12-31");
        type("kpi-baselineValue", "4200");
        date("kpi-targetDate", "2028-12-31");
        type("kpi-targetValue", "5000");
        // bound to the cluster's measured size in its regions in the demo's analysis, shown beside the entered values
        new Select(driver.findElement(By.id("kpi-indicator"))).selectByValue("ds.demo.size");
        submit("kpi-submit");
        driver.findElement(By.cssSelector("#add-observation summary")).click();
        date("ob-date", "2025-12-31");
        type("ob-value", "4400");
        type("ob-source", "Survei Disnaker 2025");
        submit("observation-submit");
        WebElement kpi = driver.findElement(By.cssSelector("#kpi-list tbody tr"));
        assertThat(kpi.getText()).contains("Jobs in the cluster").contains("4,200").contains("4,400")
                .contains("5,000");
        assertThat(kpi.findElement(By.cssSelector("td.measured")).getText()).matches("(?s)[0-9][0-9,.]*\\n.*1 region,.*")
                .contains("dataset demo");
        // progress = (4400 - 4200) / (5000 - 4200) = 25 % (KpiProgress.share)
        assertThat(kpi.findElement(By.cssSelector("td.progress")).getText()).isEqualTo("25 %");
        JavascriptExecutor js = driver;
        long until = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(js.executeScript("return window.klasterWorkspaceReady === true"))) {
            assertThat(System.currentTimeMillis()).as("workspace.js ran").isLessThan(until);
            Thread.sleep(100);
        }
        Thread.sleep(500);
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) js.executeScript(
                "var el=document.getElementById('kpi-chart'); var inst=echarts.getInstanceByDom(el);"
                + "if(!inst) return {series:-1, inked:0}; var opt=inst.getOption();"
                + "var cv=el.querySelector('canvas'); var ctx=cv.getContext('2d');"
                + "var d=ctx.getImageData(0,0,cv.width,cv.height).data; var inked=0;"
                + "for(var k=0;k<d.length;k+=4){ if(d[k+3]>0 && (d[k]<235||d[k+1]<235||d[k+2]<235)) inked++; }"
                + "return {series: opt.series.length, actual: opt.series[1].data[0], inked: inked};");
        assertThat(((Number) chart.get("series")).intValue()).isEqualTo(3);
        assertThat(((Number) chart.get("actual")).doubleValue()).isEqualTo(4400.0);
        assertThat(((Number) chart.get("inked")).longValue()).as("the KPI chart is not blank").isGreaterThan(500);
        assertThat(driver.findElement(By.id("audit-log")).findElements(By.cssSelector("tbody tr")).size())
                .as("initiative, 16 stakeholders, stage change (2 entries), KPI, observation").isEqualTo(21);
        element("kpis", "04b-kpis-en");
        element("stakeholders", "04c-stakeholders-en");
        shot("04-initiative-en");
        // the same page in Indonesian
        submitLink("lang-switch");
        assertThat(driver.findElement(By.id("diversity")).getText()).startsWith("Uji keragaman terpenuhi");
        assertThat(driver.findElement(By.cssSelector("#stages li.current")).getText()).startsWith("Diagnosis");
        shot("05-initiative-id");
        open(base + "/initiatives?lang=id");
        assertThat(driver.findElement(By.id("initiatives")).getText()).contains(cluster).contains("Diagnosis");
        shot("06-initiatives-id");
        open(base + "/users?lang=id");
        assertThat(driver.findElement(By.id("users")).getText()).contains("siti");
        shot("07-users-id");
    }

    @Test
    void aSurveyRoundIsOpenedAnsweredThroughItsLinksAndItsMeansComparedWithTheLastRound() throws Exception {
        var ws = server.workspace();
        var siti = ws.users().authenticate("siti", "siti-password-1").orElseThrow();
        var i = ws.initiatives().create(siti, new dev.klaster.workspace.InitiativeDraft("Klaster kopi Temanggung",
                "C10", "Kopi olahan", List.of("3323"), "Disperindag Temanggung", "Forum Kopi Temanggung",
                java.time.LocalDate.of(2025, 1, 6), null, false));
        for (String n : List.of("Koperasi Kopi Sindoro", "UD Kopi Kledung", "Politeknik Temanggung")) {
            ws.stakeholders().create(siti, i.id(), new dev.klaster.workspace.StakeholderDraft(n,
                    dev.klaster.workspace.StakeholderType.CORE_FIRM, "10761", dev.klaster.workspace.SizeClass.SMALL,
                    "3323", null, null, null, true));
        }
        // last year's round, answered through the service and then closed
        java.time.LocalDate today = java.time.LocalDate.now();
        var sv = ws.surveys();
        var r0 = sv.createRound(siti, i.id(), new dev.klaster.workspace.SurveyRoundDraft("Putaran 2025",
                today.minusDays(30), null));
        for (var inv : sv.invite(siti, r0.id(), List.of())) {
            sv.answerByToken(inv.token(), Map.of("cooperation", 2, "capital", 3, "leadership", 2));
        }
        sv.updateRound(siti, r0.id(), r0.version(), new dev.klaster.workspace.SurveyRoundDraft("Putaran 2025",
                today.minusDays(30), today.minusDays(1)));
        // the manager opens this year's round on the initiative page
        open(base + "/signin?lang=id");
        type("f-username", "siti");
        type("f-password", "siti-password-1");
        submit("signin-submit");
        String page = base + "/initiatives/" + i.id() + "?lang=id";
        open(page);
        driver.findElement(By.cssSelector("#add-round summary")).click();
        type("round-title", "Putaran 2026");
        date("round-openedOn", today.toString());
        submit("round-submit");
        List<WebElement> invite = driver.findElements(By.cssSelector("#survey-rounds button.invite"));
        assertThat(invite).hasSize(2);
        WebElement old = driver.findElement(By.tagName("html"));
        invite.get(1).click();
        gone(old);
        List<String> links = driver.findElements(By.cssSelector("#survey-links a.survey-link")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(links).hasSize(3).allMatch(l -> l.contains("/survey/") && l.endsWith("lang=id"));
        shot("08-survey-links-id");
        // the respondents, signed out: one link each
        submit("signout");
        int[][] scores = {{4, 5, 3}, {3, 4, 4}, {2, 0, 5}}; // cooperation, capital (0 = don't know), leadership
        for (int k = 0; k < links.size(); k++) {
            open(links.get(k));
            assertThat(driver.findElement(By.id("survey-title")).getText()).contains("Putaran 2026");
            driver.findElement(By.id("q-cooperation-" + scores[k][0])).click();
            driver.findElement(By.id(scores[k][1] == 0 ? "q-capital-none" : "q-capital-" + scores[k][1])).click();
            driver.findElement(By.id("q-leadership-" + scores[k][2])).click();
            if (k == 0) {
                shot("09-survey-form-id");
            }
            submit("survey-submit");
            assertThat(driver.findElement(By.id("survey-saved")).getText()).startsWith("Terima kasih");
        }
        shot("10-survey-saved-id");
        // the means, round by round: cooperation (4+3+2)/3 = 3, capital (5+4)/2 = 4.5, leadership (3+4+5)/3 = 4
        open(base + "/signin?lang=en");
        type("f-username", "siti");
        type("f-password", "siti-password-1");
        submit("signin-submit");
        open(base + "/initiatives/" + i.id() + "?lang=en");
        WebElement coop = driver.findElement(By.cssSelector("#survey-means tr[data-factor=cooperation]"));
        List<WebElement> cells = coop.findElements(By.cssSelector("td.mean"));
        assertThat(cells.get(0).getText()).startsWith("2\n3 answers");
        assertThat(cells.get(1).getText()).startsWith("3\n3 answers");
        assertThat(driver.findElement(By.cssSelector("#survey-means tr[data-factor=capital] td.mean:last-child"))
                .getText()).startsWith("4.5\n2 answers");
        assertThat(driver.findElement(By.cssSelector("#survey-means thead")).getText()).contains("3 of 3 answered");
        JavascriptExecutor js = driver;
        long until = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(js.executeScript("return window.klasterWorkspaceReady === true"))) {
            assertThat(System.currentTimeMillis()).as("workspace.js ran").isLessThan(until);
            Thread.sleep(100);
        }
        Thread.sleep(500);
        @SuppressWarnings("unchecked")
        Map<String, Object> chart = (Map<String, Object>) js.executeScript(
                "var el=document.getElementById('survey-chart'); var inst=echarts.getInstanceByDom(el);"
                + "if(!inst) return {series:-1}; var opt=inst.getOption();"
                + "var cv=el.querySelector('canvas'); var ctx=cv.getContext('2d');"
                + "var d=ctx.getImageData(0,0,cv.width,cv.height).data; var inked=0;"
                + "for(var k=0;k<d.length;k+=4){ if(d[k+3]>0 && (d[k]<235||d[k+1]<235||d[k+2]<235)) inked++; }"
                + "return {series: opt.series.length, coop: opt.series[1].data[3], inked: inked};");
        assertThat(((Number) chart.get("series")).intValue()).isEqualTo(2);
        assertThat(((Number) chart.get("coop")).doubleValue()).isEqualTo(3.0); // 4th survey factor: cooperation
        assertThat(((Number) chart.get("inked")).longValue()).as("the survey chart is not blank").isGreaterThan(500);
        element("surveys", "11-survey-means-en");
        element("survey-chart", "11b-survey-chart-en");
        shot("12-initiative-surveys-en");
    }

    @Test
    void theProductRegistryListsFiltersAndMapsProducts() throws Exception {
        var ws = server.workspace();
        var siti = ws.users().authenticate("siti", "siti-password-1").orElseThrow();
        var i = ws.initiatives().create(siti, new dev.klaster.workspace.InitiativeDraft("Klaster mebel Jepara",
                "C16", "Furnitur", List.of("3320"), "Disperindag Jepara", "Forum Klaster Mebel", null, null, false));
        Object[][] products = {
            {"Kursi ukir Mulyoharjo", "Mulyoharjo", 5, -6.5901, 110.6710, List.of("SNI", "TRADEMARK")},
            {"Meja jati", "Tahunan", 4, -6.6160, 110.6840, List.of("SNI")},
            {"Relief kayu", "Senenan", 3, -6.6020, 110.6490, List.of()},
            {"Gazebo bambu", "Petekeyan", 2, -6.5700, 110.7010, List.of("OTHER")}};
        for (Object[] p : products) {
            @SuppressWarnings("unchecked")
            List<String> certs = (List<String>) p[5];
            ws.products().create(siti, i.id(), new dev.klaster.workspace.ProductDraft((String) p[0], (String) p[1],
                    "3320", "KUB " + p[1], "31091", dev.klaster.workspace.ProductCategory.FURNITURE, null,
                    (Integer) p[2], (Double) p[3], (Double) p[4], certs.stream()
                    .map(dev.klaster.workspace.Certification::valueOf).toList()));
        }
        open(base + "/signin?lang=id");
        type("f-username", "siti");
        type("f-password", "siti-password-1");
        submit("signin-submit");
        open(base + "/initiatives/" + i.id() + "?lang=id");
        WebElement old = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector("#ovop-link a")).click();
        gone(old);
        assertThat(driver.findElements(By.cssSelector("#products tbody tr"))).hasSize(4);
        new Select(driver.findElement(By.id("pf-minGrade"))).selectByValue("4");
        submit("filter-submit");
        assertThat(driver.findElements(By.cssSelector("#products tbody tr"))).extracting(WebElement::getText)
                .satisfiesExactly(a -> assertThat(a).startsWith("Kursi ukir Mulyoharjo").contains("★★★★★"),
                        b -> assertThat(b).startsWith("Meja jati").contains("★★★★☆"));
        open(base + "/initiatives/" + i.id() + "/products?lang=id");
        JavascriptExecutor js = driver;
        long until = System.currentTimeMillis() + 20_000;
        while (!Boolean.TRUE.equals(js.executeScript("return window.klasterWorkspaceReady === true"))) {
            assertThat(System.currentTimeMillis()).as("workspace.js ran").isLessThan(until);
            Thread.sleep(100);
        }
        Thread.sleep(500);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) js.executeScript(
                "var el=document.getElementById('product-map'); var inst=echarts.getInstanceByDom(el);"
                + "if(!inst) return {points:-1}; var opt=inst.getOption();"
                + "return {points: opt.series[0].data.length, lon: opt.series[0].data[0].value[0]};");
        assertThat(((Number) map.get("points")).intValue()).isEqualTo(4);
        assertThat(((Number) map.get("lon")).doubleValue()).isEqualTo(110.6710);
        shot("13-products-id");
    }
    @Test
    void aManagerRecordsAnEvaluationWithTheProposedVerdicts() throws Exception {
        var ws = server.workspace();
        var siti = ws.users().authenticate("siti", "siti-password-1").orElseThrow();
        var i = ws.initiatives().create(siti, new dev.klaster.workspace.InitiativeDraft("Klaster garam Madura",
                "C10", "Garam", List.of("3528"), "Disperindag Jatim", "Forum Garam", null, null, false));
        String[][] kpis = {{"Tenaga kerja", "orang", "180"}, {"Produksi garam", "ton", "105"},
            {"Unit usaha <script>x</script>", "unit", null}};
        for (String[] k : kpis) {
            var kpi = ws.kpis().create(siti, i.id(), new dev.klaster.workspace.KpiDraft(k[0], k[1],
                    dev.klaster.workspace.Goal.PRODUCTIVITY_EMPLOYMENT, java.time.LocalDate.of(2024, 1, 1), 100.0,
                    java.time.LocalDate.of(2030, 1, 1), 200.0, dev.klaster.workspace.Frequency.ANNUAL,
                    dev.klaster.workspace.Aggregation.SUM, null));
            if (k[2] != null) {
                ws.kpis().observe(siti, kpi.id(), java.time.LocalDate.of(2025, 12, 31), Double.parseDouble(k[2]),
                        "BPS", null);
            }
        }
        open(base + "/signin?lang=id");
        type("f-username", "siti");
        type("f-password", "siti-password-1");
        submit("signin-submit");
        open(base + "/initiatives/" + i.id() + "?lang=id");
        driver.findElement(By.cssSelector("#add-evaluation summary")).click();
        // proposed: 0.8 of the way vs 0.33 of the time -> on track; 0.05 -> off track; no actual -> not measured
        assertThat(driver.findElements(By.cssSelector("#evaluation-kpis td.proposed"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Sesuai rencana"))
                .anySatisfy(t -> assertThat(t).startsWith("Menyimpang"))
                .anySatisfy(t -> assertThat(t).startsWith("Belum terukur"));
        element("evaluations", "14-evaluation-form-id");
        type("ev-summary", "Produksi tertinggal; tenaga kerja sesuai rencana.");
        type("ev-note-1", "cuaca buruk 2025");
        new Select(driver.findElement(By.id("ev-verdict-1"))).selectByValue("AT_RISK");
        submit("evaluation-submit");
        assertThat(driver.getCurrentUrl()).endsWith("#evaluations");
        List<WebElement> rows = driver.findElements(By.cssSelector("#evaluation-list tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Menyimpang").contains("Berisiko — cuaca buruk 2025")
                .contains("Unit usaha <script>x</script>: Belum terukur");
        shot("14-evaluations-id");
        open(base + "/initiatives/" + i.id() + "?lang=en");
        element("evaluations", "14-evaluations-en");
        assertThat(driver.findElement(By.cssSelector("#evaluations h3")).getText()).isEqualTo("Evaluations");
    }
}
