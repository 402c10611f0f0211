package dev.klaster.core.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The base and end year of an analysis with their region × industry matrices and the reference (column sums over
 * all regions of the panel), shared by the shift-share, typology and dynamic-LQ entries.
 *
 * <p><b>Matched cells.</b> A change measure compares totals of two (or more) years, so every total must be taken
 * over the same cells in each year: a region × industry cell missing ({@code NaN}) in any of the compared years is
 * treated as missing in all of them, in the region's own totals and in the reference. Without this, a region-year
 * absent from the file (or written as BPS {@code -}) drops out of the reference in that year only and the reference
 * "grows" by the absent region's size. The cells left out are named in a note of the result table
 * ({@link Analysis#note}); validation reports the same gaps as {@code coverage} findings.
 *
 * @param y0 base year
 * @param y1 end year
 * @param m0 region × industry values of the base year (cells missing in either year set to NaN)
 * @param m1 region × industry values of the end year (cells missing in either year set to NaN)
 * @param n0 reference per industry, base year: the sum over regions of the matched cells, or the explicit
 *           {@link dev.klaster.core.model.Reference} of the options as given
 * @param n1 the same, end year
 */
record Period(int y0, int y1, double[][] m0, double[][] m1, double[] n0, double[] n1) {
    /** Cells named in a note before "and N more". */
    static final int NAMED = 10;

    /** Base and end year of {@code a}, matched over the two years. */
    static Period of(Analysis a) {
        int y0 = a.baseYear();
        int y1 = a.endYear();
        double[][][] ms = matched(a, new int[]{y0, y1});
        return new Period(y0, y1, ms[0], ms[1], a.reference(ms[0], y0), a.reference(ms[1], y1));
    }

    /**
     * The matrices of {@code years}, copied, with every cell that is missing in any of them set to NaN in all; a
     * note naming the cells left out is added to {@code a}.
     */
    static double[][][] matched(Analysis a, int[] years) {
        double[][][] ms = new double[years.length][][];
        for (int k = 0; k < years.length; k++) {
            ms[k] = a.matrix(years[k]);
        }
        return mask(a, ms, java.util.Arrays.toString(years));
    }

    /**
     * Sets every cell missing in any of {@code ms} (region × industry matrices, changed in place) to NaN in all;
     * a note naming the cells left out is added to {@code a}; returns {@code ms}.
     */
    static double[][][] mask(Analysis a, double[][][] ms, String ys) {
        List<String> dropped = new ArrayList<>();
        int count = 0;
        for (int r = 0; r < a.regions(); r++) {
            for (int i = 0; i < a.industries(); i++) {
                boolean missing = false;
                boolean present = false;
                for (double[][] m : ms) {
                    if (Double.isNaN(m[r][i])) {
                        missing = true;
                    } else {
                        present = true;
                    }
                }
                if (missing && present) {
                    for (double[][] m : ms) {
                        m[r][i] = Double.NaN;
                    }
                    if (count++ < NAMED) {
                        dropped.add(a.rc(r) + "/" + a.ic(i));
                    }
                }
            }
        }
        if (count > 0) {
            a.note(String.format(Locale.ROOT, "%d region/industry cell(s) missing in some of the years %s are left "
                            + "out of every year's region and reference totals, so that all years compare the same "
                            + "cells: %s%s / %d sel wilayah/lapangan usaha yang kosong pada sebagian tahun dikeluarkan "
                            + "dari total semua tahun", count, ys, String.join(", ", dropped),
                    count > NAMED ? " and " + (count - NAMED) + " more" : "", count));
        }
        return ms;
    }
}
