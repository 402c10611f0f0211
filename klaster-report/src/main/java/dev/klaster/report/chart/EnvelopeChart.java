package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

/**
 * A curve over a numeric x with its Monte-Carlo envelope (e.g. Duranton-Overman Kd against distance): the observed
 * line, the simulations' mean dashed, and the band between the lower and upper envelope shaded.
 */
public final class EnvelopeChart extends Chart {
    private final int x;
    private final int obs;
    private final int mean;
    private final int lo;
    private final int hi;
    private final String xName;
    private final String yName;
    private final String[] seriesNames;

    /**
     * @param seriesNames legend names of the observed curve, the band and the mean, in the report language
     */
    public EnvelopeChart(String id, String title, String caption, Table table, String xColumn, String obsColumn,
                         String meanColumn, String loColumn, String hiColumn, String xName, String yName,
                         String[] seriesNames) {
        super(id, title, caption, table, null, 380);
        Tables.requireRows(table, "envelope chart");
        this.x = Tables.number(table, xColumn);
        this.obs = Tables.number(table, obsColumn);
        this.mean = Tables.number(table, meanColumn);
        this.lo = Tables.number(table, loColumn);
        this.hi = Tables.number(table, hiColumn);
        this.xName = xName;
        this.yName = yName;
        if (seriesNames.length != 3) {
            throw new IllegalArgumentException("envelope chart '" + id + "': three series names needed");
        }
        this.seriesNames = seriesNames.clone();
    }

    @Override
    public String kind() {
        return "envelope";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        // a category axis of the distances: ECharts stacks the band (lo, then hi - lo) along it; with two value
        // axes it would stack the x values instead
        ArrayNode xs = Json.arr();
        ArrayNode o1 = Json.arr();
        ArrayNode base = Json.arr();
        ArrayNode band = Json.arr();
        ArrayNode mn = Json.arr();
        java.text.NumberFormat f = java.text.NumberFormat.getNumberInstance(m.lang().locale());
        f.setMaximumFractionDigits(1);
        for (int r = 0; r < d.rowCount(); r++) {
            xs.add(f.format(d.number(r, x)));
            o1.add(d.number(r, obs));
            base.add(d.number(r, lo));
            band.add(d.number(r, hi) - d.number(r, lo));
            mn.add(d.number(r, mean));
        }
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("trigger", "axis").put("confine", true).put("formatter", "@fmt:envelope");
        o.putObject("legend").put("top", 0).put("left", 10).put("right", 80)
                .set("data", Json.strings(java.util.List.of(seriesNames[0], seriesNames[1], seriesNames[2])));
        o.set("grid", Axes.grid(70, 30, 64, 50));
        ObjectNode xa = o.putObject("xAxis");
        xa.put("type", "category");
        xa.put("boundaryGap", false);
        xa.set("data", xs);
        xa.put("name", xName);
        xa.put("nameLocation", "middle");
        xa.put("nameGap", 28);
        ObjectNode ya = o.putObject("yAxis");
        ya.put("type", "value");
        ya.put("name", yName);
        ya.putObject("axisLabel").put("formatter", "@fmt:num");
        ArrayNode ser = o.putArray("series");
        // the band: an invisible base at lo, then hi - lo stacked on it and filled
        ObjectNode b0 = ser.addObject();
        b0.put("type", "line").put("name", seriesNames[1]).put("stack", "envelope").put("symbol", "none")
                .put("silent", true);
        b0.putObject("lineStyle").put("opacity", 0);
        b0.putObject("itemStyle").put("color", "#9ecae1"); // the legend shows the band's colour
        b0.set("data", base);
        ObjectNode b1 = ser.addObject();
        b1.put("type", "line").put("name", seriesNames[1]).put("stack", "envelope").put("symbol", "none");
        b1.putObject("lineStyle").put("opacity", 0);
        b1.putObject("areaStyle").put("color", "#9ecae1").put("opacity", 0.6);
        b1.putObject("itemStyle").put("color", "#9ecae1");
        b1.set("data", band);
        ObjectNode s2 = ser.addObject();
        s2.put("type", "line").put("name", seriesNames[2]).put("symbol", "none");
        s2.putObject("lineStyle").put("type", "dashed").put("color", "#6baed6");
        s2.putObject("itemStyle").put("color", "#6baed6");
        s2.set("data", mn);
        ObjectNode s1 = ser.addObject();
        s1.put("type", "line").put("name", seriesNames[0]).put("symbol", "none");
        s1.putObject("lineStyle").put("width", 2.5).put("color", "#b30000");
        s1.putObject("itemStyle").put("color", "#b30000");
        s1.set("data", o1);
        return o;
    }
}
