package dev.klaster.report.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;
import dev.klaster.report.Chart;
import dev.klaster.report.Json;
import dev.klaster.report.Messages;
import dev.klaster.report.Tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proportional-symbol map: one circle per region at a point (e.g. the provincial capital), area ∝ |value|, colour
 * by value, drawn on an ECharts {@code geo} component over a background outline registered in the report (the
 * project's own schematic island sketch, or a user boundary file). Needs no boundary data for the regions
 * themselves. Regions without coordinates are named in the caption.
 */
public final class SymbolMapChart extends Chart {
    private final int code;
    private final int name;
    private final int value;
    private final Map<String, double[]> lonLat;
    private final String mapName;
    private final List<String> missing = new ArrayList<>();

    /**
     * @param lonLat {lon, lat} per region code
     * @param mapName name of the registered background outline
     */
    public SymbolMapChart(String id, String title, String caption, Table table, String codeColumn, String nameColumn,
                          String valueColumn, Map<String, double[]> lonLat, String mapName) {
        super(id, title, caption, table, null, 520);
        Tables.requireRows(table, "symbol map");
        this.code = Tables.text(table, codeColumn);
        this.name = Tables.text(table, nameColumn);
        this.value = Tables.number(table, valueColumn);
        this.lonLat = Map.copyOf(lonLat);
        this.mapName = mapName;
        for (int r = 0; r < table.rowCount(); r++) {
            if (!lonLat.containsKey(table.text(r, code))) {
                missing.add(table.text(r, name));
            }
        }
    }

    @Override
    public String mapName() {
        return mapName;
    }

    /** Names of regions that have no coordinates and are therefore not drawn. */
    public List<String> missing() {
        return List.copyOf(missing);
    }

    @Override
    public String kind() {
        return "symbol-map";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        double maxAbs = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < d.rowCount(); r++) {
            double v = d.number(r, value);
            if (Double.isFinite(v) && lonLat.containsKey(d.text(r, code))) {
                maxAbs = Math.max(maxAbs, Math.abs(v));
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        ArrayNode pts = Json.arr();
        for (int r = 0; r < d.rowCount(); r++) {
            double[] ll = lonLat.get(d.text(r, code));
            double v = d.number(r, value);
            if (ll == null || !Double.isFinite(v)) {
                continue;
            }
            ObjectNode p = pts.addObject();
            p.put("name", d.text(r, name));
            p.putArray("value").add(ll[0]).add(ll[1]).add(v);
            p.put("symbolSize", Math.round((5 + 40 * Math.sqrt(Math.abs(v) / (maxAbs > 0 ? maxAbs : 1))) * 10) / 10.0);
        }
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("trigger", "item").put("formatter", "@fmt:mappoint").put("confine", true);
        ObjectNode geo = o.putObject("geo");
        geo.put("map", mapName);
        geo.put("roam", true);
        geo.put("aspectScale", 1);
        geo.put("silent", true);
        geo.putArray("boundingCoords").addArray().add(94.5).add(6.5);
        ((ArrayNode) geo.get("boundingCoords")).addArray().add(141.5).add(-11.5);
        geo.putObject("itemStyle").put("areaColor", "#e9edf0").put("borderColor", "#b8c2cc");
        geo.putObject("label").put("show", false);
        ObjectNode vm = o.putObject("visualMap");
        vm.put("min", Double.isFinite(lo) ? lo : 0);
        vm.put("max", Double.isFinite(hi) && hi > lo ? hi : (Double.isFinite(lo) ? lo + 1 : 1));
        vm.put("dimension", 2);
        vm.put("calculable", true);
        vm.put("left", 10);
        vm.put("bottom", 10);
        vm.put("formatter", "@fmt:num");
        vm.putObject("inRange").set("color", Json.strings(List.of("#fee8c8", "#fdbb84", "#e34a33", "#7f0000")));
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "scatter");
        s.put("coordinateSystem", "geo");
        s.put("name", title());
        s.set("data", pts);
        s.putObject("itemStyle").put("opacity", 0.85).put("borderColor", "#555").put("borderWidth", 0.5);
        s.putObject("label").put("show", pts.size() <= 40).put("formatter", "{b}").put("position", "right")
                .put("fontSize", 9).put("color", "#333");
        s.putObject("labelLayout").put("hideOverlap", true);
        return o;
    }
}
