package dev.klaster.core.shiftshare;

/**
 * Arcelus (1984) shift-share per industry; see {@link ShiftShare#arcelus}. With {@code ê} the homothetic value,
 * {@code R = E1/E0 − 1} the region's total growth:
 * <pre>
 *   NS  = e0·g
 *   IMh = ê·(g[i] − g)              IMa = (e0 − ê)·(g[i] − g)          (industry mix, homothetic / allocation)
 *   RGh = ê·(R − g)                 RGa = (e0 − ê)·(R − g)             (regional growth effect)
 *   RIh = ê·[(r[i] − R) − (g[i] − g)]  RIa = (e0 − ê)·[(r[i] − R) − (g[i] − g)]   (regional industry mix)
 * </pre>
 * and {@code change = NS + IMh + IMa + RGh + RGa + RIh + RIa}.
 */
public record ArcelusShift(double[] change, double[] nationalShare,
                           double[] industryMixHomothetic, double[] industryMixAllocation,
                           double[] regionalGrowthHomothetic, double[] regionalGrowthAllocation,
                           double[] regionalIndustryMixHomothetic, double[] regionalIndustryMixAllocation) {
}
