package dev.klaster.core.cluster;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names of clusters in Bahasa Indonesia and English, from their dominant members — never "C1 (A+B+…)".
 *
 * <p><b>Rule.</b> The names table {@code cluster-names.csv} (authored for Klaster, ~30 families such as
 * "Pengolahan kelapa sawit dan oleokimia / Palm oil processing and oleochemicals") lists, per family, BPS IO-185
 * product codes and a keyword pattern. A member belongs to a family when its code is one of the family's codes (codes
 * of three digits, the IO-185 classification) or, for other classifications, when its lower-case label matches the
 * family's keywords. For every cluster c and family f, {@code share(c, f)} = the mean of the share of c's members
 * that are in f and the share of c's weight (output or size) that is in f — both, so that neither one large service
 * product nor many small crops decide the name alone (without weights: the share of members). Families are assigned greedily, highest share first, each family to at
 * most one cluster and only when its share is at least {@link #MIN_SHARE}; a cluster left without a family is named
 * after its two largest members' labels ("Benang dan Tekstil"). A cluster made of 17 PDRB sections only is a
 * <em>sector group</em> and is named by its sectors' words ({@link #sectionGroup}: "Pertanian, pertambangan dan
 * industri pengolahan").
 */
public final class ClusterNames {
    /** Least weight share of a family for a cluster to take its name (our choice: a quarter). */
    public static final double MIN_SHARE = 0.25;

    /** One family of the names table. */
    public record Family(String id, Set<String> codes, Pattern keywords, String nameId, String nameEn) {
        boolean matches(String code, String label) {
            if (code.matches("\\d{3}")) {
                return codes.contains(code);
            }
            return label != null && keywords.matcher(label.toLowerCase(Locale.ROOT)).find();
        }
    }

    /** A cluster's name in both languages; {@code family} null when the name is built from members' labels. */
    public record Name(String nameId, String nameEn, String family, double share) {
    }

    private static final List<Family> FAMILIES = readFamilies();
    private static final Map<String, String[]> SECTION_WORDS = readSectionWords();

    private ClusterNames() {
    }

    /** The families of the names table, in file order. */
    public static List<Family> families() {
        return FAMILIES;
    }

    /**
     * Names every cluster of a membership.
     *
     * @param codes industry codes; {@code labels} their labels (may be null entries); {@code weight} per industry
     *              (null: every member weighs 1); membership −1 = in no cluster
     */
    public static Name[] name(String[] codes, String[] labels, double[] weight, int[] membership) {
        int k = Arrays.stream(membership).max().orElse(-1) + 1;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            members.add(new ArrayList<>());
        }
        for (int i = 0; i < codes.length; i++) {
            if (membership[i] >= 0) {
                members.get(membership[i]).add(i);
            }
        }
        Name[] names = new Name[k];
        // sector groups: every member a PDRB section
        for (int c = 0; c < k; c++) {
            List<Integer> m = members.get(c);
            if (!m.isEmpty() && m.stream().allMatch(i -> SECTION_WORDS.containsKey(codes[i]))) {
                List<Integer> bySize = sortByWeight(m, weight);
                String[] ids = bySize.stream().map(i -> codes[i]).toArray(String[]::new);
                String[] both = sectionGroup(ids);
                names[c] = new Name(both[0], both[1], null, 1);
            }
        }
        double[][] share = new double[k][FAMILIES.size()];
        record Pair(int cluster, int family, double share) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (names[c] != null) {
                continue;
            }
            double total = 0;
            for (int i : members.get(c)) {
                total += w(weight, i);
            }
            int count = members.get(c).size();
            for (int f = 0; f < FAMILIES.size(); f++) {
                double s = 0;
                int hits = 0;
                for (int i : members.get(c)) {
                    if (FAMILIES.get(f).matches(codes[i], labels == null ? null : labels[i])) {
                        s += w(weight, i);
                        hits++;
                    }
                }
                double byWeight = total > 0 ? s / total : 0;
                double byCount = count > 0 ? (double) hits / count : 0;
                share[c][f] = weight == null ? byCount : (byCount + byWeight) / 2;
                if (share[c][f] >= MIN_SHARE) {
                    pairs.add(new Pair(c, f, share[c][f]));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble((Pair p) -> -p.share()).thenComparingInt(Pair::cluster)
                .thenComparingInt(Pair::family));
        boolean[] used = new boolean[FAMILIES.size()];
        for (Pair p : pairs) {
            if (names[p.cluster()] == null && !used[p.family()]) {
                Family f = FAMILIES.get(p.family());
                names[p.cluster()] = new Name(f.nameId(), f.nameEn(), f.id(), p.share());
                used[p.family()] = true;
            }
        }
        for (int c = 0; c < k; c++) {
            if (names[c] == null) {
                names[c] = fromMembers(sortByWeight(members.get(c), weight), codes, labels);
            }
        }
        return names;
    }

    /** "A dan B" / "A and B" from the two largest members' labels (their codes when a label is missing). */
    private static Name fromMembers(List<Integer> bySize, String[] codes, String[] labels) {
        if (bySize.isEmpty()) {
            return new Name("Klaster kosong", "Empty cluster", null, 0);
        }
        List<String> top = new ArrayList<>();
        for (int t = 0; t < Math.min(2, bySize.size()); t++) {
            int i = bySize.get(t);
            String l = labels == null || labels[i] == null || labels[i].isBlank() ? codes[i] : labels[i].strip();
            top.add(l);
        }
        if (top.size() == 1) {
            return new Name(top.get(0), top.get(0), null, 0);
        }
        return new Name(top.get(0) + " dan " + lowerFirst(top.get(1)),
                top.get(0) + " and " + lowerFirst(top.get(1)), null, 0);
    }

    /**
     * The name of a group of PDRB sections from their words, largest first: {"Pertanian, pertambangan dan industri
     * pengolahan", "Agriculture, mining, and manufacturing"}; more than four sections: the first three and "dan N
     * sektor lainnya" / "and N other sectors"; when a word holds "dan" itself ("listrik dan gas") the last one is
     * joined by ", serta". Unknown codes are used as they are.
     */
    public static String[] sectionGroup(String[] sectionCodes) {
        List<String> id = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (String s : sectionCodes) {
            String[] w = SECTION_WORDS.getOrDefault(s, new String[] {s, s});
            id.add(w[0]);
            en.add(w[1]);
        }
        boolean compound = id.stream().anyMatch(x -> x.contains(" dan "));
        return new String[] {upperFirst(join(id, compound ? (id.size() == 2 ? " serta" : ", serta") : " dan", "sektor lainnya")),
                upperFirst(join(en, id.size() > 2 || compound ? ", and" : " and", "other sectors"))};
    }

    /** True when the code is one of the 17 PDRB sections (A … R_S_T_U). */
    public static boolean isSection(String code) {
        return SECTION_WORDS.containsKey(code);
    }

    private static String join(List<String> words, String and, String others) {
        if (words.size() == 1) {
            return words.get(0);
        }
        if (words.size() > 4) {
            return String.join(", ", words.subList(0, 3)) + and + " " + (words.size() - 3) + " " + others;
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + and + " " + words.get(words.size() - 1);
    }

    private static List<Integer> sortByWeight(List<Integer> m, double[] weight) {
        List<Integer> s = new ArrayList<>(m);
        s.sort(Comparator.comparingDouble((Integer i) -> -w(weight, i)).thenComparingInt(i -> i));
        return s;
    }

    private static double w(double[] weight, int i) {
        if (weight == null) {
            return 1;
        }
        double v = weight[i];
        return Double.isNaN(v) || v < 0 ? 0 : v;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String lowerFirst(String s) {
        // "Tekstil" → "tekstil", but keep acronyms ("IT") and codes
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
        }
        return s;
    }

    private static List<Family> readFamilies() {
        List<Family> out = new ArrayList<>();
        for (NamedCsvRecord r : records("cluster-names.csv")) {
            Set<String> codes = Arrays.stream(r.getField("codes").split(";")).map(String::strip)
                    .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
            out.add(new Family(r.getField("family"), codes, Pattern.compile(r.getField("keywords")),
                    r.getField("name_id"), r.getField("name_en")));
        }
        return List.copyOf(out);
    }

    private static Map<String, String[]> readSectionWords() {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (NamedCsvRecord r : records("section-words.csv")) {
            m.put(r.getField("code"), new String[] {r.getField("word_id"), r.getField("word_en")});
        }
        return Map.copyOf(m);
    }

    private static List<NamedCsvRecord> records(String resource) {
        try (InputStream in = ClusterNames.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the klaster-core jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(text)) {
                return csv.stream().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
