package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Lang;
import dev.klaster.report.Messages;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** ECharts options built from small fixture tables; expected numbers are hand arithmetic on the fixtures. */
class ChartOptionsTest {
    private static final Messages EN = new Messages(Lang.EN);

    private static Table lq3x2() {
        return Table.builder("lq").text("region").text("industry").number("lq")
                .row("R1", "A", 1.5).row("R1", "B", 0.5).row("R2", "A", Double.NaN).row("R2", "B", 1.2)
                .row("R3", "A", 0.8).row("R3", "B", 2.4).build();
    }

    @Test
    void heatmapLeavesUndefinedCellsEmptyAndCentresColoursOnOne() {
        HeatmapChart h = new HeatmapChart("h", "t", "", lq3x2(), "region", "industry", "lq", 1.0, 10, 10);
        ObjectNode o = h.option(EN);
        // 6 cells, one NaN -> 5 drawn points
        assertThat(o.at("/series/0/data").size()).isEqualTo(5);
        assertThat(o.at("/visualMap/min").asDouble()).isEqualTo(0.0);
        assertThat(o.at("/visualMap/max").asDouble()).as("2 × centre 1").isEqualTo(2.0);
        assertThat(o.at("/yAxis/data").size()).isEqualTo(3);
        assertThat(h.fullTable()).as("not reduced").isNull();
    }

    @Test
    void heatmapKeepsTheFirstRowsAndSaysSo() {
        HeatmapChart h = new HeatmapChart("h", "t", "", lq3x2(), "region", "industry", "lq", 1.0, 2, 10);
        assertThat(h.data().rowCount()).as("2 regions × 2 industries").isEqualTo(4);
        assertThat(h.fullTable().rowCount()).isEqualTo(6);
        // the page says what is shown in the report language (chart.reduced), not an English note of the chart
        assertThat(h.data().notes()).noneMatch(n -> n.startsWith("shown:"));
    }

    @Test
    void waterfallRunsTheTotal() {
        Table t = Table.builder("ss").text("c").number("v").row("NS", 120).row("IM", 15.5).row("RS", -22).build();
        JsonNode data = new WaterfallChart("w", "t", "", t, "c", "v", "Total").option(EN).at("/series/0/data");
        // running totals: 0->120, 120->135.5, 135.5->113.5, total 0->113.5
        assertThat(data.size()).isEqualTo(4);
        assertThat(data.get(1).at("/value/1").asDouble()).isEqualTo(120.0);
        assertThat(data.get(1).at("/value/2").asDouble()).isEqualTo(135.5);
        assertThat(data.get(2).at("/value/2").asDouble()).isEqualTo(113.5);
        assertThat(data.get(2).at("/value/3").asInt()).as("down step").isEqualTo(-1);
        assertThat(data.get(3).at("/value/2").asDouble()).isEqualTo(113.5);
        assertThat(data.get(3).get("name").asText()).isEqualTo("Total");
    }

    @Test
    void quadrantDropsUndefinedPointsAndLabelsFourQuadrants() {
        Table t = Table.builder("k").text("s").number("x").number("y").row("A", 1, 2).row("B", 3, 1)
                .row("C", Double.NaN, 1).build();
        ObjectNode o = new QuadrantChart("q", "t", "", t, "s", "x", "y", 2, 1.5, "x", "y",
                new String[] {"I", "II", "IV", "III"}).option(EN);
        assertThat(o.at("/series/0/data").size()).isEqualTo(2);
        assertThat(o.at("/series/0/markArea/data").size()).isEqualTo(4);
        assertThat(o.at("/series/0/markArea/data/0/0/name").asText()).isEqualTo("I");
        assertThat(o.at("/series/0/markArea/data/0/0/xAxis").asDouble()).as("top-right starts at x0").isEqualTo(2.0);
        assertThat(o.at("/xAxis/min").asDouble()).isLessThanOrEqualTo(1.0);
        assertThat(o.at("/xAxis/max").asDouble()).isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void quadrantNeedsFourLabels() {
        Table t = Table.builder("k").text("s").number("x").number("y").row("A", 1, 2).build();
        assertThatThrownBy(() -> new QuadrantChart("q", "t", "", t, "s", "x", "y", 0, 0, "x", "y",
                new String[] {"I"})).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quadrant chart 'q': need 4 quadrant labels, got 1");
    }

    @Test
    void bubbleAreaIsProportionalToSize() {
        Table t = Table.builder("p").text("c").number("dlq").number("lq").number("size").text("stage")
                .row("big", 0.1, 2, 400, "mature").row("quarter", -0.1, 1.5, 100, "mature").build();
        ObjectNode o = new BubbleChart("b", "t", "", t, "c", "dlq", "lq", "size", "stage",
                Map.of("mature", "#3182bd"), 0, 1, "dLQ", "LQ", null, 10).option(EN);
        // diameter = 6 + 54·sqrt(size/max): 60 px for the largest, 6 + 54·0.5 = 33 px for a quarter of it
        assertThat(o.at("/series/0/data/0/symbolSize").asDouble()).isCloseTo(60, within(0.05));
        assertThat(o.at("/series/0/data/1/symbolSize").asDouble()).isCloseTo(33, within(0.05));
    }

    @Test
    void networkDrawsOnlyTheStrongestLinks() {
        Table.Builder b = Table.builder("io").text("from").text("to").number("w");
        for (int k = 0; k < 10; k++) {
            b.row("S" + k, "T" + k, k + 1);
        }
        NetworkChart n = new NetworkChart("n", "t", "", b.build(), "from", "to", "w", 3);
        ObjectNode o = n.option(EN);
        assertThat(o.at("/series/0/links").size()).isEqualTo(3);
        assertThat(o.at("/series/0/links/0/value").asDouble()).as("strongest first").isEqualTo(10.0);
        assertThat(n.fullTable().rowCount()).isEqualTo(10);
    }

    @Test
    void rolesPointSuppliersIntoTheCoreAndTheCoreToBuyers() {
        Table t = Table.builder("m").text("member").text("role").row("Core", "core").row("Sup", "Supplier")
                .row("Buy", "pembeli").build();
        ObjectNode o = new RolesChart("r", "t", "", t, "member", "role", null).option(EN);
        JsonNode links = o.at("/series/0/links");
        assertThat(links.size()).isEqualTo(2);
        assertThat(links.get(0).get("source").asText()).isEqualTo("Sup");
        assertThat(links.get(0).get("target").asText()).isEqualTo("Core");
        assertThat(links.get(1).get("source").asText()).isEqualTo("Core");
        assertThat(o.at("/series/0/data/0/x").asDouble()).as("core in the centre").isEqualTo(500.0);
    }

    @Test
    void stepLineRejectsAnUnknownStage() {
        Table t = Table.builder("s").text("cluster").number("year").text("stage").row("A", 2020, "embryo")
                .row("A", 2021, "adolescent").build();
        assertThatThrownBy(() -> new LineChart("l", "t", "", t, "cluster", "year", "stage",
                List.of("embryo", "growing"), true, "stage")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line chart 'l': row 2 has stage 'adolescent', not one of [embryo, growing]");
    }

    @Test
    void radarHasOneIndicatorPerFactor() {
        Table.Builder b = Table.builder("r").text("cluster").text("factor").number("score");
        for (int f = 0; f < 9; f++) {
            b.row("A", "f" + f, f % 5 + 1);
        }
        ObjectNode o = new RadarChart("r", "t", "", b.build(), "cluster", "factor", "score", 5).option(EN);
        assertThat(o.at("/radar/indicator").size()).isEqualTo(9);
        assertThat(o.at("/radar/indicator/0/max").asDouble()).isEqualTo(5.0);
        assertThat(o.at("/series/0/data/0/value").size()).isEqualTo(9);
    }

    @Test
    void symbolMapNamesRegionsWithoutCoordinates() {
        Table t = Table.builder("m").text("code").text("name").number("v").row("31", "DKI Jakarta", 100)
                .row("99", "Nowhere", 5).build();
        SymbolMapChart s = new SymbolMapChart("m", "t", "", t, "code", "name", "v",
                Map.of("31", new double[] {106.85, -6.21}), "outline");
        assertThat(s.missing()).containsExactly("Nowhere");
        ObjectNode o = s.option(EN);
        assertThat(o.at("/series/0/data").size()).isEqualTo(1);
        assertThat(o.at("/series/0/data/0/value/0").asDouble()).as("lon first").isEqualTo(106.85);
        assertThat(o.at("/series/0/data/0/symbolSize").asDouble()).as("5 + 40 px for the maximum").isEqualTo(45.0);
    }

    @Test
    void columnOfTheWrongTypeIsNamed() {
        assertThatThrownBy(() -> new BarChart("b", "t", "", lq3x2(), "lq", List.of("lq"), null, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("table 'lq': column 'lq' must be text");
    }

    @Test
    void niceAxisEndsAreMultiplesOfTheStep() {
        double[] r = Axes.range(new double[] {0.22, 8.6}, 5);
        // span 8.38 + 6 % padding each side ≈ 9.4 -> step 2 -> [-2, 10]
        assertThat(r).containsExactly(-2.0, 10.0);
    }
}
