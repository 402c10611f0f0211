package dev.klaster.core.measures;

import dev.klaster.core.table.Table;

/** Tidy-table writer for registry measures: key columns, then {@code measure,value}; counts undefined values. */
final class Out {
    private final Table.Builder b;
    private final int keys;
    private int undefined;

    Out(String name, String... keyColumns) {
        b = Table.builder(name);
        for (String k : keyColumns) {
            b.text(k);
        }
        b.text("measure").number("value");
        keys = keyColumns.length;
    }

    /** One row: the measure's name, its value, then the key values in column order. */
    Out row(String measure, double value, Object... keyValues) {
        if (keyValues.length != keys) {
            throw new IllegalStateException("expected " + keys + " keys, got " + keyValues.length);
        }
        Object[] cells = new Object[keys + 2];
        System.arraycopy(keyValues, 0, cells, 0, keys);
        cells[keys] = measure;
        cells[keys + 1] = value;
        if (Double.isNaN(value)) {
            undefined++;
        }
        b.row(cells);
        return this;
    }

    Out note(String n) {
        b.note(n);
        return this;
    }

    Table build(Analysis a) {
        if (a.panel.synthetic()) {
            b.note("synthetic demo data — not real statistics / data demo sintetis — bukan statistik resmi");
        }
        for (String n : a.notes) {
            b.note(n);
        }
        if (a.explicitReference()) {
            b.note("measure of " + a.measure.id());
        } else {
            b.note("measure of " + a.measure.id() + "; reference = sum of " + a.regions() + " analysis regions");
        }
        if (undefined > 0) {
            b.note(undefined + " undefined value(s) left empty (zero denominator or missing data) / "
                    + undefined + " nilai tidak terdefinisi dikosongkan");
        }
        return b.build();
    }
}
