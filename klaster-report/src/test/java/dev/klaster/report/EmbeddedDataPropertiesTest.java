package dev.klaster.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.chart.HeatmapChart;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of what the page embeds: numbers survive exactly, undefined values become null, never 0. */
class EmbeddedDataPropertiesTest {
    @Property(tries = 200, seed = "20261123")
    void embeddedTableRoundTripsExactly(@ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = -1e12, max = 1e12)
            Double> values, @ForAll boolean withNaN) throws Exception {
        Table.Builder b = Table.builder("t").text("region").text("industry").number("v");
        for (int k = 0; k < values.size(); k++) {
            b.row("R" + (k / 5), "I" + (k % 5), withNaN && k % 3 == 0 ? Double.NaN : values.get(k));
        }
        Table t = b.build();
        ReportModel model = ReportModel.builder("p", Lang.EN).section(new Section("s", "S", "",
                List.of(new HeatmapChart("h", "h", "", t, "region", "industry", "v", Double.NaN, 100, 100)))).build();
        JsonNode data = Json.MAPPER.readTree(HtmlReport.data(model, new Messages(Lang.EN)));
        JsonNode rows = data.at("/blocks/0/data/rows");
        int finite = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            double v = t.number(r, 2);
            JsonNode cell = rows.get(r).get(2);
            if (Double.isNaN(v)) {
                assertThat(cell.isNull()).as("NaN embedded as null").isTrue();
            } else {
                finite++;
                assertThat(cell.asDouble()).isEqualTo(v);
            }
        }
        assertThat(data.at("/blocks/0/option/series/0/data").size()).as("one heat cell per defined value")
                .isEqualTo(finite);
    }
}
