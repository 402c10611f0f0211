package dev.klaster.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.klaster.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @Test
    void demoReportWritesHtmlAndWorkbookAndPrintsThePath(@TempDir Path dir) throws Exception {
        Run r = run("report", "--demo", "--out", dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        Path html = dir.resolve("klaster-report.html");
        assertThat(r.out()).contains("Report:   " + html.toAbsolutePath());
        assertThat(Files.readString(html)).as("Indonesian by default for Indonesian data")
                .contains("<html lang=\"id\">").contains("DATA DEMO SINTETIS / SYNTHETIC DEMO DATA");
        assertThat(dir.resolve("klaster-report.xlsx")).isNotEmptyFile();
    }

    @Test
    void englishOnRequest(@TempDir Path dir) throws Exception {
        Run r = run("report", "--demo", "--lang", "en", "--report", dir.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("klaster-report.html"))).contains("<html lang=\"en\">");
    }

    @Test
    void badLanguageIsBadUsage(@TempDir Path dir) {
        Run r = run("report", "--demo", "--lang", "fr", "--out", dir.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(r.err()).contains("--lang 'fr' is not one of id, en");
    }

    @Test
    void missingBoundaryFileIsBadUsage(@TempDir Path dir) {
        Run r = run("report", "--demo", "--boundaries", dir.resolve("none.geojson").toString(), "--out",
                dir.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(r.err()).contains("--boundaries: file not found");
    }

    @Test
    void withoutDemoItAsksForIt() {
        Run r = run("report");
        assertThat(r.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(r.err()).contains("give --demo");
    }
}
