package dev.klaster.report;

import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table shown in the report. The page shows the first {@code maxRows} rows (the rest are in the CSV download, when
 * embedded, and always in the workbook). A ranked table may name a stars column: its number (0..starsMax) is shown
 * as ★ symbols.
 *
 * @param id unique id
 * @param title heading
 * @param caption explanation under the heading (may be empty)
 * @param table the full table (workbook)
 * @param maxRows rows shown in the page (&ge; 1)
 * @param starsColumn name of a number column shown as stars, or {@code null}
 * @param starsMax the highest number of stars
 */
public record TableBlock(String id, String title, String caption, Table table, int maxRows, String starsColumn,
                         int starsMax) implements Block {
    /** Rows of a table embedded for CSV download at most; larger tables are only in the workbook. */
    public static final int MAX_EMBEDDED_ROWS = 5_000;

    public TableBlock {
        Block.checkId(id);
        Objects.requireNonNull(title, "title");
        caption = caption == null ? "" : caption;
        Objects.requireNonNull(table, "table");
        if (maxRows < 1) {
            throw new IllegalArgumentException("table '" + id + "': maxRows must be >= 1, got " + maxRows);
        }
        if (starsColumn != null) {
            int c = table.columnIndex(starsColumn);
            if (table.columns().get(c).type() != Table.Type.NUMBER) {
                throw new IllegalArgumentException("table '" + id + "': stars column '" + starsColumn
                        + "' must be a number column");
            }
            if (starsMax < 1) {
                throw new IllegalArgumentException("table '" + id + "': starsMax must be >= 1, got " + starsMax);
            }
        }
    }

    /** A plain table showing up to 100 rows. */
    public static TableBlock of(String id, String title, String caption, Table table) {
        return new TableBlock(id, title, caption, table, 100, null, 0);
    }

    /** The embedded data: the whole table up to {@link #MAX_EMBEDDED_ROWS} rows, else its first rows. */
    @Override
    public Table data() {
        return Tables.head(table, Math.max(maxRows, Math.min(table.rowCount(), MAX_EMBEDDED_ROWS)));
    }

    @Override
    public List<Table> workbookTables() {
        List<Table> out = new ArrayList<>();
        out.add(table);
        return out;
    }
}
