package dev.klaster.core.cluster;

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
        Checks.square(z, "Z (intermediate flows)");
        Checks.nonNegative(z, "Z (intermediate flows)");
        return classify(codes, z, IoLinkage.linkage(z), lq, membership, cluster, options);
    }

    /**
     * As {@link #classify(String[], double[][], double[], int[], int, Options)} with the Feser–Bergman linkage of Z
     * computed once by the caller (the chain classifies many regional clusters on the same Z).
     */
    public static List<Member> classify(String[] codes, double[][] z, double[][] link, double[] lq, int[] membership,
                                        int cluster, Options options) {
        int n = z.length;
        if (link.length != n) {
            throw new IllegalArgumentException("linkage is " + link.length + " × " + link.length + " but Z is " + n
                    + " × " + n);
        }
        Checks.length(lq, n, "LQ vector");
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
        boolean anyCore = false;
        for (int i = 0; i < n; i++) {
            core[i] = membership[i] == cluster && lq[i] >= options.coreLq() && centrality[i] >= median;
            anyCore |= core[i];
        }
        double corePurchases = 0;
        double coreSales = 0;
        double[] coreInputs = new double[n];
        for (int c = 0; c < n; c++) {
            if (!core[c]) {
                continue;
            }
            for (int k = 0; k < n; k++) {
                corePurchases += z[k][c];
                coreSales += z[c][k];
                coreInputs[k] += z[k][c];
            }
        }
        double coreNorm = 0;
        for (double v : coreInputs) {
            coreNorm += v * v;
        }
        List<Member> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean in = membership[i] == cluster;
            double supply = Double.NaN;
            double buy = Double.NaN;
            double sim = Double.NaN;
            if (anyCore) {
                double s = 0;
                double b = 0;
                double dot = 0;
                double norm = 0;
                for (int c = 0; c < n; c++) {
                    if (core[c]) {
                        s += z[i][c];
                        b += z[c][i];
                    }
                    dot += z[c][i] * coreInputs[c];
                    norm += z[c][i] * z[c][i];
                }
                supply = corePurchases > 0 ? s / corePurchases : Double.NaN;
                buy = coreSales > 0 ? b / coreSales : Double.NaN;
                sim = norm > 0 && coreNorm > 0 ? dot / Math.sqrt(norm * coreNorm) : Double.NaN;
            }
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
