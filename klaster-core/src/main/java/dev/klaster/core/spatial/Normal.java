package dev.klaster.core.spatial;

/**
 * Standard normal tail probabilities, written here because no small library on the core's classpath has them.
 * {@code |x| < 5}: Marsaglia's (2004, doi:10.18637/jss.v011.i04) Taylor series for Φ (absolute error below 1e-15);
 * beyond, the Laplace continued fraction for the upper tail (relative error below 1e-14).
 */
public final class Normal {
    private static final double LOG_SQRT_2PI = 0.91893853320467274178;

    private Normal() {
    }

    /** Survival function {@code 1 − Φ(x)}. */
    public static double sf(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 1 - sf(-x);
        }
        if (x < 5) {
            return 0.5 - series(x);
        }
        // Q(x) = φ(x) / (x + 1/(x + 2/(x + 3/(x + ...)))), evaluated bottom-up with 60 terms
        double f = x;
        for (int k = 60; k >= 1; k--) {
            f = x + k / f;
        }
        return Math.exp(-0.5 * x * x - LOG_SQRT_2PI) / f;
    }

    /** {@code Φ(x)}. */
    public static double cdf(double x) {
        return sf(-x);
    }

    /** Two-sided p-value {@code 2 (1 − Φ(|z|))}. */
    public static double twoSided(double z) {
        return Math.min(1, 2 * sf(Math.abs(z)));
    }

    /** Φ(x) − ½ by Marsaglia's series. */
    private static double series(double x) {
        double s = x;
        double t = 0;
        double b = x;
        double q = x * x;
        double i = 1;
        while (s != t) {
            t = s;
            i += 2;
            b *= q / i;
            s = t + b;
        }
        return s * Math.exp(-0.5 * q - LOG_SQRT_2PI);
    }
}
