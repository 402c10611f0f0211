package dev.klaster.core.inputoutput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Output, income, value-added and employment multipliers, Type I and Type II, split into direct, indirect and induced
 * parts (see {@link Multiplier}).
 *
 * <p><b>Closed model.</b> Households are made endogenous as in Miller &amp; Blair (2009, §2.5, §6.2.2): a household
 * row of labour-income coefficients {@code h_R = w/x} (compensation of employees per unit of output) and a household
 * column of consumption coefficients {@code h_C = c_H / Σ w} (household final consumption per unit of total labour
 * income), with the household-to-household coefficient set to 0. Instead of inverting the (n+1)×(n+1) matrix, the
 * Type II multipliers use the partitioned (Sherman–Morrison) form
 * {@code cᵀ L̄₁₁ = cᵀL + (cᵀ L h_C)(h_Rᵀ L) / (1 − h_Rᵀ L h_C)}, which needs only two extra solves. The known
 * consequence, that the ratio Type II / Type I of the income multipliers is the same for all sectors
 * ({@code 1 / (1 − h_Rᵀ L h_C)}), is checked in the tests. When the closed model is not productive
 * ({@code h_Rᵀ L h_C ≥ 1}) or the table lacks compensation or household consumption, Type II values are NaN and
 * {@link Result#notes()} says why.
 */
public final class Multipliers {
    private Multipliers() {
    }

    /** All multipliers of a table; families the table has no data for (e.g. employment) are absent. */
    public record Result(List<String> codes, Map<Multiplier.Kind, Multiplier> multipliers, boolean typeII,
                         double typeIIIncomeRatio, List<String> notes) {
        public Multiplier get(Multiplier.Kind k) {
            Multiplier m = multipliers.get(k);
            if (m == null) {
                throw new IllegalArgumentException("no " + k.id() + " multipliers for this table (missing data)");
            }
            return m;
        }
    }

    public static Result of(IoTable t) {
        return of(t, LeontiefModel.of(t));
    }

    public static Result of(IoTable t, LeontiefModel model) {
        int n = t.size();
        double[] x = t.output();
        List<String> notes = new ArrayList<>();
        double[] w = t.compensation();
        double[] hC = t.hasDemand(IoTable.DemandKind.HOUSEHOLDS) ? t.finalDemand(IoTable.DemandKind.HOUSEHOLDS)
                : null;
        Closure closure = null;
        if (w == null) {
            notes.add("no compensation of employees in the table: income multipliers and Type II are NaN");
        } else if (hC == null) {
            notes.add("no household consumption column in the table: Type II multipliers are NaN");
        } else {
            closure = Closure.of(model, Matrices.divide(w, x), hC, Matrices.sum(w));
            if (closure == null) {
                notes.add("closed (Type II) model is not productive: h_R·L·h_C ≥ 1; Type II multipliers are NaN");
            }
        }
        Map<Multiplier.Kind, Multiplier> out = new EnumMap<>(Multiplier.Kind.class);
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        double[] va = t.valueAdded();
        double[] e = t.employment();
        if (va == null) {
            notes.add("no value added in the table: value-added multipliers omitted");
        }
        if (e == null) {
            notes.add("no employment in the table: employment multipliers omitted");
        }
        List<Multiplier.Kind> kinds = new ArrayList<>();
        List<double[]> coefficients = new ArrayList<>();
        kinds.add(Multiplier.Kind.OUTPUT);
        coefficients.add(ones);
        if (w != null) {
            kinds.add(Multiplier.Kind.INCOME);
            coefficients.add(Matrices.divide(w, x));
        }
        if (va != null) {
            kinds.add(Multiplier.Kind.VALUE_ADDED);
            coefficients.add(Matrices.divide(va, x));
        }
        if (e != null) {
            kinds.add(Multiplier.Kind.EMPLOYMENT);
            coefficients.add(Matrices.divide(e, x));
        }
        // all Lᵀc in one LAPACK call
        double[][] typeI = model.solveAll(coefficients.toArray(new double[0][]), true);
        for (int k = 0; k < kinds.size(); k++) {
            out.put(kinds.get(k), family(kinds.get(k), coefficients.get(k), typeI[k], closure));
        }
        return new Result(t.codes(), out, closure != null, closure == null ? Double.NaN : closure.k, notes);
    }

    /**
     * One multiplier family for coefficient vector c (effect per unit of output).
     *
     * @param typeI {@code Lᵀc}
     * @param closure the household closure, or null for Type I only (Type II arrays are NaN)
     */
    static Multiplier family(Multiplier.Kind kind, double[] c, double[] typeI, Closure closure) {
        int n = c.length;
        double[] direct = c.clone();
        double[] indirect = new double[n];
        double[] typeII = new double[n];
        double[] induced = new double[n];
        double[] r1 = new double[n];
        double[] r2 = new double[n];
        double cv = closure == null ? Double.NaN : Matrices.dot(c, closure.lhC);
        for (int j = 0; j < n; j++) {
            indirect[j] = typeI[j] - direct[j];
            typeII[j] = closure == null ? Double.NaN : typeI[j] + cv * closure.k * closure.hRL[j];
            induced[j] = typeII[j] - typeI[j];
            r1[j] = c[j] == 0 ? Double.NaN : typeI[j] / c[j];
            r2[j] = c[j] == 0 ? Double.NaN : typeII[j] / c[j];
        }
        return new Multiplier(kind, direct, typeI, indirect, typeII, induced, r1, r2);
    }

    /**
     * The household closure: {@code lhC = L·h_C}, {@code hRL = h_Rᵀ·L}, {@code k = 1/(1 − h_Rᵀ L h_C)}.
     */
    record Closure(double[] hR, double[] hC, double[] lhC, double[] hRL, double k) {
        /** @return null when the closed model is not productive */
        static Closure of(LeontiefModel model, double[] hR, double[] householdConsumption, double totalIncome) {
            double[] hC = householdConsumption.clone();
            for (int i = 0; i < hC.length; i++) {
                hC[i] /= totalIncome;
            }
            double[] lhC = model.solve(hC);
            double[] hRL = model.solveTransposed(hR);
            double s = Matrices.dot(hR, lhC);
            if (!(s < 1) || !(totalIncome > 0)) {
                return null;
            }
            return new Closure(hR, hC, lhC, hRL, 1 / (1 - s));
        }

        /** Closed-model output change (first n rows of L̄·Δf): L Δf + L h_C (h_R·L Δf) k. */
        double[] closedOutput(double[] openOutput) {
            double inc = Matrices.dot(hR, openOutput) * k;
            double[] r = openOutput.clone();
            for (int i = 0; i < r.length; i++) {
                r[i] += lhC[i] * inc;
            }
            return r;
        }
    }
}
