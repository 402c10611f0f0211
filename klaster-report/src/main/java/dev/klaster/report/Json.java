package dev.klaster.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Jackson helpers for building ECharts options. */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    public static ObjectNode obj() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode arr() {
        return MAPPER.createArrayNode();
    }

    /** Adds a number, or JSON {@code null} for NaN/infinite (ECharts draws null as a gap, never as 0). */
    public static void add(ArrayNode a, double v) {
        if (Double.isFinite(v)) {
            a.add(v);
        } else {
            a.addNull();
        }
    }

    public static void put(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    public static ArrayNode strings(Iterable<String> values) {
        ArrayNode a = arr();
        values.forEach(a::add);
        return a;
    }

    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON text safe to put inside an HTML {@code <script>} element ("&lt;/" cannot close it). */
    public static String forScript(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\!--").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
