package dev.klaster.core.typology;

import dev.klaster.core.check.Checks;

/**
 * Klassen typology (Klassen 1965, "Area Economic and Social Redevelopment", Paris: OECD; in Indonesian practice
 * Sjafrizal 2008 and Kuncoro 2004): a two-way split of units by level and growth, each compared with the
 * reference.
 *
 * <ul>
 *   <li><b>Regions</b>: level = GRDP per capita {@code y_r} against the reference {@code y}; growth = GRDP
 *       growth rate {@code g_r} against the reference {@code g}.</li>
 *   <li><b>Sectors</b> of a region: level = the sector's share of the region's GRDP {@code s_ri} against its share
 *       in the reference {@code s_i} (equivalently LQ &gt; 1); growth = the sector's growth in the region
 *       {@code g_ri} against its growth in the reference {@code g_i}.</li>
 * </ul>
 * "High" means strictly greater than the reference. Where either comparison involves NaN the result is
 * {@code null} (undefined), never a default quadrant.
 */
public final class Klassen {
    private Klassen() {
    }

    /** Quadrant of one unit, or null when a value is NaN. */
    public static KlassenQuadrant classify(double level, double referenceLevel, double growth,
                                           double referenceGrowth) {
        if (Double.isNaN(level) || Double.isNaN(referenceLevel) || Double.isNaN(growth)
                || Double.isNaN(referenceGrowth)) {
            return null;
        }
        return KlassenQuadrant.of(level > referenceLevel, growth > referenceGrowth);
    }

    /**
     * Klassen typology of regions.
     *
     * @param grdp0      GRDP per region at the base year
     * @param grdp1      GRDP per region at the end year
     * @param population population per region at the end year (per-capita level)
     * @return quadrant per region (null where undefined); the reference is the sum of all regions
     */
    public static KlassenQuadrant[] regions(double[] grdp0, double[] grdp1, double[] population) {
        int n = Checks.sameLength("grdp0, grdp1, population", grdp0, grdp1, population);
        double refLevel = Checks.ratio(Checks.sum(grdp1), Checks.sum(population));
        double refGrowth = Checks.ratio(Checks.sum(grdp1), Checks.sum(grdp0)) - 1;
        KlassenQuadrant[] q = new KlassenQuadrant[n];
        for (int r = 0; r < n; r++) {
            q[r] = classify(Checks.ratio(grdp1[r], population[r]), refLevel,
                    Checks.ratio(grdp1[r], grdp0[r]) - 1, refGrowth);
        }
        return q;
    }

    /**
     * Klassen typology of the sectors of one region.
     *
     * @param e0 region's values per sector at the base year
     * @param e1 region's values per sector at the end year (its shares give the level)
     * @param n0 reference values per sector at the base year
     * @param n1 reference values per sector at the end year
     */
    public static KlassenQuadrant[] sectors(double[] e0, double[] e1, double[] n0, double[] n1) {
        int n = Checks.sameLength("e0, e1, n0, n1", e0, e1, n0, n1);
        double[] s = Checks.shares(e1);
        double[] sRef = Checks.shares(n1);
        KlassenQuadrant[] q = new KlassenQuadrant[n];
        for (int i = 0; i < n; i++) {
            q[i] = classify(s[i], sRef[i], Checks.ratio(e1[i], e0[i]) - 1, Checks.ratio(n1[i], n0[i]) - 1);
        }
        return q;
    }
}
