package dev.klaster.core.shiftshare;

import dev.klaster.core.check.Checks;

/**
 * Shift-share decompositions (see the package documentation for the glossary). All functions take the region's
 * and the reference's industry vectors at the base year ({@code e0}, {@code n0}) and the end year ({@code e1},
 * {@code n1}), all of the same length. Missing values (NaN) propagate to the components of that industry; a zero
 * base value of the reference makes that industry's growth undefined (NaN components, never 0). The reference is
 * usually the nation and should contain the region.
 */
public final class ShiftShare {
    private ShiftShare() {
    }

    /**
     * Classic shift-share (Dunn 1960, "A statistical and analytical technique for regional analysis", Papers of the
     * Regional Science Association 6:97–112):
     * <pre>
     *   NS[i] = e0[i]·g,   IM[i] = e0[i]·(g[i] − g),   RS[i] = e0[i]·(r[i] − g[i]),   NS+IM+RS = e1[i] − e0[i]
     * </pre>
     * {@code RS[i]} is written {@code e1[i] − e0[i]·(1 + g[i])} so that it is defined when {@code e0[i] = 0}.
     * Textbook check: region 90,20,10,60 → 100,40,10,55 in a nation 400,150,150,400 → 440,210,135,480 gives
     * change 25 = NS 27 + IM 1 + RS −3.
     */
    public static DunnShift dunn(double[] e0, double[] e1, double[] n0, double[] n1) {
        int n = Checks.sameLength("e0, e1, n0, n1", e0, e1, n0, n1);
        double g = Checks.ratio(Checks.sum(n1), Checks.sum(n0)) - 1;
        double[] ch = new double[n];
        double[] ns = new double[n];
        double[] im = new double[n];
        double[] rs = new double[n];
        for (int i = 0; i < n; i++) {
            double gi = n0[i] == 0 ? Double.NaN : n1[i] / n0[i] - 1;
            ch[i] = e1[i] - e0[i];
            ns[i] = e0[i] * g;
            im[i] = e0[i] * (gi - g);
            rs[i] = e1[i] - e0[i] * (1 + gi);
        }
        return new DunnShift(ch, ns, im, rs);
    }

    /**
     * Dunn shift-share for every region of a matrix against one reference, in one pass (the reference totals are
     * computed once).
     *
     * @param e0 {@code [region][industry]} base year
     * @param e1 {@code [region][industry]} end year
     */
    public static DunnShift[] dunnAll(double[][] e0, double[][] e1, double[] n0, double[] n1) {
        int nI = Checks.sameShape("e0, e1", e0, e1);
        Checks.sameLength("n0, n1", n0, n1);
        if (n0.length != nI) {
            throw new IllegalArgumentException("reference has " + n0.length + " industries, regions have " + nI);
        }
        DunnShift[] out = new DunnShift[e0.length];
        for (int r = 0; r < e0.length; r++) {
            out[r] = dunn(e0[r], e1[r], n0, n1);
        }
        return out;
    }

    /**
     * Esteban-Marquillas (1972, "A reinterpretation of shift-share analysis", Regional and Urban Economics
     * 2(3):249–255): the regional shift is split with the homothetic value
     * {@code ê[i] = E0 · n0[i]/N0} (what the region would have with the reference's structure) into a
     * competitive effect {@code ê[i]·(r[i] − g[i])} and an allocation effect {@code (e0[i] − ê[i])·(r[i] − g[i])}.
     * The allocation effect is positive when the region is specialised ({@code e0 > ê}) in an industry where it
     * is competitive ({@code r > g}). Where {@code e0[i] = 0} the regional growth rate is undefined and both
     * effects are NaN.
     */
    public static EstebanMarquillasShift estebanMarquillas(double[] e0, double[] e1, double[] n0, double[] n1) {
        DunnShift d = dunn(e0, e1, n0, n1);
        int n = e0.length;
        double[] hom = homothetic(e0, n0);
        double[] ce = new double[n];
        double[] ae = new double[n];
        for (int i = 0; i < n; i++) {
            double diff = differential(e0[i], e1[i], n0[i], n1[i]);
            ce[i] = hom[i] * diff;
            ae[i] = (e0[i] - hom[i]) * diff;
        }
        return new EstebanMarquillasShift(d.change(), d.nationalShare(), d.industryMix(), hom, ce, ae);
    }

    /**
     * Arcelus (1984, "An extension of shift-share analysis", Growth and Change 15(1):3–8):
     * separates a regional growth effect (the region's total growth
     * against the nation's) from a regional industry-mix effect, each split into a homothetic and an allocation
     * part as in Esteban-Marquillas. Components are listed in {@link ArcelusShift}.
     */
    public static ArcelusShift arcelus(double[] e0, double[] e1, double[] n0, double[] n1) {
        int n = Checks.sameLength("e0, e1, n0, n1", e0, e1, n0, n1);
        double g = Checks.ratio(Checks.sum(n1), Checks.sum(n0)) - 1;
        double bigR = Checks.ratio(Checks.sum(e1), Checks.sum(e0)) - 1;
        double[] hom = homothetic(e0, n0);
        double[] ch = new double[n];
        double[] ns = new double[n];
        double[] imh = new double[n];
        double[] ima = new double[n];
        double[] rgh = new double[n];
        double[] rga = new double[n];
        double[] rih = new double[n];
        double[] ria = new double[n];
        for (int i = 0; i < n; i++) {
            double gi = n0[i] == 0 ? Double.NaN : n1[i] / n0[i] - 1;
            double ri = e0[i] == 0 ? Double.NaN : e1[i] / e0[i] - 1;
            double alloc = e0[i] - hom[i];
            double rim = (ri - bigR) - (gi - g);
            ch[i] = e1[i] - e0[i];
            ns[i] = e0[i] * g;
            imh[i] = hom[i] * (gi - g);
            ima[i] = alloc * (gi - g);
            rgh[i] = hom[i] * (bigR - g);
            rga[i] = alloc * (bigR - g);
            rih[i] = hom[i] * rim;
            ria[i] = alloc * rim;
        }
        return new ArcelusShift(ch, ns, imh, ima, rgh, rga, rih, ria);
    }

    /**
     * Gerfin (1964, "Langfristige Wirtschaftsprognose", Tübingen: Mohr; the multiplicative form also in Farhauer
     * &amp; Kröll 2013, "Standorttheorien", Springer): regional factor {@code (E1/E0)/(N1/N0)} = structural factor
     * × location factor, where the structural factor is the growth the region would have with national industry
     * growth rates, relative to national growth, and the location factor the rest. Factors &gt; 1 favour the
     * region. NaN where a denominator is 0.
     */
    public static GerfinShift gerfin(double[] e0, double[] e1, double[] n0, double[] n1) {
        int n = Checks.sameLength("e0, e1, n0, n1", e0, e1, n0, n1);
        double bigE0 = Checks.sum(e0);
        double bigE1 = Checks.sum(e1);
        double nat = Checks.ratio(Checks.sum(n1), Checks.sum(n0));
        double expected = 0;
        for (int i = 0; i < n; i++) {
            expected += e0[i] == 0 ? 0 : e0[i] * (n0[i] == 0 ? Double.NaN : n1[i] / n0[i]);
        }
        double regional = Checks.ratio(Checks.ratio(bigE1, bigE0), nat);
        double structural = Checks.ratio(Checks.ratio(expected, bigE0), nat);
        double location = Checks.ratio(bigE1, expected);
        return new GerfinShift(regional, structural, location);
    }

    /**
     * Dynamic shift-share (Barff &amp; Knight 1988, "Dynamic shift-share analysis", Growth and Change 19(2)):
     * Dunn's decomposition computed for every consecutive pair of years and summed per industry, so that national growth and structure are updated every year.
     *
     * @param region    {@code [year][industry]}, at least two years
     * @param reference {@code [year][industry]}, same shape
     */
    public static DunnShift dynamic(double[][] region, double[][] reference) {
        int nI = Checks.sameShape("region, reference", region, reference);
        if (region.length < 2) {
            throw new IllegalArgumentException("dynamic shift-share needs at least two years, got " + region.length);
        }
        double[] ch = new double[nI];
        double[] ns = new double[nI];
        double[] im = new double[nI];
        double[] rs = new double[nI];
        for (int y = 1; y < region.length; y++) {
            DunnShift d = dunn(region[y - 1], region[y], reference[y - 1], reference[y]);
            for (int i = 0; i < nI; i++) {
                ch[i] += d.change()[i];
                ns[i] += d.nationalShare()[i];
                im[i] += d.industryMix()[i];
                rs[i] += d.regionalShift()[i];
            }
        }
        return new DunnShift(ch, ns, im, rs);
    }

    /**
     * Constant-shift projection (the standard shift-share forecast; see Stevens &amp; Moore 1980, "A critical
     * review of the literature on shift-share as a forecasting technique", Journal of Regional Science
     * 20(4):419–437): the region's differential {@code r[i] − g[i]}
     * observed from year 0 to year 1 is assumed to persist over an equally long horizon in which the reference
     * moves from {@code n1} to {@code nTarget}:
     * <pre>
     *   ê_T[i] = e1[i] · (1 + ĝ[i] + (r[i] − g[i])),   ĝ[i] = nTarget[i]/n1[i] − 1
     * </pre>
     * A projected value may come out negative when an industry shrinks fast; it is returned as computed (the
     * caller decides). NaN where a growth rate is undefined.
     */
    public static double[] project(double[] e0, double[] e1, double[] n0, double[] n1, double[] nTarget) {
        int n = Checks.sameLength("e0, e1, n0, n1, nTarget", e0, e1, n0, n1, nTarget);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double gHat = n1[i] == 0 ? Double.NaN : nTarget[i] / n1[i] - 1;
            out[i] = e1[i] * (1 + gHat + differential(e0[i], e1[i], n0[i], n1[i]));
        }
        return out;
    }

    /** Homothetic values {@code ê[i] = E0 · n0[i] / N0} (Esteban-Marquillas 1972). */
    public static double[] homothetic(double[] e0, double[] n0) {
        int n = Checks.sameLength("e0, n0", e0, n0);
        double scale = Checks.ratio(Checks.sum(e0), Checks.sum(n0));
        double[] h = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = n0[i] * scale;
        }
        return h;
    }

    /** {@code r[i] − g[i]}; NaN when e0 or n0 is 0. */
    private static double differential(double e0, double e1, double n0, double n1) {
        double ri = e0 == 0 ? Double.NaN : e1 / e0 - 1;
        double gi = n0 == 0 ? Double.NaN : n1 / n0 - 1;
        return ri - gi;
    }
}
