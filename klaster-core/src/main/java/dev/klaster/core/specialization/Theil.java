package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;

/**
 * Theil's entropy indices of inequality (Theil 1967, "Economics and Information Theory", North-Holland) of levels
 * {@code x_r} (e.g. GRDP per capita) with weights {@code p_r} (e.g. population; null = equal weights). With income
 * shares {@code y_r = x_r p_r / Σ x p} and weight shares {@code π_r = p_r / Σ p}:
 * <pre>
 *   T (GE(1), Theil's first)  = Σ y_r · ln(y_r / π_r)     range [0, ln n]; 0 ln 0 = 0
 *   L (GE(0), mean log dev.)  = Σ π_r · ln(π_r / y_r)     range [0, ∞); NaN when some x_r = 0
 * </pre>
 * With equal weights, {@code L = mean(ln(μ/x))}, which is REAT's {@code theil} (Störmann 2009 example
 * 10,10,10,20,50 → 0.2326302). Both are additively decomposable over groups (Shorrocks 1980, Econometrica
 * 48(3):613–625, DOI 10.2307/1913126): between = the index of the group aggregates, within = Σ_g Y_g·T_g for T
 * and Σ_g P_g·L_g for L (e.g. Eastern vs Western Indonesia, Akita 2003).
 */
public final class Theil {
    private Theil() {
    }

    /** Which member of the generalised-entropy family. */
    public enum Kind {
        /** Theil's T, GE(1). */
        T,
        /** Theil's L (mean log deviation), GE(0). */
        L
    }

    /** Theil index of levels with optional weights (null = equal). */
    public static double index(Kind kind, double[] x, double[] weights) {
        double[] w = weights(x, weights);
        return raw(kind, x, w, allIndices(x.length));
    }

    /** Theil T with equal weights. */
    public static double t(double[] x) {
        return index(Kind.T, x, null);
    }

    /** Theil L (mean log deviation) with equal weights; REAT's {@code theil}. */
    public static double l(double[] x) {
        return index(Kind.L, x, null);
    }

    /**
     * Between/within decomposition.
     *
     * @param group group number {@code 0..G−1} of each unit; every group must have a member
     */
    public static TheilDecomposition decompose(Kind kind, double[] x, double[] weights, int[] group) {
        double[] w = weights(x, weights);
        if (group.length != x.length) {
            throw new IllegalArgumentException("group has " + group.length + " entries, x has " + x.length);
        }
        int nG = 0;
        for (int k = 0; k < group.length; k++) {
            if (group[k] < 0) {
                throw new IllegalArgumentException("group[" + k + "] = " + group[k] + " is negative");
            }
            nG = Math.max(nG, group[k] + 1);
        }
        int[] count = new int[nG];
        double[] gx = new double[nG];
        double[] gw = new double[nG];
        double totalIncome = 0;
        double totalWeight = 0;
        for (int k = 0; k < x.length; k++) {
            count[group[k]]++;
            gx[group[k]] += x[k] * w[k];
            gw[group[k]] += w[k];
            totalIncome += x[k] * w[k];
            totalWeight += w[k];
        }
        for (int g = 0; g < nG; g++) {
            if (count[g] == 0) {
                throw new IllegalArgumentException("group " + g + " has no member (groups must be numbered 0.."
                        + (nG - 1) + " without gaps)");
            }
        }
        double[] gLevel = new double[nG];
        for (int g = 0; g < nG; g++) {
            gLevel[g] = Checks.ratio(gx[g], gw[g]);
        }
        double between = raw(kind, gLevel, gw, allIndices(nG));
        double[] gIndex = new double[nG];
        double[] gWeight = new double[nG];
        double within = 0;
        for (int g = 0; g < nG; g++) {
            int[] members = new int[count[g]];
            int m = 0;
            for (int k = 0; k < x.length; k++) {
                if (group[k] == g) {
                    members[m++] = k;
                }
            }
            gIndex[g] = raw(kind, x, w, members);
            gWeight[g] = kind == Kind.T ? gx[g] / totalIncome : gw[g] / totalWeight;
            within += gWeight[g] * gIndex[g];
        }
        double total = raw(kind, x, w, allIndices(x.length));
        return new TheilDecomposition(kind, total, between, within, gIndex, gWeight);
    }

    private static double[] weights(double[] x, double[] weights) {
        Checks.nonEmpty("x", x);
        Checks.nonNegative("x", x);
        if (weights == null) {
            double[] w = new double[x.length];
            java.util.Arrays.fill(w, 1);
            return w;
        }
        Checks.sameLength("x, weights", x, weights);
        Checks.nonNegative("weights", weights);
        return weights;
    }

    private static int[] allIndices(int n) {
        int[] a = new int[n];
        for (int k = 0; k < n; k++) {
            a[k] = k;
        }
        return a;
    }

    private static double raw(Kind kind, double[] x, double[] w, int[] members) {
        double inc = 0;
        double wt = 0;
        for (int k : members) {
            if (Double.isNaN(x[k]) || Double.isNaN(w[k])) {
                return Double.NaN;
            }
            inc += x[k] * w[k];
            wt += w[k];
        }
        if (inc == 0 || wt == 0) {
            return Double.NaN;
        }
        double t = 0;
        for (int k : members) {
            double y = x[k] * w[k] / inc;
            double p = w[k] / wt;
            if (p == 0) {
                continue;
            }
            if (kind == Kind.T) {
                if (y > 0) {
                    t += y * Math.log(y / p);
                }
            } else {
                if (y == 0) {
                    return Double.NaN;
                }
                t += p * Math.log(p / y);
            }
        }
        return t;
    }
}
