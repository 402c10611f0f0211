package dev.klaster.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart built from a {@link Table}: it turns its data into an ECharts option (JSON). The page embeds the data
 * table and offers it as CSV; when the chart shows a reduced view of a larger table (top-N, aggregated), that full
 * table is kept as {@link #fullTable()} and written to the workbook.
 *
 * <p>Options may hold a few named JavaScript formatters as strings {@code "@fmt:NAME"}, replaced by functions in
 * the page (JSON cannot hold functions): {@code @fmt:row} (tooltip listing every field of a data item),
 * {@code @fmt:num} (axis label number), {@code @fmt:stars}.
 */
public abstract non-sealed class Chart implements Block {
    private final String id;
    private final String title;
    private final String caption;
    private final Table data;
    private final Table fullTable;
    private final int height;

    protected Chart(String id, String title, String caption, Table data, Table fullTable, int height) {
        this.id = Block.checkId(id);
        this.title = Objects.requireNonNull(title, "title");
        this.caption = caption == null ? "" : caption;
        this.data = Objects.requireNonNull(data, "data");
        this.fullTable = fullTable;
        if (height < 120 || height > 4000) {
            throw new IllegalArgumentException("chart '" + id + "': height " + height + " px outside 120..4000");
        }
        this.height = height;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return title;
    }

    /** Explanation shown under the chart (may be empty). */
    public String caption() {
        return caption;
    }

    @Override
    public Table data() {
        return data;
    }

    /** The full table behind a reduced chart, or {@code null} when the chart shows all of its data. */
    public Table fullTable() {
        return fullTable;
    }

    /** Height of the chart in pixels. */
    public int height() {
        return height;
    }

    /** Name of the map (registered in the {@link ReportModel}) the chart draws on, or {@code null}. */
    public String mapName() {
        return null;
    }

    /** Kind name, shown as a CSS class and used by tests. */
    public abstract String kind();

    /** The ECharts option, texts in the language of {@code messages}. */
    public abstract ObjectNode option(Messages messages);

    @Override
    public List<Table> workbookTables() {
        List<Table> out = new ArrayList<>();
        out.add(fullTable != null ? fullTable : data);
        return out;
    }

    /** A tooltip that lists every field of the hovered item. */
    protected static ObjectNode rowTooltip() {
        ObjectNode t = Json.obj();
        t.put("trigger", "item");
        t.put("formatter", "@fmt:row");
        t.put("confine", true);
        return t;
    }

    /** A toolbox with "save as image" (PNG) and restore. */
    protected static ObjectNode toolbox(Messages m) {
        ObjectNode tb = Json.obj();
        ObjectNode f = tb.putObject("feature");
        f.putObject("saveAsImage").put("title", m.get("chart.saveImage"));
        tb.put("right", 8);
        return tb;
    }
}
