package dev.klaster.core.measures;

import dev.klaster.core.check.Checks;

/**
 * The base and end year of an analysis with their region × industry matrices and the reference (column sums over
 * all regions of the panel), shared by the shift-share and typology entries.
 *
 * @param y0 base year
 * @param y1 end year
 * @param m0 region × industry values of the base year
 * @param m1 region × industry values of the end year
 * @param n0 reference (sum over regions) per industry, base year
 * @param n1 reference (sum over regions) per industry, end year
 */
record Period(int y0, int y1, double[][] m0, double[][] m1, double[] n0, double[] n1) {
    static Period of(Analysis a) {
        int y0 = a.baseYear();
        int y1 = a.endYear();
        double[][] m0 = a.matrix(y0);
        double[][] m1 = a.matrix(y1);
        return new Period(y0, y1, m0, m1, Checks.columnSums(m0), Checks.columnSums(m1));
    }
}
