package dev.klaster.io.iotable;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain square transactions CSV plus a vectors CSV.
 *
 * <p>Transactions: header {@code code,<c1>,…,<cn>}; then n rows {@code <ci>,z_i1,…,z_in} in the same order (row =
 * selling sector). Vectors: header {@code code} and columns (any order) {@code output} (required),
 * {@code final_demand}, {@code value_added}, {@code compensation}, {@code household_consumption}, {@code exports},
 * {@code imports}, {@code employment}, {@code name}; one row per sector, same codes. When {@code final_demand} is
 * given, household consumption and exports are parts of it (the rest is "other final demand").
 */
public final class PlainIoReader {
    private PlainIoReader() {
    }

    public static IoTable read(Path transactions, Path vectors) {
        CsvGrid t = CsvGrid.read(transactions);
        List<String> codes = new ArrayList<>(t.header.subList(1, t.header.size()));
        int n = codes.size();
        if (t.rows.size() != n) {
            throw new InputDataException(transactions.toString(), 0, "", "", "transactions matrix is not square: "
                    + n + " sector columns but " + t.rows.size() + " rows");
        }
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            if (t.rows.get(i).size() != n + 1) {
                throw new InputDataException(transactions.toString(), t.lines.get(i), "", t.cell(i, 0),
                        "row has " + (t.rows.get(i).size() - 1) + " values, expected " + n + " (matrix not square)");
            }
            if (!t.cell(i, 0).equals(codes.get(i))) {
                throw new InputDataException(transactions.toString(), t.lines.get(i), t.header.get(0), t.cell(i, 0),
                        "row " + (i + 1) + " is sector '" + t.cell(i, 0) + "' but column " + (i + 1) + " is '"
                                + codes.get(i) + "'; rows and columns must list the sectors in the same order");
            }
            for (int j = 0; j < n; j++) {
                z[i][j] = t.nonNegative(i, j + 1, "intermediate transaction");
            }
        }
        CsvGrid v = CsvGrid.read(vectors);
        int codeCol = v.requireColumn("code");
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            row[i] = v.rowOf(codeCol, codes.get(i));
            if (row[i] < 0) {
                throw new InputDataException(vectors.toString(), 0, "code", codes.get(i),
                        "sector " + codes.get(i) + " of the transactions has no row in the vectors file");
            }
        }
        double[] x = vec(v, row, v.requireColumn("output"), "output");
        List<String> names = new ArrayList<>();
        int nameCol = v.column("name");
        for (int i = 0; i < n; i++) {
            names.add(nameCol < 0 ? codes.get(i) : v.cell(row[i], nameCol));
        }
        IoTable.Builder b = IoTable.builder(codes, names).source("plain IO table " + transactions.getFileName(), false)
                .z(z).output(x);
        double[] hh = optional(v, row, "household_consumption");
        double[] ex = optional(v, row, "exports");
        double[] fd = optional(v, row, "final_demand");
        if (hh != null) {
            b.demand("household_consumption", "household consumption", IoTable.DemandKind.HOUSEHOLDS, hh);
        }
        if (ex != null) {
            b.demand("exports", "exports", IoTable.DemandKind.EXPORTS, ex);
        }
        if (fd != null) {
            for (int i = 0; i < n; i++) {
                fd[i] -= (hh == null ? 0 : hh[i]) + (ex == null ? 0 : ex[i]);
            }
            b.demand("final_demand_other", "other final demand", IoTable.DemandKind.OTHER, fd);
        }
        double[] imp = optional(v, row, "imports");
        if (imp != null) {
            b.input("imports", "imports", IoTable.InputKind.IMPORTS, imp);
        }
        double[] w = optional(v, row, "compensation");
        if (w != null) {
            b.input("compensation", "compensation of employees", IoTable.InputKind.COMPENSATION, w);
        }
        double[] va = optional(v, row, "value_added");
        if (va != null) {
            b.input("value_added", "value added", IoTable.InputKind.VALUE_ADDED, va);
        }
        double[] e = optional(v, row, "employment");
        if (e != null) {
            b.employment(e);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException ex2) {
            throw new InputDataException(transactions.toString(), ex2.getMessage());
        }
    }

    private static double[] optional(CsvGrid v, int[] row, String column) {
        int c = v.column(column);
        return c < 0 ? null : vec(v, row, c, column);
    }

    private static double[] vec(CsvGrid v, int[] row, int col, String what) {
        double[] r = new double[row.length];
        for (int i = 0; i < row.length; i++) {
            r[i] = v.number(row[i], col, what);
        }
        return r;
    }

    /**
     * A table with employment per sector taken from a CSV with columns {@code code,employment} (e.g. to add jobs to a
     * BPS table, which has none); every sector of the table must be present.
     */
    public static IoTable withEmployment(IoTable t, Path file) {
        CsvGrid v = CsvGrid.read(file);
        int codeCol = v.requireColumn("code");
        int col = v.requireColumn("employment");
        double[] e = new double[t.size()];
        for (int i = 0; i < t.size(); i++) {
            int r = v.rowOf(codeCol, t.codes().get(i));
            if (r < 0) {
                throw new InputDataException(file.toString(), 0, "code", t.codes().get(i),
                        "no employment for sector " + t.codes().get(i));
            }
            e[i] = v.nonNegative(r, col, "employment");
        }
        IoTable.Builder b = IoTable.builder(t.codes(), t.names()).source(t.source() + " + employment from "
                + file.getFileName(), t.synthetic()).warnings(t.warnings()).z(t.z()).output(t.output()).employment(e);
        t.demandColumns().forEach(c -> b.demand(c.code(), c.label(), c.kind(), c.values()));
        t.inputRows().forEach(r -> b.input(r.code(), r.label(), r.kind(), r.values()));
        return b.build();
    }
}
