package dev.klaster.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user boundary file (GeoJSON FeatureCollection) joined to the panel's regions, for choropleths.
 *
 * <p>Join rule, per feature: first by name: any string property whose normalised text equals a region's normalised
 * name ("Daerah Istimewa" = "DI", "Daerah Khusus Ibukota" = "DKI", "Kep." = "Kepulauan", case, accents and
 * punctuation ignored); else by code: any property (or the feature id) equal to a region code, provided that value
 * is unique among the features (Indonesian files often give the new Papua provinces their parent's code, which
 * this rule refuses rather than guessing). Each joined feature gets {@code properties.name} = the region's name,
 * which is what ECharts matches. Unjoined features and regions without a feature become report warnings.
 *
 * <p>Hand-written because no library on the classpath does this kind of fuzzy administrative-name join; JTS would
 * only parse the geometry, which the browser draws anyway.
 */
public final class Boundaries {
    /** The joined GeoJSON text, and the warnings about what did not join. */
    public record Joined(String geoJson, int joinedRegions, List<String> warnings) {
    }

    private Boundaries() {
    }

    public static Joined read(Path file, List<Region> regions) throws IOException {
        String text = Files.readString(file);
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new InputDataException(file.toString(), 0, null, null, "not valid JSON: " + e.getMessage());
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new InputDataException(file.toString(), 0, "type", root == null ? "" : root.path("type").asText(),
                    "a boundary file must be a GeoJSON FeatureCollection");
        }
        return join((ObjectNode) root, regions, file.getFileName().toString());
    }

    static Joined join(ObjectNode root, List<Region> regions, String label) {
        Map<String, Region> byName = new HashMap<>();
        Map<String, Region> byCode = new HashMap<>();
        for (Region r : regions) {
            byName.putIfAbsent(normalise(r.name()), r);
            byCode.put(r.code(), r);
        }
        ArrayNode features = (ArrayNode) root.get("features");
        // how many features carry each property value (for the unique-code rule)
        Map<String, Integer> valueCount = new HashMap<>();
        for (JsonNode f : features) {
            for (String v : values(f)) {
                valueCount.merge(v, 1, Integer::sum);
            }
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Boolean> joined = new HashMap<>();
        int k = 0;
        for (JsonNode f : features) {
            k++;
            Region hit = null;
            for (String v : values(f)) {
                hit = byName.get(normalise(v));
                if (hit != null) {
                    break;
                }
            }
            if (hit == null) {
                for (String v : values(f)) {
                    if (byCode.containsKey(v) && valueCount.get(v) == 1) {
                        hit = byCode.get(v);
                        break;
                    }
                }
            }
            ObjectNode props = f.path("properties").isObject() ? (ObjectNode) f.get("properties")
                    : ((ObjectNode) f).putObject("properties");
            if (hit == null) {
                warnings.add(label + ": feature " + k + " " + values(f) + " matches no region; drawn without data");
                props.put("name", "#" + k + " " + String.join(" ", values(f)));
            } else if (joined.putIfAbsent(hit.code(), true) != null) {
                warnings.add(label + ": feature " + k + " is a second polygon for " + hit.name() + " ("
                        + hit.code() + ")");
                props.put("name", hit.name());
            } else {
                props.put("name", hit.name());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Region r : regions) {
            if (!joined.containsKey(r.code())) {
                missing.add(r.name() + " (" + r.code() + ")");
            }
        }
        if (!missing.isEmpty()) {
            warnings.add(label + ": no boundary for " + missing.size() + " region(s): "
                    + String.join(", ", missing.subList(0, Math.min(20, missing.size())))
                    + (missing.size() > 20 ? ", ..." : ""));
        }
        return new Joined(Json.write(root), joined.size(), warnings);
    }

    /** The feature id and its scalar property values, as text. */
    private static List<String> values(JsonNode f) {
        List<String> out = new ArrayList<>();
        if (f.hasNonNull("id")) {
            out.add(f.get("id").asText());
        }
        JsonNode p = f.path("properties");
        for (Map.Entry<String, JsonNode> e : p.properties()) {
            if (e.getValue().isValueNode() && !e.getValue().isNull() && !"name".equals(e.getKey())) {
                out.add(e.getValue().asText());
            }
        }
        if (p.hasNonNull("name")) {
            out.add(p.get("name").asText());
        }
        return out;
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
