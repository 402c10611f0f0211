package dev.klaster.core.table;

import java.util.ArrayList;
import java.util.Collections;
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
    private final List<Object[]> rows;
    private final List<String> notes;

    private Table(String name, List<Column> columns, List<Object[]> rows, List<String> notes) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.rows = Collections.unmodifiableList(rows);
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
        return rows.size();
    }

    /** Cell value: a {@code String} for text columns, a {@code Double} for number columns. */
    public Object get(int row, int column) {
        return rows.get(row)[column];
    }

    public String text(int row, int column) {
        return (String) rows.get(row)[column];
    }

    public double number(int row, int column) {
        return (Double) rows.get(row)[column];
    }

    /** Notes kept with the table (e.g. "synthetic demo data", warnings about undefined values). */
    /** Number of undefined (NaN) cells in the number columns; commands warn about them (written as empty cells). */
    public int undefinedCount() {
        int n = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).type() == Type.NUMBER) {
                for (int r = 0; r < rowCount(); r++) {
                    if (Double.isNaN(number(r, c))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    public List<String> notes() {
        return notes;
    }

    /** Collects columns then rows. Not thread-safe. */
    public static final class Builder {
        private final String name;
        private final List<Column> columns = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();

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
            if (!rows.isEmpty()) {
                throw new IllegalStateException("add columns before rows");
            }
            for (Column c : columns) {
                if (c.name().equals(column)) {
                    throw new IllegalArgumentException("duplicate column '" + column + "' in table '" + name + "'");
                }
            }
            columns.add(new Column(column, type));
            return this;
        }

        /** Adds a row; numbers may be given as any {@link Number}, text as any object (its {@code toString}). */
        public Builder row(Object... cells) {
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("table '" + name + "': row has " + cells.length
                        + " cells, table has " + columns.size() + " columns");
            }
            Object[] row = new Object[cells.length];
            for (int c = 0; c < cells.length; c++) {
                Object v = cells[c];
                if (columns.get(c).type() == Type.NUMBER) {
                    if (v == null) {
                        row[c] = Double.NaN;
                    } else if (v instanceof Number n) {
                        row[c] = n.doubleValue();
                    } else {
                        throw new IllegalArgumentException("table '" + name + "', column '"
                                + columns.get(c).name() + "': expected a number, got '" + v + "'");
                    }
                } else {
                    row[c] = v == null ? "" : v.toString();
                }
            }
            rows.add(row);
            return this;
        }

        public Builder note(String note) {
            notes.add(note);
            return this;
        }

        public Table build() {
            return new Table(name, columns, new ArrayList<>(rows), notes);
        }
    }
}
