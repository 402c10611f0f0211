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
 * Choropleth on a boundary file registered in the report: each region's polygon is filled by its value. The
 * name column must hold the names the boundary features carry in {@code properties.name} (see
 * {@link dev.klaster.report.Boundaries}, which sets them to the panel's region names).
 */
public final class ChoroplethChart extends Chart {
    private final int name;
    private final int value;
    private final String mapName;
    /** Classes of a categorical map (null: quantile classes of a continuous value). */
    private final List<Category> classes;

    /**
     * One class of a categorical map: the value that marks it, its legend label and its fill colour (e.g. LISA's
     * 4 = high-high in red).
     */
    public record Category(double value, String label, String color) {
    }

    public ChoroplethChart(String id, String title, String caption, Table table, String nameColumn,
                           String valueColumn, String mapName) {
        this(id, title, caption, table, nameColumn, valueColumn, mapName, null);
    }

    /**
     * A categorical map: every region's value is one of the classes' values; the legend lists the classes and the
     * tooltip shows the class label, not the code.
     */
    public ChoroplethChart(String id, String title, String caption, Table table, String nameColumn,
                           String valueColumn, String mapName, List<Category> classes) {
        super(id, title, caption, table, null, 520);
        Tables.requireRows(table, "choropleth");
        this.name = Tables.text(table, nameColumn);
        this.value = Tables.number(table, valueColumn);
        this.mapName = mapName;
        this.classes = classes == null ? null : List.copyOf(classes);
        if (this.classes != null && this.classes.isEmpty()) {
            throw new IllegalArgumentException("chart '" + id + "': a categorical map needs classes");
        }
    }

    /** The classes of a categorical map, or null. */
    public List<Category> classes() {
        return classes;
    }

    @Override
    public String mapName() {
        return mapName;
    }

    @Override
    public String kind() {
        return "choropleth";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        ArrayNode items = Json.arr();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < d.rowCount(); r++) {
            double v = d.number(r, value);
            ObjectNode it = items.addObject();
            it.put("name", d.text(r, name));
            Json.put(it, "value", v);
            if (classes != null) {
                for (Category c : classes) {
                    if (c.value() == v) {
                        it.put("cls", c.label()); // not "label": ECharts reads that as label style
                    }
                }
            }
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("trigger", "item").put("formatter", classes != null ? "@fmt:mapclass"
                : "@fmt:mapvalue").put("confine", true);
        ObjectNode vm = o.putObject("visualMap");
        double[] breaks = classes != null ? new double[0] : quantileBreaks(d);
        String[] colors = {"#fef0d9", "#fdcc8a", "#fc8d59", "#e34a33", "#b30000"};
        if (classes != null) {
            vm.put("type", "piecewise");
            ArrayNode pieces = vm.putArray("pieces");
            for (Category c : classes) {
                pieces.addObject().put("value", c.value()).put("label", c.label()).put("color", c.color());
            }
        } else if (breaks.length >= 2) {
            // five quantile classes (fewer when values repeat): each class holds about a fifth of the regions
            vm.put("type", "piecewise");
            ArrayNode pieces = vm.putArray("pieces");
            int classes = breaks.length - 1;
            for (int k = 0; k < classes; k++) {
                ObjectNode pc = pieces.addObject();
                pc.put("min", breaks[k]);
                pc.put("max", breaks[k + 1]);
                pc.put("color", colors[Math.min(colors.length - 1, k * (colors.length - 1) / Math.max(1, classes - 1))]);
            }
            vm.put("formatter", "@fmt:range");
        } else {
            vm.put("min", Double.isFinite(lo) ? lo : 0);
            vm.put("max", Double.isFinite(hi) && hi > lo ? hi : (Double.isFinite(lo) ? lo + 1 : 1));
            vm.put("calculable", true);
            vm.put("formatter", "@fmt:num");
            vm.putObject("inRange").set("color", Json.strings(List.of("#fef0d9", "#fc8d59", "#b30000")));
        }
        vm.put("left", 10);
        vm.put("bottom", 10);
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "map");
        s.put("map", mapName);
        s.put("name", title());
        s.put("roam", true);
        s.put("aspectScale", 1);
        s.putObject("itemStyle").put("areaColor", "#eeeeee").put("borderColor", "#888").put("borderWidth", 0.5);
        s.putObject("emphasis").putObject("label").put("show", true);
        s.putObject("label").put("show", false);
        s.set("data", items);
        return o;
    }

    /**
     * Class limits of five quantile classes of the finite values (type-7 quantiles at 0, .2, .4, .6, .8, 1), with
     * repeated limits merged; empty when there are fewer than two distinct values.
     */
    static double[] quantileBreaks(Table d, int column) {
        double[] v = new double[d.rowCount()];
        int n = 0;
        for (int r = 0; r < d.rowCount(); r++) {
            double x = d.number(r, column);
            if (Double.isFinite(x)) {
                v[n++] = x;
            }
        }
        if (n < 2) {
            return new double[0];
        }
        double[] s = java.util.Arrays.copyOf(v, n);
        java.util.Arrays.sort(s);
        java.util.List<Double> out = new java.util.ArrayList<>();
        for (int k = 0; k <= 5; k++) {
            double h = (n - 1) * k / 5.0;
            int lo = (int) Math.floor(h);
            double q = lo + 1 < n ? s[lo] + (h - lo) * (s[lo + 1] - s[lo]) : s[lo];
            if (out.isEmpty() || q > out.get(out.size() - 1)) {
                out.add(q);
            }
        }
        return out.size() < 2 ? new double[0] : out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double[] quantileBreaks(Table d) {
        return quantileBreaks(d, value);
    }
}
