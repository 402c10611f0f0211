package dev.klaster.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klaster.core.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static String embedded(String html) throws Exception {
        String start = "<script type=\"application/json\" id=\"klaster-data\">";
        int a = html.indexOf(start) + start.length();
        return html.substring(a, html.indexOf("</script>", a));
    }

    @Test
    void pageIsSelfContainedAndEmbedsEveryBlock() throws Exception {
        ReportModel model = Fixtures.full(Lang.EN).build();
        String html = HtmlReport.render(model);
        assertThat(html).as("no external resources").doesNotContain("src=\"http").doesNotContain("href=\"http");
        assertThat(html).as("ECharts inlined").contains("echarts.registerMap").contains("Apache ECharts 5.5.0");
        assertThat(html).contains("DATA DEMO SINTETIS / SYNTHETIC DEMO DATA");
        JsonNode data = Json.MAPPER.readTree(embedded(html));
        long blocks = model.sections().stream().mapToLong(s -> s.blocks().size()).sum();
        assertThat(data.get("blocks").size()).isEqualTo((int) blocks);
        for (JsonNode b : data.get("blocks")) {
            assertThat(html).as("csv link for %s", b.get("id")).contains("id=\"csv-" + b.get("id").asText() + "\"");
        }
        assertThat(data.at("/maps/" + ReportBuilder.OUTLINE_MAP + "/type").asText()).isEqualTo("FeatureCollection");
    }

    @Test
    void realDataHasNoBannerAndWarningsAreShown() {
        Table t = Table.builder("t").text("a").number("year").number("v").row("x</script>", 2023, 1234.5).build();
        ReportModel model = ReportModel.builder("Plan", Lang.ID).warning("2 rows <dropped>")
                .section(new Section("s", "S", "", java.util.List.of(TableBlock.of("t1", "T", "", t)))).build();
        String html = HtmlReport.render(model);
        assertThat(html).doesNotContain("synthetic-banner");
        assertThat(html).contains("<li>2 rows &lt;dropped&gt;</li>");
        assertThat(html).as("text escaped in the table").contains("x&lt;/script&gt;");
        assertThat(html).as("years without grouping, values with Indonesian grouping").contains(">2023<")
                .contains(">1.234,5<");
    }

    @Test
    void starsShowWholeStarsUpToTheMaximum() {
        assertThat(HtmlReport.stars(2, 3)).isEqualTo("★★☆");
        assertThat(HtmlReport.stars(7, 3)).isEqualTo("★★★");
        assertThat(HtmlReport.stars(Double.NaN, 3)).isEqualTo("–");
    }

    @Test
    void writeIsAtomicAndNamesTheWorkbook(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.html");
        HtmlReport.write(Fixtures.full(Lang.ID).build(), f);
        assertThat(Files.readString(f)).contains("buku kerja r.xlsx");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("r.html");
        }
    }
}
