package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;
import dev.klaster.core.inputoutput.DenseLapack;
import dev.klaster.core.inputoutput.LeontiefModel;

import java.util.List;
/**
 * Economic weight of a regional cluster and the effect of its growth.
 *
 * <p><b>Contribution to GRDP</b>: share = VA_c,t / VA_t; contribution to growth (percentage points of GRDP growth)
 * = (VA_c,t − VA_c,t0) / VA_t0; share of growth = (VA_c,t − VA_c,t0) / (VA_t − VA_t0), NaN when GRDP did not change.
 * This is the usual growth-accounting decomposition of a sum (e.g. BPS "sumber pertumbuhan").
 *
 * <p><b>Growth scenario</b> (demand-driven Leontief model, Miller &amp; Blair 2009, "Input-Output Analysis", 2nd ed.,
 * ch. 2 and 6): a growth of X % in the final demand of each cluster industry, Δf_j = X/100 · f_j for j in the
 * cluster, 0 elsewhere; Δx = L Δf; ΔVA = Σ_i v_i Δx_i and Δjobs = Σ_i e_i Δx_i with v, e the value-added and
 * employment coefficients per unit of output. The direct effect is v·Δf (e·Δf), the indirect effect the rest.
 * The Leontief step (A = Z x̂⁻¹, LU of I − A with its productivity and conditioning checks, Δx by triangular solves)
 * is the input-output module's {@link LeontiefModel}; this class adds only the cluster-specific parts.
 */
public final class Impact {
    private Impact() {
    }

    /** Contribution of a cluster to GRDP and its growth. */
    public record Contribution(double share, double growthContributionPoints, double shareOfGrowth) {
    }

    /** Effect of a growth scenario: totals, direct and indirect, and Δx per industry. */
    public record Scenario(double[] deltaFinalDemand, double[] deltaOutput, double valueAdded, double valueAddedDirect,
                           double jobs, double jobsDirect) {
        public double valueAddedIndirect() {
            return valueAdded - valueAddedDirect;
        }

        public double jobsIndirect() {
            return jobs - jobsDirect;
        }
    }

    public static Contribution contribution(double clusterStart, double clusterEnd, double totalStart,
                                            double totalEnd) {
        double share = totalEnd != 0 ? clusterEnd / totalEnd : Double.NaN;
        double pts = totalStart != 0 ? (clusterEnd - clusterStart) / totalStart : Double.NaN;
        double ofGrowth = totalEnd != totalStart ? (clusterEnd - clusterStart) / (totalEnd - totalStart) : Double.NaN;
        return new Contribution(share, pts, ofGrowth);
    }

    /**
     * The demand-driven model of intermediate flows Z and output x: a_ij = z_ij / x_j (a zero column where x_j = 0),
     * handed to {@link LeontiefModel#ofCoefficients}, which rejects negative coefficients, unproductive sectors
     * (column sum of A ≥ 1) and a (numerically) singular I − A with an {@link IllegalArgumentException}.
     *
     * @param codes sector codes in the order of Z (used in messages)
     */
    public static LeontiefModel model(double[][] z, double[] output, List<String> codes) {
        int n = Checks.square("Z (intermediate flows)", z);
        Checks.length("output", output, n);
        if (codes.size() != n) {
            throw new IllegalArgumentException("Z is " + n + " × " + n + " but there are " + codes.size() + " codes");
        }
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = output[j] > 0 ? z[i][j] / output[j] : 0;
            }
        }
        return LeontiefModel.ofCoefficients(a, codes, DenseLapack.Backend.AUTO);
    }

    /**
     * @param model the Leontief model (L = (I − A)⁻¹ is applied by {@link LeontiefModel#solve})
     * @param finalDemand f per industry (or the output base to grow)
     * @param members industries of the cluster
     * @param growthPercent X, e.g. 10 for 10 %
     * @param vaCoefficients v_i = VA_i / x_i
     * @param jobCoefficients e_i = employment_i / x_i (may be null: jobs then NaN)
     */
    public static Scenario growth(LeontiefModel model, double[] finalDemand, int[] members, double growthPercent,
                                  double[] vaCoefficients, double[] jobCoefficients) {
        int n = model.size();
        Checks.length("final demand", finalDemand, n);
        Checks.length("value-added coefficients", vaCoefficients, n);
        if (jobCoefficients != null) {
            Checks.length("employment coefficients", jobCoefficients, n);
        }
        if (!Double.isFinite(growthPercent)) {
            throw new IllegalArgumentException("growth percent is " + growthPercent);
        }
        double[] df = new double[n];
        for (int j : members) {
            if (j < 0 || j >= n) {
                throw new IllegalArgumentException("cluster member index " + j + " is outside 0.." + (n - 1));
            }
            df[j] = growthPercent / 100.0 * finalDemand[j];
        }
        double[] dx = model.solve(df);
        double va = 0;
        double vaDirect = 0;
        double jobs = jobCoefficients == null ? Double.NaN : 0;
        double jobsDirect = jobCoefficients == null ? Double.NaN : 0;
        for (int i = 0; i < n; i++) {
            va += vaCoefficients[i] * dx[i];
            vaDirect += vaCoefficients[i] * df[i];
            if (jobCoefficients != null) {
                jobs += jobCoefficients[i] * dx[i];
                jobsDirect += jobCoefficients[i] * df[i];
            }
        }
        return new Scenario(df, dx, va, vaDirect, jobs, jobsDirect);
    }
}
