package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Network of the strongest links (edge table: source, target, weight), e.g. the largest input-output flows or
 * coefficients between sectors. Only the {@code maxEdges} edges with the largest |weight| are drawn (the full edge
 * table goes to the workbook); edge width ∝ weight, node size ∝ the sum of its drawn link weights. Force layout,
 * computed without animation so the picture is stable.
 */
public final class NetworkChart extends Chart {
    private final int source;
    private final int target;
    private final int weight;

    public NetworkChart(String id, String title, String caption, Table edges, String sourceColumn,
                        String targetColumn, String weightColumn, int maxEdges) {
        this(id, title, caption, edges, strongest(edges, Tables.number(edges, weightColumn), maxEdges),
                sourceColumn, targetColumn, weightColumn);
    }

    private NetworkChart(String id, String title, String caption, Table full, Table shown, String s, String t,
                         String w) {
        super(id, title, caption, shown, shown == full ? null : full, 560);
        Tables.requireRows(full, "network chart");
        this.source = Tables.text(shown, s);
        this.target = Tables.text(shown, t);
        this.weight = Tables.number(shown, w);
    }

    static Table strongest(Table t, int w, int n) {
        if (t.rowCount() <= n) {
            return t;
        }
        Integer[] idx = new Integer[t.rowCount()];
        for (int r = 0; r < idx.length; r++) {
            idx[r] = r;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(abs(t.number(b, w)), abs(t.number(a, w))));
        Table.Builder b = Tables.copyColumns(t, t.name() + "_shown");
        for (int k = 0; k < n; k++) {
            b.row(Tables.rowOf(t, idx[k]));
        }
        // what is shown is said by the page in the report language (chart.reduced)
        return b.build();
    }

    private static double abs(double v) {
        return Double.isFinite(v) ? Math.abs(v) : -1;
    }

    @Override
    public String kind() {
        return "network";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        Map<String, Double> strength = new LinkedHashMap<>();
        double maxW = 0;
        for (int r = 0; r < d.rowCount(); r++) {
            double w = Math.abs(d.number(r, weight));
            if (!Double.isFinite(w)) {
                continue;
            }
            maxW = Math.max(maxW, w);
            strength.merge(d.text(r, source), w, Double::sum);
            strength.merge(d.text(r, target), w, Double::sum);
        }
        double maxS = strength.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("confine", true);
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "graph");
        s.put("name", title());
        s.put("layout", "force");
        s.put("roam", true);
        s.put("draggable", true);
        s.putObject("force").put("repulsion", 900).put("gravity", 0.04).put("layoutAnimation", false)
                .putArray("edgeLength").add(120).add(260);
        s.put("edgeSymbol", "none");
        s.putObject("label").put("show", true).put("position", "right").put("fontSize", 10);
        s.putObject("lineStyle").put("color", "source").put("curveness", 0.15).put("opacity", 0.6);
        s.putObject("emphasis").put("focus", "adjacency");
        ArrayNode nodes = s.putArray("data");
        for (Map.Entry<String, Double> e : strength.entrySet()) {
            ObjectNode n = nodes.addObject();
            n.put("name", e.getKey());
            n.put("value", e.getValue());
            n.put("symbolSize", Math.round(8 + 30 * Math.sqrt(e.getValue() / maxS)));
        }
        ArrayNode links = s.putArray("links");
        for (int r = 0; r < d.rowCount(); r++) {
            double w = d.number(r, weight);
            if (!Double.isFinite(w) || !strength.containsKey(d.text(r, source))) {
                continue;
            }
            ObjectNode l = links.addObject();
            l.put("source", d.text(r, source));
            l.put("target", d.text(r, target));
            l.put("value", w);
            l.putObject("lineStyle").put("width", Math.round((0.8 + 6 * Math.abs(w) / maxW) * 10) / 10.0);
        }
        return o;
    }
}
