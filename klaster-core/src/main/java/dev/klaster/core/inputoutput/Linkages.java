package dev.klaster.core.inputoutput;

import java.util.Arrays;
import java.util.List;

/**
 * Backward and forward linkages, Rasmussen–Hirschman indices and key-sector classification.
 *
 * <ul>
 *   <li>Direct backward linkage {@code DBL_j = Σ_i a_ij} (Chenery &amp; Watanabe 1958); direct forward linkage
 *       {@code DFL_i = Σ_j b_ij} with Ghosh allocation coefficients b (Miller &amp; Blair 2009 §12.2).</li>
 *   <li>Total backward linkage {@code TBL_j = Σ_i l_ij} (column sums of L; Rasmussen 1956).</li>
 *   <li>Total forward linkage: {@link ForwardBasis#LEONTIEF} row sums of L (Rasmussen's original "sensitivity of
 *       dispersion") or {@link ForwardBasis#GHOSH} row sums of the Ghosh inverse G = x̂⁻¹ L x̂, computed as
 *       {@code (L x)_i / x_i}. Miller &amp; Blair (2009, §12.2.2) recommend the Ghosh basis; the Eurostat Manual
 *       (2008, ch. 15) reports Ghosh forward linkages.</li>
 *   <li>Power of dispersion {@code U_j = TBL_j / mean(TBL)} and sensitivity of dispersion
 *       {@code S_i = TFL_i / mean(TFL)} (Rasmussen 1956; Hirschman 1958), both with mean 1.</li>
 *   <li>Key-sector classification: U &gt; 1 and S &gt; 1 key; U &gt; 1 only backward-oriented; S &gt; 1 only
 *       forward-oriented; else weak (Miller &amp; Blair 2009 §12.2.3, following Rasmussen/Hirschman).</li>
 * </ul>
 * No full inverse is formed: all totals are solves with the factorised (I − A).
 */
public final class Linkages {
    private Linkages() {
    }

    /** Which inverse the total forward linkage is taken from. */
    public enum ForwardBasis { LEONTIEF, GHOSH }

    /** Key-sector classes. */
    public enum SectorType {
        KEY("key"), BACKWARD_ORIENTED("backward-oriented"), FORWARD_ORIENTED("forward-oriented"), WEAK("weak");

        private final String label;

        SectorType(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Classification from the power (U) and sensitivity (S) of dispersion. */
        public static SectorType of(double u, double s) {
            if (u > 1 && s > 1) {
                return KEY;
            }
            if (u > 1) {
                return BACKWARD_ORIENTED;
            }
            return s > 1 ? FORWARD_ORIENTED : WEAK;
        }
    }

    /** Linkages per sector, arrays aligned with {@link #codes()}. */
    public record Result(List<String> codes, ForwardBasis basis, double[] directBackward, double[] directForward,
                         double[] totalBackward, double[] totalForward, double[] powerOfDispersion,
                         double[] sensitivityOfDispersion, SectorType[] type) {
    }

    public static Result of(IoTable t, ForwardBasis basis) {
        return of(t, LeontiefModel.of(t), basis);
    }

    public static Result of(IoTable t, LeontiefModel model, ForwardBasis basis) {
        double[] x = t.output();
        double[][] z = t.zView(); // read only: no n² copy
        int n = x.length;
        double[] dfl = new double[n];
        for (int i = 0; i < n; i++) {
            double[] row = z[i];
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += row[j];
            }
            dfl[i] = s / x[i];
        }
        return of(model, x, dfl, basis);
    }

    /**
     * Linkages from a model, the output vector and the direct forward linkages (row sums of B); used by
     * benchmarks and by callers that have no {@link IoTable}.
     */
    public static Result of(LeontiefModel model, double[] x, double[] directForward, ForwardBasis basis) {
        int n = model.size();
        double[] dbl = model.coefficientColumnSums();
        double[] tbl = model.outputMultipliers();
        double[] tfl;
        if (basis == ForwardBasis.LEONTIEF) {
            double[] ones = new double[n];
            Arrays.fill(ones, 1.0);
            tfl = model.solve(ones);
        } else {
            tfl = model.solve(x);
            for (int i = 0; i < n; i++) {
                tfl[i] /= x[i];
            }
        }
        double[] u = normalise(tbl);
        double[] s = normalise(tfl);
        SectorType[] type = new SectorType[n];
        for (int i = 0; i < n; i++) {
            type[i] = SectorType.of(u[i], s[i]);
        }
        return new Result(model.codes(), basis, dbl, directForward.clone(), tbl, tfl, u, s, type);
    }

    private static double[] normalise(double[] v) {
        double mean = Matrices.sum(v) / v.length;
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            r[i] = v[i] / mean;
        }
        return r;
    }
}
