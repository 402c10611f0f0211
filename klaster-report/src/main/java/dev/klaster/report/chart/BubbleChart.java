package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bubble chart: the cluster portfolio (x change in LQ, y LQ, bubble area ∝ size such as employment, colour = a
 * category such as the life-cycle stage), with quadrant split lines at (x0, y0) (usually ΔLQ = 0, LQ = 1).
 * At most {@code maxBubbles} of the largest bubbles are drawn; the rest stay in the workbook.
 */
public final class BubbleChart extends Chart {
    /** Bubbles named on the chart (the largest by size). */
    static final int LABELLED = 12;
    private final int label;
    private final int x;
    private final int y;
    private final int size;
    private final int category;
    private final Map<String, String> colors;
    private final double x0;
    private final double y0;
    private final String xName;
    private final String yName;
    private final String[] quadrants;

    /**
     * @param categoryColors colour per category value (e.g. stage → colour); categories not listed get ECharts'
     *                       palette. Keys are matched exactly.
     * @param quadrantLabels four labels (top-right, top-left, bottom-left, bottom-right) or {@code null}
     */
    public BubbleChart(String id, String title, String caption, Table table, String labelColumn, String xColumn,
                       String yColumn, String sizeColumn, String categoryColumn, Map<String, String> categoryColors,
                       double x0, double y0, String xName, String yName, String[] quadrantLabels, int maxBubbles) {
        this(id, title, caption, table, top(table, Tables.number(table, sizeColumn), maxBubbles), labelColumn,
                xColumn, yColumn, sizeColumn, categoryColumn, categoryColors, x0, y0, xName, yName, quadrantLabels);
    }

    private BubbleChart(String id, String title, String caption, Table full, Table shown, String labelColumn,
                        String xColumn, String yColumn, String sizeColumn, String categoryColumn,
                        Map<String, String> categoryColors, double x0, double y0, String xName, String yName,
                        String[] quadrantLabels) {
        super(id, title, caption, shown, shown == full ? null : full, 540);
        Tables.requireRows(full, "bubble chart");
        this.label = Tables.text(shown, labelColumn);
        this.x = Tables.number(shown, xColumn);
        this.y = Tables.number(shown, yColumn);
        this.size = Tables.number(shown, sizeColumn);
        this.category = Tables.text(shown, categoryColumn);
        this.colors = categoryColors == null ? Map.of() : Map.copyOf(categoryColors);
        this.x0 = x0;
        this.y0 = y0;
        this.xName = xName;
        this.yName = yName;
        if (quadrantLabels != null && quadrantLabels.length != 4) {
            throw new IllegalArgumentException("bubble chart '" + id + "': need 4 quadrant labels, got "
                    + quadrantLabels.length);
        }
        this.quadrants = quadrantLabels == null ? null : quadrantLabels.clone();
    }

    /** The {@code n} rows with the largest size (NaN sizes last), in their original order. */
    private static Table top(Table t, int sizeCol, int n) {
        if (t.rowCount() <= n) {
            return t;
        }
        Integer[] idx = new Integer[t.rowCount()];
        for (int r = 0; r < idx.length; r++) {
            idx[r] = r;
        }
        java.util.Arrays.sort(idx, (a, b) -> Double.compare(nanLow(t.number(b, sizeCol)), nanLow(t.number(a, sizeCol))));
        boolean[] keep = new boolean[t.rowCount()];
        for (int k = 0; k < n; k++) {
            keep[idx[k]] = true;
        }
        Table.Builder b = Tables.copyColumns(t, t.name() + "_shown");
        for (int r = 0; r < t.rowCount(); r++) {
            if (keep[r]) {
                b.row(Tables.rowOf(t, r));
            }
        }
        // what is shown is said by the page in the report language (chart.reduced)
        return b.build();
    }

    private static double nanLow(double v) {
        return Double.isFinite(v) ? v : Double.NEGATIVE_INFINITY;
    }

    @Override
    public String kind() {
        return "bubble";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        double maxSize = 0;
        double[] xs = new double[d.rowCount()];
        double[] ys = new double[d.rowCount()];
        for (int r = 0; r < d.rowCount(); r++) {
            double s = d.number(r, size);
            if (Double.isFinite(s)) {
                maxSize = Math.max(maxSize, Math.abs(s));
            }
            xs[r] = d.number(r, x);
            ys[r] = d.number(r, y);
        }
        double[] xr = Axes.range(xs, x0);
        double[] yr = Axes.range(ys, y0);
        // names on the largest bubbles only: every label on a crowded portfolio is unreadable (the tooltip names
        // every bubble, and the table lists them all)
        Integer[] order = new Integer[d.rowCount()];
        for (int r = 0; r < order.length; r++) {
            order[r] = r;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble((Integer r) -> {
            double s = d.number(r, size);
            return Double.isFinite(s) ? -Math.abs(s) : 0;
        }));
        java.util.Set<Integer> labelled = new java.util.HashSet<>(java.util.Arrays.asList(order).subList(0,
                Math.min(LABELLED, order.length)));
        Map<String, ArrayNode> byCat = new LinkedHashMap<>();
        for (int r = 0; r < d.rowCount(); r++) {
            if (!Double.isFinite(xs[r]) || !Double.isFinite(ys[r])) {
                continue;
            }
            double s = d.number(r, size);
            ObjectNode item = byCat.computeIfAbsent(d.text(r, category), k -> Json.arr()).addObject();
            if (labelled.contains(r)) {
                item.putObject("label").put("show", true);
            }
            ArrayNode v = item.putArray("value");
            v.add(xs[r]);
            v.add(ys[r]);
            Json.add(v, s);
            v.add(d.text(r, label));
            v.add(d.text(r, category));
            // bubble area proportional to size: diameter ∝ sqrt(size), 6..60 px
            double px = Double.isFinite(s) && maxSize > 0 ? 6 + 54 * Math.sqrt(Math.abs(s) / maxSize) : 6;
            item.put("symbolSize", Math.round(px * 10) / 10.0);
        }
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.set("tooltip", rowTooltip());
        o.putObject("legend").put("top", 0);
        o.set("grid", Axes.grid(70, 40, 40, 55));
        o.set("xAxis", Axes.valueAxis(xName, xr[0], xr[1]));
        ObjectNode ya = Axes.valueAxis(yName, yr[0], yr[1]);
        ya.put("nameGap", 45);
        o.set("yAxis", ya);
        ArrayNode series = o.putArray("series");
        List<String> dims = new ArrayList<>(List.of(xName, yName, d.columns().get(size).name(), "label",
                d.columns().get(category).name()));
        if (quadrants != null) {
            // quadrants on their own empty series, so hiding a category in the legend keeps them
            ObjectNode q = series.addObject();
            q.put("type", "scatter");
            q.put("name", "quadrants");
            q.putArray("data");
            q.put("silent", true);
            Axes.quadrants(q, x0, y0, xr, yr, quadrants);
        }
        ((ObjectNode) o.get("legend")).set("data", Json.strings(byCat.keySet()));
        for (Map.Entry<String, ArrayNode> e : byCat.entrySet()) {
            ObjectNode s = series.addObject();
            s.put("type", "scatter");
            s.put("name", e.getKey());
            s.set("dimensions", Json.strings(dims));
            s.set("data", e.getValue());
            String c = colors.get(e.getKey());
            ObjectNode style = s.putObject("itemStyle").put("opacity", 0.75).put("borderColor", "#fff");
            if (c != null) {
                style.put("color", c);
            }
            s.putObject("label").put("show", false).put("formatter", "{@label}").put("fontSize", 10)
                    .put("position", "top");
            s.putObject("labelLayout").put("hideOverlap", true);
        }
        return o;
    }
}
