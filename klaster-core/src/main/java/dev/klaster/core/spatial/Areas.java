package dev.klaster.core.spatial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.klaster.core.model.InputDataException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Regions with their polygons, read from a GeoJSON FeatureCollection (Polygon and MultiPolygon geometries).
 *
 * <p>Parsed with Jackson into JTS geometries by hand rather than with jts-io-common: that module is not in the
 * resolvable catalogue here and would pull json-simple, and the hand reader names the feature and property of a
 * bad value. A TopoJSON Topology is decoded to the same features first ({@link TopoJson}).
 *
 * @param ids        region identifiers (a property chosen by the caller, or the feature id)
 * @param names      display names
 * @param geometries polygons, in the file's coordinates
 * @param properties each feature's scalar properties as text
 * @param lonLat     whether the coordinates look like longitude/latitude degrees (all within ±180, ±90)
 */
public record Areas(List<String> ids, List<String> names, List<Geometry> geometries,
                    List<Map<String, String>> properties, boolean lonLat) {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final GeometryFactory GF = new GeometryFactory();
    /** Id properties tried in order when none is named. */
    public static final List<String> ID_CANDIDATES = List.of("code", "bps_code", "kode", "region", "region_id", "id",
            "ID", "GEOID", "name");
    /** Name properties tried in order when none is named. */
    public static final List<String> NAME_CANDIDATES = List.of("display_name", "name", "region_name", "NAME", "nama");

    public Areas {
        ids = List.copyOf(ids);
        names = List.copyOf(names);
        geometries = List.copyOf(geometries);
        properties = List.copyOf(properties);
    }

    public int size() {
        return ids.size();
    }

    /** Representative points (centroids; the interior point when the centroid falls outside the polygon). */
    public double[][] representativePoints() {
        double[] x = new double[size()];
        double[] y = new double[size()];
        for (int i = 0; i < size(); i++) {
            Geometry g = geometries.get(i);
            Point c = g.getCentroid();
            if (!g.covers(c)) {
                c = g.getInteriorPoint();
            }
            x[i] = c.getX();
            y[i] = c.getY();
        }
        return new double[][] {x, y};
    }

    /**
     * Reads a GeoJSON FeatureCollection.
     *
     * @param file         the file
     * @param idProperty   property holding the region id (null: the first of {@link #ID_CANDIDATES} present in
     *                     every feature, else the feature's {@code id})
     * @param nameProperty property holding the display name (null: the first of {@link #NAME_CANDIDATES}, else
     *                     the id)
     * @throws InputDataException naming the file, feature and property of a bad value
     */
    public static Areas read(Path file, String idProperty, String nameProperty) throws IOException {
        String f = file.toString();
        if (Files.isDirectory(file)) {
            throw new InputDataException(f, "is a folder, not a boundary file");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new InputDataException(f, "file not found");
        }
        return parse(text, f, idProperty, nameProperty);
    }

    /** Parses GeoJSON text ({@code source} names it in errors); see {@link #read}. */
    public static Areas parse(String text, String source, String idProperty, String nameProperty) {
        String f = source;
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputDataException(f, line, null, null, "not valid JSON: " + e.getOriginalMessage());
        }
        if (TopoJson.isTopology(root)) {
            root = TopoJson.toGeoJson(root, f); // TopoJSON: decoded to the same features
        }
        if (root == null || !root.path("features").isArray()) {
            String type = root == null ? "" : root.path("type").asText();
            throw new InputDataException(f, 0, "type", type,
                    "a boundary file must be a GeoJSON FeatureCollection or a TopoJSON Topology");
        }
        JsonNode features = root.get("features");
        List<Map<String, String>> props = new ArrayList<>();
        List<Geometry> geoms = new ArrayList<>();
        List<String> featureIds = new ArrayList<>();
        boolean lonLat = true;
        for (int k = 0; k < features.size(); k++) {
            JsonNode ft = features.get(k);
            Map<String, String> p = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : ft.path("properties").properties()) {
                if (e.getValue().isValueNode() && !e.getValue().isNull()) {
                    p.put(e.getKey(), e.getValue().asText());
                }
            }
            props.add(p);
            featureIds.add(ft.hasNonNull("id") ? ft.get("id").asText() : null);
            Geometry g = geometry(ft.path("geometry"), f, k + 1);
            if (!g.isValid()) {
                // simplified boundaries often self-intersect; JTS's fixer keeps the covered area
                g = GeometryFixer.fix(g);
            }
            geoms.add(g);
            for (Coordinate c : g.getCoordinates()) {
                if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
                    lonLat = false;
                    break;
                }
            }
        }
        if (geoms.isEmpty()) {
            throw new InputDataException(f, 0, "features", "[]", "the boundary file has no features");
        }
        String idp = idProperty != null ? idProperty : pick(props, ID_CANDIDATES);
        String nmp = nameProperty != null ? nameProperty : pick(props, NAME_CANDIDATES);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < geoms.size(); k++) {
            String id = idp == null ? featureIds.get(k) : props.get(k).get(idp);
            if (id == null || id.isBlank()) {
                throw new InputDataException(f, 0, "features[" + k + "].properties." + (idp == null ? "id" : idp),
                        "", idp == null ? "features have no id; name the id property with --id NAME"
                        : "feature " + (k + 1) + " has no value of the id property '" + idp + "'");
            }
            Integer prev = seen.put(id, k);
            if (prev != null) {
                throw new InputDataException(f, 0, "features[" + k + "].properties." + idp, id,
                        "features " + (prev + 1) + " and " + (k + 1) + " have the same id; merge their polygons "
                                + "or choose another --id property");
            }
            ids.add(id);
            String nm = nmp == null ? null : props.get(k).get(nmp);
            names.add(nm == null || nm.isBlank() ? id : nm);
        }
        return new Areas(ids, names, geoms, props, lonLat);
    }

    private static String pick(List<Map<String, String>> props, List<String> candidates) {
        for (String c : candidates) {
            boolean all = true;
            for (Map<String, String> p : props) {
                if (p.get(c) == null || p.get(c).isBlank()) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return c;
            }
        }
        return null;
    }

    private static Geometry geometry(JsonNode g, String file, int feature) {
        String type = g.path("type").asText();
        String where = "features[" + (feature - 1) + "].geometry";
        try {
            return switch (type) {
                case "Polygon" -> polygon(g.path("coordinates"));
                case "MultiPolygon" -> {
                    JsonNode c = g.path("coordinates");
                    Polygon[] ps = new Polygon[c.size()];
                    for (int i = 0; i < c.size(); i++) {
                        ps[i] = polygon(c.get(i));
                    }
                    yield GF.createMultiPolygon(ps);
                }
                default -> throw new InputDataException(file, 0, where + ".type", type,
                        "feature " + feature + ": only Polygon and MultiPolygon geometries are read");
            };
        } catch (IllegalArgumentException e) {
            throw new InputDataException(file, 0, where + ".coordinates", null,
                    "feature " + feature + ": " + e.getMessage());
        }
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GF.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode pts) {
        List<Coordinate> cs = new ArrayList<>();
        for (JsonNode p : pts) {
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new IllegalArgumentException("coordinate " + p + " is not a [x, y] pair of numbers");
            }
            cs.add(new Coordinate(p.get(0).asDouble(), p.get(1).asDouble()));
        }
        if (cs.size() > 0 && !cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        if (cs.size() < 4) {
            throw new IllegalArgumentException("a ring has " + cs.size() + " points (at least 4 needed)");
        }
        return GF.createLinearRing(cs.toArray(new Coordinate[0]));
    }

    /** Areas restricted to the given indices (in that order). */
    public Areas select(int[] keep) {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<Geometry> c = new ArrayList<>();
        List<Map<String, String>> d = new ArrayList<>();
        for (int i : keep) {
            a.add(ids.get(i));
            b.add(names.get(i));
            c.add(geometries.get(i));
            d.add(properties.get(i));
        }
        return new Areas(a, b, c, d, lonLat);
    }

    /** Areas with ids replaced (same order), e.g. after mapping feature ids to region codes. */
    public Areas withIds(List<String> newIds) {
        return new Areas(newIds, names, geometries, properties, lonLat);
    }
}
