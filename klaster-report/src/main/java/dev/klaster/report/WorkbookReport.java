package dev.klaster.report;

import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report's tables to one .xlsx workbook through {@link TableWriter} (atomic): first an overview sheet
 * (title, synthetic flag, sources, years, counts, every validation warning), then for each block in order the table
 * it shows and, for reduced charts, the full table behind it.
 */
public final class WorkbookReport {
    private WorkbookReport() {
    }

    public static void write(ReportModel model, Path xlsx) throws IOException {
        if (!xlsx.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException("workbook file " + xlsx + " must end in .xlsx");
        }
        TableWriter.write(tables(model), xlsx);
    }

    /** The overview table followed by every block's workbook tables, each table once. */
    public static List<Table> tables(ReportModel model) {
        List<Table> out = new ArrayList<>();
        out.add(overview(model));
        Map<Table, Boolean> seen = new IdentityHashMap<>();
        for (Section s : model.sections()) {
            for (Block b : s.blocks()) {
                for (Table t : b.workbookTables()) {
                    if (seen.put(t, Boolean.TRUE) == null) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    static Table overview(ReportModel model) {
        Messages m = new Messages(model.lang());
        Table.Builder b = Table.builder("overview").text("item").text("value");
        if (model.synthetic()) {
            b.row("banner", "DATA DEMO SINTETIS / SYNTHETIC DEMO DATA");
        }
        b.row("title", model.title());
        b.row("language", model.lang().code());
        for (String s : model.dataSources()) {
            b.row(m.get("overview.sources"), s);
        }
        List<Integer> ys = model.years();
        b.row(m.get("overview.years"), ys.isEmpty() ? "" : ys.get(0) + "–" + ys.get(ys.size() - 1));
        b.row(m.get("overview.regions"), Integer.toString(model.regionCount()));
        b.row(m.get("overview.industries"), Integer.toString(model.industryCount()));
        for (String w : model.warnings()) {
            b.row(m.get("overview.warnings"), w);
        }
        if (model.warnings().isEmpty()) {
            b.row(m.get("overview.warnings"), m.get("overview.noWarnings"));
        }
        for (Section s : model.sections()) {
            for (Block bl : s.blocks()) {
                b.row("sheet", bl.title());
            }
        }
        return b.build();
    }
}
