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
 *
 * <p><b>Units</b>. The IO table (Z, x; e.g. million IDR at current prices in the BPS table) and the panel (value
 * added, e.g. billion IDR at 2010 prices in PDRB; employment in persons) are in different units and price bases and
 * must never be added together. {@link #basis} therefore uses the table only through unit-free quantities — the
 * coefficients a_ij = z_ij / x_j and the shock relative to output, Δf_j / x_j — and the panel only through its
 * national value added VA_i and employment E_i per industry: the value-added and employment coefficients are
 * v_i = VA_i / x_i and e_i = E_i / x_i (panel units per unit of table output), so that
 * ΔVA = Σ_i VA_i · Δx_i / x_i and Δjobs = Σ_i E_i · Δx_i / x_i are in the <em>panel's</em> units (each industry's
 * value added and employment grow in proportion to its output, the fixed-coefficient assumption of the model).
 * The results do not change when Z and x are rescaled together (e.g. ×1000). When the table has first been put
 * in the panel's units (x'_j = VA_j / (v_j / x_j) with the table's value-added share, as {@code klaster clusters}
 * does), x' is the panel-unit output and the same formulas give the classic v·Δx. Δf and Δx of a
 * {@link Scenario} stay in the units of the x passed to {@link #basis}.
 */
public final class Impact {
    private Impact() {
    }

    /** Contribution of a cluster to GRDP and its growth. */
    public record Contribution(double share, double growthContributionPoints, double shareOfGrowth) {
    }

    /**
     * Effect of a growth scenario: totals, direct and indirect, and Δx per industry. Δf and Δx are in the units of
     * the output the model was built from; value added and jobs in the units of the coefficients (the panel's, for
     * a {@link Basis}).
     */
    public record Scenario(double[] deltaFinalDemand, double[] deltaOutput, double valueAdded, double valueAddedDirect,
                           double jobs, double jobsDirect) {
        public double valueAddedIndirect() {
            return valueAdded - valueAddedDirect;
        }

        public double jobsIndirect() {
            return jobs - jobsDirect;
        }
    }

    /**
     * Everything the growth scenario needs, unit-consistent (see the class comment): the Leontief model of
     * A = Z x̂⁻¹, final demand f_j = max(0, x_j − Σ_k z_jk) in the table's units (a negative residual, e.g. from
     * inventory draw-downs, is taken as no final demand to grow) and the coefficients v_i = VA_i / x_i,
     * e_i = E_i / x_i that turn Δx into panel value added and employment.
     */
    public record Basis(LeontiefModel model, double[] finalDemand, double[] vaCoefficients, double[] jobCoefficients) {
        /** The scenario of X % growth of the members' final demand, in panel units. */
        public Scenario growth(int[] members, double growthPercent) {
            return Impact.growth(model, finalDemand, members, growthPercent, vaCoefficients, jobCoefficients);
        }
    }

    /**
     * Builds the unit-consistent {@link Basis}.
     *
     * @param z intermediate flows (any unit, e.g. million IDR), rows selling to columns, in the order of codes
     * @param output gross output per sector in the same unit as Z (not a proxy mixing panel and table units)
     * @param codes sector codes (messages)
     * @param panelValueAdded national value added per industry in the panel's units (same order)
     * @param panelEmployment national employment per industry (may be null: jobs NaN)
     * @throws IllegalArgumentException for a non-positive or non-finite output, a negative or non-finite panel
     *         value, or an unproductive / singular table (from {@link #model})
     */
    public static Basis basis(double[][] z, double[] output, List<String> codes, double[] panelValueAdded,
                              double[] panelEmployment) {
        int n = Checks.square("Z (intermediate flows)", z);
        Checks.length("output", output, n);
        Checks.length("panel value added", panelValueAdded, n);
        if (panelEmployment != null) {
            Checks.length("panel employment", panelEmployment, n);
        }
        for (int j = 0; j < n; j++) {
            String code = j < codes.size() ? codes.get(j) : Integer.toString(j);
            if (!(output[j] > 0) || !Double.isFinite(output[j])) {
                throw new IllegalArgumentException("output of sector " + code + " is " + output[j]
                        + "; the impact needs a positive output in the IO table's units");
            }
            if (!(panelValueAdded[j] >= 0) || !Double.isFinite(panelValueAdded[j])) {
                throw new IllegalArgumentException("panel value added of industry " + code + " is "
                        + panelValueAdded[j]);
            }
        }
        LeontiefModel model = model(z, output, codes);
        double[] f = new double[n];
        double[] v = new double[n];
        double[] e = panelEmployment == null ? null : new double[n];
        for (int i = 0; i < n; i++) {
            double sales = 0;
            for (int j = 0; j < n; j++) {
                sales += z[i][j];
            }
            f[i] = Math.max(0, output[i] - sales);
            v[i] = panelValueAdded[i] / output[i];
            if (e != null) {
                e[i] = panelEmployment[i] / output[i];
            }
        }
        return new Basis(model, f, v, e);
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
