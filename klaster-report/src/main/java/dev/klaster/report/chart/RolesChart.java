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
import java.util.Locale;
import java.util.Map;

/**
 * Member-roles diagram of one cluster (table: member, role[, weight]): core industries in the centre, suppliers on
 * the left with arrows into the core, buyers and related industries on the right with arrows from the core,
 * supporting industries and institutions below. Role names are matched case-insensitively to
 * {@code core, supplier, buyer, related, supporting, institution}; any other role is drawn in a row on top.
 */
public final class RolesChart extends Chart {
    /** Known roles in drawing order. */
    public static final List<String> ROLES = List.of("core", "supplier", "buyer", "related", "supporting",
            "institution");
    private static final Map<String, String> COLORS = Map.of("core", "#d94801", "supplier", "#2171b5", "buyer",
            "#238b45", "related", "#74c476", "supporting", "#807dba", "institution", "#969696", "other", "#bdbdbd");
    private final int member;
    private final int role;
    private final int weight;

    /** @param weightColumn number column for node size (e.g. employment), or {@code null} */
    public RolesChart(String id, String title, String caption, Table table, String memberColumn, String roleColumn,
                      String weightColumn) {
        super(id, title, caption, table, null, 460);
        Tables.requireRows(table, "roles diagram");
        this.member = Tables.text(table, memberColumn);
        this.role = Tables.text(table, roleColumn);
        this.weight = weightColumn == null ? -1 : Tables.number(table, weightColumn);
    }

    static String roleKey(String role) {
        String r = role.trim().toLowerCase(Locale.ROOT);
        switch (r) {
            case "core": case "inti": return "core";
            case "supplier": case "suppliers": case "pemasok": return "supplier";
            case "buyer": case "buyers": case "pembeli": return "buyer";
            case "related": case "terkait": return "related";
            case "supporting": case "support": case "pendukung": return "supporting";
            case "institution": case "knowledge": case "institusi": case "lembaga": return "institution";
            default: return "other";
        }
    }

    @Override
    public String kind() {
        return "roles";
    }

    @Override
    public ObjectNode option(Messages m) {
        Table d = data();
        Map<String, List<Integer>> byRole = new LinkedHashMap<>();
        for (String r : ROLES) {
            byRole.put(r, new ArrayList<>());
        }
        byRole.put("other", new ArrayList<>());
        double maxW = 0;
        for (int r = 0; r < d.rowCount(); r++) {
            byRole.get(roleKey(d.text(r, role))).add(r);
            if (weight >= 0 && Double.isFinite(d.number(r, weight))) {
                maxW = Math.max(maxW, Math.abs(d.number(r, weight)));
            }
        }
        ObjectNode o = Json.obj();
        o.set("toolbox", toolbox(m));
        o.putObject("tooltip").put("confine", true);
        ArrayNode legend = o.putObject("legend").put("top", 0).putArray("data");
        ObjectNode s = o.putArray("series").addObject();
        s.put("type", "graph");
        s.put("name", title());
        s.put("layout", "none");
        s.put("roam", true);
        s.putArray("edgeSymbol").add("none").add("arrow");
        s.put("edgeSymbolSize", 8);
        s.putObject("label").put("show", true).put("fontSize", 10).put("position", "bottom");
        s.putObject("lineStyle").put("color", "#999").put("curveness", 0.1);
        ArrayNode cats = s.putArray("categories");
        Map<String, Integer> catIndex = new LinkedHashMap<>();
        for (String r : byRole.keySet()) {
            if (byRole.get(r).isEmpty()) {
                continue;
            }
            catIndex.put(r, catIndex.size());
            String name = m.has("role." + r) ? m.get("role." + r) : r;
            cats.addObject().put("name", name).putObject("itemStyle").put("color", COLORS.get(r));
            legend.add(name);
        }
        ArrayNode nodes = s.putArray("data");
        ArrayNode links = s.putArray("links");
        List<String> cores = new ArrayList<>();
        for (int r : byRole.get("core")) {
            cores.add(d.text(r, member));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Map.Entry<String, List<Integer>> e : byRole.entrySet()) {
            List<Integer> rows = e.getValue();
            for (int k = 0; k < rows.size(); k++) {
                int r = rows.get(k);
                double[] xy = position(e.getKey(), k, rows.size());
                ObjectNode n = nodes.addObject();
                String name = d.text(r, member);
                if (!seen.add(name)) {
                    name = name + " (" + d.text(r, role) + ")"; // graph node names must be unique
                }
                n.put("name", name);
                n.put("x", xy[0]);
                n.put("y", xy[1]);
                n.put("category", catIndex.get(e.getKey()));
                double w = weight >= 0 ? d.number(r, weight) : Double.NaN;
                n.put("symbolSize", Double.isFinite(w) && maxW > 0 ? Math.round(12 + 28 * Math.sqrt(Math.abs(w) / maxW))
                        : ("core".equals(e.getKey()) ? 34 : 18));
                if (Double.isFinite(w)) {
                    n.put("value", w);
                }
                for (String c : cores) {
                    if (c.equals(name)) {
                        continue;
                    }
                    ObjectNode l = links.addObject();
                    boolean into = "supplier".equals(e.getKey()) || "supporting".equals(e.getKey())
                            || "institution".equals(e.getKey());
                    l.put("source", into ? name : c);
                    l.put("target", into ? c : name);
                }
            }
        }
        return o;
    }

    /** Layout on a 1000 × 600 canvas: core centre column, suppliers left, buyers/related right, support bottom. */
    private static double[] position(String role, int k, int n) {
        double spread = n <= 1 ? 0.5 : (double) k / (n - 1);
        switch (role) {
            case "core": return new double[] {500, 180 + 240 * spread};
            case "supplier": return new double[] {120, 60 + 420 * spread};
            case "buyer": return new double[] {880, 60 + 260 * spread};
            case "related": return new double[] {880, 380 + 100 * spread};
            case "supporting": return new double[] {260 + 480 * spread, 560};
            case "institution": return new double[] {260 + 480 * spread, 640};
            default: return new double[] {260 + 480 * spread, -40};
        }
    }
}
