package dev.klaster.core.spatial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * TopoJSON decoding ({@link TopoJson}) against the GeoJSON it encodes: a topology generated here from the regency
 * GeoJSON the spatial tests use (../shared/data/idn-boundaries-kabkota-2020, Jawa Timur's 38 regencies), with
 * quantization, delta encoding, rings split into two arcs and the second referenced reversed ({@code ~i}); and the
 * published pair of ../shared/data/idn-boundaries (the same 38 provinces as GeoJSON and as TopoJSON with shared
 * arcs, made by the source repository's own tools).
 */
class TopoJsonTest {
    private static final ObjectMapper M = new ObjectMapper();
    /** Quantization of the generated topology: 2^20 steps over the box. */
    private static final double STEPS = 1 << 20;

    /** The features of Jawa Timur (province_code 35) of the regency file, as a FeatureCollection. */
    static ObjectNode jatimGeoJson() throws Exception {
        Path f = SharedData.require("idn-boundaries-kabkota-2020/indonesia-adm2-2020-simplified.geojson");
        // region_id -> BPS code from the file's code table (its province_code property is not always filled)
        java.util.Set<String> jatim = new java.util.HashSet<>();
        for (String line : Files.readAllLines(f.resolveSibling("adm2_bps_codes.csv"))) {
            String[] v = line.split(",");
            if (v.length > 1 && v[1].startsWith("35")) {
                jatim.add(v[0]);
            }
        }
        JsonNode all = M.readTree(Files.readString(f));
        ObjectNode fc = M.createObjectNode().put("type", "FeatureCollection");
        ArrayNode feats = fc.putArray("features");
        for (JsonNode ft : all.get("features")) {
            if (jatim.contains(ft.path("properties").path("region_id").asText())) {
                feats.add(ft);
            }
        }
        return fc;
    }

    /** Encodes Polygon/MultiPolygon features as TopoJSON (spec 1.0 §2): every ring = arc a + reversed arc ~b. */
    static ObjectNode encode(JsonNode fc) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (JsonNode ft : fc.get("features")) {
            ft.get("geometry").findValues("coordinates").forEach(c -> box(c, box));
        }
        double sx = (box[2] - box[0]) / STEPS;
        double sy = (box[3] - box[1]) / STEPS;
        ObjectNode topo = M.createObjectNode().put("type", "Topology");
        topo.putObject("transform").set("scale", M.createArrayNode().add(sx).add(sy));
        ((ObjectNode) topo.get("transform")).set("translate", M.createArrayNode().add(box[0]).add(box[1]));
        ArrayNode arcs = topo.putArray("arcs");
        ObjectNode coll = topo.putObject("objects").putObject("regencies").put("type", "GeometryCollection");
        ArrayNode geoms = coll.putArray("geometries");
        for (JsonNode ft : fc.get("features")) {
            JsonNode g = ft.get("geometry");
            ObjectNode out = geoms.addObject().put("type", g.get("type").asText());
            out.set("properties", ft.get("properties"));
            if (g.get("type").asText().equals("Polygon")) {
                out.set("arcs", rings(g.get("coordinates"), arcs, box, sx, sy));
            } else {
                ArrayNode ps = out.putArray("arcs");
                for (JsonNode poly : g.get("coordinates")) {
                    ps.add(rings(poly, arcs, box, sx, sy));
                }
            }
        }
        return topo;
    }

    private static void box(JsonNode c, double[] box) {
        if (c.isArray() && c.size() >= 2 && c.get(0).isNumber()) {
            box[0] = Math.min(box[0], c.get(0).asDouble());
            box[1] = Math.min(box[1], c.get(1).asDouble());
            box[2] = Math.max(box[2], c.get(0).asDouble());
            box[3] = Math.max(box[3], c.get(1).asDouble());
        } else if (c.isArray()) {
            c.forEach(x -> box(x, box));
        }
    }

    private static ArrayNode rings(JsonNode poly, ArrayNode arcs, double[] box, double sx, double sy) {
        ArrayNode out = M.createArrayNode();
        for (JsonNode ring : poly) {
            int n = ring.size();
            int mid = n / 2;
            List<JsonNode> a = new ArrayList<>();
            List<JsonNode> b = new ArrayList<>();
            for (int k = 0; k <= mid; k++) {
                a.add(ring.get(k));
            }
            for (int k = n - 1; k >= mid; k--) {
                b.add(ring.get(k)); // stored backwards, referenced as ~index
            }
            int ia = arcs.size();
            arcs.add(quantize(a, box, sx, sy));
            int ib = arcs.size();
            arcs.add(quantize(b, box, sx, sy));
            out.addArray().add(ia).add(~ib);
        }
        return out;
    }

    private static ArrayNode quantize(List<JsonNode> pts, double[] box, double sx, double sy) {
        ArrayNode arc = M.createArrayNode();
        long px = 0;
        long py = 0;
        for (JsonNode p : pts) {
            long qx = Math.round((p.get(0).asDouble() - box[0]) / sx);
            long qy = Math.round((p.get(1).asDouble() - box[1]) / sy);
            arc.addArray().add(qx - px).add(qy - py);
            px = qx;
            py = qy;
        }
        return arc;
    }

    @Test
    void aTopologyEncodedFromTheRegencyGeoJsonDecodesToTheSameAreasAndNeighbours() throws Exception {
        ObjectNode geo = jatimGeoJson();
        String topoText = encode(geo).toString();
        Areas fromGeo = Areas.parse(geo.toString(), "jatim.geojson", "region_id", "display_name");
        Areas fromTopo = Areas.parse(topoText, "jatim.topo.json", "region_id", "display_name");
        assertThat(fromGeo.size()).as("Jawa Timur's features in the regency file").isEqualTo(38);
        assertThat(fromTopo.ids()).isEqualTo(fromGeo.ids());
        assertThat(fromTopo.names()).isEqualTo(fromGeo.names());
        // each polygon moves by at most half a quantization step per axis (rounding), i.e. < one step diagonal
        double step = Math.hypot(geoWidth(fromGeo) / STEPS, geoHeight(fromGeo) / STEPS);
        for (int k = 0; k < fromGeo.size(); k++) {
            double d = DiscreteHausdorffDistance.distance(fromGeo.geometries().get(k), fromTopo.geometries().get(k));
            assertThat(d).as("Hausdorff distance of %s", fromGeo.names().get(k)).isLessThanOrEqualTo(step);
            assertThat(fromTopo.geometries().get(k).getNumPoints()).as("vertices of %s", fromGeo.names().get(k))
                    .isEqualTo(fromGeo.geometries().get(k).getNumPoints());
        }
        // the same queen neighbours at the default snapping tolerance (0.005 degrees >> the 1e-6 degree step)
        SpatialWeights wg = ContiguityWeights.of(fromGeo, Contiguity.QUEEN, ContiguityWeights.DEFAULT_TOLERANCE_DEGREES);
        SpatialWeights wt = ContiguityWeights.of(fromTopo, Contiguity.QUEEN, ContiguityWeights.DEFAULT_TOLERANCE_DEGREES);
        assertThat(wt).as("queen weights from TopoJSON = from GeoJSON").isEqualTo(wg);
        assertThat(wg.links()).as("Jawa Timur's regencies touch").isGreaterThan(60);
    }

    private static double geoWidth(Areas a) {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        a.geometries().forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
        return e.getWidth();
    }

    private static double geoHeight(Areas a) {
        org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
        a.geometries().forEach(g -> e.expandToInclude(g.getEnvelopeInternal()));
        return e.getHeight();
    }

    @Test
    void thePublishedProvinceTopologyGivesTheNeighboursOfItsGeoJsonTwin() throws Exception {
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        Path topo = SharedData.require("idn-boundaries/indonesia-38-provinces.topo.json");
        // KODE_PROV repeats for the new Papua provinces (README of the data): the name is the id
        Areas g = Areas.read(geo, "PROVINSI", "PROVINSI");
        Areas t = Areas.read(topo, "PROVINSI", "PROVINSI");
        assertThat(t.size()).isEqualTo(38);
        assertThat(new java.util.TreeSet<>(t.ids())).isEqualTo(new java.util.TreeSet<>(g.ids()));
        List<String> order = g.ids();
        int[] idx = new int[order.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = t.ids().indexOf(order.get(k));
        }
        Areas t2 = t.select(idx);
        for (int k = 0; k < g.size(); k++) {
            // the TopoJSON is quantized at 1e-5 degrees (its transform), so areas agree to a small relative error
            double ag = g.geometries().get(k).getArea();
            double at = t2.geometries().get(k).getArea();
            assertThat(Math.abs(at - ag) / ag).as("area of %s", order.get(k)).isLessThan(1e-3);
        }
        SpatialWeights wg = ContiguityWeights.of(g, Contiguity.QUEEN, ContiguityWeights.DEFAULT_TOLERANCE_DEGREES);
        SpatialWeights wt = ContiguityWeights.of(t2, Contiguity.QUEEN, ContiguityWeights.DEFAULT_TOLERANCE_DEGREES);
        assertThat(wt).isEqualTo(wg);
        // Jawa Barat borders DKI Jakarta, Banten and Jawa Tengah on any map of Indonesia
        int jabar = order.indexOf("Jawa Barat");
        List<String> nb = new ArrayList<>();
        for (int j : wt.neighbours(jabar)) {
            nb.add(order.get(j));
        }
        assertThat(nb).contains("DKI Jakarta", "Banten", "Jawa Tengah");
    }

    @Test
    void malformedTopologiesNameTheFieldAndValue() {
        String bad = "{\"type\":\"Topology\",\"arcs\":[[[0,0],[1,0],[1,1],[0,0]]],\"objects\":{\"x\":"
                + "{\"type\":\"Polygon\",\"arcs\":[[5]]}}}";
        assertThatThrownBy(() -> Areas.parse(bad, "b.topo.json", null, null)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("b.topo.json").hasMessageContaining("objects.x.arcs[0][0]")
                .hasMessageContaining("arc 5 does not exist");
        String line = "{\"type\":\"Topology\",\"arcs\":[[[0,0],[1,0]]],\"objects\":{\"x\":"
                + "{\"type\":\"LineString\",\"arcs\":[0]}}}";
        assertThatThrownBy(() -> Areas.parse(line, "l.topo.json", null, null)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("LineString").hasMessageContaining("only Polygon, MultiPolygon");
    }
}
