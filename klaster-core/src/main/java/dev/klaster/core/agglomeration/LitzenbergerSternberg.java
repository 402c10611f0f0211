package dev.klaster.core.agglomeration;

/**
 * Litzenberger &amp; Sternberg (2006, "Der Clusterindex – eine Methodik zur Identifizierung regionaler Cluster am
 * Beispiel deutscher Industriebranchen", Geographische Zeitschrift 94(4):209–224) cluster index of industry i in
 * region j:
 * <pre>
 *   CI = [ (e_ij/a_j)/(e_i/a) ] · [ (e_ij/p_j)/(e_i/p) ] / [ (e_ij/b_ij)/(e_i/b_i) ]
 *        = relative industrial density × relative industrial stock / relative firm size
 * </pre>
 * with e employment, a area, p population, b establishments (the suffix-less forms are national totals). CI &gt; 1
 * (often a threshold of 4) suggests a cluster. Range {@code [0, ∞)}; NaN when a denominator is 0 (as in REAT's
 * {@code litzenberger}, Farhauer &amp; Kröll 2014 example 21.87491).
 */
public final class LitzenbergerSternberg {
    private LitzenbergerSternberg() {
    }

    public static double index(double eij, double ei, double aj, double a, double pj, double p, double bij,
                               double bi) {
        double density = ratio(ratio(eij, aj), ratio(ei, a));
        double stock = ratio(ratio(eij, pj), ratio(ei, p));
        double size = ratio(ratio(eij, bij), ratio(ei, bi));
        return ratio(density * stock, size);
    }

    private static double ratio(double num, double den) {
        return den == 0 || Double.isNaN(den) ? Double.NaN : num / den;
    }
}
