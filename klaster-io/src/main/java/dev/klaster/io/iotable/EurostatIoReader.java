package dev.klaster.io.iotable;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Symmetric input-output tables in the layout of the rOpenGov {@code iotables} package (Eurostat Manual of Supply,
 * Use and Input-Output Tables 2008 examples; {@code io-reference-eurostat/}). The row key is the column
 * {@code iotables_row} when present (Germany 1995, Beutel table 15.4), else the first column (Netherlands 2000).
 * Sectors are the row keys that also head a column, in column order. Output is the {@code output_bp} row (P1), as
 * the Eurostat Manual does (for Germany the P1 row says 1,079,446 where the column total says 1,079,400; the
 * difference is reported by the balance check).
 *
 * <p>Known row keys: {@code import_goods_services}/{@code imports} imports; {@code net_tax_production}/{@code
 * net_tax} taxes on products; {@code compensation_employees}; {@code operating_surplus_net}/{@code
 * operating_surplus}; {@code net_tax_production_other}, {@code consumption_fixed_capital} other value added;
 * {@code gva_bp}/{@code value_added_bp} value added; {@code employment_total} employment. Final-demand columns are
 * the non-sector columns other than totals; when both {@code final_consumption_private} and
 * {@code final_consumption_households} exist the latter is a sub-item of the former and is skipped.
 */
public final class EurostatIoReader {
    /**
     * The transactions block must be square: every row inside the block of sector rows (and the row right after it,
     * which must be a total) heads a column, and every column from the first sector column up to the first total or
     * final-demand column is a sector. A removed sector column would otherwise turn its row into an ignored row and
     * drop the sector silently.
     */
    private static void requireSquare(Path file, CsvGrid g, int key, List<Integer> cols, List<Integer> rows) {
        int rMin = rows.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int rMax = rows.stream().mapToInt(Integer::intValue).max().orElseThrow();
        for (int r = rMin; r <= Math.min(rMax + 1, g.rows.size() - 1); r++) {
            String k = g.cell(r, key);
            if (rows.contains(r) || (r == rMax + 1 && isTotal(k))) {
                continue;
            }
            throw new InputDataException(file.toString(), g.lines.get(r), g.header.get(key), k, "row '" + k
                    + "' is among the sector rows but heads no column (a sector column removed?): the transactions"
                    + " block is not square");
        }
        int cMin = cols.stream().mapToInt(Integer::intValue).min().orElseThrow();
        for (int c = cMin; c < g.header.size(); c++) {
            String h = g.header.get(c);
            if (isTotal(h) || isFinalDemand(h)) {
                break;
            }
            if (!cols.contains(c)) {
                throw new InputDataException(file.toString(), 1, h, h, "column '" + h + "' is among the sector"
                        + " columns but has no row (a sector row removed?): the transactions block is not square");
            }
        }
    }

    private static boolean isTotal(String k) {
        return TOTALS.contains(k) || k.toLowerCase(java.util.Locale.ROOT).contains("total");
    }

    private static boolean isFinalDemand(String h) {
        String l = h.toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("final_") || l.startsWith("consumption_") || l.startsWith("gross_")
                || l.startsWith("inventory") || l.startsWith("export");
    }

    private static final Set<String> TOTALS = Set.of("total", "TOTAL", "total_use", "output_bp", "cpa_total",
            "intermediate_consumption_pp", "total_use_pp", "t_rows2", "t_rows2_lab", "numeric_label", "quadrant",
            "iotables_row", "prod_na");
    private static final Map<String, IoTable.InputKind> INPUTS = Map.of(
            "import_goods_services", IoTable.InputKind.IMPORTS, "imports", IoTable.InputKind.IMPORTS,
            "net_tax_production", IoTable.InputKind.TAXES_ON_PRODUCTS, "net_tax", IoTable.InputKind.TAXES_ON_PRODUCTS,
            "compensation_employees", IoTable.InputKind.COMPENSATION,
            "operating_surplus_net", IoTable.InputKind.OPERATING_SURPLUS,
            "net_tax_production_other", IoTable.InputKind.OTHER_VALUE_ADDED,
            "consumption_fixed_capital", IoTable.InputKind.OTHER_VALUE_ADDED,
            "gva_bp", IoTable.InputKind.VALUE_ADDED, "value_added_bp", IoTable.InputKind.VALUE_ADDED);

    private EurostatIoReader() {
    }

    public static IoTable read(Path file) {
        CsvGrid g = CsvGrid.read(file);
        int key = g.column("iotables_row") >= 0 ? g.column("iotables_row") : 0;
        List<String> codes = new ArrayList<>();
        List<Integer> cols = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int c = 0; c < g.header.size(); c++) {
            String h = g.header.get(c);
            if (c == key || TOTALS.contains(h)) {
                continue;
            }
            int r = g.rowOf(key, h);
            if (r >= 0) {
                codes.add(h);
                cols.add(c);
                rows.add(r);
            }
        }
        int n = codes.size();
        if (n == 0) {
            throw new InputDataException(file.toString(), 1, g.header.get(key), "",
                    "no sector: no row key matches a column header");
        }
        requireSquare(file, g, key, cols, rows);
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = g.nonNegative(rows.get(i), cols.get(j), "intermediate transaction");
            }
        }
        int outRow = g.rowOf(key, "output_bp");
        if (outRow < 0) {
            throw new InputDataException(file.toString(), 0, g.header.get(key), "output_bp", "no output_bp row");
        }
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = g.number(outRow, cols.get(j), "output");
        }
        List<String> names = new ArrayList<>();
        int labelCol = g.column("t_rows2_lab");
        for (int i = 0; i < n; i++) {
            names.add(labelCol < 0 ? codes.get(i) : g.cell(rows.get(i), labelCol));
        }
        IoTable.Builder b = IoTable.builder(codes, names).source("Eurostat-layout SIOT " + file.getFileName(), false)
                .z(z).output(x);
        boolean hasPrivate = g.column("final_consumption_private") >= 0;
        for (int c = 0; c < g.header.size(); c++) {
            String h = g.header.get(c);
            if (c == key || TOTALS.contains(h) || cols.contains(c) || c == labelCol
                    || (hasPrivate && h.equals("final_consumption_households"))) {
                continue;
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = g.number(rows.get(i), c, "final demand " + h);
            }
            b.demand(h, h, demandKind(h), v);
        }
        for (Map.Entry<String, IoTable.InputKind> e : INPUTS.entrySet()) {
            int r = g.rowOf(key, e.getKey());
            if (r >= 0) {
                double[] v = new double[n];
                for (int j = 0; j < n; j++) {
                    v[j] = g.number(r, cols.get(j), e.getKey());
                }
                b.input(e.getKey(), e.getKey(), e.getValue(), v);
            }
        }
        int emp = g.rowOf(key, "employment_total");
        if (emp >= 0) {
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] = g.nonNegative(emp, cols.get(j), "employment");
            }
            b.employment(v);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InputDataException(file.toString(), e.getMessage());
        }
    }

    static IoTable.DemandKind demandKind(String h) {
        String s = CsvGrid.lower(h);
        if (s.contains("household") || s.contains("private")) {
            return IoTable.DemandKind.HOUSEHOLDS;
        }
        if (s.contains("government")) {
            return IoTable.DemandKind.GOVERNMENT;
        }
        if (s.contains("inventor")) {
            return IoTable.DemandKind.INVENTORIES;
        }
        if (s.contains("capital")) {
            return IoTable.DemandKind.INVESTMENT;
        }
        if (s.contains("export")) {
            return IoTable.DemandKind.EXPORTS;
        }
        return IoTable.DemandKind.OTHER;
    }
}
