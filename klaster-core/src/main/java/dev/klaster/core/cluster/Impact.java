package dev.klaster.core.cluster;

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
 * L comes from the IO module (or any Leontief inverse), so this class stays over plain arrays.
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
     * @param leontief L = (I − A)⁻¹, n × n
     * @param finalDemand f per industry (or the output base to grow)
     * @param members industries of the cluster
     * @param growthPercent X, e.g. 10 for 10 %
     * @param vaCoefficients v_i = VA_i / x_i
     * @param jobCoefficients e_i = employment_i / x_i (may be null: jobs then NaN)
     */
    public static Scenario growth(double[][] leontief, double[] finalDemand, int[] members, double growthPercent,
                                  double[] vaCoefficients, double[] jobCoefficients) {
        int n = Checks.square(leontief, "Leontief inverse");
        Checks.length(finalDemand, n, "final demand");
        Checks.length(vaCoefficients, n, "value-added coefficients");
        if (jobCoefficients != null) {
            Checks.length(jobCoefficients, n, "employment coefficients");
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
        double[] dx = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += leontief[i][j] * df[j];
            }
            dx[i] = s;
        }
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
