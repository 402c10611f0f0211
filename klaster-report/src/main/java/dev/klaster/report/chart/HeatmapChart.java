package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heatmap of a long table (row key, column key, value), e.g. LQ by region × sector.
 *
 * <p>Large tables: only the first {@code maxRows} row keys and {@code maxCols} column keys (in order of first
 * appearance, so the caller orders them, e.g. largest regions and industries first) are drawn; the caption says
 * how many of how many, and the full table goes to the workbook. With a {@code center} (1 for an LQ), colours are
 * diverging around it on [0, 2·center], values above are clipped to the top colour.
 */
public final class HeatmapChart extends Chart {
    private final List<String> rows;
    private final List<String> cols;
    private final double center;

    public HeatmapChart(String id, String title, String caption, Table table, String rowColumn, String colColumn,
                        String valueColumn, double center, int maxRows, int maxCols) {
        this(id, title, caption, table, Tables.text(table, rowColumn), Tables.text(table, colColumn),
                Tables.number(table, valueColumn), center, maxRows, maxCols);
    }

    private HeatmapChart(String id, String title, String caption, Table table, int rc, int cc, int vc, double center,
                         int maxRows, int maxCols) {
        this(id, title, caption, table, reduce(table, rc, cc, vc, maxRows, maxCols), center);
    }

    private HeatmapChart(String id, String title, String caption, Table full, Table shown, double center) {
        super(id, title, caption, shown, shown == full ? null : full,
                Math.min(3000, Math.max(260, 130 + 20 * Tables.distinct(shown, 0).size())));
        this.rows = Tables.distinct(shown, 0);
        this.cols = Tables.distinct(shown, 1);
        this.center = center;
    }

    /** Shown data: columns (row key, col key, value) for the first maxRows × maxCols keys. */
    private static Table reduce(Table t, int rc, int cc, int vc, int maxRows, int maxCols) {
        Tables.requireRows(t, "heatmap");
        List<String> rk = Tables.distinct(t, rc);
        List<String> ck = Tables.distinct(t, cc);
        boolean cut = rk.size() > maxRows || ck.size() > maxCols;
        Map<String, Boolean> keepR = new HashMap<>();
        rk.stream().limit(maxRows).forEach(k -> keepR.put(k, true));
        Map<String, Boolean> keepC = new HashMap<>();
        ck.stream().limit(maxCols).forEach(k -> keepC.put(k, true));
        Table.Builder b = Table.builder(t.name() + (cut ? "_shown" : ""))
                .text(t.columns().get(rc).name()).text(t.columns().get(cc).name()).number(t.columns().get(vc).name());
        for (int r = 0; r < t.rowCount(); r++) {
            if (keepR.containsKey(t.text(r, rc)) && keepC.containsKey(t.text(r, cc))) {
                b.row(t.text(r, rc), t.text(r, cc), t.number(r, vc));
            }
        }
        t.notes().forEach(b::note);
        Table shown = b.build();
        return cut ? shown : (t.columns().size() == 3 && rc == 0 && cc == 1 && vc == 2 ? t : shown);
    }

    @Override
    public String kind() {
        return "heatmap";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        Map<String, Integer> ri = index(rows);
        Map<String, Integer> ci = index(cols);
        ArrayNode points = Json.arr();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < d.rowCount(); r++) {
            double v = d.number(r, 2);
            if (!Double.isFinite(v)) {
                continue; // undefined cells stay empty (never drawn as 0)
            }
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            ObjectNode p = points.addObject();
            ArrayNode val = p.putArray("value");
            val.add(ci.get(d.text(r, 1)));
            val.add(ri.get(d.text(r, 0)));
            val.add(v);
            p.put("name", d.text(r, 0) + " · " + d.text(r, 1));
        }
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("formatter", "@fmt:heat").put("confine", true);
        o.set("grid", Axes.grid(170, 30, 20, 150));
        ObjectNode x = o.putObject("xAxis");
        x.put("type", "category");
        x.set("data", Json.strings(cols));
        x.putObject("axisLabel").put("rotate", 50).put("interval", 0).put("fontSize", 10);
        x.putObject("splitArea").put("show", true);
        ObjectNode y = o.putObject("yAxis");
        y.put("type", "category");
        y.put("inverse", true);
        y.set("data", Json.strings(rows));
        y.putObject("axisLabel").put("interval", 0).put("fontSize", 10);
        ObjectNode vm = o.putObject("visualMap");
        if (Double.isFinite(center)) {
            vm.put("min", 0);
            vm.put("max", 2 * center);
            vm.putObject("inRange").set("color", Json.strings(List.of("#2166ac", "#92c5de", "#f7f7f7", "#f4a582",
                    "#b2182b")));
        } else {
            vm.put("min", Double.isFinite(lo) ? lo : 0);
            vm.put("max", Double.isFinite(hi) ? hi : 1);
            vm.putObject("inRange").set("color", Json.strings(List.of("#f7fbff", "#6baed6", "#08306b")));
        }
        vm.put("calculable", true);
        vm.put("orient", "horizontal");
        vm.put("left", "center");
        vm.put("bottom", 0);
        vm.put("formatter", "@fmt:num");
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "heatmap");
        s.put("name", title());
        s.set("data", points);
        s.put("progressive", 5000);
        s.putObject("emphasis").putObject("itemStyle").put("borderColor", "#333").put("borderWidth", 1);
        return o;
    }

    private static Map<String, Integer> index(List<String> keys) {
        Map<String, Integer> m = new HashMap<>();
        for (int k = 0; k < keys.size(); k++) {
            m.put(keys.get(k), k);
        }
        return m;
    }
}
