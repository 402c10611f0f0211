package dev.klaster.core.inputoutput;

import java.util.List;

/**
 * Hypothetical extraction of each sector in turn (complete extraction: the sector's row and column are removed and
 * the rest of the economy keeps its final demand; Dietzenbacher, van der Linden &amp; Steenge 1993; Miller &amp;
 * Lahr 2001; Miller &amp; Blair 2009 §12.2.5).
 *
 * <p>With x = L f and the partitioned inverse of (I − A) without row and column j, the reduced economy's output is
 * {@code x̄_i = x_i − l_ij x_j / l_jj} for i ≠ j, so the total output lost is
 * {@code T_j = x_j · (Σ_i l_ij) / l_jj} (the sector's own output plus the loss elsewhere). This closed form needs
 * the column sums and the diagonal of L; it is checked against a brute-force re-solve in the tests.
 */
public final class HypotheticalExtraction {
    private HypotheticalExtraction() {
    }

    /**
     * @param totalLoss T_j, total output lost when sector j is extracted
     * @param otherSectorsLoss T_j − x_j, the loss outside sector j (its backward and forward dependence)
     * @param lossShare T_j / Σ x, as a fraction of total output
     */
    public record Result(List<String> codes, double[] totalLoss, double[] otherSectorsLoss, double[] lossShare) {
    }

    public static Result of(IoTable t, LeontiefModel model) {
        double[] x = t.output();
        int n = x.length;
        double[] colSum = model.outputMultipliers();
        double[] diag = model.inverseDiagonal();
        double total = Matrices.sum(x);
        double[] loss = new double[n];
        double[] other = new double[n];
        double[] share = new double[n];
        for (int j = 0; j < n; j++) {
            loss[j] = x[j] * colSum[j] / diag[j];
            other[j] = loss[j] - x[j];
            share[j] = loss[j] / total;
        }
        return new Result(t.codes(), loss, other, share);
    }
}
