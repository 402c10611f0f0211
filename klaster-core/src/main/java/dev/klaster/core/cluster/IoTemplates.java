package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * National IO cluster templates after Feser &amp; Bergman (2000): groups of products linked by strong purchase and
 * sales relations in a national input-output table, each named in Bahasa Indonesia and English
 * ({@link ClusterNames}), with members, the linkage evidence of every member and the internal/external test.
 *
 * <p><b>Rule</b> (Feser, E. J. &amp; Bergman, E. M. 2000, "National industry cluster templates: a framework for
 * applied regional cluster analysis", Regional Studies 34(1), 1–19, DOI 10.1080/00343400050005844):
 * <ol>
 *   <li>The four normalised coefficients of every pair ({@link IoLinkage}): x_ij = Z_ij / P_j (share of j's
 *   intermediate purchases bought from i), x_ji, y_ij = Z_ij / S_i (share of i's intermediate sales going to j),
 *   y_ji; the pair's link L_ij = max of the four.</li>
 *   <li>Their correlations ({@link #profileCorrelation}): r(x_·i, x_·j) (similar input profiles), r(y_i·, y_j·)
 *   (similar sales profiles), r(x_·i, y_j·), r(y_i·, x_·j); the pair's profile correlation is the largest of the
 *   four. It is reported as evidence; the grouping uses L (on the BPS 185-product table the correlation graph joins
 *   products that merely have similar cost structures, e.g. all crops, and splits palm oil from its refinery — see
 *   docs/cluster-templates.md).</li>
 *   <li><b>Margins-type and public products are not cores</b>: products of the sections trade (G), transport (H),
 *   finance (K), real estate (L), business services (M_N), public administration (O) and any product whose label
 *   names government ("pemerintah") sell to or buy from nearly everything and would glue every template together.
 *   Then, data-driven, a <b>hub</b> is any other product with a strong link (L ≥ {@link Options#strongLink}, 0.10)
 *   to at least {@link Options#hubShare} (20 %) of the other products (on the 2016 table: trade 156 and food service
 *   165). Both are listed as supporting products, not template members.</li>
 *   <li>The remaining products are grouped by Leiden community detection ({@link Communities}) on L, modularity with
 *   resolution γ = {@link Options#resolution} (default 2.5, which gives templates of 2–20 products on the 185
 *   table, the size of Feser &amp; Bergman's 23 US templates), fixed seed. Products left alone form no template.</li>
 * </ol>
 * Evidence per member: its strongest link inside the template (partner, value and which coefficient it is), its
 * profile correlation with that partner, and its internal share Σ_{j∈T} L_ij / Σ_j L_ij over the grouped products.
 * Per template and overall: {@link Validation} on the grouped products' L (internal/external mean ratio,
 * modularity, within/between ratio).
 */
public final class IoTemplates {
    private IoTemplates() {
    }

    /** Sections whose products are supporting, never template cores. */
    public static final Set<String> SUPPORT_SECTIONS = Set.of("G", "H", "K", "L", "M_N", "O");

    /**
     * Settings.
     *
     * @param resolution Leiden resolution γ &gt; 0
     * @param seed random seed of Leiden
     * @param strongLink L at or above which a link is strong (hub rule)
     * @param hubShare share of the other products a hub is strongly linked to
     * @param supportSections sections whose products are supporting only
     */
    public record Options(double resolution, long seed, double strongLink, double hubShare,
                          Set<String> supportSections) {
        public Options {
            if (!(resolution > 0) || Double.isInfinite(resolution)) {
                throw new IllegalArgumentException("resolution must be a positive number, got " + resolution);
            }
            if (!(strongLink > 0 && strongLink <= 1)) {
                throw new IllegalArgumentException("strong link must be in (0, 1], got " + strongLink);
            }
            if (!(hubShare > 0 && hubShare <= 1)) {
                throw new IllegalArgumentException("hub share must be in (0, 1], got " + hubShare);
            }
            supportSections = Set.copyOf(supportSections);
        }

        /** γ 2.5, seed 42, strong link 0.10, hub share 0.20, sections G, H, K, L, M_N, O. */
        public static Options defaults() {
            return new Options(2.5, 42L, 0.10, 0.20, SUPPORT_SECTIONS);
        }

        public Options withResolution(double gamma) {
            return new Options(gamma, seed, strongLink, hubShare, supportSections);
        }

        public Options withSeed(long s) {
            return new Options(resolution, s, strongLink, hubShare, supportSections);
        }
    }

    /** Which of the four Feser–Bergman coefficients gives a member's strongest link to its partner. */
    public enum Direction {
        /** x_ji: the member buys this share of its intermediate inputs from the partner. */
        BUYS_FROM("membeli %s input antaranya dari %s", "buys %s of its intermediate inputs from %s"),
        /** y_ij: the member sells this share of its intermediate sales to the partner. */
        SELLS_TO("menjual %s penjualan antaranya ke %s", "sells %s of its intermediate sales to %s"),
        /** x_ij: the partner buys this share of its intermediate inputs from the member. */
        SUPPLIES("memasok %2$s, yang membeli %1$s input antaranya dari produk ini",
                "supplies %2$s, which buys %1$s of its intermediate inputs from it"),
        /** y_ji: the partner sells this share of its intermediate sales to the member. */
        BUYS_OUTPUT_OF("membeli %1$s penjualan antara %2$s", "buys %1$s of the intermediate sales of %2$s");

        private final String id;
        private final String en;

        Direction(String id, String en) {
            this.id = id;
            this.en = en;
        }

        /** Evidence sentence in "id" or "en" for a share and a partner. */
        public String sentence(String lang, double share, String partner) {
            String pct = String.format("id".equals(lang) ? Locale.forLanguageTag("id") : Locale.ROOT, "%.1f %%",
                    100 * share);
            return String.format(Locale.ROOT, "id".equals(lang) ? id : en, pct, partner);
        }
    }

    /** One template member with its evidence. */
    public record Member(String code, String label, double output, String partnerCode, String partnerLabel,
                         double linkage, Direction direction, double profileCorrelation, double internalShare) {
        /** Evidence in "id" or "en". */
        public String evidence(String lang) {
            return direction.sentence(lang, linkage, partnerCode + " " + partnerLabel);
        }
    }

    /** A template: id (T01 …, largest output first), names, family of the names table, members, linkage test. */
    public record Template(String id, ClusterNames.Name name, List<Member> members, double output,
                           Validation.ClusterLinkage linkage) {
    }

    /** Why a product is in no template. */
    public enum Reason {
        /** A trade, transport, finance, real-estate, business-service or government product. */
        SUPPORT_SERVICE,
        /** Strongly linked to at least the hub share of all products. */
        HUB,
        /** Left alone by the grouping (no link strong enough to join a template). */
        UNGROUPED
    }

    /** A product outside every template, with its number of strong links. */
    public record Excluded(String code, String label, Reason reason, int strongLinks) {
    }

    /**
     * Templates, supporting/ungrouped products and the overall scores on the grouped products.
     *
     * @param codes every product of the table; {@code membership} index into {@code templates} per product, −1 outside
     */
    public record Result(List<Template> templates, List<Excluded> excluded, double modularity,
                         double withinBetweenRatio, String[] codes, int[] membership, Options options) {
        /** The templates as a definition over every product of the table, scored on the grouped products' links. */
        public GivenMapping mapping() {
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (Template t : templates) {
                for (Member x : t.members()) {
                    m.put(x.code(), t.id());
                }
            }
            return GivenMapping.of(m);
        }
    }

    /**
     * Builds the templates of a national table.
     *
     * @param codes product codes; {@code labels} their labels; {@code sections} the PDRB section of each product
     *              (null entries or a null array: no section rule); {@code z} intermediate flows (row sells to
     *              column); {@code output} gross output per product (weights of names; null: equal)
     */
    public static Result build(String[] codes, String[] labels, String[] sections, double[][] z, double[] output,
                               Options options) {
        int n = Checks.square("Z (intermediate flows)", z);
        if (codes.length != n || labels.length != n || (sections != null && sections.length != n)
                || (output != null && output.length != n)) {
            throw new IllegalArgumentException("Z is " + n + " × " + n + " but " + codes.length + " codes, "
                    + labels.length + " labels" + (sections == null ? "" : ", " + sections.length + " sections")
                    + (output == null ? "" : ", " + output.length + " outputs") + " are given");
        }
        IoLinkage.Coefficients coef = IoLinkage.of(z);
        double[][] l = coef.linkage();
        int[] strong = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && l[i][j] >= options.strongLink()) {
                    strong[i]++;
                }
            }
        }
        List<Excluded> excluded = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String s = sections == null ? null : sections[i];
            boolean government = labels[i] != null && labels[i].toLowerCase(Locale.ROOT).contains("pemerintah");
            if ((s != null && options.supportSections().contains(s)) || government) {
                excluded.add(new Excluded(codes[i], labels[i], Reason.SUPPORT_SERVICE, strong[i]));
            } else if (strong[i] >= options.hubShare() * (n - 1)) {
                excluded.add(new Excluded(codes[i], labels[i], Reason.HUB, strong[i]));
            } else {
                kept.add(i);
            }
        }
        int m = kept.size();
        double[][] w = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                w[a][b] = a == b ? 0 : l[kept.get(a)][kept.get(b)];
            }
        }
        int[] found = Communities.detect(w, new Communities.Options(Communities.Algorithm.LEIDEN,
                options.resolution(), 10, options.seed()));
        // drop singletons, then order templates by output (largest first)
        int k = Arrays.stream(found).max().orElse(-1) + 1;
        int[] size = new int[k];
        double[] out = new double[k];
        for (int a = 0; a < m; a++) {
            size[found[a]]++;
            out[found[a]] += output == null ? 1 : output[kept.get(a)];
        }
        Integer[] order = java.util.stream.IntStream.range(0, k).filter(c -> size[c] >= 2).boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> -out[c]).thenComparingInt(c -> c))
                .toArray(Integer[]::new);
        int[] rank = new int[k];
        Arrays.fill(rank, -1);
        for (int t = 0; t < order.length; t++) {
            rank[order[t]] = t;
        }
        int[] sub = new int[m];
        for (int a = 0; a < m; a++) {
            sub[a] = rank[found[a]];
            if (sub[a] < 0) {
                int i = kept.get(a);
                excluded.add(new Excluded(codes[i], labels[i], Reason.UNGROUPED, strong[i]));
            }
        }
        Validation.Result v = Validation.of(w, sub);
        String[] subCodes = new String[m];
        String[] subLabels = new String[m];
        double[] subOut = output == null ? null : new double[m];
        for (int a = 0; a < m; a++) {
            subCodes[a] = codes[kept.get(a)];
            subLabels[a] = labels[kept.get(a)];
            if (subOut != null) {
                subOut[a] = output[kept.get(a)];
            }
        }
        ClusterNames.Name[] names = ClusterNames.name(subCodes, subLabels, subOut, sub);
        double[][] corr = profileCorrelation(coef);
        int[] membership = new int[n];
        Arrays.fill(membership, -1);
        List<Template> templates = new ArrayList<>();
        for (int t = 0; t < order.length; t++) {
            List<Integer> mem = new ArrayList<>();
            for (int a = 0; a < m; a++) {
                if (sub[a] == t) {
                    mem.add(a);
                }
            }
            List<Member> members = new ArrayList<>();
            for (int a : mem) {
                int i = kept.get(a);
                membership[i] = t;
                int best = -1;
                double inside = 0;
                double all = 0;
                for (int b = 0; b < m; b++) {
                    all += w[a][b];
                    if (sub[b] == t && b != a) {
                        inside += w[a][b];
                        if (best < 0 || w[a][b] > w[a][best]) {
                            best = b;
                        }
                    }
                }
                int j = kept.get(best);
                members.add(new Member(codes[i], labels[i], output == null ? Double.NaN : output[i], codes[j],
                        labels[j], l[i][j], direction(coef, i, j), corr[i][j], all > 0 ? inside / all : Double.NaN));
            }
            members.sort(Comparator.comparingDouble((Member x) -> Double.isNaN(x.output()) ? 0 : -x.output())
                    .thenComparing(Member::code));
            templates.add(new Template(String.format(Locale.ROOT, "T%02d", t + 1), names[t], List.copyOf(members),
                    out[order[t]], v.clusters().get(t)));
        }
        excluded.sort(Comparator.comparing(Excluded::code));
        return new Result(List.copyOf(templates), List.copyOf(excluded), v.modularity(), v.withinBetweenRatio(),
                codes.clone(), membership, options);
    }

    /** Which coefficient gives max(x_ij, x_ji, y_ij, y_ji) for member i and partner j (first in that order on ties). */
    static Direction direction(IoLinkage.Coefficients c, int i, int j) {
        double supplies = c.purchase()[i][j];
        double buysFrom = c.purchase()[j][i];
        double sellsTo = c.sales()[i][j];
        double buysOutput = c.sales()[j][i];
        double mx = Math.max(Math.max(supplies, buysFrom), Math.max(sellsTo, buysOutput));
        if (buysFrom == mx) {
            return Direction.BUYS_FROM;
        }
        if (sellsTo == mx) {
            return Direction.SELLS_TO;
        }
        if (supplies == mx) {
            return Direction.SUPPLIES;
        }
        return Direction.BUYS_OUTPUT_OF;
    }

    /**
     * Feser–Bergman profile correlation of every pair: the largest of the Pearson correlations r(x_·i, x_·j),
     * r(y_i·, y_j·), r(x_·i, y_j·) and r(y_i·, x_·j) over the n entries of the coefficient columns (purchase
     * profiles) and rows (sales profiles). A constant profile (a product without purchases or sales) correlates NaN,
     * which is ignored in the maximum; all four NaN gives NaN. Diagonal NaN.
     */
    public static double[][] profileCorrelation(IoLinkage.Coefficients c) {
        int n = c.purchase().length;
        double[][] buy = new double[n][];
        double[][] sell = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] col = new double[n];
            for (int k = 0; k < n; k++) {
                col[k] = c.purchase()[k][i];
            }
            buy[i] = standardise(col);
            sell[i] = standardise(c.sales()[i].clone());
        }
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            r[i][i] = Double.NaN;
            for (int j = i + 1; j < n; j++) {
                double v = max(dot(buy[i], buy[j]), dot(sell[i], sell[j]), dot(buy[i], sell[j]), dot(sell[i], buy[j]));
                r[i][j] = v;
                r[j][i] = v;
            }
        }
        return r;
    }

    private static double max(double... v) {
        double m = Double.NaN;
        for (double x : v) {
            if (!Double.isNaN(x) && (Double.isNaN(m) || x > m)) {
                m = x;
            }
        }
        return m;
    }

    /** Centres and scales to unit norm, so the dot product of two is their Pearson r; constant: null. */
    private static double[] standardise(double[] v) {
        double mean = 0;
        for (double x : v) {
            mean += x;
        }
        mean /= v.length;
        double ss = 0;
        for (int k = 0; k < v.length; k++) {
            v[k] -= mean;
            ss += v[k] * v[k];
        }
        if (!(ss > 0)) {
            return null;
        }
        double norm = Math.sqrt(ss);
        for (int k = 0; k < v.length; k++) {
            v[k] /= norm;
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
