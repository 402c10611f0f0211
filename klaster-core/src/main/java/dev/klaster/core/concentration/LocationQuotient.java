package dev.klaster.core.concentration;

import dev.klaster.core.check.Checks;

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
        checkRectangular(values);
        return withBase(values, null);
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
        double er = Checks.sum(region);
        double e = Checks.sum(reference);
        double[] lq = new double[region.length];
        for (int i = 0; i < lq.length; i++) {
            lq[i] = of(region[i], er, reference[i], e);
        }
        return lq;
    }

    /**
     * LQ matrix with the totals taken over a chosen subset of industries (the "base"), e.g. traded industries only:
     * <pre>
     *   LQ[r][i] = (e[r][i] / Σ_{j∈B} e[r][j]) / (Σ_s e[s][i] / Σ_s Σ_{j∈B} e[s][j])
     * </pre>
     * Every industry gets an LQ (also those outside the base); with {@code base} all true this equals
     * {@link #matrix(double[][])}. Follows Miller, Gibson &amp; Wright (1991) who restrict the base to a sector
     * group; the choice of base is the analyst's.
     *
     * @param values {@code [region][industry]}, rectangular
     * @param base   {@code base[i]} true when industry {@code i} counts in the totals; length = industries
     * @return a new matrix; NaN where a region's or the reference's base total, or an industry's total, is 0
     */
    public static double[][] matrix(double[][] values, boolean[] base) {
        int nI = checkRectangular(values);
        if (base.length != nI) {
            throw new IllegalArgumentException("base has " + base.length + " flags, matrix has " + nI + " industries");
        }
        boolean any = false;
        for (boolean b : base) {
            any |= b;
        }
        if (!any) {
            throw new IllegalArgumentException("base selects no industry");
        }
        return withBase(values, base);
    }

    /**
     * LQ matrix against an explicit reference economy (e.g. the published province or national row) instead of
     * the sum of the rows: {@code LQ[r][i] = (e[r][i] / Σ_{j∈B} e[r][j]) / (ref[i] / Σ_{j∈B} ref[j])}.
     *
     * @param values    {@code [region][industry]}, rectangular
     * @param base      industries counted in the totals, or null for all
     * @param reference the reference's value per industry; a NaN entry gives NaN for that industry and is left out
     *                  of the reference total
     */
    public static double[][] matrix(double[][] values, boolean[] base, double[] reference) {
        int nI = checkRectangular(values);
        if (reference.length != nI) {
            throw new IllegalArgumentException("reference has " + reference.length + " industries, matrix has " + nI);
        }
        if (base != null) {
            matrix(values, base); // the same checks on the base
        }
        double[] rowTotals = new double[values.length];
        for (int r = 0; r < values.length; r++) {
            rowTotals[r] = baseSum(values[r], base);
        }
        return fromTotals(values, rowTotals, reference, baseSum(reference, base));
    }

    private static double baseSum(double[] v, boolean[] base) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i]) && (base == null || base[i])) {
                s += v[i];
            }
        }
        return s;
    }

    /**
     * Region totals over the base industries ({@code base == null}: all), industry totals over all regions, then
     * the LQ of every cell. NaN cells are left out of every total.
     */
    private static double[][] withBase(double[][] values, boolean[] base) {
        int nR = values.length;
        int nI = values[0].length;
        double[] rowTotals = new double[nR];
        double[] colTotals = new double[nI];
        double total = 0;
        for (int r = 0; r < nR; r++) {
            double[] row = values[r];
            double s = 0;
            for (int i = 0; i < nI; i++) {
                double v = row[i];
                if (!Double.isNaN(v)) {
                    colTotals[i] += v;
                    if (base == null || base[i]) {
                        s += v;
                    }
                }
            }
            rowTotals[r] = s;
            total += s;
        }
        return fromTotals(values, rowTotals, colTotals, total);
    }

    /**
     * Symmetric LQ {@code (LQ − 1) / (LQ + 1)} (Dalum, Laursen &amp; Villumsen 1998, "Structural change in OECD
     * export specialisation patterns", DYNAMIS; the same transform as the symmetric RCA). Range {@code [−1, 1)};
     * 0 at LQ = 1. NaN in, NaN out.
     */
    public static double symmetric(double lq) {
        return (lq - 1) / (lq + 1);
    }

    /** {@link #symmetric(double)} applied to every cell, as a new matrix. */
    public static double[][] symmetric(double[][] lq) {
        double[][] out = new double[lq.length][];
        for (int r = 0; r < lq.length; r++) {
            out[r] = new double[lq[r].length];
            for (int i = 0; i < lq[r].length; i++) {
                out[r][i] = symmetric(lq[r][i]);
            }
        }
        return out;
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

    /** LQ of every cell from region totals, industry totals and the grand total (shared by the matrix forms). */
    private static double[][] fromTotals(double[][] values, double[] rowTotals, double[] colTotals, double total) {
        double[][] lq = new double[values.length][colTotals.length];
        for (int r = 0; r < lq.length; r++) {
            for (int i = 0; i < colTotals.length; i++) {
                lq[r][i] = of(values[r][i], rowTotals[r], colTotals[i], total);
            }
        }
        return lq;
    }
}
