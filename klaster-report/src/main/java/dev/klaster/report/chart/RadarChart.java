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
 * Radar of scores per factor (long table: entity, factor, score), one polygon per entity: e.g. Rosenfeld's nine
 * success factors per cluster, or a cluster against the mean of a region group. Factors keep their order of first
 * appearance; a factor with no score for an entity is drawn at the centre and marked in the tooltip as missing.
 */
public final class RadarChart extends Chart {
    private final int entity;
    private final int factor;
    private final int score;
    private final double max;

    /** @param max the outer ring's value (e.g. 5 for a 1–5 scale, 100 for an index); NaN = the data maximum */
    public RadarChart(String id, String title, String caption, Table table, String entityColumn, String factorColumn,
                      String scoreColumn, double max) {
        super(id, title, caption, table, null, 480);
        Tables.requireRows(table, "radar chart");
        this.entity = Tables.text(table, entityColumn);
        this.factor = Tables.text(table, factorColumn);
        this.score = Tables.number(table, scoreColumn);
        this.max = max;
    }

    @Override
    public String kind() {
        return "radar";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        List<String> factors = Tables.distinct(d, factor);
        List<String> entities = Tables.distinct(d, entity);
        Map<String, Integer> fi = new HashMap<>();
        for (int k = 0; k < factors.size(); k++) {
            fi.put(factors.get(k), k);
        }
        Map<String, Integer> ei = new HashMap<>();
        for (int k = 0; k < entities.size(); k++) {
            ei.put(entities.get(k), k);
        }
        double[][] v = new double[entities.size()][factors.size()];
        for (double[] row : v) {
            java.util.Arrays.fill(row, Double.NaN);
        }
        double top = 0;
        for (int r = 0; r < d.rowCount(); r++) {
            double s = d.number(r, score);
            v[ei.get(d.text(r, entity))][fi.get(d.text(r, factor))] = s;
            if (Double.isFinite(s)) {
                top = Math.max(top, s);
            }
        }
        double outer = Double.isFinite(max) ? max : (top > 0 ? Axes.nice(top, true) : 1);
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("trigger", "item").put("confine", true);
        o.putObject("legend").put("top", 0).put("left", 10).put("right", 80).put("type", "scroll");
        ObjectNode radar = o.putObject("radar");
        radar.put("radius", "62%");
        radar.putArray("center").add("50%").add("55%");
        radar.putObject("axisName").put("color", "#333").put("fontSize", 11);
        ArrayNode ind = radar.putArray("indicator");
        for (String f : factors) {
            ind.addObject().put("name", f).put("max", outer).put("min", 0);
        }
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "radar");
        s.put("name", title());
        s.putObject("areaStyle").put("opacity", 0.12);
        ArrayNode data = s.putArray("data");
        for (int e = 0; e < entities.size(); e++) {
            ObjectNode item = data.addObject();
            item.put("name", entities.get(e));
            ArrayNode val = item.putArray("value");
            for (int f = 0; f < factors.size(); f++) {
                Json.add(val, v[e][f]);
            }
        }
        return o;
    }
}
