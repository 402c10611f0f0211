package dev.klaster.core.spatial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.model.InputDataException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TopoJSON (Bostock's format, <a href="https://github.com/topojson/topojson-specification">specification 1.0</a>)
 * to a GeoJSON FeatureCollection, so that boundary files in either format give the same {@link Areas} and the same
 * map in the report (ECharts draws GeoJSON).
 *
 * <p>What is decoded: the {@code arcs} of the topology, delta-encoded and quantized when a {@code transform}
 * ({@code scale}, {@code translate}) is given (position = cumulative sum of the deltas × scale + translate, §2.1.2
 * and §2.2); arc references {@code i ≥ 0} and reversed {@code ~i = −i − 1} (§2.2.1); rings joined from their arcs,
 * each arc after the first dropping its first position, which repeats the previous arc's last one; Polygon,
 * MultiPolygon and GeometryCollection geometries of every object in {@code objects}, each becoming one Feature with
 * its {@code id} and {@code properties}; a geometry of type {@code null} becomes a Feature without geometry. Points
 * and lines are refused (boundary files hold areas). Hand-written because no TopoJSON reader is among the project's
 * libraries (JTS reads GeoJSON and WKT only; GeoTools is not on Maven Central).
 */
public final class TopoJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TopoJson() {
    }

    /** Whether a parsed JSON document is a TopoJSON topology. */
    public static boolean isTopology(JsonNode root) {
        return root != null && "Topology".equals(root.path("type").asText());
    }

    /**
     * The GeoJSON FeatureCollection of a topology.
     *
     * @param source the file name, for error messages
     * @throws InputDataException on a malformed topology, naming the field and value
     */
    public static ObjectNode toGeoJson(JsonNode topology, String source) {
        if (!isTopology(topology)) {
            throw new InputDataException(source, 0, "type", topology == null ? "" : topology.path("type").asText(),
                    "not a TopoJSON Topology");
        }
        JsonNode arcsNode = topology.path("arcs");
        if (!arcsNode.isArray()) {
            throw new InputDataException(source, 0, "arcs", arcsNode.toString(), "a topology needs an arcs array");
        }
        double[] scale = {1, 1};
        double[] translate = {0, 0};
        boolean quantized = topology.has("transform");
        if (quantized) {
            JsonNode t = topology.get("transform");
            for (int k = 0; k < 2; k++) {
                JsonNode s = t.path("scale").path(k);
                JsonNode o = t.path("translate").path(k);
                if (!s.isNumber() || !o.isNumber()) {
                    throw new InputDataException(source, 0, "transform", t.toString(),
                            "transform needs scale [sx, sy] and translate [tx, ty] numbers");
                }
                scale[k] = s.asDouble();
                translate[k] = o.asDouble();
            }
        }
        List<double[][]> arcs = new ArrayList<>();
        for (int a = 0; a < arcsNode.size(); a++) {
            JsonNode arc = arcsNode.get(a);
            double[][] pts = new double[arc.size()][2];
            double x = 0;
            double y = 0;
            for (int p = 0; p < arc.size(); p++) {
                JsonNode pos = arc.get(p);
                if (!pos.isArray() || pos.size() < 2 || !pos.get(0).isNumber() || !pos.get(1).isNumber()) {
                    throw new InputDataException(source, 0, "arcs[" + a + "][" + p + "]", pos.toString(),
                            "a position must be an [x, y] pair of numbers");
                }
                if (quantized) {
                    x += pos.get(0).asDouble();
                    y += pos.get(1).asDouble();
                    pts[p][0] = x * scale[0] + translate[0];
                    pts[p][1] = y * scale[1] + translate[1];
                } else {
                    pts[p][0] = pos.get(0).asDouble();
                    pts[p][1] = pos.get(1).asDouble();
                }
            }
            arcs.add(pts);
        }
        JsonNode objects = topology.path("objects");
        if (!objects.isObject() || objects.isEmpty()) {
            throw new InputDataException(source, 0, "objects", objects.toString(), "a topology needs objects");
        }
        ObjectNode fc = MAPPER.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (Map.Entry<String, JsonNode> e : objects.properties()) {
            addFeatures(e.getValue(), "objects." + e.getKey(), arcs, features, source);
        }
        return fc;
    }

    /** Parses TopoJSON text into GeoJSON text (the text itself when it is not a topology). */
    public static String toGeoJsonText(String text, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputDataException(source, line, null, null, "not valid JSON: " + e.getOriginalMessage());
        }
        return isTopology(root) ? toGeoJson(root, source).toString() : text;
    }

    private static void addFeatures(JsonNode g, String where, List<double[][]> arcs, ArrayNode out, String source) {
        String type = g.path("type").asText();
        if (type.equals("GeometryCollection")) {
            JsonNode gs = g.path("geometries");
            for (int k = 0; k < gs.size(); k++) {
                addFeatures(gs.get(k), where + ".geometries[" + k + "]", arcs, out, source);
            }
            return;
        }
        ObjectNode f = out.addObject();
        f.put("type", "Feature");
        if (g.has("id")) {
            f.set("id", g.get("id"));
        }
        f.set("properties", g.path("properties").isObject() ? g.get("properties") : MAPPER.createObjectNode());
        switch (type) {
            case "Polygon" -> {
                ObjectNode geom = f.putObject("geometry");
                geom.put("type", "Polygon");
                geom.set("coordinates", polygon(g.path("arcs"), where + ".arcs", arcs, source));
            }
            case "MultiPolygon" -> {
                ObjectNode geom = f.putObject("geometry");
                geom.put("type", "MultiPolygon");
                ArrayNode polys = geom.putArray("coordinates");
                JsonNode ps = g.path("arcs");
                for (int k = 0; k < ps.size(); k++) {
                    polys.add(polygon(ps.get(k), where + ".arcs[" + k + "]", arcs, source));
                }
            }
            case "", "null" -> f.putNull("geometry");
            default -> throw new InputDataException(source, 0, where + ".type", type,
                    "only Polygon, MultiPolygon and GeometryCollection geometries are read from a boundary file");
        }
    }

    private static ArrayNode polygon(JsonNode rings, String where, List<double[][]> arcs, String source) {
        ArrayNode out = MAPPER.createArrayNode();
        if (!rings.isArray()) {
            throw new InputDataException(source, 0, where, rings.toString(), "a polygon's arcs must be an array of "
                    + "rings");
        }
        for (int r = 0; r < rings.size(); r++) {
            ArrayNode ring = out.addArray();
            JsonNode refs = rings.get(r);
            for (int k = 0; k < refs.size(); k++) {
                JsonNode ref = refs.get(k);
                if (!ref.isIntegralNumber()) {
                    throw new InputDataException(source, 0, where + "[" + r + "][" + k + "]", ref.toString(),
                            "an arc reference must be an integer");
                }
                int i = ref.asInt();
                boolean reversed = i < 0;
                int a = reversed ? ~i : i;
                if (a >= arcs.size()) {
                    throw new InputDataException(source, 0, where + "[" + r + "][" + k + "]", Integer.toString(i),
                            "arc " + a + " does not exist (the topology has " + arcs.size() + ")");
                }
                double[][] pts = arcs.get(a);
                for (int p = 0; p < pts.length; p++) {
                    double[] pt = pts[reversed ? pts.length - 1 - p : p];
                    if (p == 0 && k > 0) {
                        continue; // the first position repeats the previous arc's last one
                    }
                    ring.addArray().add(pt[0]).add(pt[1]);
                }
            }
        }
        return out;
    }
}
