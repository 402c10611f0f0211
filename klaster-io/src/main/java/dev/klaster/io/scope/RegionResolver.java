package dev.klaster.io.scope;

import dev.klaster.core.model.Region;
import dev.klaster.io.ingest.CodeBridge;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the region a user means among candidate regions of the data, by code or by name.
 *
 * <p>In this order: (1) the data's own code, dots and spaces ignored ("35", "35.07"); a BPS table's province code
 * ×100 ("3500") stands for the province "35"; (2) a code of the other system translated through the user's
 * {@code --code-bridge} tables (Kemendagri ↔ BPS; never by equal numbers); (3) the name, compared by
 * {@link RegionNames#key} after expanding abbreviations ("Jatim", "jawa timur", "JAWA TÍMUR"); for regencies the
 * words "kabupaten"/"kab" may be left out, "kota" may not (Kota Bogor ≠ Bogor). Anything else is a
 * {@link ScopeException} naming the nearest candidates by Levenshtein distance between name keys (Apache Commons
 * Text), each with its code: "did you mean Jawa Timur (35)?".
 */
public final class RegionResolver {
    private static final Pattern HUNDREDS = Pattern.compile("\\d\\d00");
    private static final Pattern KABUPATEN = Pattern.compile("^(kabupaten|kab) ");
    private static final int SUGGESTIONS = 3;

    private final List<Region> candidates;
    private final List<CodeBridge> bridges;
    private final String what;

    /**
     * @param candidates the regions that may be meant (e.g. the data's provinces)
     * @param bridges    code bridges to try (both directions; may be empty)
     * @param what       what a candidate is, for messages ("province", "region")
     */
    public RegionResolver(List<Region> candidates, List<CodeBridge> bridges, String what) {
        this.candidates = List.copyOf(candidates);
        this.bridges = List.copyOf(bridges);
        this.what = what;
    }

    /** A match and how it was found (for the report: "Kemendagri 92 = BPS 91 through bridge"). */
    public record Match(Region region, String how) {
    }

    /**
     * The region meant by {@code text}.
     *
     * @param option the option or file position named in an error ("--province", "corridor.csv:3")
     * @throws ScopeException when nothing or more than one region matches
     */
    public Match resolve(String text, String option) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new ScopeException(option + ": empty " + what + " name or code", List.of());
        }
        String code = t.replace(".", "").replace(" ", "");
        Region byCode = byCode(code);
        if (byCode != null) {
            return new Match(byCode, "code " + byCode.code());
        }
        if (HUNDREDS.matcher(code).matches()) {
            Region p = byCode(code.substring(0, 2));
            if (p != null) {
                return new Match(p, "code " + code + " = " + p.code() + " × 100");
            }
        }
        for (CodeBridge b : bridges) {
            String other = b.translate(code);
            Region r = other == null ? null : byCode(other);
            if (r != null) {
                return new Match(r, "code " + code + " = " + r.code() + " through the code bridge");
            }
        }
        String key = RegionNames.expand(RegionNames.key(t));
        List<Region> hits = new ArrayList<>();
        for (Region r : candidates) {
            if (nameKey(r).equals(key) || nameKey(r).equals(KABUPATEN.matcher(key).replaceFirst(""))) {
                hits.add(r);
            }
        }
        if (hits.size() == 1) {
            return new Match(hits.get(0), "name");
        }
        if (hits.size() > 1) {
            List<String> names = hits.stream().map(RegionResolver::label).toList();
            throw new ScopeException(option + ": '" + t + "' names " + hits.size() + " " + what + "s: "
                    + String.join(", ", names) + "; give the code", names);
        }
        List<String> near = nearest(key);
        throw new ScopeException(option + ": '" + t + "' is no " + what + " of the data"
                + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?"
                + (near.size() > 1 ? " (other close ones: " + String.join(", ", near.subList(1, near.size())) + ")"
                : "")), near);
    }

    private Region byCode(String code) {
        for (Region r : candidates) {
            if (r.code().replace(".", "").equalsIgnoreCase(code)) {
                return r;
            }
        }
        return null;
    }

    private static String nameKey(Region r) {
        return KABUPATEN.matcher(RegionNames.key(r.name())).replaceFirst("");
    }

    /** "Jawa Timur (35)". */
    public static String label(Region r) {
        return r.name() + " (" + r.code() + ")";
    }

    /** Up to three candidates nearest to the key (Levenshtein distance on name keys, then on codes). */
    List<String> nearest(String key) {
        LevenshteinDistance lev = LevenshteinDistance.getDefaultInstance();
        record Scored(Region r, int d) {
        }
        List<Scored> s = new ArrayList<>();
        for (Region r : candidates) {
            int d = Math.min(lev.apply(key, nameKey(r)), lev.apply(key, r.code().toLowerCase(Locale.ROOT)));
            s.add(new Scored(r, d));
        }
        s.sort(Comparator.comparingInt(Scored::d).thenComparing(x -> x.r().code()));
        List<String> out = new ArrayList<>();
        for (Scored x : s) {
            if (out.size() == SUGGESTIONS) {
                break;
            }
            out.add(label(x.r()));
        }
        return out;
    }
}
