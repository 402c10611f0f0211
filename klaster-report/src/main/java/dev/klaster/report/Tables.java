package dev.klaster.report;

import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small helpers for reading {@link Table}s in chart builders. */
public final class Tables {
    private Tables() {
    }

    /** The first {@code n} rows (the same table when it has no more). */
    public static Table head(Table t, int n) {
        if (t.rowCount() <= n) {
            return t;
        }
        Table.Builder b = copyColumns(t, t.name());
        for (int r = 0; r < n; r++) {
            b.row(rowOf(t, r));
        }
        t.notes().forEach(b::note);
        return b.build();
    }

    /** A table builder with the same columns as {@code t}. */
    public static Table.Builder copyColumns(Table t, String name) {
        Table.Builder b = Table.builder(name);
        for (Table.Column c : t.columns()) {
            if (c.type() == Table.Type.TEXT) {
                b.text(c.name());
            } else {
                b.number(c.name());
            }
        }
        return b;
    }

    /** The cells of one row. */
    public static Object[] rowOf(Table t, int r) {
        Object[] row = new Object[t.columns().size()];
        for (int c = 0; c < row.length; c++) {
            row[c] = t.get(r, c);
        }
        return row;
    }

    /** Index of a column that must be text; names the table and column when it is not. */
    public static int text(Table t, String column) {
        int c = t.columnIndex(column);
        if (t.columns().get(c).type() != Table.Type.TEXT) {
            throw new IllegalArgumentException("table '" + t.name() + "': column '" + column + "' must be text");
        }
        return c;
    }

    /** Index of a column that must be a number; names the table and column when it is not. */
    public static int number(Table t, String column) {
        int c = t.columnIndex(column);
        if (t.columns().get(c).type() != Table.Type.NUMBER) {
            throw new IllegalArgumentException("table '" + t.name() + "': column '" + column + "' must be a number");
        }
        return c;
    }

    /** Index of a column of either type, rendered as text (numbers without trailing .0 when integral). */
    public static String cellText(Table t, int r, int c) {
        Object v = t.get(r, c);
        if (v instanceof Double d) {
            if (d.isNaN()) {
                return "";
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString();
        }
        return (String) v;
    }

    /** Distinct values of a column in order of first appearance. */
    public static List<String> distinct(Table t, int column) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            seen.putIfAbsent(cellText(t, r, column), Boolean.TRUE);
        }
        return new ArrayList<>(seen.keySet());
    }

    /** Requires at least one row. */
    public static void requireRows(Table t, String what) {
        if (t.rowCount() == 0) {
            throw new IllegalArgumentException(what + ": table '" + t.name() + "' has no rows");
        }
    }
}
