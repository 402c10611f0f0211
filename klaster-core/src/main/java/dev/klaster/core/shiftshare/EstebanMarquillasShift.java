package dev.klaster.core.shiftshare;

/**
 * Esteban-Marquillas (1972) shift-share per industry; see {@link ShiftShare#estebanMarquillas}.
 * {@code change = nationalShare + industryMix + competitiveEffect + allocationEffect}.
 *
 * @param homothetic        homothetic employment {@code ê[i] = E0 · n0[i] / N0}
 * @param competitiveEffect {@code ê[i]·(r[i] − g[i])}
 * @param allocationEffect  {@code (e0[i] − ê[i])·(r[i] − g[i])}
 */
public record EstebanMarquillasShift(double[] change, double[] nationalShare, double[] industryMix,
                                     double[] homothetic, double[] competitiveEffect, double[] allocationEffect) {
    public double totalCompetitiveEffect() {
        return DunnShift.sum(competitiveEffect);
    }

    public double totalAllocationEffect() {
        return DunnShift.sum(allocationEffect);
    }
}
