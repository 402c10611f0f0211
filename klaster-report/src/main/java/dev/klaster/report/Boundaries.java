package dev.klaster.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A user boundary file (GeoJSON FeatureCollection, or TopoJSON decoded to one by
 * {@link dev.klaster.core.spatial.TopoJson}) joined to the analysed regions, for choropleths at the analysed
 * level (a province's regencies, or all provinces).
 *
 * <p>Join rule, by code first and never by guessing from numbers:
 * <ol>
 *   <li>with a code table ({@code --boundary-codes FILE}: a CSV whose first column holds a feature property value,
 *       e.g. {@code region_id}, and whose {@code bps_code} or {@code code} column holds the region code), the
 *       table's code;</li>
 *   <li>else the one feature property whose values, written without dots or spaces ({@code 11.07} = {@code 1107}),
 *       equal the most region codes while being unique among the features; a property that repeats a value
 *       (e.g. {@code province_code} on regency polygons) never joins;</li>
 *   <li>for the regions still without a polygon, the name property that matches most of them by normalised name
 *       ("Daerah Istimewa" = "DI", "Kep." = "Kepulauan", case, accents and punctuation ignored), only where the
 *       name is unique among both the regions and the features.</li>
 * </ol>
 * Features that join no analysed region are left out of the map (a province's regencies fill it). Analysed regions
 * without a polygon become report notes. Each drawn feature gets {@code properties.name} = the region's display name
 * (its name, or "name (code)" when two analysed regions share a name), which is what ECharts matches.
 *
 * <p>Hand-written because no library on the classpath does this kind of administrative-code join; JTS would only
 * parse the geometry, which the browser draws anyway.
 */
public final class Boundaries {
    /**
     * The joined GeoJSON text (joined features only), the display name of each joined region code, the notes about
     * what did not join, and how each feature was joined.
     */
    public record Joined(String geoJson, Map<String, String> names, List<String> warnings, String rule) {
        public int joinedRegions() {
            return names.size();
        }
    }

    private Boundaries() {
    }

    public static Joined read(Path file, List<Region> regions) throws IOException {
        return read(file, regions, null);
    }

    public static Joined read(Path file, List<Region> regions, Path codeTable) throws IOException {
        String text = Files.readString(file);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new InputDataException(file.toString(), 0, null, null, "not valid JSON: " + e.getMessage());
        }
        if (dev.klaster.core.spatial.TopoJson.isTopology(root)) {
            root = dev.klaster.core.spatial.TopoJson.toGeoJson(root, file.toString()); // drawn as GeoJSON
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new InputDataException(file.toString(), 0, "type", root == null ? "" : root.path("type").asText(),
                    "a boundary file must be a GeoJSON FeatureCollection");
        }
        Map<String, String> table = codeTable == null ? null : readCodeTable(codeTable);
        return join((ObjectNode) root, regions, file.getFileName().toString(), table);
    }

    /** feature property value → region code, from a CSV (first column: the value; bps_code/code column: the code). */
    static Map<String, String> readCodeTable(Path f) throws IOException {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new InputDataException(f.toString(), "empty file");
        }
        String[] head = lines.get(0).replace("\uFEFF", "").split(",", -1);
        int code = -1;
        for (int c = 0; c < head.length; c++) {
            String h = head[c].trim().toLowerCase(Locale.ROOT);
            if (h.equals("bps_code") || (code < 0 && h.equals("code"))) {
                code = c;
            }
        }
        if (code <= 0) {
            throw new InputDataException(f.toString(), 1, null, lines.get(0), "wrong header: a boundary code table"
                    + " needs the feature key in its first column and a bps_code (or code) column");
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] v = lines.get(i).split(",", -1);
            if (v.length <= code) {
                throw new InputDataException(f.toString(), i + 1, head[code], lines.get(i), "expected "
                        + head.length + " fields as in the header");
            }
            if (!v[code].isBlank()) {
                out.put(v[0].trim(), v[code].trim());
            }
        }
        return out;
    }

    static Joined join(ObjectNode root, List<Region> regions, String label, Map<String, String> codeTable) {
        Map<String, Region> byCode = new HashMap<>();
        Map<String, Integer> nameCount = new HashMap<>();
        for (Region r : regions) {
            byCode.put(r.code(), r);
            nameCount.merge(normalise(r.name()), 1, Integer::sum);
        }
        ArrayNode features = (ArrayNode) root.get("features");
        int n = features.size();
        Region[] hit = new Region[n];
        String rule;
        if (codeTable != null) {
            for (int k = 0; k < n; k++) {
                for (String v : properties(features.get(k)).values()) {
                    String c = codeTable.get(v);
                    if (c != null && byCode.containsKey(c)) {
                        hit[k] = byCode.get(c);
                        break;
                    }
                }
            }
            rule = "code table";
        } else {
            String key = bestKey(features, byCode.keySet(), true);
            rule = key == null ? "names" : "property '" + key + "' = region code";
            if (key != null) {
                for (int k = 0; k < n; k++) {
                    String v = properties(features.get(k)).get(key);
                    hit[k] = v == null ? null : byCode.get(codeForm(v));
                }
            }
        }
        // names for the regions still without a polygon, where unambiguous
        Set<String> joinedCodes = new HashSet<>();
        for (Region r : hit) {
            if (r != null) {
                joinedCodes.add(r.code());
            }
        }
        Map<String, Region> byName = new HashMap<>();
        for (Region r : regions) {
            if (!joinedCodes.contains(r.code()) && nameCount.get(normalise(r.name())) == 1) {
                byName.put(normalise(r.name()), r);
            }
        }
        if (!byName.isEmpty()) {
            String nameKey = bestKey(features, byName.keySet(), false);
            if (nameKey != null) {
                Map<String, Integer> featureNames = new HashMap<>();
                for (JsonNode f : features) {
                    String v = properties(f).get(nameKey);
                    if (v != null) {
                        featureNames.merge(normalise(v), 1, Integer::sum);
                    }
                }
                for (int k = 0; k < n; k++) {
                    String v = properties(features.get(k)).get(nameKey);
                    if (hit[k] == null && v != null && featureNames.get(normalise(v)) == 1) {
                        hit[k] = byName.get(normalise(v));
                    }
                }
                rule += (rule.equals("names") ? "" : ", then names") + " ('" + nameKey + "')";
            }
        }
        List<String> warnings = new ArrayList<>();
        Map<String, String> display = new LinkedHashMap<>();
        ArrayNode kept = Json.MAPPER.createArrayNode();
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < n; k++) {
            if (hit[k] == null) {
                continue; // outside the analysed regions: not drawn
            }
            Region r = hit[k];
            String name = nameCount.get(normalise(r.name())) > 1 ? r.name() + " (" + r.code() + ")" : r.name();
            if (!seen.add(r.code())) {
                warnings.add(label + ": feature " + (k + 1) + " is a second polygon for " + r.name() + " ("
                        + r.code() + "); both are drawn");
            }
            ObjectNode f = (ObjectNode) features.get(k);
            ObjectNode props = f.path("properties").isObject() ? (ObjectNode) f.get("properties")
                    : f.putObject("properties");
            props.put("name", name);
            display.put(r.code(), name);
            kept.add(f);
        }
        root.set("features", kept);
        List<String> missing = new ArrayList<>();
        for (Region r : regions) {
            if (!display.containsKey(r.code())) {
                missing.add(r.name() + " (" + r.code() + ")");
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(label + ": no boundary for " + missing.size() + " of the " + regions.size()
                    + " analysed region(s), drawn without a polygon: "
                    + String.join(", ", missing.subList(0, Math.min(20, missing.size())))
                    + (missing.size() > 20 ? ", ..." : ""));
        }
        return new Joined(Json.write(root), display, warnings, rule);
    }

    /**
     * The property whose values match most of {@code targets} while being unique among the features: codes
     * (written without dots or spaces) or normalised names.
     */
    private static String bestKey(ArrayNode features, Set<String> targets, boolean codes) {
        Map<String, Map<String, Integer>> values = new LinkedHashMap<>();
        for (JsonNode f : features) {
            for (Map.Entry<String, String> e : properties(f).entrySet()) {
                String v = codes ? codeForm(e.getValue()) : normalise(e.getValue());
                values.computeIfAbsent(e.getKey(), x -> new HashMap<>()).merge(v, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Map<String, Integer>> e : values.entrySet()) {
            int matched = 0;
            boolean repeats = false;
            for (Map.Entry<String, Integer> v : e.getValue().entrySet()) {
                if (targets.contains(v.getKey())) {
                    matched++;
                    repeats |= v.getValue() > 1;
                }
            }
            if (!repeats && matched > bestCount) {
                best = e.getKey();
                bestCount = matched;
            }
        }
        return best;
    }

    /** The feature id (as "id") and its scalar properties, as text. */
    private static Map<String, String> properties(JsonNode f) {
        Map<String, String> out = new LinkedHashMap<>();
        if (f.hasNonNull("id")) {
            out.put("id", f.get("id").asText());
        }
        for (Map.Entry<String, JsonNode> e : f.path("properties").properties()) {
            if (e.getValue().isValueNode() && !e.getValue().isNull() && !e.getValue().asText().isBlank()) {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        return out;
    }

    /** A code as written in boundary files ("11.07", "35 07") in the form of BPS codes ("1107", "3507"). */
    static String codeForm(String v) {
        return v.trim().replace(".", "").replace(" ", "");
    }

    /** Lower case, no accents or punctuation, common Indonesian abbreviations expanded the same way. */
    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).trim();
        s = s.replaceFirst("^provinsi\\s+", "").replaceFirst("^prov\\.?\\s+", "");
        s = s.replace("daerah khusus ibukota", "dki").replace("daerah istimewa", "di").replace("d.i.", "di")
                .replace("kep.", "kepulauan");
        return s.replaceAll("[^a-z0-9]", "");
    }
}
