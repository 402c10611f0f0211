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

    public ChoroplethChart(String id, String title, String caption, Table table, String nameColumn,
                           String valueColumn, String mapName) {
        super(id, title, caption, table, null, 520);
        Tables.requireRows(table, "choropleth");
        this.name = Tables.text(table, nameColumn);
        this.value = Tables.number(table, valueColumn);
        this.mapName = mapName;
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
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("trigger", "item").put("formatter", "@fmt:mapvalue").put("confine", true);
        ObjectNode vm = o.putObject("visualMap");
        vm.put("min", Double.isFinite(lo) ? lo : 0);
        vm.put("max", Double.isFinite(hi) && hi > lo ? hi : (Double.isFinite(lo) ? lo + 1 : 1));
        vm.put("calculable", true);
        vm.put("left", 10);
        vm.put("bottom", 10);
        vm.put("formatter", "@fmt:num");
        vm.putObject("inRange").set("color", Json.strings(List.of("#fee8c8", "#fdbb84", "#e34a33", "#7f0000")));
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
}
