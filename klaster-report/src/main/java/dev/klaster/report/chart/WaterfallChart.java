package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

/**
 * Waterfall: the rows are components in order (e.g. national share, industry mix, regional shift), each a floating
 * bar from the running total before it to the running total after it (green up, red down), ending in a total bar.
 * Drawn as an ECharts custom series ({@code @fn:waterfall} in the page) so negative running totals work, which the
 * usual transparent-stack trick does not.
 */
public final class WaterfallChart extends Chart {
    private final int label;
    private final int value;
    private final String totalLabel;

    public WaterfallChart(String id, String title, String caption, Table table, String labelColumn,
                          String valueColumn, String totalLabel) {
        super(id, title, caption, table, null, 380);
        Tables.requireRows(table, "waterfall");
        this.label = Tables.text(table, labelColumn);
        this.value = Tables.number(table, valueColumn);
        this.totalLabel = totalLabel;
    }

    @Override
    public String kind() {
        return "waterfall";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        ArrayNode cats = Json.arr();
        ArrayNode items = Json.arr();
        double run = 0;
        double lo = 0;
        double hi = 0;
        for (int r = 0; r < d.rowCount(); r++) {
            double v = d.number(r, value);
            cats.add(d.text(r, label));
            double next = Double.isFinite(v) ? run + v : run;
            ObjectNode item = items.addObject();
            item.put("name", d.text(r, label));
            ArrayNode it = item.putArray("value");
            it.add(r);
            it.add(run);
            it.add(next);
            it.add(Double.isFinite(v) ? (v >= 0 ? 1 : -1) : 0);
            Json.add(it, v);
            run = next;
            lo = Math.min(lo, run);
            hi = Math.max(hi, run);
        }
        cats.add(totalLabel);
        ObjectNode totItem = items.addObject();
        totItem.put("name", totalLabel);
        ArrayNode tot = totItem.putArray("value");
        tot.add(d.rowCount());
        tot.add(0);
        tot.add(run);
        tot.add(0);
        tot.add(run);
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("formatter", "@fmt:waterfall").put("confine", true);
        o.set("grid", Axes.grid(70, 30, 30, 50));
        ObjectNode x = o.putObject("xAxis");
        x.put("type", "category");
        x.set("data", cats);
        x.putObject("axisLabel").put("interval", 0);
        ObjectNode y = o.putObject("yAxis");
        y.put("type", "value");
        y.put("scale", false);
        y.putObject("axisLabel").put("formatter", "@fmt:num");
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "custom");
        s.put("name", title());
        s.put("renderItem", "@fn:waterfall");
        s.putObject("encode").put("x", 0).putArray("y").add(1).add(2);
        s.set("data", items);
        return o;
    }
}
