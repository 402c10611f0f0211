package dev.klaster.core.specialization;

import dev.klaster.core.check.Checks;

/**
 * Hoover index (Hoover 1936, "The measurement of industrial localization", Review of Economics and Statistics
 * 18(4):162–171), half the sum of absolute share differences:
 * <pre>
 *   H = ½ · Σ_k | x[k]/Σx − w[k]/Σw |
 * </pre>
 * Range {@code [0, 1]}: 0 when {@code x} is distributed like {@code w}, 1 when they do not overlap. With no
 * weights {@code w[k] = 1/n} (REAT's {@code hoover(x)} convention). As <b>localisation</b> of an industry
 * {@code x} = its values per region and {@code w} = the regions' totals (or population); as <b>specialisation</b>
 * of a region {@code x} = its industry values and {@code w} = the reference's. Equals {@link Krugman} / 2. NaN when
 * a total is 0.
 */
public final class Hoover {
    private Hoover() {
    }

    /**
     * @param x values
     * @param weights reference values of the same length, or null for equal weights
     */
    public static double index(double[] x, double[] weights) {
        Checks.nonEmpty("x", x);
        if (weights == null) {
            double[] eq = new double[x.length];
            java.util.Arrays.fill(eq, 1);
            return Krugman.index(x, eq) / 2;
        }
        return Krugman.index(x, weights) / 2;
    }

    /** Specialisation of every region of a matrix against the sum of all regions. */
    public static double[] specializationAll(double[][] values) {
        double[] k = Krugman.specializationAll(values);
        for (int r = 0; r < k.length; r++) {
            k[r] /= 2;
        }
        return k;
    }

    /** Localisation (concentration) of every industry of a matrix against the regions' totals. */
    public static double[] localizationAll(double[][] values) {
        double[] k = Krugman.concentrationAll(values);
        for (int i = 0; i < k.length; i++) {
            k[i] /= 2;
        }
        return k;
    }
}
