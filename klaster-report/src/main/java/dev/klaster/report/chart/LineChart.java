package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines over an ordered x (e.g. year), one per series key (e.g. cluster). The y column is either a number, or a
 * text column with an ordered list of categories (the life-cycle stage history: embryo, growing, mature, declining),
 * drawn as a step line on a category axis.
 */
public final class LineChart extends Chart {
    private final int series;
    private final int x;
    private final int y;
    private final List<String> yCategories;
    private final boolean step;
    private final String yName;

    /**
     * @param yCategories ordered categories when {@code yColumn} is text, else {@code null}
     */
    public LineChart(String id, String title, String caption, Table table, String seriesColumn, String xColumn,
                     String yColumn, List<String> yCategories, boolean step, String yName) {
        super(id, title, caption, table, null, 400);
        Tables.requireRows(table, "line chart");
        this.series = Tables.text(table, seriesColumn);
        this.x = table.columnIndex(xColumn);
        this.y = yCategories == null ? Tables.number(table, yColumn) : Tables.text(table, yColumn);
        this.yCategories = yCategories == null ? null : List.copyOf(yCategories);
        if (this.yCategories != null) {
            for (int r = 0; r < table.rowCount(); r++) {
                String v = table.text(r, y);
                if (!v.isEmpty() && !this.yCategories.contains(v)) {
                    throw new IllegalArgumentException("line chart '" + id + "': row " + (r + 1) + " has "
                            + yColumn + " '" + v + "', not one of " + this.yCategories);
                }
            }
        }
        this.step = step;
        this.yName = yName;
    }

    @Override
    public String kind() {
        return step ? "step" : "line";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        List<String> xs = Tables.distinct(d, x);
        xs.sort(LineChart::compareKeys);
        Map<String, Integer> xi = new LinkedHashMap<>();
        for (int k = 0; k < xs.size(); k++) {
            xi.put(xs.get(k), k);
        }
        Map<String, ArrayNode> lines = new LinkedHashMap<>();
        for (String s : Tables.distinct(d, series)) {
            ArrayNode a = Json.arr();
            for (int k = 0; k < xs.size(); k++) {
                a.addNull();
            }
            lines.put(s, a);
        }
        for (int r = 0; r < d.rowCount(); r++) {
            ArrayNode a = lines.get(d.text(r, series));
            int k = xi.get(Tables.cellText(d, r, x));
            if (yCategories != null) {
                String v = d.text(r, y);
                if (!v.isEmpty()) {
                    a.set(k, Json.MAPPER.getNodeFactory().textNode(v));
                }
            } else {
                double v = d.number(r, y);
                if (Double.isFinite(v)) {
                    a.set(k, Json.MAPPER.getNodeFactory().numberNode(v));
                }
            }
        }
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("trigger", "axis").put("confine", true);
        // legend on the first line (clear of the toolbox), the axis name below it
        o.putObject("legend").put("top", 0).put("left", 10).put("right", 80).put("type", "scroll");
        o.set("grid", Axes.grid(yCategories != null ? 110 : 70, 30, 64, 40));
        ObjectNode xa = o.putObject("xAxis");
        xa.put("type", "category");
        xa.put("boundaryGap", false);
        xa.set("data", Json.strings(xs));
        ObjectNode ya = o.putObject("yAxis");
        ya.put("name", yName);
        if (yCategories != null) {
            ya.put("type", "category");
            ya.put("boundaryGap", false);
            ya.set("data", Json.strings(yCategories));
        } else {
            ya.put("type", "value");
            ya.put("scale", true);
            ya.putObject("axisLabel").put("formatter", "@fmt:num");
        }
        ArrayNode ser = o.putArray("series");
        int k = 0;
        for (Map.Entry<String, ArrayNode> e : lines.entrySet()) {
            ObjectNode s = ser.addObject();
            s.put("type", "line");
            s.put("name", e.getKey());
            if (step) {
                s.put("step", "middle");
            }
            s.put("symbolSize", 7);
            s.put("connectNulls", false);
            s.set("data", e.getValue());
            if (yCategories != null) {
                // small vertical offsets would lie about the stage; overlapping series are told apart by symbol
                s.put("symbol", new String[] {"circle", "rect", "triangle", "diamond", "roundRect", "pin"}[k % 6]);
            }
            k++;
        }
        return o;
    }

    /** Numbers in numeric order (years), text alphabetically. */
    static int compareKeys(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }
}
