package dev.klaster.core.inputoutput;

import java.util.List;

/**
 * Demand-driven impact scenarios: a change in final demand Δf gives Δx = L Δf (Type I, open model) or the first n
 * rows of L̄ Δf (Type II, households endogenous; see {@link Multipliers}), and with fixed coefficients the changes in
 * value added (v/x)·Δx, labour income (w/x)·Δx and jobs (e/x)·Δx per sector (Miller &amp; Blair 2009 §2.3, §6.2).
 *
 * <p>The simple entry point for other modules is {@link #of(IoTable, double[])}.
 */
public final class Impact {
    private Impact() {
    }

    /** Open (Type I) or closed with households (Type II). */
    public enum Closure { TYPE_I, TYPE_II }

    /**
     * Changes per sector (aligned with codes); income / jobs / value added are NaN arrays when the table lacks
     * compensation / employment / value added.
     */
    public record Result(List<String> codes, Closure closure, double[] deltaFinalDemand, double[] deltaOutput,
                         double[] deltaValueAdded, double[] deltaIncome, double[] deltaEmployment) {
        public double totalOutput() {
            return Matrices.sum(deltaOutput);
        }

        public double totalValueAdded() {
            return Matrices.sum(deltaValueAdded);
        }

        public double totalIncome() {
            return Matrices.sum(deltaIncome);
        }

        public double totalEmployment() {
            return Matrices.sum(deltaEmployment);
        }
    }

    /** Type I impact of a final-demand change (same units as the table). */
    public static Result of(IoTable t, double[] deltaFinalDemand) {
        return of(t, LeontiefModel.of(t), deltaFinalDemand, Closure.TYPE_I);
    }

    public static Result of(IoTable t, LeontiefModel model, double[] deltaFinalDemand, Closure closure) {
        if (deltaFinalDemand.length != t.size()) {
            throw new IllegalArgumentException("final-demand change has " + deltaFinalDemand.length
                    + " values, the table has " + t.size() + " sectors");
        }
        for (int i = 0; i < deltaFinalDemand.length; i++) {
            if (!Double.isFinite(deltaFinalDemand[i])) {
                throw new IllegalArgumentException("final-demand change of sector " + t.codes().get(i)
                        + " is not finite (" + deltaFinalDemand[i] + ")");
            }
        }
        double[] x = t.output();
        double[] dx = model.solve(deltaFinalDemand);
        if (closure == Closure.TYPE_II) {
            double[] w = t.compensation();
            if (w == null || !t.hasDemand(IoTable.DemandKind.HOUSEHOLDS)) {
                throw new IllegalArgumentException("Type II impact needs compensation of employees and household "
                        + "consumption in the table");
            }
            Multipliers.Closure c = Multipliers.Closure.of(model, Matrices.divide(w, x),
                    t.finalDemand(IoTable.DemandKind.HOUSEHOLDS), Matrices.sum(w));
            if (c == null) {
                throw new IllegalArgumentException("the closed (Type II) model of this table is not productive");
            }
            dx = c.closedOutput(dx);
        }
        return new Result(t.codes(), closure, deltaFinalDemand.clone(), dx, times(t.valueAdded(), x, dx),
                times(t.compensation(), x, dx), times(t.employment(), x, dx));
    }

    /** v_i / x_i · Δx_i, or NaN when v is null. */
    private static double[] times(double[] v, double[] x, double[] dx) {
        double[] r = new double[dx.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = v == null ? Double.NaN : v[i] / x[i] * dx[i];
        }
        return r;
    }

    /**
     * A final-demand change that scales one sector's demand of one kind (e.g. exports of C by +10%:
     * {@code growth(t, "C", DemandKind.EXPORTS, 0.10)}); kind null means all final demand of the sector.
     */
    public static double[] growth(IoTable t, String sector, IoTable.DemandKind kind, double rate) {
        int i = t.indexOf(sector);
        if (kind != null && !t.hasDemand(kind)) {
            throw new IllegalArgumentException("the table has no final-demand column of kind " + kind);
        }
        double[] f = kind == null ? t.finalDemand() : t.finalDemand(kind);
        double[] d = new double[t.size()];
        d[i] = f[i] * rate;
        return d;
    }
}
