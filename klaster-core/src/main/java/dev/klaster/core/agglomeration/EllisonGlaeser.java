package dev.klaster.core.agglomeration;

import dev.klaster.core.check.Checks;

/**
 * Ellison &amp; Glaeser (1997, "Geographic concentration in U.S. manufacturing industries: a dartboard approach",
 * Journal of Political Economy 105(5):889–927, DOI 10.1086/262098).
 *
 * <p><b>Agglomeration index</b> of one industry (eq. 4 of the paper):
 * <pre>
 *   γ = [ G − (1 − Σ_r x_r²)·H ] / [ (1 − Σ_r x_r²)·(1 − H) ],   G = Σ_r (s_r − x_r)²,   H = Σ_k z_k²
 * </pre>
 * E[γ] = 0 under random ("dartboard") location; γ &gt; 0.05 is read as highly concentrated, γ &lt; 0.02 as not
 * very concentrated (the paper's thresholds). The z-value uses the variance of G under the null given in the
 * paper's appendix, {@code Var(G) = 2·[ H²·(Σx² − 2Σx³ + (Σx²)²) − Σz⁴·(Σx² − 4Σx³ + 3(Σx²)²) ]}, as implemented
 * in REAT's {@code ellison.a} (Farhauer &amp; Kröll 2014 example γ = 0.05990628). NaN when H = 1 (one plant) or
 * Σx² = 1 (one region).
 *
 * <p><b>Coagglomeration index</b> of a group of industries (eq. 5 of the paper):
 * <pre>
 *   γᶜ = [ G/(1 − Σx²) − H − Σ_j γ_j w_j² (1 − H_j) ] / (1 − Σ_j w_j²)
 * </pre>
 * with {@code G} and {@code H} computed for the group as one industry ({@code H = Σ_j w_j² H_j}), {@code w_j}
 * industry j's share of the group's employment, {@code γ_j, H_j} each industry's own index and Herfindahl.
 */
public final class EllisonGlaeser {
    private EllisonGlaeser() {
    }

    /**
     * γ from plant-level data.
     *
     * @param plantEmployment employment of each plant of the industry
     * @param plantRegion     region index {@code 0..R−1} of each plant
     * @param regionTotal     total employment (all industries) per region, length R
     */
    public static EllisonGlaeserResult gamma(double[] plantEmployment, int[] plantRegion, double[] regionTotal) {
        Checks.nonEmpty("plantEmployment", plantEmployment);
        Checks.nonEmpty("regionTotal", regionTotal);
        Checks.nonNegative("plantEmployment", plantEmployment);
        Checks.nonNegative("regionTotal", regionTotal);
        if (plantRegion.length != plantEmployment.length) {
            throw new IllegalArgumentException("plantRegion has " + plantRegion.length + " entries, plantEmployment has "
                    + plantEmployment.length);
        }
        int nR = regionTotal.length;
        double[] ind = new double[nR];
        for (int k = 0; k < plantRegion.length; k++) {
            int r = plantRegion[k];
            if (r < 0 || r >= nR) {
                throw new IllegalArgumentException("plantRegion[" + k + "] = " + r + " is outside 0.." + (nR - 1));
            }
            ind[r] += plantEmployment[k];
        }
        double[] s = Checks.shares(ind);
        double[] x = Checks.shares(regionTotal);
        double sumZ = Checks.sum(plantEmployment);
        double h = 0;
        double z4 = 0;
        for (double e : plantEmployment) {
            double z = e / sumZ;
            h += z * z;
            z4 += z * z * z * z;
        }
        double g = 0;
        double x2 = 0;
        double x3 = 0;
        for (int r = 0; r < nR; r++) {
            g += (s[r] - x[r]) * (s[r] - x[r]);
            x2 += x[r] * x[r];
            x3 += x[r] * x[r] * x[r];
        }
        double gamma = gammaOf(g, x2, h);
        double var = 2 * (h * h * (x2 - 2 * x3 + x2 * x2) - z4 * (x2 - 4 * x3 + 3 * x2 * x2));
        double zValue = var > 0 ? (g - (1 - x2) * h) / Math.sqrt(var) : Double.NaN;
        return new EllisonGlaeserResult(gamma, g, zValue, plantEmployment.length, h);
    }

    /**
     * γ from regional shares and a given plant Herfindahl (when plant data are summarised elsewhere).
     *
     * @param industryByRegion the industry's employment per region
     * @param regionTotal      total employment per region
     * @param h                plant Herfindahl of the industry, in [0, 1]
     */
    public static double gamma(double[] industryByRegion, double[] regionTotal, double h) {
        Checks.sameLength("industryByRegion, regionTotal", industryByRegion, regionTotal);
        if (!(h >= 0 && h <= 1)) {
            throw new IllegalArgumentException("plant Herfindahl h = " + h + " is outside [0, 1]");
        }
        double[] s = Checks.shares(industryByRegion);
        double[] x = Checks.shares(regionTotal);
        double g = 0;
        double x2 = 0;
        for (int r = 0; r < s.length; r++) {
            g += (s[r] - x[r]) * (s[r] - x[r]);
            x2 += x[r] * x[r];
        }
        return gammaOf(g, x2, h);
    }

    static double gammaOf(double g, double x2, double h) {
        double den = (1 - x2) * (1 - h);
        return den == 0 ? Double.NaN : (g - (1 - x2) * h) / den;
    }

    /**
     * Coagglomeration γᶜ of a group of industries from plant-level data (eq. 5 of the paper).
     *
     * @param plantEmployment employment of each plant
     * @param plantRegion     region index of each plant
     * @param plantIndustry   industry number {@code 0..J−1} of each plant (J ≥ 2, each with a plant)
     * @param regionTotal     total employment per region
     */
    public static double coagglomeration(double[] plantEmployment, int[] plantRegion, int[] plantIndustry,
                                         double[] regionTotal) {
        if (plantIndustry.length != plantEmployment.length) {
            throw new IllegalArgumentException("plantIndustry has " + plantIndustry.length
                    + " entries, plantEmployment has " + plantEmployment.length);
        }
        int nJ = 0;
        for (int k = 0; k < plantIndustry.length; k++) {
            if (plantIndustry[k] < 0) {
                throw new IllegalArgumentException("plantIndustry[" + k + "] = " + plantIndustry[k] + " is negative");
            }
            nJ = Math.max(nJ, plantIndustry[k] + 1);
        }
        if (nJ < 2) {
            throw new IllegalArgumentException("coagglomeration needs at least two industries, got " + nJ);
        }
        EllisonGlaeserResult all = gamma(plantEmployment, plantRegion, regionTotal);
        double x2 = 0;
        double[] x = Checks.shares(regionTotal);
        for (double v : x) {
            x2 += v * v;
        }
        double total = Checks.sum(plantEmployment);
        double sumW2 = 0;
        double sumGammaW2 = 0;
        for (int j = 0; j < nJ; j++) {
            int count = 0;
            for (int k : plantIndustry) {
                if (k == j) {
                    count++;
                }
            }
            if (count == 0) {
                throw new IllegalArgumentException("industry " + j + " has no plant (number industries 0.."
                        + (nJ - 1) + " without gaps)");
            }
            double[] e = new double[count];
            int[] reg = new int[count];
            int m = 0;
            for (int k = 0; k < plantIndustry.length; k++) {
                if (plantIndustry[k] == j) {
                    e[m] = plantEmployment[k];
                    reg[m++] = plantRegion[k];
                }
            }
            EllisonGlaeserResult rj = gamma(e, reg, regionTotal);
            double w = Checks.sum(e) / total;
            sumW2 += w * w;
            sumGammaW2 += rj.gamma() * w * w * (1 - rj.h());
        }
        double den = (1 - x2) * (1 - sumW2);
        if (den == 0) {
            return Double.NaN;
        }
        return (all.g() / (1 - x2) - all.h() - sumGammaW2) / (1 - sumW2);
    }
    /**
     * Coagglomeration γᶜ from regional data and each industry's plant Herfindahl (eq. 5 of the paper; the group's
     * plant Herfindahl is {@code Σ_j w_j² H_j}).
     *
     * @param industryByRegion {@code [industry][region]}, at least two industries
     * @param regionTotal      total employment per region
     * @param h                plant Herfindahl of each industry
     */
    public static double coagglomeration(double[][] industryByRegion, double[] regionTotal, double[] h) {
        int nR = Checks.rectangular("industryByRegion", industryByRegion);
        int nJ = industryByRegion.length;
        if (nJ < 2) {
            throw new IllegalArgumentException("coagglomeration needs at least two industries, got " + nJ);
        }
        if (nR != regionTotal.length || h.length != nJ) {
            throw new IllegalArgumentException("shapes differ: " + nJ + " industries × " + nR + " regions, "
                    + regionTotal.length + " region totals, " + h.length + " Herfindahls");
        }
        double[] x = Checks.shares(regionTotal);
        double x2 = 0;
        for (double v : x) {
            x2 += v * v;
        }
        double[] group = new double[nR];
        double total = 0;
        double[] tj = new double[nJ];
        for (int j = 0; j < nJ; j++) {
            tj[j] = Checks.sum(industryByRegion[j]);
            total += tj[j];
            for (int r = 0; r < nR; r++) {
                group[r] += industryByRegion[j][r];
            }
        }
        double[] s = Checks.shares(group);
        double g = 0;
        for (int r = 0; r < nR; r++) {
            g += (s[r] - x[r]) * (s[r] - x[r]);
        }
        double sumW2 = 0;
        double hGroup = 0;
        double sumGammaW2 = 0;
        for (int j = 0; j < nJ; j++) {
            double w = Checks.ratio(tj[j], total);
            sumW2 += w * w;
            hGroup += w * w * h[j];
            sumGammaW2 += gamma(industryByRegion[j], regionTotal, h[j]) * w * w * (1 - h[j]);
        }
        if (1 - x2 == 0 || 1 - sumW2 == 0) {
            return Double.NaN;
        }
        return (g / (1 - x2) - hGroup - sumGammaW2) / (1 - sumW2);
    }
}
