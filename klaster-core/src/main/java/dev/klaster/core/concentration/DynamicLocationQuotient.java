package dev.klaster.core.concentration;

/**
 * Location quotients over time: LQ growth between two years and the dynamic location quotient (DLQ).
 *
 * <p><b>LQ growth</b>: {@code LQ_end / LQ_start − 1}; NaN where {@code LQ_start} is 0 or either LQ is NaN.
 *
 * <p><b>Dynamic LQ</b> in the form common in Indonesian regional-planning studies (sektor unggulan analyses
 * that pair the static LQ with a DLQ; no single canonical paper, so the formula is stated here in full):
 * <pre>
 *   DLQ[r][i] = [ (1 + g[r][i]) / (1 + g[r]) ]^t  /  [ (1 + G[i]) / (1 + G) ]^t
 * </pre>
 * with {@code g[r][i]} the <i>arithmetic mean of the annual growth rates</i> of industry {@code i} in region
 * {@code r}, {@code g[r]} that of the region's total, {@code G[i]}, {@code G} the same for the reference (sum of
 * all regions), and {@code t} the number of annual steps. DLQ &gt; 1: the industry grows faster in the region than
 * in the reference, relative to total growth, so it can become (or remain) a base sector. Range {@code [0, ∞)}.
 * Note: with <i>compound</i> (geometric) average rates the DLQ equals {@code LQ_end / LQ_start} exactly, which
 * is what {@link #growth} returns plus one; this class follows the arithmetic-mean convention of the Indonesian
 * practice, which differs when growth is uneven.
 */
public final class DynamicLocationQuotient {
    private DynamicLocationQuotient() {
    }

    /** {@code end / start − 1} per cell; NaN where undefined. */
    public static double[][] growth(double[][] lqStart, double[][] lqEnd) {
        int nI = LocationQuotient.checkRectangular(lqStart);
        if (lqEnd.length != lqStart.length || LocationQuotient.checkRectangular(lqEnd) != nI) {
            throw new IllegalArgumentException("lqStart is " + lqStart.length + "×" + nI + ", lqEnd is "
                    + lqEnd.length + "×" + lqEnd[0].length);
        }
        double[][] g = new double[lqStart.length][nI];
        for (int r = 0; r < g.length; r++) {
            for (int i = 0; i < nI; i++) {
                double a = lqStart[r][i];
                g[r][i] = a == 0 ? Double.NaN : lqEnd[r][i] / a - 1;
            }
        }
        return g;
    }

    /**
     * Dynamic LQ from a yearly series.
     *
     * @param series {@code [year][region][industry]}, at least two consecutive years, all the same shape
     * @return {@code [region][industry]}; NaN where a growth rate is undefined (a zero start value)
     */
    public static double[][] dynamic(double[][][] series) {
        return dynamic(series, null);
    }

    /**
     * Dynamic LQ against an explicit reference economy.
     *
     * @param series    {@code [year][region][industry]}, at least two consecutive years, all the same shape
     * @param reference {@code [year][industry]} values of the reference economy (the published province or
     *                  national row) in the same years, or null for the sum of the regions
     */
    public static double[][] dynamic(double[][][] series, double[][] reference) {
        if (reference != null && reference.length != series.length) {
            throw new IllegalArgumentException("reference has " + reference.length + " years, series has "
                    + series.length);
        }
        if (series.length < 2) {
            throw new IllegalArgumentException("dynamic LQ needs at least two years, got " + series.length);
        }
        int nR = series[0].length;
        int nI = LocationQuotient.checkRectangular(series[0]);
        for (int y = 1; y < series.length; y++) {
            if (series[y].length != nR || LocationQuotient.checkRectangular(series[y]) != nI) {
                throw new IllegalArgumentException("year " + y + " of the series is not " + nR + "×" + nI);
            }
        }
        int t = series.length - 1;
        double[][] gri = new double[nR][nI];
        double[] gr = new double[nR];
        double[] gi = new double[nI];
        double g = 0;
        for (int y = 1; y <= t; y++) {
            double[][] a = series[y - 1];
            double[][] b = series[y];
            double[] ni0 = new double[nI];
            double[] ni1 = new double[nI];
            double n0 = 0;
            double n1 = 0;
            for (int r = 0; r < nR; r++) {
                double r0 = 0;
                double r1 = 0;
                for (int i = 0; i < nI; i++) {
                    double x0 = a[r][i];
                    double x1 = b[r][i];
                    gri[r][i] += rate(x0, x1);
                    if (!Double.isNaN(x0) && !Double.isNaN(x1)) {
                        r0 += x0;
                        r1 += x1;
                        ni0[i] += x0;
                        ni1[i] += x1;
                    }
                }
                gr[r] += rate(r0, r1);
                n0 += r0;
                n1 += r1;
            }
            if (reference != null) {
                ni0 = reference[y - 1];
                ni1 = reference[y];
                n0 = 0;
                n1 = 0;
                for (int i = 0; i < nI; i++) {
                    if (!Double.isNaN(ni0[i]) && !Double.isNaN(ni1[i])) {
                        n0 += ni0[i];
                        n1 += ni1[i];
                    }
                }
            }
            for (int i = 0; i < nI; i++) {
                gi[i] += rate(ni0[i], ni1[i]);
            }
            g += rate(n0, n1);
        }
        double[][] dlq = new double[nR][nI];
        double nat = (1 + g / t);
        for (int r = 0; r < nR; r++) {
            for (int i = 0; i < nI; i++) {
                double reg = (1 + gri[r][i] / t) / (1 + gr[r] / t);
                double ref = (1 + gi[i] / t) / nat;
                dlq[r][i] = Math.pow(reg / ref, t);
            }
        }
        return dlq;
    }

    private static double rate(double x0, double x1) {
        return x0 == 0 ? Double.NaN : x1 / x0 - 1;
    }
}
