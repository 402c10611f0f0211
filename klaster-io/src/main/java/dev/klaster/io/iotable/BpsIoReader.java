package dev.klaster.io.iotable;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an input-output table in the BPS (Badan Pusat Statistik) layout, as in
 * {@code idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv} and
 * {@code idn-io-provincial-2016/io2016_*_17sector_domestic_producer_prices.csv}:
 * columns {@code row_code,row_label}, the sector columns (every column before {@code 1800} Total Permintaan Antara),
 * then final-demand columns 30xx, and the output column ({@code 7000} Output Domestik when present, else
 * {@code 3100}); rows: the sectors (same codes as the sector columns), then primary-input rows.
 *
 * <p>Final-demand codes: 3011 households, 3012 NPISH, 302x government, 303x GFCF, 304x inventories, 305x–307x
 * exports; the total columns 3080, 3090, 3100 and the import/margin columns 4xxx–6xxx are not final demand.
 * Primary-input rows: 1950 taxes less subsidies on products, 2000/2001 imported inputs (abroad / other provinces),
 * 2010 compensation of employees, 2020 gross operating surplus, 2030 other net taxes on production, 2090 value
 * added; totals 190d, 1900, 2100 are skipped (2100 total input is checked by {@link IoTable#balance(double)} via x).
 */
public final class BpsIoReader {
    private BpsIoReader() {
    }

    public static IoTable read(Path file) {
        CsvGrid g = CsvGrid.read(file);
        g.requireColumn("row_code");
        int labelCol = g.requireColumn("row_label");
        int totalIntermediate = g.requireColumn("1800");
        List<String> codes = new ArrayList<>(g.header.subList(labelCol + 1, totalIntermediate));
        int n = codes.size();
        if (n == 0) {
            throw new InputDataException(file.toString(), 1, "1800", "", "no sector columns before 1800");
        }
        int[] rowIdx = new int[n];
        List<String> names = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            rowIdx[k] = g.rowOf(0, codes.get(k));
            if (rowIdx[k] < 0) {
                throw new InputDataException(file.toString(), 0, "row_code", codes.get(k),
                        "sector column " + codes.get(k) + " has no matching row: the transactions block is not square");
            }
            names.add(g.cell(rowIdx[k], labelCol));
        }
        // the other direction: every sector row must have its column (a removed column must not drop a sector)
        // (a sector row looks like the sector columns: digits of the same lengths, e.g. 1-17 or 001-185; total and
        // primary-input rows such as 1900-2100 have 4 digits)
        java.util.Set<Integer> lengths = new java.util.HashSet<>();
        boolean numeric = true;
        for (String c : codes) {
            lengths.add(c.trim().length());
            numeric &= c.trim().matches("\\d+");
        }
        java.util.List<String> orphanRows = new java.util.ArrayList<>();
        for (int r = 0; r < g.rows.size() && numeric; r++) {
            String code = g.cell(r, 0).trim();
            if (code.matches("\\d+") && lengths.contains(code.length()) && !code.matches("(19|20|21)\\d\\d")
                    && !codes.contains(code)) {
                orphanRows.add(code);
            }
        }
        for (int r = 0; r < g.rows.size() && !numeric; r++) {
            String code = g.cell(r, 0).trim(); // letter codes (A ... RSTU): the block before the first 19xx/20xx row
            if (code.matches("\\d{3}.*")) {
                break;
            }
            if (!code.isEmpty() && !codes.contains(code)) {
                orphanRows.add(code);
            }
        }
        if (!orphanRows.isEmpty()) {
            int first = g.rowOf(0, orphanRows.get(0));
            throw new InputDataException(file.toString(), first >= 0 ? g.lines.get(first) : 0, "row_code",
                    orphanRows.get(0), "sector row(s) " + orphanRows + " have no matching column before 1800 (a "
                            + "sector column removed?): the transactions block is not square");
        }
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = g.nonNegative(rowIdx[i], labelCol + 1 + j, "intermediate transaction");
            }
        }
        int outCol = g.column("7000") >= 0 ? g.column("7000") : g.requireColumn("3100");
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = g.number(rowIdx[i], outCol, "output");
            if (!(x[i] > 0)) {
                throw new InputDataException(file.toString(), g.lines.get(rowIdx[i]), g.header.get(outCol),
                        g.cell(rowIdx[i], outCol), "output of sector " + codes.get(i) + " must be positive");
            }
        }
        IoTable.Builder b = IoTable.builder(codes, names).source("BPS input-output table " + file.getFileName(), false)
                .z(z).output(x);
        for (int c = totalIntermediate + 1; c < g.header.size(); c++) {
            String code = g.header.get(c);
            IoTable.DemandKind kind = demandKind(code);
            if (kind == null) {
                continue;
            }
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = g.number(rowIdx[i], c, "final demand " + code);
            }
            b.demand(code, code, kind, v);
        }
        for (int r = 0; r < g.rows.size(); r++) {
            String code = g.cell(r, 0);
            IoTable.InputKind kind = inputKind(code);
            if (kind == null) {
                continue;
            }
            double[] v = new double[n];
            for (int j = 0; j < n; j++) {
                v[j] = g.number(r, labelCol + 1 + j, "primary input " + code);
            }
            b.input(code, g.cell(r, labelCol), kind, v);
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InputDataException(file.toString(), e.getMessage());
        }
    }

    static IoTable.DemandKind demandKind(String code) {
        if (!code.matches("30\\d\\d")) {
            return null;
        }
        if (code.equals("3011")) {
            return IoTable.DemandKind.HOUSEHOLDS;
        }
        if (code.equals("3012")) {
            return IoTable.DemandKind.NPISH;
        }
        if (code.equals("3080") || code.equals("3090") || code.equals("3100")) {
            return null;
        }
        return switch (code.substring(0, 3)) {
            case "302" -> IoTable.DemandKind.GOVERNMENT;
            case "303" -> IoTable.DemandKind.INVESTMENT;
            case "304" -> IoTable.DemandKind.INVENTORIES;
            case "305", "306", "307" -> IoTable.DemandKind.EXPORTS;
            default -> IoTable.DemandKind.OTHER;
        };
    }

    static IoTable.InputKind inputKind(String code) {
        return switch (code) {
            case "1950" -> IoTable.InputKind.TAXES_ON_PRODUCTS;
            case "2000", "2001" -> IoTable.InputKind.IMPORTS;
            case "2010" -> IoTable.InputKind.COMPENSATION;
            case "2020" -> IoTable.InputKind.OPERATING_SURPLUS;
            case "2030" -> IoTable.InputKind.OTHER_VALUE_ADDED;
            case "2090" -> IoTable.InputKind.VALUE_ADDED;
            default -> null;
        };
    }
}
