package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Member roles of one regional cluster, from the region's LQs and the IO flows Z (sales of row to column).
 *
 * <p>Rules (thresholds in {@link Options}; the rule is ours, after the member types of Porter 1998 and the seeds:
 * core, supplier, supporting, related):
 * <ol>
 *   <li><b>core</b>: a cluster member with LQ ≥ {@code coreLq} (default 1) and IO centrality ≥ the median centrality
 *   of the cluster's members, centrality being the sum of its Feser–Bergman linkage ({@link IoLinkage}) to the other
 *   members. No member qualifies → no core, every role below is empty and a note says so.</li>
 *   <li><b>supporting</b>: any non-core industry whose code is in {@code supportingCodes} (default H logistics,
 *   K finance, M_N business services, P education, and "72" / "M72" scientific R&amp;D), with its links as evidence.</li>
 *   <li><b>supplier</b>: supplyShare = Σ_{c∈core} Z[i][c] / Σ_k Σ_{c∈core} Z[k][c] ≥ {@code linkShare} (default
 *   0.10): it provides at least 10 % of the core's intermediate inputs.</li>
 *   <li><b>buyer</b>: buyShare = Σ_{c∈core} Z[c][j] / Σ_k Σ_{c∈core} Z[c][k] ≥ {@code linkShare}: it takes at
 *   least 10 % of the core's intermediate sales.</li>
 *   <li><b>related</b>: inputSimilarity = cosine(Z[·][j], Σ_{c∈core} Z[·][c]) ≥ {@code inputSimilarity}
 *   (default 0.9): it shares the core's input structure.</li>
 *   <li><b>member</b>: in the cluster but none of the above.</li>
 * </ol>
 * The first rule that holds wins; industries outside the cluster that match no rule are left out.
 */
public final class Roles {
    private Roles() {
    }

    /** Role of an industry in a regional cluster. */
    public enum Role { CORE, SUPPORTING, SUPPLIER, BUYER, RELATED, MEMBER }

    /** Thresholds; see the class comment. */
    public record Options(double coreLq, double linkShare, double inputSimilarity, Set<String> supportingCodes) {
        public Options {
            supportingCodes = Set.copyOf(supportingCodes);
            if (!(linkShare > 0 && linkShare <= 1)) {
                throw new IllegalArgumentException("link share threshold must be in (0, 1], got " + linkShare);
            }
        }

        public static Options defaults() {
            return new Options(1.0, 0.10, 0.9, Set.of("H", "K", "M_N", "M", "N", "P", "72", "M72"));
        }
    }

    /** One industry's role with the evidence that put it there. */
    public record Member(int industry, String code, Role role, boolean inCluster, double lq, double centrality,
                         double supplyShare, double buyShare, double inputSimilarity) {
    }

    /**
     * @param codes industry codes
     * @param z intermediate flows n × n
     * @param lq the region's LQ per industry (NaN allowed: such an industry cannot be core)
     * @param membership cluster per industry
     * @param cluster the cluster to analyse
     */
    public static List<Member> classify(String[] codes, double[][] z, double[] lq, int[] membership, int cluster,
                                        Options options) {
        return classify(codes, prepare(z), lq, membership, cluster, options);
    }

    /**
     * Z with what does not depend on the region, computed once: the Feser–Bergman linkage, squared column norms,
     * and a cache of link evidence per core set (the core set repeats across regions). Not thread-safe.
     */
    public static final class Prepared {
        private final double[][] z;
        private final double[][] link;
        private final double[] columnNorm2;
        private final java.util.Map<String, double[][]> cache = new java.util.HashMap<>();

        private Prepared(double[][] z, double[][] link) {
            this.z = z;
            this.link = link;
            int n = z.length;
            columnNorm2 = new double[n];
            for (double[] row : z) {
                for (int i = 0; i < n; i++) {
                    columnNorm2[i] += row[i] * row[i];
                }
            }
        }

        /** supply share, buy share and input similarity per industry for a core set. */
        double[][] evidence(int[] coreList) {
            return cache.computeIfAbsent(java.util.Arrays.toString(coreList), k -> compute(coreList));
        }

        private double[][] compute(int[] coreList) {
            int n = z.length;
            double[] inputs = new double[n]; // Σ_{c∈core} Z[i][c]: i's sales to the core = the core's inputs from i
            double[] buys = new double[n];   // Σ_{c∈core} Z[c][i]
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int c : coreList) {
                    s += z[i][c];
                }
                inputs[i] = s;
            }
            for (int c : coreList) {
                double[] row = z[c];
                for (int i = 0; i < n; i++) {
                    buys[i] += row[i];
                }
            }
            double purchases = 0;
            double sales = 0;
            double coreNorm2 = 0;
            for (int i = 0; i < n; i++) {
                purchases += inputs[i];
                sales += buys[i];
                coreNorm2 += inputs[i] * inputs[i];
            }
            double[] dot = new double[n];
            for (int c = 0; c < n; c++) {
                double w = inputs[c];
                if (w != 0) {
                    double[] row = z[c];
                    for (int i = 0; i < n; i++) {
                        dot[i] += row[i] * w;
                    }
                }
            }
            double[] supply = new double[n];
            double[] buy = new double[n];
            double[] sim = new double[n];
            for (int i = 0; i < n; i++) {
                supply[i] = purchases > 0 ? inputs[i] / purchases : Double.NaN;
                buy[i] = sales > 0 ? buys[i] / sales : Double.NaN;
                sim[i] = columnNorm2[i] > 0 && coreNorm2 > 0 ? dot[i] / Math.sqrt(columnNorm2[i] * coreNorm2)
                        : Double.NaN;
            }
            return new double[][] {supply, buy, sim};
        }
    }

    /** Validates Z and prepares it for many {@link #classify(String[], Prepared, double[], int[], int, Options)} calls. */
    public static Prepared prepare(double[][] z) {
        Checks.square("Z (intermediate flows)", z);
        Checks.nonNegative("Z (intermediate flows)", z);
        return new Prepared(z, IoLinkage.linkage(z));
    }

    /** As {@link #classify(String[], double[][], double[], int[], int, Options)} on a prepared Z. */
    public static List<Member> classify(String[] codes, Prepared prepared, double[] lq, int[] membership,
                                        int cluster, Options options) {
        double[][] link = prepared.link;
        int n = link.length;
        Checks.length("LQ vector", lq, n);
        Checks.membership(membership, n);
        if (codes.length != n) {
            throw new IllegalArgumentException(codes.length + " codes for a " + n + " × " + n + " Z");
        }
        double[] centrality = new double[n];
        List<Double> memberCentrality = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (membership[i] == cluster) {
                for (int j = 0; j < n; j++) {
                    if (membership[j] == cluster) {
                        centrality[i] += link[i][j];
                    }
                }
                memberCentrality.add(centrality[i]);
            }
        }
        double median = Percentile.of(memberCentrality.stream().mapToDouble(Double::doubleValue).toArray(), 0.5);
        boolean[] core = new boolean[n];
        List<Integer> coreIdx = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            core[i] = membership[i] == cluster && lq[i] >= options.coreLq() && centrality[i] >= median;
            if (core[i]) {
                coreIdx.add(i);
            }
        }
        boolean anyCore = !coreIdx.isEmpty();
        double[][] ev = anyCore ? prepared.evidence(coreIdx.stream().mapToInt(Integer::intValue).toArray()) : null;
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean in = membership[i] == cluster;
            double supply = anyCore ? ev[0][i] : Double.NaN;
            double buy = anyCore ? ev[1][i] : Double.NaN;
            double sim = anyCore ? ev[2][i] : Double.NaN;
            Role role;
            if (core[i]) {
                role = Role.CORE;
            } else if (!anyCore) {
                role = in ? Role.MEMBER : null;
            } else if (options.supportingCodes().contains(codes[i])) {
                role = Role.SUPPORTING;
            } else if (supply >= options.linkShare()) {
                role = Role.SUPPLIER;
            } else if (buy >= options.linkShare()) {
                role = Role.BUYER;
            } else if (sim >= options.inputSimilarity()) {
                role = Role.RELATED;
            } else {
                role = in ? Role.MEMBER : null;
            }
            if (role != null) {
                out.add(new Member(i, codes[i], role, in, lq[i], in ? centrality[i] : Double.NaN, supply, buy, sim));
            }
        }
        return out;
    }
}
