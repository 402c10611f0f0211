package dev.klaster.core.inputoutput;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable symmetric (sector × sector) input-output table in values: intermediate transactions {@code Z}
 * (row = selling sector, column = buying sector), final-demand columns, primary-input rows (imports, taxes, value
 * added and its components), total output {@code x}, and optionally employment per sector.
 *
 * <p>Validated at construction (see {@link Builder#build()}): square Z whose size matches the codes, no missing (NaN)
 * or infinite values anywhere, no negative intermediate transactions or outputs, and a positive output for every
 * sector (otherwise its input coefficients are undefined). Final demand and primary inputs may be negative
 * (inventory change, subsidies). Balance (row and column totals against x) is <em>reported</em>, not enforced:
 * see {@link #balance(double)}. Arrays are copied in and out.
 */
public final class IoTable {
    /** Role of a final-demand column. */
    public enum DemandKind { HOUSEHOLDS, NPISH, GOVERNMENT, INVESTMENT, INVENTORIES, EXPORTS, OTHER }

    /** Role of a primary-input row. */
    public enum InputKind {
        /** Imported intermediate inputs (a leakage, not value added). */
        IMPORTS,
        /** Taxes less subsidies on products (not value added at basic prices). */
        TAXES_ON_PRODUCTS,
        /** Compensation of employees (household income in Type II models), a component of value added. */
        COMPENSATION,
        /** Operating surplus / mixed income, a component of value added. */
        OPERATING_SURPLUS,
        /** Other value-added components (other net taxes on production, consumption of fixed capital). */
        OTHER_VALUE_ADDED,
        /** Total value added (gross, at basic prices); when present, the components above are detail of it. */
        VALUE_ADDED
    }

    /** A named final-demand column. */
    public record DemandColumn(String code, String label, DemandKind kind, double[] values) {
        public DemandColumn {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /** A named primary-input row. */
    public record InputRow(String code, String label, InputKind kind, double[] values) {
        public InputRow {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(kind, "kind");
            values = values.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    private final String source;
    private final boolean synthetic;
    private final List<String> codes;
    private final List<String> names;
    private final double[][] z;
    private final List<DemandColumn> demand;
    private final List<InputRow> inputs;
    private final double[] output;
    private final double[] employment;
    private final List<String> warnings;

    private IoTable(Builder b) {
        this.source = b.source;
        this.synthetic = b.synthetic;
        this.codes = List.copyOf(b.codes);
        this.names = List.copyOf(b.names);
        this.z = Matrices.copy(b.z);
        this.demand = List.copyOf(b.demand);
        this.inputs = List.copyOf(b.inputs);
        this.output = b.output.clone();
        this.employment = b.employment == null ? null : b.employment.clone();
        this.warnings = List.copyOf(b.warnings);
    }

    public static Builder builder(List<String> codes, List<String> names) {
        return new Builder(codes, names);
    }

    public String source() {
        return source;
    }

    /**
     * What the reader changed in the user's numbers (e.g. small negative transactions set to 0), one sentence each;
     * commands print these as warnings so that nothing is fixed silently. Empty when nothing was changed.
     */
    public List<String> warnings() {
        return warnings;
    }

    /** True for generated demo tables (not real statistics). */
    public boolean synthetic() {
        return synthetic;
    }

    public int size() {
        return codes.size();
    }

    public List<String> codes() {
        return codes;
    }

    public List<String> names() {
        return names;
    }

    /** Index of a sector code; IllegalArgumentException naming the code and the known codes when absent. */
    public int indexOf(String code) {
        int i = codes.indexOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("unknown sector '" + code + "'; sectors are " + codes);
        }
        return i;
    }

    public double[][] z() {
        return Matrices.copy(z);
    }

    /** The intermediate-use matrix itself, not a copy (package-private: callers must not modify it). */
    double[][] zView() {
        return z;
    }

    /** Total output itself, not a copy (package-private: callers must not modify it). */
    double[] outputView() {
        return output;
    }

    public double[] output() {
        return output.clone();
    }

    public List<DemandColumn> demandColumns() {
        return demand;
    }

    public List<InputRow> inputRows() {
        return inputs;
    }

    /** Employment per sector, or {@code null} when the table has none. */
    public double[] employment() {
        return employment == null ? null : employment.clone();
    }

    /** Total final demand per sector (sum of all final-demand columns). */
    public double[] finalDemand() {
        double[] f = new double[size()];
        for (DemandColumn c : demand) {
            Matrices.addTo(f, c.values);
        }
        return f;
    }

    /** Sum of the final-demand columns of one kind (zeros when there is none). */
    public double[] finalDemand(DemandKind kind) {
        double[] f = new double[size()];
        for (DemandColumn c : demand) {
            if (c.kind == kind) {
                Matrices.addTo(f, c.values);
            }
        }
        return f;
    }

    /** True when at least one final-demand column has this kind. */
    public boolean hasDemand(DemandKind kind) {
        return demand.stream().anyMatch(c -> c.kind == kind);
    }

    /** Sum of the primary-input rows of one kind, or {@code null} when there is none. */
    public double[] inputs(InputKind kind) {
        double[] s = null;
        for (InputRow r : inputs) {
            if (r.kind == kind) {
                if (s == null) {
                    s = new double[size()];
                }
                Matrices.addTo(s, r.values);
            }
        }
        return s;
    }

    /**
     * Gross value added per sector: the {@link InputKind#VALUE_ADDED} row when present, else the sum of the
     * component rows (compensation, operating surplus, other); {@code null} when the table has neither.
     */
    public double[] valueAdded() {
        double[] va = inputs(InputKind.VALUE_ADDED);
        if (va != null) {
            return va;
        }
        for (InputKind k : new InputKind[] {InputKind.COMPENSATION, InputKind.OPERATING_SURPLUS,
                InputKind.OTHER_VALUE_ADDED}) {
            double[] part = inputs(k);
            if (part != null) {
                if (va == null) {
                    va = new double[size()];
                }
                Matrices.addTo(va, part);
            }
        }
        return va;
    }

    /** Compensation of employees per sector, or {@code null}. */
    public double[] compensation() {
        return inputs(InputKind.COMPENSATION);
    }

    /**
     * Row and column balance against total output: row i: Σ_j z_ij + Σ f_i − x_i; column j: Σ_i z_ij + primary
     * inputs_j − x_j, where primary inputs are imports + taxes on products + value added (its components count only
     * when no total value-added row is given).
     *
     * @param relativeTolerance differences above this share of x_i are listed as mismatches
     */
    public Balance balance(double relativeTolerance) {
        int n = size();
        double[] f = finalDemand();
        double[] va = valueAdded();
        double[] rowDiff = new double[n];
        double[] colDiff = new double[n];
        for (int i = 0; i < n; i++) {
            double r = f[i];
            double c = va == null ? 0 : va[i];
            for (int j = 0; j < n; j++) {
                r += z[i][j];
                c += z[j][i];
            }
            for (InputRow row : inputs) {
                if (row.kind == InputKind.IMPORTS || row.kind == InputKind.TAXES_ON_PRODUCTS) {
                    c += row.values[i];
                }
            }
            rowDiff[i] = r - output[i];
            colDiff[i] = c - output[i];
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double tol = relativeTolerance * Math.abs(output[i]);
            if (Math.abs(rowDiff[i]) > tol) {
                problems.add(String.format(java.util.Locale.ROOT,
                        "row of sector %s: intermediate + final demand − output = %.6g (%.3g%% of output)",
                        codes.get(i), rowDiff[i], 100 * rowDiff[i] / output[i]));
            }
            if (va != null && Math.abs(colDiff[i]) > tol) {
                problems.add(String.format(java.util.Locale.ROOT,
                        "column of sector %s: intermediate + primary inputs − output = %.6g (%.3g%% of output)",
                        codes.get(i), colDiff[i], 100 * colDiff[i] / output[i]));
            }
        }
        return new Balance(rowDiff, colDiff, va != null, problems);
    }

    /**
     * Result of a balance check.
     *
     * @param rowDifference per sector, Σ_j z_ij + f_i − x_i
     * @param columnDifference per sector, Σ_i z_ij + primary inputs − x_j (meaningful only when columnsChecked)
     * @param columnsChecked false when the table has no value-added rows
     * @param mismatches human-readable lines naming each sector beyond the tolerance
     */
    public record Balance(double[] rowDifference, double[] columnDifference, boolean columnsChecked,
                          List<String> mismatches) {
        public boolean balanced() {
            return mismatches.isEmpty();
        }
    }

    /** Builder; {@link #build()} validates. */
    public static final class Builder {
        private final List<String> codes;
        private final List<String> names;
        private String source = "";
        private boolean synthetic;
        private double[][] z;
        private final List<DemandColumn> demand = new ArrayList<>();
        private final List<InputRow> inputs = new ArrayList<>();
        private double[] output;
        private double[] employment;
        private final List<String> warnings = new ArrayList<>();

        private Builder(List<String> codes, List<String> names) {
            this.codes = List.copyOf(codes);
            this.names = names == null ? List.copyOf(codes) : List.copyOf(names);
        }

        public Builder source(String s, boolean isSynthetic) {
            this.source = s;
            this.synthetic = isSynthetic;
            return this;
        }

        /** Records a change the reader made to the user's numbers (see {@link IoTable#warnings()}). */
        public Builder warning(String w) {
            warnings.add(w);
            return this;
        }

        /** Carries the warnings of the table this one is derived from. */
        public Builder warnings(List<String> ws) {
            warnings.addAll(ws);
            return this;
        }

        String sourceText() {
            return source;
        }

        public Builder z(double[][] zz) {
            this.z = zz;
            return this;
        }

        public Builder output(double[] x) {
            this.output = x;
            return this;
        }

        public Builder employment(double[] e) {
            this.employment = e;
            return this;
        }

        public Builder demand(String code, String label, DemandKind kind, double[] values) {
            demand.add(new DemandColumn(code, label, kind, values));
            return this;
        }

        public Builder input(String code, String label, InputKind kind, double[] values) {
            inputs.add(new InputRow(code, label, kind, values));
            return this;
        }

        /**
         * Validates and builds.
         *
         * @throws IllegalArgumentException naming the sector and value: non-square Z, size mismatches, duplicate
         *     codes, NaN/infinite values, negative z or x, zero output
         */
        public IoTable build() {
            int n = codes.size();
            if (n == 0) {
                throw new IllegalArgumentException("an input-output table needs at least one sector");
            }
            if (names.size() != n) {
                throw new IllegalArgumentException(n + " sector codes but " + names.size() + " names");
            }
            if (codes.stream().distinct().count() != n) {
                throw new IllegalArgumentException("duplicate sector codes in " + codes);
            }
            if (z == null || output == null) {
                throw new IllegalArgumentException("Z and output x are required");
            }
            if (z.length != n) {
                throw new IllegalArgumentException("Z has " + z.length + " rows but there are " + n + " sectors");
            }
            for (int i = 0; i < n; i++) {
                if (z[i] == null || z[i].length != n) {
                    throw new IllegalArgumentException("Z is not square: row " + codes.get(i) + " has "
                            + (z[i] == null ? 0 : z[i].length) + " entries, expected " + n);
                }
                for (int j = 0; j < n; j++) {
                    double v = z[i][j];
                    if (!Double.isFinite(v)) {
                        throw new IllegalArgumentException("Z[" + codes.get(i) + "][" + codes.get(j)
                                + "] is missing or not finite (" + v + ")");
                    }
                    if (v < 0) {
                        throw new IllegalArgumentException("Z[" + codes.get(i) + "][" + codes.get(j)
                                + "] is negative (" + v + "); intermediate transactions must be ≥ 0");
                    }
                }
            }
            check("output x", output, n);
            for (int i = 0; i < n; i++) {
                if (!(output[i] > 0)) {
                    throw new IllegalArgumentException("output of sector " + codes.get(i) + " is " + output[i]
                            + "; every sector needs a positive output (drop or merge empty sectors)");
                }
            }
            if (employment != null) {
                check("employment", employment, n);
                for (int i = 0; i < n; i++) {
                    if (employment[i] < 0) {
                        throw new IllegalArgumentException("employment of sector " + codes.get(i)
                                + " is negative (" + employment[i] + ")");
                    }
                }
            }
            for (DemandColumn c : demand) {
                check("final-demand column " + c.code(), c.values, n);
            }
            for (InputRow r : inputs) {
                check("primary-input row " + r.code(), r.values, n);
            }
            return new IoTable(this);
        }

        private void check(String what, double[] v, int n) {
            if (v.length != n) {
                throw new IllegalArgumentException(what + " has " + v.length + " values, expected " + n);
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(v[i])) {
                    throw new IllegalArgumentException(what + " of sector " + codes.get(i)
                            + " is missing or not finite (" + v[i] + ")");
                }
            }
        }
    }

    @Override
    public String toString() {
        return "IoTable[" + size() + " sectors, " + source + (synthetic ? ", SYNTHETIC" : "") + "]" 
                + Arrays.toString(codes.toArray());
    }
}
