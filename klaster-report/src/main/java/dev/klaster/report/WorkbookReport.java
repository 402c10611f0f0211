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

    /** Largest table written as a sheet; larger ones go to CSV files beside the workbook (see {@link #write(List, Path, int)}). */
    public static final int MAX_SHEET_ROWS = 100_000;

    /**
     * Writes {@code tables} to the workbook, except tables with more than {@code maxSheetRows} rows (Excel stops at
     * 1,048,576 rows, and very long sheets make the workbook slow to write and open): those are written as UTF-8 CSV
     * files {@code <workbook stem>-<table>.csv} in the workbook's folder, and a sheet {@code large_tables} lists them.
     *
     * @return the CSV files written
     */
    public static List<Path> write(List<Table> tables, Path xlsx, int maxSheetRows) throws IOException {
        if (!xlsx.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException("workbook file " + xlsx + " must end in .xlsx");
        }
        if (maxSheetRows < 1 || maxSheetRows > 1_048_575) {
            throw new IllegalArgumentException("maxSheetRows must be in 1..1048575, got " + maxSheetRows);
        }
        String stem = xlsx.getFileName().toString().replaceFirst("(?i)\\.xlsx$", "");
        Path dir = xlsx.toAbsolutePath().getParent();
        List<Table> sheets = new ArrayList<>();
        List<Path> csv = new ArrayList<>();
        Table.Builder large = Table.builder("large_tables").text("table").text("file").number("rows");
        for (Table t : tables) {
            if (t.rowCount() <= maxSheetRows) {
                sheets.add(t);
            } else {
                String base = stem + "-" + t.name().replaceAll("[^A-Za-z0-9_.-]", "_");
                Path f = dir.resolve(base + ".csv");
                for (int k = 2; csv.contains(f); k++) {
                    f = dir.resolve(base + "-" + k + ".csv");
                }
                TableWriter.write(t, f);
                csv.add(f);
                large.row(t.name(), f.getFileName().toString(), t.rowCount());
            }
        }
        if (!csv.isEmpty()) {
            large.note("Tables longer than " + maxSheetRows + " rows are CSV files in the same folder (UTF-8, "
                    + "open in Excel).");
            sheets.add(Math.min(1, sheets.size()), large.build());
        }
        TableWriter.write(sheets, xlsx);
        return csv;
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
