package dev.klaster.core.cluster;

import dev.klaster.core.model.Classification;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Traded vs local industries (Porter 2003, "The economic performance of regions", Regional Studies 37(6–7),
 * 549–578, DOI 10.1080/0034340032000108688; Delgado, Porter &amp; Stern 2016, "Defining clusters of related
 * industries", J. Economic Geography 16(1), 1–38, DOI 10.1093/jeg/lbv017). Local industries serve the local market
 * and are found in every region roughly in proportion to its size (retail, restaurants, schools, clinics, public
 * administration); traded industries sell outside the region and concentrate where they have an advantage. Only
 * traded industries make a region's clusters, leading sectors and stars; local ones are shown apart.
 *
 * <p><b>Rule ({@link #classify}).</b> For each industry i, over the regions r where its cell is known (a missing cell
 * is left out, never read as 0):
 * <ol>
 *   <li><b>Local by default</b> ({@link #defaultLocal}): government, education, health and local (personal,
 *   household) services — KBLI sections O, P, Q, S, T, U (a combined PDRB code such as {@code R_S_T_U} when at least
 *   half of its sections are; KBLI 2–5-digit codes by their division: 84 → O, 85 → P, 86–88 → Q, 94–96 → S,
 *   97–98 → T, 99 → U); NAICS 6111 (elementary and secondary schools), 62 (health care and social assistance),
 *   81 (other services) and 92 (public administration). NAICS 6112–6117 (colleges, training) are not: the US Cluster
 *   Mapping counts them in the traded "Education and Knowledge Creation" cluster.</li>
 *   <li><b>Traded by default at section level</b> ({@link #defaultTraded}): the goods-producing KBLI sections A
 *   (agriculture, forestry, fishing), B (mining) and C (manufacturing) as letter codes. A section aggregates hundreds
 *   of industries, most of which sell beyond the region (Porter 2003 counts them traded or resource-dependent), and
 *   its Gini mixes them with the local parts (bakeries, concrete, printing): on the Jawa Timur regency PDRB of 2020
 *   section C has a locational Gini of 0.37, below the break of the other sections. At 2–5 digits the rule
 *   decides.</li>
 *   <li>Otherwise the <b>locational Gini</b> G_i ({@link #locationalGini}; Krugman 1991): area between the diagonal
 *   and the Lorenz curve of the industry's regional shares against the regions' total shares, regions ordered by
 *   LQ; 0 when the industry is spread like all activity, towards 1 when it sits in few regions.</li>
 *   <li>The cut G* is the <b>two-group natural break</b> of the G_i of the industries of step 2, weighted by their
 *   size ({@link #naturalBreak}: Otsu 1979 / Jenks with k = 2, the cut minimising the size-weighted within-group
 *   variance), so the cut adapts to the number and size of the regions (Gini levels depend on both); it is kept
 *   inside [{@code minCut}, {@code maxCut}] (defaults 0.30 and 0.55: the median G of the US Cluster Mapping's local
 *   and traded industries over 933 CBSAs in CBP 2019, 0.295 and 0.578, rounded; see docs/us-validation.md), so a
 *   set of industries that are all local (or all traded) is not split in two by force.</li>
 *   <li>Traded when G_i &gt; G*; an industry with a known cell in fewer than {@code minRegions} regions (default 3)
 *   has no meaningful Gini and is traded (present in one or two regions is the strongest concentration there is).</li>
 * </ol>
 * The share of regions with LQ &gt; 1 and the coverage (share of regions with a known cell) are reported with each
 * industry as evidence; they do not enter the rule. A user list ({@link Spec#given}) overrides the rule for the
 * industries it names; the others keep the rule's class. The size used is employment when the panel has it, else
 * value added (PDRB).
 */
public final class TradedLocal {
    private TradedLocal() {
    }

    /** The class of an industry. */
    public enum Kind {
        TRADED("diperdagangkan (traded)", "traded"),
        LOCAL("lokal", "local");

        private final String id;
        private final String en;

        Kind(String id, String en) {
            this.id = id;
            this.en = en;
        }

        public String label(String lang) {
            return "id".equals(lang) ? id : en;
        }

        /** Parses "traded" / "local" (also Indonesian "diperdagangkan" / "lokal"), case-insensitive; else null. */
        public static Kind parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "traded", "diperdagangkan", "t" -> TRADED;
                case "local", "lokal", "l" -> LOCAL;
                default -> null;
            };
        }
    }

    /** Why an industry got its class. */
    public enum Basis {
        /** the user's list */
        GIVEN("daftar pengguna", "user's list"),
        /** government, education, health, local services */
        DEFAULT_LOCAL("lokal menurut definisi (pemerintahan, pendidikan, kesehatan, jasa lokal)",
                "local by definition (government, education, health, local services)"),
        /** goods-producing KBLI section */
        DEFAULT_TRADED("diperdagangkan menurut definisi (seksi penghasil barang: pertanian, pertambangan, industri "
                + "pengolahan)", "traded by definition (goods-producing section: agriculture, mining, manufacturing)"),
        /** G above the cut */
        CONCENTRATED("terkonsentrasi: Gini lokasional > batas", "concentrated: locational Gini > cut"),
        /** G at or below the cut */
        DISPERSED("tersebar seperti seluruh kegiatan: Gini lokasional ≤ batas",
                "spread like all activity: locational Gini ≤ cut"),
        /** known in fewer than minRegions regions */
        FEW_REGIONS("ada di sangat sedikit wilayah", "present in very few regions");

        private final String id;
        private final String en;

        Basis(String id, String en) {
            this.id = id;
            this.en = en;
        }

        public String label(String lang) {
            return "id".equals(lang) ? id : en;
        }
    }

    /** Bounds of the cut and the fewest regions a Gini needs. */
    public record Options(double minCut, double maxCut, int minRegions) {
        public Options {
            if (!(minCut >= 0 && minCut <= maxCut && maxCut <= 1)) {
                throw new IllegalArgumentException("Gini cut bounds must satisfy 0 ≤ min ≤ max ≤ 1, got " + minCut
                        + ", " + maxCut);
            }
            if (minRegions < 2) {
                throw new IllegalArgumentException("minRegions must be ≥ 2, got " + minRegions);
            }
        }

        /** Cut in [0.30, 0.55], at least 3 regions (see the class doc). */
        public static Options defaults() {
            return new Options(0.30, 0.55, 3);
        }
    }

    /**
     * What to classify with: the rule's options and a user list (industry code → class; may be empty).
     */
    public record Spec(Options options, Map<String, Kind> given, String source) {
        public Spec {
            given = Collections.unmodifiableMap(new LinkedHashMap<>(given));
        }

        public static Spec auto() {
            return new Spec(Options.defaults(), Map.of(), "auto");
        }

        public static Spec given(Map<String, Kind> list, String source) {
            return new Spec(Options.defaults(), list, source);
        }
    }

    /**
     * The classification, aligned with {@code codes}.
     *
     * @param cut the Gini cut G* used (NaN when no industry needed it)
     * @param unknownCodes codes of the user's list that are not in the data (ignored)
     */
    public record Result(String[] codes, Kind[] kind, Basis[] basis, double[] gini, double[] coverage,
                         double[] lqAbove1, double[] size, double cut, String source, List<String> unknownCodes) {
        public boolean traded(int i) {
            return kind[i] == Kind.TRADED;
        }

        /** true per industry that is traded. */
        public boolean[] tradedMask() {
            boolean[] m = new boolean[codes.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = traded(i);
            }
            return m;
        }

        /** Codes of the local industries, in data order. */
        public List<String> localCodes() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                if (!traded(i)) {
                    out.add(codes[i]);
                }
            }
            return out;
        }

        /** Share of the size measure (known cells) in traded industries. */
        public double tradedShare() {
            double t = 0;
            double all = 0;
            for (int i = 0; i < codes.length; i++) {
                if (!Double.isNaN(size[i])) {
                    all += size[i];
                    t += traded(i) ? size[i] : 0;
                }
            }
            return all > 0 ? t / all : Double.NaN;
        }

        /** One row per industry: code, class, basis, Gini, cut, coverage, share of regions with LQ &gt; 1, size. */
        public Table table(String lang) {
            Table.Builder b = Table.builder("traded_local").text("industry").text("class").text("basis")
                    .number("locational_gini").number("gini_cut").number("coverage_share").number("lq_above_1_share")
                    .number("size");
            for (int i = 0; i < codes.length; i++) {
                b.row(codes[i], kind[i].label(lang), basis[i].label(lang), gini[i], cut, coverage[i], lqAbove1[i],
                        size[i]);
            }
            b.note(("id".equals(lang) ? "Sektor diperdagangkan/lokal: " : "Traded/local industries: ") + source
                    + ("id".equals(lang) ? "; aturan: Gini lokasional > batas (pemecahan alami dua kelompok, "
                    + "dibatasi 0,30–0,55); pemerintahan, pendidikan, kesehatan dan jasa lokal lokal menurut definisi"
                    : "; rule: locational Gini > cut (two-group natural break, kept within 0.30–0.55); government,"
                    + " education, health and local services local by definition"));
            return b.build();
        }
    }

    /** Classifies the industries of a panel from the last year of employment (else value added). */
    public static Result classify(Panel panel, Spec spec) {
        Measure m = panel.has(Measure.EMPLOYMENT) ? Measure.EMPLOYMENT : Measure.VALUE_ADDED;
        double[][] values = panel.sliceAt(m, panel.yearCount() - 1).toMatrix();
        List<Industry> inds = panel.industries().list();
        return classify(panel.industries().codes(), inds.stream().map(Industry::classification)
                .toArray(Classification[]::new), values, null, spec);
    }

    /**
     * Classifies industries from a region × industry matrix.
     *
     * @param codes          industry codes (length n)
     * @param classification classification of each code (for the default-local list)
     * @param values         {@code [region][industry]} size (employment or value added), NaN = missing
     * @param regionTotals   total of each region over all activity (e.g. CBP's published all-sector total), or null
     *                       for the sum of the region's known cells
     */
    public static Result classify(String[] codes, Classification[] classification, double[][] values,
                                  double[] regionTotals, Spec spec) {
        int n = codes.length;
        if (classification.length != n) {
            throw new IllegalArgumentException(n + " codes but " + classification.length + " classifications");
        }
        int nR = values.length;
        double[] totals = regionTotals != null ? regionTotals.clone() : new double[nR];
        if (regionTotals == null) {
            for (int r = 0; r < nR; r++) {
                for (double v : values[r]) {
                    totals[r] += Double.isNaN(v) ? 0 : v;
                }
            }
        } else if (regionTotals.length != nR) {
            throw new IllegalArgumentException(nR + " regions but " + regionTotals.length + " region totals");
        }
        Options o = spec.options();
        double[] gini = new double[n];
        double[] coverage = new double[n];
        double[] lq1 = new double[n];
        double[] size = new double[n];
        int[] known = new int[n];
        double[] col = new double[nR];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < nR; r++) {
                if (values[r].length != n) {
                    throw new IllegalArgumentException("row " + r + " has " + values[r].length + " industries, expected "
                            + n);
                }
                col[r] = values[r][i];
            }
            Concentration c = concentration(col, totals);
            gini[i] = c.gini;
            coverage[i] = nR == 0 ? Double.NaN : (double) c.known / nR;
            lq1[i] = c.lqAbove1;
            size[i] = c.size;
            known[i] = c.known;
        }
        Kind[] kind = new Kind[n];
        Basis[] basis = new Basis[n];
        List<Integer> rule = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Kind g = spec.given().get(codes[i]);
            if (g != null) {
                kind[i] = g;
                basis[i] = Basis.GIVEN;
            } else if (defaultLocal(codes[i], classification[i])) {
                kind[i] = Kind.LOCAL;
                basis[i] = Basis.DEFAULT_LOCAL;
            } else if (defaultTraded(codes[i], classification[i])) {
                kind[i] = Kind.TRADED;
                basis[i] = Basis.DEFAULT_TRADED;
            } else if (known[i] < o.minRegions() || Double.isNaN(gini[i])) {
                kind[i] = Kind.TRADED;
                basis[i] = Basis.FEW_REGIONS;
            } else {
                rule.add(i);
            }
        }
        double cut = Double.NaN;
        if (!rule.isEmpty()) {
            double[] g = new double[rule.size()];
            double[] w = new double[rule.size()];
            for (int k = 0; k < g.length; k++) {
                g[k] = gini[rule.get(k)];
                w[k] = Math.max(0, size[rule.get(k)]);
            }
            cut = Math.max(o.minCut(), Math.min(o.maxCut(), naturalBreak(g, w)));
            for (int i : rule) {
                boolean t = gini[i] > cut;
                kind[i] = t ? Kind.TRADED : Kind.LOCAL;
                basis[i] = t ? Basis.CONCENTRATED : Basis.DISPERSED;
            }
        }
        Set<String> present = Set.of(codes);
        List<String> unknown = spec.given().keySet().stream().filter(c -> !present.contains(c)).toList();
        return new Result(codes.clone(), kind, basis, gini, coverage, lq1, size, cut, spec.source(), unknown);
    }

    private record Concentration(double gini, int known, double lqAbove1, double size) {
    }

    private static Concentration concentration(double[] industryByRegion, double[] totals) {
        int k = 0;
        double size = 0;
        double tot = 0;
        for (int r = 0; r < industryByRegion.length; r++) {
            double v = industryByRegion[r];
            if (!Double.isNaN(v) && totals[r] > 0) {
                k++;
                size += v;
                tot += totals[r];
            }
        }
        if (k == 0) {
            return new Concentration(Double.NaN, 0, Double.NaN, Double.NaN);
        }
        int above = 0;
        for (int r = 0; r < industryByRegion.length; r++) {
            double v = industryByRegion[r];
            if (!Double.isNaN(v) && totals[r] > 0 && size > 0 && (v / size) / (totals[r] / tot) > 1) {
                above++;
            }
        }
        return new Concentration(locationalGini(industryByRegion, totals), k, (double) above / k, size);
    }

    /**
     * Krugman's locational Gini over the regions where the industry's cell is known (NaN left out, with its region's
     * total): {@code G = 1 − Σ_k (X_k − X_{k−1})(Y_k + Y_{k−1})}, regions ordered by LQ ascending, X cumulative
     * shares of the regions' totals and Y of the industry. Same value as
     * {@link dev.klaster.core.specialization.Gini#locational} when no cell is missing. NaN when the industry or the
     * known regions' total is 0, or no cell is known.
     */
    public static double locationalGini(double[] industryByRegion, double[] regionTotals) {
        if (industryByRegion.length != regionTotals.length) {
            throw new IllegalArgumentException(industryByRegion.length + " industry values but " + regionTotals.length
                    + " region totals");
        }
        int n = industryByRegion.length;
        double sy = 0;
        double sx = 0;
        int k = 0;
        double[] y = new double[n];
        double[] x = new double[n];
        for (int r = 0; r < n; r++) {
            double v = industryByRegion[r];
            double t = regionTotals[r];
            if (!Double.isNaN(v) && !Double.isNaN(t) && t > 0) {
                if (v < 0) {
                    throw new IllegalArgumentException("negative value " + v + " in region " + r);
                }
                y[k] = v;
                x[k] = t;
                sy += v;
                sx += t;
                k++;
            }
        }
        if (k == 0 || sy <= 0 || sx <= 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[k];
        double[] ratio = new double[k];
        for (int j = 0; j < k; j++) {
            order[j] = j;
            ratio[j] = y[j] / x[j];
        }
        Arrays.sort(order, (a, b) -> Double.compare(ratio[a], ratio[b]));
        double cx = 0;
        double cy = 0;
        double area = 0;
        for (int j : order) {
            double nx = cx + x[j] / sx;
            double ny = cy + y[j] / sy;
            area += (nx - cx) * (ny + cy);
            cx = nx;
            cy = ny;
        }
        return 1 - area;
    }

    /**
     * Two-group natural break (Otsu 1979, "A threshold selection method from gray-level histograms", IEEE Trans. SMC
     * 9(1), DOI 10.1109/TSMC.1979.4310076; Jenks natural breaks with two classes): sorts the values, tries every split
     * between consecutive distinct values and returns the midpoint of the split with the smallest weighted
     * within-group sum of squares {@code Σ_g Σ_{i∈g} w_i (v_i − v̄_g)²}. NaN values and non-positive weights are
     * left out; fewer than two distinct values give NaN.
     */
    public static double naturalBreak(double[] values, double[] weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException(values.length + " values but " + weights.length + " weights");
        }
        int m = 0;
        Integer[] idx = new Integer[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i]) && weights[i] > 0) {
                idx[m++] = i;
            }
        }
        Integer[] o = Arrays.copyOf(idx, m);
        Arrays.sort(o, (a, b) -> Double.compare(values[a], values[b]));
        // prefix sums of w, w·v, w·v²
        double[] pw = new double[m + 1];
        double[] pv = new double[m + 1];
        double[] pvv = new double[m + 1];
        for (int k = 0; k < m; k++) {
            double v = values[o[k]];
            double w = weights[o[k]];
            pw[k + 1] = pw[k] + w;
            pv[k + 1] = pv[k] + w * v;
            pvv[k + 1] = pvv[k] + w * v * v;
        }
        double best = Double.POSITIVE_INFINITY;
        double cut = Double.NaN;
        for (int k = 1; k < m; k++) {
            double lo = values[o[k - 1]];
            double hi = values[o[k]];
            if (hi == lo) {
                continue;
            }
            double w0 = pw[k];
            double w1 = pw[m] - pw[k];
            double s0 = pvv[k] - pv[k] * pv[k] / w0;
            double s1 = (pvv[m] - pvv[k]) - (pv[m] - pv[k]) * (pv[m] - pv[k]) / w1;
            if (s0 + s1 < best) {
                best = s0 + s1;
                cut = (lo + hi) / 2;
            }
        }
        return cut;
    }

    /** KBLI sections traded by default (as letter codes only): A, B, C. */
    static final Set<Character> KBLI_TRADED = Set.of('A', 'B', 'C');

    /**
     * Whether a KBLI section code (letters, possibly combined like {@code A_B}) is a goods-producing section A, B or
     * C, traded by definition at section level (see the class doc); digit codes and other classifications: never.
     */
    public static boolean defaultTraded(String code, Classification classification) {
        if (classification != Classification.KBLI) {
            return false;
        }
        String[] parts = code.trim().toUpperCase(Locale.ROOT).split("[_+,/\\- ]+");
        for (String p : parts) {
            if (p.length() != 1 || !KBLI_TRADED.contains(p.charAt(0))) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /** KBLI sections local by default: O, P, Q, S, T, U. */
    static final Set<Character> KBLI_LOCAL = Set.of('O', 'P', 'Q', 'S', 'T', 'U');

    /**
     * Whether an industry is local by definition (government, education, health, local services; see the class
     * doc). KBLI codes: a section letter, a combined code of letters ({@code M_N}, {@code R_S_T_U}, {@code R+S}), or
     * 2–5 digits. NAICS: 2–6 digits. Other classifications: never (the data decide).
     */
    public static boolean defaultLocal(String code, Classification classification) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.isEmpty()) {
            return false;
        }
        boolean digits = c.chars().allMatch(Character::isDigit);
        if (classification == Classification.NAICS) {
            return digits && naicsLocal(c);
        }
        if (classification != Classification.KBLI) {
            return false;
        }
        if (digits) {
            if (c.length() < 2) {
                return false;
            }
            int div = Integer.parseInt(c.substring(0, 2));
            return div == 84 || div == 85 || (div >= 86 && div <= 88) || (div >= 94 && div <= 99);
        }
        String[] parts = c.split("[_+,/\\- ]+");
        int local = 0;
        int all = 0;
        for (String p : parts) {
            if (p.length() == 1 && Character.isLetter(p.charAt(0))) {
                all++;
                local += KBLI_LOCAL.contains(p.charAt(0)) ? 1 : 0;
            }
        }
        return all > 0 && all == parts.length && 2 * local >= all;
    }

    private static boolean naicsLocal(String c) {
        if (c.length() < 2) {
            return false;
        }
        String two = c.substring(0, 2);
        if (two.equals("62") || two.equals("81") || two.equals("92")) {
            return true;
        }
        return c.length() >= 4 && c.startsWith("6111");
    }
}
