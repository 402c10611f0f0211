package dev.klaster.core.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An immutable tidy table: key columns (text) then value columns (numbers). Cells are {@code String} for text
 * columns and {@code Double} for number columns ({@code NaN} = undefined, written as an empty cell).
 *
 * <p>Build with {@link #builder(String)}: {@code Table.builder("lq").text("region").text("industry")
 * .number("lq").row("3273", "C", 1.42).build()}.
 */
public final class Table {
    /** Column type. */
    public enum Type { TEXT, NUMBER }

    /** A named, typed column. */
    public record Column(String name, Type type) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
        }
    }

    private final String name;
    private final List<Column> columns;
    private final int rowCount;
    /** Per column: a {@code double[]} (number column) or a {@code String[]} (text column), at least rowCount long. */
    private final Object[] data;
    private final List<String> notes;

    private Table(String name, List<Column> columns, int rowCount, Object[] data, List<String> notes) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rowCount = rowCount;
        this.data = data;
        this.notes = List.copyOf(notes);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Table name (sheet name in a workbook, file stem in a folder of CSVs). */
    public String name() {
        return name;
    }

    public List<Column> columns() {
        return columns;
    }

    public int columnIndex(String column) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(column)) {
                return c;
            }
        }
        throw new IllegalArgumentException("table '" + name + "' has no column '" + column + "' (columns: "
                + columns.stream().map(Column::name).toList() + ")");
    }

    public int rowCount() {
        return rowCount;
    }

    /** Cell value: a {@code String} for text columns, a {@code Double} for number columns. */
    public Object get(int row, int column) {
        Objects.checkIndex(row, rowCount);
        Object col = data[column];
        return col instanceof double[] d ? (Object) d[row] : ((String[]) col)[row];
    }

    public String text(int row, int column) {
        Objects.checkIndex(row, rowCount);
        Object col = data[column];
        if (col instanceof String[] t) {
            return t[row];
        }
        throw new ClassCastException("column '" + columns.get(column).name() + "' of table '" + name
                + "' holds numbers, not text");
    }

    public double number(int row, int column) {
        Objects.checkIndex(row, rowCount);
        Object col = data[column];
        if (col instanceof double[] d) {
            return d[row];
        }
        throw new ClassCastException("column '" + columns.get(column).name() + "' of table '" + name
                + "' holds text, not numbers");
    }

    /** Number of undefined (NaN) cells in the number columns; commands warn about them (written as empty cells). */
    public int undefinedCount() {
        int n = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (data[c] instanceof double[] d) {
                for (int r = 0; r < rowCount; r++) {
                    if (Double.isNaN(d[r])) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** Notes kept with the table (e.g. "synthetic demo data", warnings about undefined values). */
    public List<String> notes() {
        return notes;
    }

    /**
     * Collects columns then rows. Not thread-safe. Cells are kept by column ({@code double[]} for numbers, no boxed
     * {@code Double} per cell): a table of millions of rows takes about half the memory of one array per row.
     */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private Object[] data;
        private int rows;
        /** True after {@link #build()} handed the arrays to a table: the next row copies them first. */
        private boolean shared;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder text(String column) {
            return column(column, Type.TEXT);
        }

        public Builder number(String column) {
            return column(column, Type.NUMBER);
        }

        private Builder column(String column, Type type) {
            if (rows > 0) {
                throw new IllegalStateException("add columns before rows");
            }
            for (Column c : columns) {
                if (c.name().equals(column)) {
                    throw new IllegalArgumentException("duplicate column '" + column + "' in table '" + name + "'");
                }
            }
            columns.add(new Column(column, type));
            data = null;
            return this;
        }

        private void ensure(int capacity) {
            if (data == null) {
                data = new Object[columns.size()];
                int n = Math.max(16, capacity);
                for (int c = 0; c < data.length; c++) {
                    data[c] = columns.get(c).type() == Type.NUMBER ? new double[n] : new String[n];
                }
                shared = false;
                return;
            }
            int length = columns.isEmpty() ? Integer.MAX_VALUE : data[0] instanceof double[] d ? d.length
                    : ((String[]) data[0]).length;
            if (capacity <= length && !shared) {
                return;
            }
            int n = capacity <= length ? length : Math.max(capacity, length + (length >> 1));
            for (int c = 0; c < data.length; c++) {
                data[c] = data[c] instanceof double[] d ? Arrays.copyOf(d, n) : Arrays.copyOf((String[]) data[c], n);
            }
            shared = false;
        }

        /** Adds a row; numbers may be given as any {@link Number}, text as any object (its {@code toString}). */
        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("table '" + name + "': row has " + cells.length
                        + " cells, table has " + columns.size() + " columns");
            }
            // check the whole row first: a bad cell adds nothing
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (columns.get(c).type() == Type.NUMBER && v != null && !(v instanceof Number)) {
                    throw new IllegalArgumentException("table '" + name + "', column '"
                            + columns.get(c).name() + "': expected a number, got '" + v + "'");
                }
            }
            ensure(rows + 1);
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (data[c] instanceof double[] d) {
                    d[rows] = v == null ? Double.NaN : ((Number) v).doubleValue();
                } else {
                    ((String[]) data[c])[rows] = v == null ? "" : v.toString();
                }
            }
            rows++;
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        /**
         * The table. Arrays with little spare room are handed over (the builder copies them before its next row);
         * otherwise the table gets copies trimmed to its rows.
         */
        public Table build() {
            if (data == null) {
                ensure(0);
            }
            int length = data.length == 0 ? 0 : data[0] instanceof double[] d ? d.length : ((String[]) data[0]).length;
            if (length - rows > rows / 8 + 16) {
                Object[] trimmed = new Object[data.length];
                for (int c = 0; c < data.length; c++) {
                    trimmed[c] = data[c] instanceof double[] d ? Arrays.copyOf(d, rows)
                            : Arrays.copyOf((String[]) data[c], rows);
                }
                return new Table(name, columns, rows, trimmed, notes);
            }
            shared = true;
            return new Table(name, columns, rows, data.clone(), notes);
        }
    }
}
