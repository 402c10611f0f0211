package dev.klaster.core.concentration;

/**
 * Location quotient (LQ).
 *
 * <p>Definition (Isard 1960; Miller, Gibson & Wright 1991): for region {@code r} and industry {@code i} with
 * values {@code e[r][i]} (employment, value added, ...),
 * <pre>
 *   LQ[r][i] = (e[r][i] / Σ_j e[r][j]) / (Σ_s e[s][i] / Σ_s Σ_j e[s][j])
 * </pre>
 * i.e. the industry's share of the region over its share of the reference, the reference being the sum of all
 * regions in the matrix. Range {@code [0, ∞)}; 1 means the region has the reference's share; LQ &gt; 1 is
 * conventionally read as specialisation (a "basic" sector).
 *
 * <p>Edge cases: a region whose total is 0 or an industry absent from the reference gives {@code NaN} (undefined),
 * never 0. Missing cells ({@code NaN}) are left out of the totals and give {@code NaN} for their own LQ.
 * Negative values are not rejected (value added can be negative) but make the LQ hard to interpret.
 */
public final class LocationQuotient {
    private LocationQuotient() {
    }

    /**
     * LQ of one cell from its four totals.
     *
     * @param eri value of industry i in region r
     * @param er total of region r
     * @param ei total of industry i in the reference
     * @param e total of the reference
     * @return the LQ, or NaN where a denominator is 0 or an argument is NaN
     */
    public static double of(double eri, double er, double ei, double e) {
        if (er == 0 || ei == 0 || e == 0) {
            return Double.NaN;
        }
        return (eri / er) / (ei / e);
    }

    /**
     * Full region × industry LQ matrix, the reference being the sum over all rows of {@code values}.
     *
     * @param values {@code [region][industry]}, rectangular
     * @return a new matrix of the same shape
     */
    public static double[][] matrix(double[][] values) {
        int nR = values.length;
        int nI = checkRectangular(values);
        double[] rowTotals = new double[nR];
        double[] colTotals = new double[nI];
        double total = 0;
        for (int r = 0; r < nR; r++) {
            double[] row = values[r];
            double s = 0;
            for (int i = 0; i < nI; i++) {
                double v = row[i];
                if (!Double.isNaN(v)) {
                    s += v;
                    colTotals[i] += v;
                }
            }
            rowTotals[r] = s;
            total += s;
        }
        double[][] lq = new double[nR][nI];
        for (int r = 0; r < nR; r++) {
            for (int i = 0; i < nI; i++) {
                lq[r][i] = of(values[r][i], rowTotals[r], colTotals[i], total);
            }
        }
        return lq;
    }

    /**
     * LQ of every industry of one region against an explicit reference vector (e.g. the nation, or the province
     * for a regency).
     *
     * @param region the region's values per industry
     * @param reference the reference's values per industry, same length
     */
    public static double[] vector(double[] region, double[] reference) {
        if (region.length != reference.length) {
            throw new IllegalArgumentException("region has " + region.length + " industries, reference has "
                    + reference.length);
        }
        double er = nanSum(region);
        double e = nanSum(reference);
        double[] lq = new double[region.length];
        for (int i = 0; i < lq.length; i++) {
            lq[i] = of(region[i], er, reference[i], e);
        }
        return lq;
    }

    static double nanSum(double[] v) {
        double s = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
            }
        }
        return s;
    }

    static int checkRectangular(double[][] m) {
        if (m.length == 0) {
            throw new IllegalArgumentException("matrix has no rows");
        }
        int n = m[0].length;
        for (int r = 1; r < m.length; r++) {
            if (m[r].length != n) {
                throw new IllegalArgumentException("row " + r + " has " + m[r].length + " columns, row 0 has " + n);
            }
        }
        return n;
    }
}
