package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

import java.util.Objects;

/**
 * Scatter split into four labelled quadrants at (x0, y0): the Klassen typology (x growth, y share or income per
 * capita relative to the reference) or the key-sector chart (x backward, y forward linkage index, split at 1, 1).
 * Each point is labelled with its name; points with an undefined coordinate are left out and counted in the caption.
 */
public final class QuadrantChart extends Chart {
    private final int label;
    private final int x;
    private final int y;
    private final double x0;
    private final double y0;
    private final String xName;
    private final String yName;
    private final String[] quadrants;

    /**
     * @param quadrantLabels four labels: top-right, top-left, bottom-left, bottom-right
     */
    public QuadrantChart(String id, String title, String caption, Table table, String labelColumn, String xColumn,
                         String yColumn, double x0, double y0, String xName, String yName, String[] quadrantLabels) {
        super(id, title, caption, table, null, 520);
        Tables.requireRows(table, "quadrant chart");
        this.label = Tables.text(table, labelColumn);
        this.x = Tables.number(table, xColumn);
        this.y = Tables.number(table, yColumn);
        if (!Double.isFinite(x0) || !Double.isFinite(y0)) {
            throw new IllegalArgumentException("quadrant chart '" + id + "': split point (" + x0 + ", " + y0
                    + ") must be finite");
        }
        this.x0 = x0;
        this.y0 = y0;
        this.xName = Objects.requireNonNull(xName);
        this.yName = Objects.requireNonNull(yName);
        if (quadrantLabels.length != 4) {
            throw new IllegalArgumentException("quadrant chart '" + id + "': need 4 quadrant labels, got "
                    + quadrantLabels.length);
        }
        this.quadrants = quadrantLabels.clone();
    }

    @Override
    public String kind() {
        return "quadrant";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        double[] xs = new double[d.rowCount()];
        double[] ys = new double[d.rowCount()];
        ArrayNode pts = Json.arr();
        for (int r = 0; r < d.rowCount(); r++) {
            xs[r] = d.number(r, x);
            ys[r] = d.number(r, y);
            if (Double.isFinite(xs[r]) && Double.isFinite(ys[r])) {
                ArrayNode p = pts.addArray();
                p.add(xs[r]);
                p.add(ys[r]);
                p.add(d.text(r, label));
            }
        }
        double[] xr = Axes.range(xs, x0);
        double[] yr = Axes.range(ys, y0);
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.set("tooltip", rowTooltip());
        o.set("grid", Axes.grid(70, 40, 30, 55));
        o.set("xAxis", Axes.valueAxis(xName, xr[0], xr[1]));
        ObjectNode ya = Axes.valueAxis(yName, yr[0], yr[1]);
        ya.put("nameGap", 45);
        o.set("yAxis", ya);
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "scatter");
        s.put("name", title());
        s.set("dimensions", Json.strings(java.util.List.of(xName, yName, "label")));
        s.put("symbolSize", 9);
        s.set("data", pts);
        s.putObject("label").put("show", pts.size() <= 60).put("formatter", "{@label}").put("position", "right")
                .put("fontSize", 10);
        s.putObject("labelLayout").put("hideOverlap", true);
        Axes.quadrants(s, x0, y0, xr, yr, quadrants);
        return o;
    }
}
