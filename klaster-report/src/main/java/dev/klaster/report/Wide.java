package dev.klaster.report;

import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Reshaping of the core's tidy tables for charts: long ({@code keys…, measure, value}) to wide (one number column
 * per measure), row filters, column selection and sorting. Pure table plumbing, no statistics; hand-written because
 * {@link Table} is the project's own small type (no dataframe library is on the classpath, and none is needed for
 * these few operations).
 */
final class Wide {
    private Wide() {
    }

    static String text(Table t, int row, String column) {
        return t.text(row, Tables.text(t, column));
    }

    /** Index of the first row whose text column equals {@code value}, or −1. */
    static int find(Table t, String column, String value) {
        int c = Tables.text(t, column);
        for (int r = 0; r < t.rowCount(); r++) {
            if (value.equals(t.text(r, c))) {
                return r;
            }
        }
        return -1;
    }

    /**
     * Long to wide: rows accepted by {@code keep} are grouped by the text columns {@code keys} (first-seen order);
     * each value of the {@code measure} column listed in {@code measures} becomes a number column holding
     * {@code value}; absent combinations are NaN.
     */
    static Table pivot(Table t, String name, IntPredicate keep, List<String> keys, List<String> measures) {
        int[] kc = keys.stream().mapToInt(k -> Tables.text(t, k)).toArray();
        int mc = Tables.text(t, "measure");
        int vc = Tables.number(t, "value");
        Map<List<String>, double[]> rows = new LinkedHashMap<>();
        for (int r = 0; r < t.rowCount(); r++) {
            if (!keep.test(r)) {
                continue;
            }
            int k = measures.indexOf(t.text(r, mc));
            if (k < 0) {
                continue;
            }
            List<String> key = new ArrayList<>(kc.length);
            for (int c : kc) {
                key.add(t.text(r, c));
            }
            rows.computeIfAbsent(key, x -> {
                double[] v = new double[measures.size()];
                Arrays.fill(v, Double.NaN);
                return v;
            })[k] = t.number(r, vc);
        }
        Table.Builder b = Table.builder(name);
        keys.forEach(b::text);
        measures.forEach(b::number);
        for (Map.Entry<List<String>, double[]> e : rows.entrySet()) {
            Object[] row = new Object[keys.size() + measures.size()];
            for (int k = 0; k < keys.size(); k++) {
                row[k] = e.getKey().get(k);
            }
            for (int k = 0; k < measures.size(); k++) {
                row[keys.size() + k] = e.getValue()[k];
            }
            b.row(row);
        }
        t.notes().forEach(b::note);
        return b.build();
    }

    /** Rows accepted by {@code keep}, under a new name. */
    static Table filter(Table t, String name, IntPredicate keep) {
        Table.Builder b = Tables.copyColumns(t, name);
        for (int r = 0; r < t.rowCount(); r++) {
            if (keep.test(r)) {
                b.row(Tables.rowOf(t, r));
            }
        }
        t.notes().forEach(b::note);
        return b.build();
    }

    /** The given columns in the given order. */
    static Table select(Table t, String name, List<String> columns) {
        int[] idx = columns.stream().mapToInt(t::columnIndex).toArray();
        Table.Builder b = Table.builder(name);
        for (int c : idx) {
            Table.Column col = t.columns().get(c);
            if (col.type() == Table.Type.TEXT) {
                b.text(col.name());
            } else {
                b.number(col.name());
            }
        }
        for (int r = 0; r < t.rowCount(); r++) {
            Object[] row = new Object[idx.length];
            for (int k = 0; k < idx.length; k++) {
                row[k] = t.get(r, idx[k]);
            }
            b.row(row);
        }
        t.notes().forEach(b::note);
        return b.build();
    }

    /** All columns except {@code drop}. */
    static Table drop(Table t, List<String> drop) {
        List<String> keep = t.columns().stream().map(Table.Column::name).filter(n -> !drop.contains(n)).toList();
        return select(t, t.name(), keep);
    }

    /** Rows sorted (stably) by a number column; NaN last either way. */
    static Table sortBy(Table t, String column, boolean descending) {
        int c = Tables.number(t, column);
        Integer[] idx = new Integer[t.rowCount()];
        for (int r = 0; r < idx.length; r++) {
            idx[r] = r;
        }
        Comparator<Integer> cmp = (a, b) -> {
            double x = t.number(a, c);
            double y = t.number(b, c);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Boolean.compare(Double.isNaN(x), Double.isNaN(y));
            }
            return descending ? Double.compare(y, x) : Double.compare(x, y);
        };
        Arrays.sort(idx, cmp);
        Table.Builder b = Tables.copyColumns(t, t.name());
        for (int r : idx) {
            b.row(Tables.rowOf(t, r));
        }
        t.notes().forEach(b::note);
        return b.build();
    }

    /** A copy with one column renamed. */
    static Table rename(Table t, String from, String to) {
        Table.Builder b = Table.builder(t.name());
        for (Table.Column c : t.columns()) {
            String n = c.name().equals(from) ? to : c.name();
            if (c.type() == Table.Type.TEXT) {
                b.text(n);
            } else {
                b.number(n);
            }
        }
        for (int r = 0; r < t.rowCount(); r++) {
            b.row(Tables.rowOf(t, r));
        }
        t.notes().forEach(b::note);
        return b.build();
    }
}
