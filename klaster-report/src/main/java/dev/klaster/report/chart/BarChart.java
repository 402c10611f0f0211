package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

import java.util.List;

/**
 * Bars of one or more number columns per category (a text column): grouped, or stacked with positive and negative
 * parts stacked on their own side of zero (shift-share components), optionally horizontal (impact in jobs and value
 * added) and with a total column drawn as a marker.
 */
public final class BarChart extends Chart {
    private final int category;
    private final int[] values;
    private final int total;
    private final boolean stacked;
    private final boolean horizontal;

    /**
     * @param categoryColumn text column naming each bar group
     * @param valueColumns number columns, one series each
     * @param totalColumn number column drawn as a diamond marker (e.g. the shift-share total), or {@code null}
     */
    public BarChart(String id, String title, String caption, Table table, String categoryColumn,
                    List<String> valueColumns, String totalColumn, boolean stacked, boolean horizontal) {
        super(id, title, caption, table, null, height(table, horizontal));
        Tables.requireRows(table, "bar chart");
        this.category = Tables.text(table, categoryColumn);
        if (valueColumns.isEmpty()) {
            throw new IllegalArgumentException("bar chart '" + id + "': no value columns");
        }
        this.values = valueColumns.stream().mapToInt(c -> Tables.number(table, c)).toArray();
        this.total = totalColumn == null ? -1 : Tables.number(table, totalColumn);
        this.stacked = stacked;
        this.horizontal = horizontal;
    }

    private static int height(Table t, boolean horizontal) {
        return horizontal ? Math.min(3000, Math.max(240, 90 + 26 * t.rowCount())) : (t.rowCount() > 8 ? 440 : 360);
    }

    @Override
    public String kind() {
        return stacked ? "stacked-bar" : "bar";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("trigger", "axis").put("confine", true).put("valueFormatter", "@fmt:num")
                .putObject("axisPointer").put("type", "shadow");
        o.putObject("legend").put("top", 0).put("left", 10).put("right", 80).put("type", "scroll");
        o.set("grid", horizontal ? Axes.grid(190, 40, 40, 30) : Axes.grid(60, 30, 40, d.rowCount() > 8 ? 110 : 40));
        ObjectNode cat = Json.obj();
        cat.put("type", "category");
        ArrayNode names = Json.arr();
        for (int r = 0; r < d.rowCount(); r++) {
            names.add(d.text(r, category));
        }
        cat.set("data", names);
        ObjectNode catLabel = cat.putObject("axisLabel").put("interval", 0).put("fontSize", 10);
        if (!horizontal) {
            catLabel.put("rotate", d.rowCount() > 8 ? 45 : 0);
        } else {
            cat.put("inverse", true);
            // long names (clusters, regions) wrap inside the left margin instead of running off the chart
            catLabel.put("width", 180).put("overflow", "break").put("lineHeight", 12);
        }
        ObjectNode val = Json.obj();
        val.put("type", "value");
        val.putObject("axisLabel").put("formatter", "@fmt:num");
        o.set(horizontal ? "yAxis" : "xAxis", cat);
        o.set(horizontal ? "xAxis" : "yAxis", val);
        ArrayNode series = o.putArray("series");
        for (int c : values) {
            ObjectNode s = series.addObject();
            s.put("type", "bar");
            s.put("name", d.columns().get(c).name());
            if (stacked) {
                s.put("stack", "total");
                s.put("stackStrategy", "samesign");
            }
            s.putObject("emphasis").put("focus", "series");
            ArrayNode data = s.putArray("data");
            for (int r = 0; r < d.rowCount(); r++) {
                Json.add(data, d.number(r, c));
            }
            if (!stacked && values.length == 1 && d.rowCount() <= 40) {
                s.putObject("label").put("show", true).put("position", horizontal ? "right" : "top")
                        .put("formatter", "@fmt:labelnum").put("fontSize", 10);
            }
        }
        if (total >= 0) {
            ObjectNode s = series.addObject();
            s.put("type", "scatter");
            s.put("name", d.columns().get(total).name());
            s.put("symbol", "diamond");
            s.put("symbolSize", 11);
            s.putObject("itemStyle").put("color", "#222");
            s.put("z", 10);
            ArrayNode data = s.putArray("data");
            for (int r = 0; r < d.rowCount(); r++) {
                Json.add(data, d.number(r, total));
            }
        }
        if (!horizontal && d.rowCount() > 40) {
            ArrayNode dz = o.putArray("dataZoom");
            dz.addObject().put("type", "slider").put("start", 0).put("end", 100.0 * 40 / d.rowCount());
            dz.addObject().put("type", "inside");
        }
        return o;
    }
}
