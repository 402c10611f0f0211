package dev.klaster.io.scope;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How region names are compared: Unicode decomposition with the accents dropped, lower case, every run of
 * non-letters and non-digits as one space, and the words "provinsi", "province", "prov" at the start left out
 * ("Provinsi Jawa Timur" = "jawa timur" = "JAWA  TIMUR" = "Jawa Tímur"). Common abbreviations of province names
 * ("Jatim", "DIY", "Kepri") come from the project's own list {@code region-abbreviations.csv}.
 */
public final class RegionNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PREFIX = Pattern.compile("^(provinsi|province|prov|propinsi) ");
    private static final Map<String, String> ABBREVIATIONS = load();

    private RegionNames() {
    }

    /** The comparison key of a name (see the class comment). */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        return PREFIX.matcher(s).replaceFirst("");
    }

    /** The full-name key an abbreviation stands for ("jatim" → "jawa timur"), or the key itself. */
    public static String expand(String key) {
        return ABBREVIATIONS.getOrDefault(key, key);
    }

    /** Abbreviation key → full-name key. */
    public static Map<String, String> abbreviations() {
        return ABBREVIATIONS;
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (InputStream in = RegionNames.class.getResourceAsStream("region-abbreviations.csv")) {
            if (in == null) {
                throw new IllegalStateException("resource region-abbreviations.csv is missing from klaster-io");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int comma = line.indexOf(',');
                m.put(key(line.substring(0, comma)), key(line.substring(comma + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(m);
    }
}
