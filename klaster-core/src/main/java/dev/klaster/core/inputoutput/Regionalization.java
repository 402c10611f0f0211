package dev.klaster.core.inputoutput;

import dev.klaster.core.concentration.LocationQuotient;

import java.util.List;

/**
 * Non-survey regionalisation of a national table with location quotients (Miller &amp; Blair 2009 §8.3;
 * Flegg, Webber &amp; Elliott 1995, Regional Studies 29(6) 547–561, doi:10.1080/00343409512331349173;
 * Flegg &amp; Webber 1997, Regional Studies 31(8) 795–805, doi:10.1080/713693401).
 *
 * <p>With regional (RE) and national (NE) sizes per sector (employment or output):
 * <ul>
 *   <li>SLQ_i = (RE_i/TRE)/(NE_i/TNE); regional coefficient r_ij = a_ij · min(1, SLQ_i) (row-wise).</li>
 *   <li>CILQ_ij = SLQ_i / SLQ_j for i ≠ j and SLQ_i on the diagonal (the usual convention, Flegg &amp; Webber
 *       1997); r_ij = a_ij · min(1, CILQ_ij).</li>
 *   <li>FLQ_ij = CILQ_ij · λ with λ = [log₂(1 + TRE/TNE)]^δ, 0 ≤ δ &lt; 1; r_ij = a_ij · min(1, FLQ_ij).
 *       With δ = 0, λ = 1 and FLQ reduces to CILQ exactly (checked in tests); larger δ means more imports.</li>
 * </ul>
 * Sectors absent from the region (RE_i = 0) get SLQ 0 and so buy nothing locally (their coefficients are 0).
 *
 * <p>The regional table: output x^r = regional output when sizes are outputs, else x_i · RE_i/NE_i (national
 * productivity); Z^r = R x̂^r; value added, compensation and employment per unit of output as nationally (employment
 * = RE when sizes are employment); imports = (Σ_i a_ij − Σ_i r_ij) x^r_j added to national import coefficients;
 * final demand is one balancing column x^r − Z^r·1 (local final demand plus exports), plus a household column of
 * national household-consumption coefficients times min(1, SLQ_i) times regional labour income, for Type II.
 * Sectors with zero regional size are dropped from the regional table (their output would be 0).
 */
public final class Regionalization {
    private Regionalization() {
    }

    /** The location-quotient method. */
    public enum Method { SLQ, CILQ, FLQ }

    /** What the regional and national size vectors measure. */
    public enum SizeMeasure { EMPLOYMENT, OUTPUT }

    /** The regional coefficient matrix (row-major) from national A and regional/national sizes. */
    public static double[][] coefficients(double[][] nationalA, double[] regional, double[] national, Method method,
                                          double delta) {
        int n = nationalA.length;
        if (regional.length != n || national.length != n) {
            throw new IllegalArgumentException("sizes have " + regional.length + " and " + national.length
                    + " values, A has " + n + " sectors");
        }
        if (!(delta >= 0 && delta < 1)) {
            throw new IllegalArgumentException("FLQ δ must be in [0, 1), got " + delta);
        }
        for (int i = 0; i < n; i++) {
            if (!(regional[i] >= 0) || !(national[i] > 0) || regional[i] > national[i]) {
                throw new IllegalArgumentException("sector " + (i + 1) + ": regional size " + regional[i]
                        + " and national size " + national[i] + " must satisfy 0 ≤ regional ≤ national, national > 0");
            }
        }
        double[] slq = LocationQuotient.vector(regional, national);
        double lambda = Math.pow(Math.log1p(Matrices.sum(regional) / Matrices.sum(national)) / Math.log(2), delta);
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double q;
                if (method == Method.SLQ || i == j) {
                    q = slq[i];
                } else {
                    q = slq[j] == 0 ? 1 : slq[i] / slq[j];
                }
                if (method == Method.FLQ) {
                    q *= lambda;
                }
                r[i][j] = nationalA[i][j] * Math.min(1, q);
            }
        }
        return r;
    }

    /** FLQ's regional-size factor λ = [log₂(1 + TRE/TNE)]^δ. */
    public static double lambda(double regionalTotal, double nationalTotal, double delta) {
        return Math.pow(Math.log1p(regionalTotal / nationalTotal) / Math.log(2), delta);
    }

    /**
     * A regional table from a national one.
     *
     * @param regional regional size per national sector (employment or output, see measure)
     * @param national national size per sector in the same measure (for OUTPUT usually {@code t.output()})
     */
    public static IoTable regionalize(IoTable t, double[] regional, double[] national, SizeMeasure measure,
                                      Method method, double delta, String regionName) {
        int n = t.size();
        double[][] a = LeontiefModel.technicalCoefficients(t);
        double[][] r = coefficients(a, regional, national, method, delta);
        double[] slq = LocationQuotient.vector(regional, national);
        double[] x = t.output();
        int[] keep = java.util.stream.IntStream.range(0, n).filter(i -> regional[i] > 0).toArray();
        int m = keep.length;
        if (m == 0) {
            throw new IllegalArgumentException("region " + regionName + " has no sector with a positive size");
        }
        double[] xr = new double[m];
        for (int k = 0; k < m; k++) {
            int i = keep[k];
            xr[k] = measure == SizeMeasure.OUTPUT ? regional[i] : x[i] * regional[i] / national[i];
        }
        double[][] zr = new double[m][m];
        double[] fr = xr.clone();
        double[] imports = new double[m];
        for (int kj = 0; kj < m; kj++) {
            int j = keep[kj];
            double nat = 0;
            double reg = 0;
            for (int i = 0; i < n; i++) {
                nat += a[i][j];
            }
            for (int ki = 0; ki < m; ki++) {
                int i = keep[ki];
                zr[ki][kj] = r[i][j] * xr[kj];
                reg += r[i][j];
                fr[ki] -= zr[ki][kj];
            }
            imports[kj] = (nat - reg) * xr[kj];
        }
        List<String> codes = pick(t.codes(), keep);
        IoTable.Builder b = IoTable.builder(codes, pick(t.names(), keep))
                .source(method + (method == Method.FLQ ? " (δ=" + delta + ")" : "") + " regionalisation of "
                        + t.source() + " for " + regionName, t.synthetic())
                .warnings(t.warnings()).z(zr).output(xr)
                .demand("f_balance", "final demand incl. exports (balancing item)", IoTable.DemandKind.OTHER, fr);
        double[] w = t.compensation();
        if (w != null && t.hasDemand(IoTable.DemandKind.HOUSEHOLDS)) {
            double income = 0;
            for (int k = 0; k < m; k++) {
                income += w[keep[k]] / x[keep[k]] * xr[k];
            }
            double[] hc = t.finalDemand(IoTable.DemandKind.HOUSEHOLDS);
            double totalW = Matrices.sum(w);
            double[] hr = new double[m];
            for (int k = 0; k < m; k++) {
                hr[k] = hc[keep[k]] / totalW * Math.min(1, slq[keep[k]]) * income;
                fr[k] -= hr[k];
            }
            // households are carved out of the balancing column so that rows still balance
            b = IoTable.builder(codes, pick(t.names(), keep)).source(b.sourceText(), t.synthetic())
                    .warnings(t.warnings()).z(zr).output(xr)
                    .demand("households", "household consumption (national coefficients × min(1, SLQ))",
                            IoTable.DemandKind.HOUSEHOLDS, hr)
                    .demand("f_balance", "other final demand incl. exports (balancing item)",
                            IoTable.DemandKind.OTHER, fr);
        }
        b.input("imports", "imports from abroad and other regions (national + LQ-adjusted)",
                IoTable.InputKind.IMPORTS, addImports(t, keep, x, xr, imports));
        for (IoTable.InputKind k : new IoTable.InputKind[] {IoTable.InputKind.TAXES_ON_PRODUCTS,
                IoTable.InputKind.COMPENSATION, IoTable.InputKind.VALUE_ADDED}) {
            double[] v = k == IoTable.InputKind.VALUE_ADDED ? t.valueAdded() : t.inputs(k);
            if (v != null) {
                b.input(k.name().toLowerCase(java.util.Locale.ROOT), k.name().toLowerCase(java.util.Locale.ROOT), k,
                        scale(v, x, xr, keep));
            }
        }
        double[] e = t.employment();
        if (measure == SizeMeasure.EMPLOYMENT) {
            double[] er = new double[m];
            for (int k = 0; k < m; k++) {
                er[k] = regional[keep[k]];
            }
            b.employment(er);
        } else if (e != null) {
            b.employment(scale(e, x, xr, keep));
        }
        return b.build();
    }

    private static double[] addImports(IoTable t, int[] keep, double[] x, double[] xr, double[] extra) {
        double[] nat = t.inputs(IoTable.InputKind.IMPORTS);
        double[] r = extra.clone();
        if (nat != null) {
            double[] s = scale(nat, x, xr, keep);
            for (int k = 0; k < r.length; k++) {
                r[k] += s[k];
            }
        }
        return r;
    }

    private static double[] scale(double[] v, double[] x, double[] xr, int[] keep) {
        double[] r = new double[keep.length];
        for (int k = 0; k < keep.length; k++) {
            r[k] = v[keep[k]] / x[keep[k]] * xr[k];
        }
        return r;
    }

    private static List<String> pick(List<String> l, int[] keep) {
        return java.util.Arrays.stream(keep).mapToObj(l::get).toList();
    }
}
