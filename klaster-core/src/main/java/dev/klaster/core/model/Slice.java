package dev.klaster.core.model;

/**
 * A region × industry view of one measure in one year of a {@link Panel}. It shares the panel's array (no copy);
 * {@link #toMatrix()} copies into {@code double[region][industry]} for the measure functions. Missing cells are NaN.
 */
public final class Slice {
    private final double[] data;
    private final int offset;
    private final RegionSet regions;
    private final IndustrySet industries;
    private final int nInd;

    Slice(double[] data, int offset, RegionSet regions, IndustrySet industries) {
        this.data = data;
        this.offset = offset;
        this.regions = regions;
        this.industries = industries;
        this.nInd = industries.size();
    }

    public RegionSet regions() {
        return regions;
    }

    public IndustrySet industries() {
        return industries;
    }

    public double get(int region, int industry) {
        return data[offset + region * nInd + industry];
    }

    /** A copy as {@code [region][industry]}. */
    public double[][] toMatrix() {
        double[][] m = new double[regions.size()][];
        for (int r = 0; r < m.length; r++) {
            m[r] = row(r);
        }
        return m;
    }

    /** A copy of one region's industry values. */
    public double[] row(int region) {
        double[] row = new double[nInd];
        System.arraycopy(data, offset + region * nInd, row, 0, nInd);
        return row;
    }

    /** Sum over industries per region; missing (NaN) cells are skipped, a region with no value at all is NaN. */
    public double[] regionTotals() {
        double[] t = new double[regions.size()];
        for (int r = 0; r < t.length; r++) {
            t[r] = nanSum(r * nInd, 1, nInd);
        }
        return t;
    }

    /** Sum over regions per industry; missing (NaN) cells are skipped, an industry with no value at all is NaN. */
    public double[] industryTotals() {
        double[] t = new double[nInd];
        for (int i = 0; i < nInd; i++) {
            t[i] = nanSum(i, nInd, regions.size());
        }
        return t;
    }

    private double nanSum(int start, int stride, int count) {
        double s = 0;
        boolean any = false;
        for (int k = 0, p = offset + start; k < count; k++, p += stride) {
            double v = data[p];
            if (!Double.isNaN(v)) {
                s += v;
                any = true;
            }
        }
        return any ? s : Double.NaN;
    }
}
