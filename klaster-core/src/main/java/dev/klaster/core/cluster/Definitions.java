package dev.klaster.core.cluster;

import java.util.List;

/**
 * The four ways to define clusters, each returning a validated {@link ClusterDefinition}.
 *
 * <ul>
 *   <li>{@link #given}: the user's mapping, scored on a relatedness matrix when one is available;</li>
 *   <li>{@link #fromIo}: Feser–Bergman linkage ({@link IoLinkage}) grouped by {@link Communities};</li>
 *   <li>{@link #fromCoLocation}: LQ correlation ({@link CoLocation}) or a coagglomeration matrix, grouped;</li>
 *   <li>{@link #combined}: {@link Relatedness#combine} of both, grouped.</li>
 * </ul>
 */
public final class Definitions {
    private Definitions() {
    }

    /** Clusters of an IO table's intermediate flows Z (n × n, sales of row to column). */
    public static ClusterDefinition fromIo(String[] codes, double[][] z, Communities.Options options) {
        double[][] l = IoLinkage.linkage(z);
        return grouped("io", codes, l, options);
    }

    /** Clusters of the co-location of LQs ({@code lq[region][industry]}) across regions. */
    public static ClusterDefinition fromCoLocation(String[] codes, double[][] lq, Communities.Options options) {
        return grouped("colocation", codes, CoLocation.relatedness(lq), options);
    }

    /** Clusters of a user-given Ellison–Glaeser coagglomeration matrix. */
    public static ClusterDefinition fromCoagglomeration(String[] codes, double[][] gamma, Communities.Options options) {
        return grouped("coagglomeration", codes, CoLocation.fromCoagglomeration(gamma), options);
    }

    /** Clusters of {@code w · IO linkage + (1 − w) · co-location}, both scaled to [0, 1]. */
    public static ClusterDefinition combined(String[] codes, double[][] z, double[][] lq, double ioWeight,
                                             Communities.Options options) {
        double[][] r = Relatedness.combine(IoLinkage.linkage(z), CoLocation.relatedness(lq), ioWeight);
        return grouped("combined", codes, r, options);
    }

    /** A given mapping scored on {@code relatedness} (e.g. IO linkage) so it can be compared with found ones. */
    public static ClusterDefinition given(GivenMapping mapping, String[] codes, double[][] relatedness) {
        int[] membership = mapping.membership(codes);
        // clusters of the mapping without any industry of the data are left out (a US crosswalk on a few NAICS
        // codes would otherwise give dozens of empty clusters)
        String[] all = mapping.clusterNames();
        int[] renumber = new int[all.length];
        java.util.Arrays.fill(renumber, -1);
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < membership.length; i++) {
            int c = membership[i];
            if (c >= 0 && renumber[c] < 0) {
                renumber[c] = 0;
            }
        }
        for (int c = 0; c < all.length; c++) {
            if (renumber[c] == 0) {
                renumber[c] = names.size();
                names.add(all[c]);
            }
        }
        for (int i = 0; i < membership.length; i++) {
            membership[i] = membership[i] < 0 ? -1 : renumber[membership[i]];
        }
        return ClusterDefinition.of("given", codes, membership, names.toArray(String[]::new), relatedness);
    }

    /** Groups any symmetric non-negative relatedness matrix. */
    public static ClusterDefinition grouped(String method, String[] codes, double[][] relatedness,
                                            Communities.Options options) {
        if (codes.length != relatedness.length) {
            throw new IllegalArgumentException(codes.length + " industry codes but the relatedness matrix is "
                    + relatedness.length + " × " + relatedness.length);
        }
        int[] membership = Communities.detect(relatedness, options);
        return ClusterDefinition.of(method, codes, membership, ClusterDefinition.defaultNames(codes, membership),
                relatedness);
    }

    /**
     * Groups only the industries with {@code include[i]} (e.g. the traded ones, {@link TradedLocal}): communities are
     * found on the sub-matrix of those industries, the others get membership −1 (in no cluster); the definition is
     * scored on the full matrix. {@code include == null} is {@link #grouped}.
     */
    public static ClusterDefinition groupedTraded(String method, String[] codes, double[][] relatedness,
                                                  Communities.Options options, boolean[] include) {
        if (include == null) {
            return grouped(method, codes, relatedness, options);
        }
        if (include.length != codes.length) {
            throw new IllegalArgumentException(codes.length + " industry codes but " + include.length + " flags");
        }
        int[] idx = java.util.stream.IntStream.range(0, codes.length).filter(i -> include[i]).toArray();
        int[] membership = new int[codes.length];
        java.util.Arrays.fill(membership, -1);
        if (idx.length > 0) {
            double[][] sub = new double[idx.length][idx.length];
            for (int a = 0; a < idx.length; a++) {
                for (int b = 0; b < idx.length; b++) {
                    sub[a][b] = relatedness[idx[a]][idx[b]];
                }
            }
            int[] m = Communities.detect(sub, options);
            for (int a = 0; a < idx.length; a++) {
                membership[idx[a]] = m[a];
            }
        }
        return ClusterDefinition.of(method, codes, membership, ClusterDefinition.defaultNames(codes, membership),
                relatedness);
    }
}
