package dev.klaster.io.iotable;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Make (supply, industry × commodity) and Use (commodity × industry) tables → an industry-by-industry table under the
 * <b>industry-technology assumption</b> (each industry has one input structure whatever commodities it makes; Miller
 * &amp; Blair 2009 §5.3–5.4; Eurostat Manual 2008 ch. 11 model D "fixed product sales structure" gives the same
 * industry × industry matrix).
 *
 * <p>With V the make matrix, U the use matrix (intermediate part), E the commodity final-demand columns,
 * q commodity output and g industry output: market shares {@code D = V q̂⁻¹} (industry × commodity), intermediate
 * transactions {@code Z = D U}, final demand {@code D E}, value added from the Use table's rows, output x = g.
 * Then A = Z ĝ⁻¹ = D B with B = U ĝ⁻¹ (Miller &amp; Blair eq. 5.24). Commodities with zero output get zero shares.
 *
 * <p>Layout as in the BEA summary tables ({@code us-bea-io-summary-2017/}): Make has key column {@code code},
 * commodity columns and {@code Total Industry Output}, industry rows and a {@code Total Commodity Output} row; Use
 * has key column {@code code}, industry columns (same as Make's rows), {@code Total Intermediate}, final-demand
 * columns (F010 …) up to {@code Total Final Uses (GDP)}, and rows: commodities (same as Make's columns),
 * {@code Total Intermediate}, value-added rows V001 (compensation), V002 (taxes on production less subsidies),
 * V003 (gross operating surplus), and totals. Small negative entries of D·U (from the scrap/used-goods rows
 * "Used"/"Other" and negative entries in U) are reported: below the tolerance the build fails naming the cell,
 * because the Leontief model needs Z ≥ 0; within it the cell is set to 0 and recorded, cell by cell, in
 * {@link IoTable#warnings()} (and in the source text), which the CLI prints as warnings.
 */
public final class MakeUseReader {
    private MakeUseReader() {
    }

    /**
     * @param names optional CSV with industry code and name columns (e.g. Summary_IndustryCodeName_2017.csv), or null
     * @param tolerance negative entries of D·U down to −tolerance·x_j are set to 0 (rounding of published tables);
     *     0 to reject any
     */
    public static IoTable read(Path make, Path use, Path names, double tolerance) {
        CsvGrid mk = CsvGrid.read(make);
        CsvGrid us = CsvGrid.read(use);
        int mTot = mk.requireColumn("Total Industry Output");
        List<String> commodities = new ArrayList<>(mk.header.subList(1, mTot));
        List<String> industries = new ArrayList<>();
        List<Integer> mRows = new ArrayList<>();
        int totalCommodityRow = -1;
        for (int r = 0; r < mk.rows.size(); r++) {
            String c = mk.cell(r, 0);
            if (c.equals("Total Commodity Output")) {
                totalCommodityRow = r;
            } else {
                industries.add(c);
                mRows.add(r);
            }
        }
        if (totalCommodityRow < 0) {
            throw new InputDataException(make.toString(), 0, "code", "", "no 'Total Commodity Output' row");
        }
        int ni = industries.size();
        int nc = commodities.size();
        double[][] v = new double[ni][nc];
        double[] g = new double[ni];
        double[] q = new double[nc];
        for (int i = 0; i < ni; i++) {
            for (int c = 0; c < nc; c++) {
                v[i][c] = mk.nonNegative(mRows.get(i), c + 1, "make (supply) entry");
            }
            g[i] = mk.number(mRows.get(i), mTot, "industry output");
        }
        for (int c = 0; c < nc; c++) {
            q[c] = mk.number(totalCommodityRow, c + 1, "commodity output");
        }
        int[] uCol = new int[ni];
        for (int i = 0; i < ni; i++) {
            uCol[i] = us.column(industries.get(i));
            if (uCol[i] < 0) {
                throw new InputDataException(use.toString(), 1, industries.get(i), "",
                        "industry " + industries.get(i) + " of the make table has no column in the use table");
            }
        }
        int[] uRow = new int[nc];
        for (int c = 0; c < nc; c++) {
            uRow[c] = us.rowOf(0, commodities.get(c));
            if (uRow[c] < 0) {
                throw new InputDataException(use.toString(), 0, "code", commodities.get(c),
                        "commodity " + commodities.get(c) + " of the make table has no row in the use table");
            }
        }
        double[][] d = new double[ni][nc];
        for (int c = 0; c < nc; c++) {
            for (int i = 0; i < ni; i++) {
                d[i][c] = q[c] == 0 ? 0 : v[i][c] / q[c];
            }
        }
        double[][] u = new double[nc][ni];
        for (int c = 0; c < nc; c++) {
            for (int j = 0; j < ni; j++) {
                u[c][j] = us.number(uRow[c], uCol[j], "use entry");
            }
        }
        double[][] z = new double[ni][ni];
        for (int i = 0; i < ni; i++) {
            for (int c = 0; c < nc; c++) {
                double dic = d[i][c];
                if (dic != 0) {
                    for (int j = 0; j < ni; j++) {
                        z[i][j] += dic * u[c][j];
                    }
                }
            }
        }
        double[] clipped = new double[2];
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < ni; i++) {
            for (int j = 0; j < ni; j++) {
                if (z[i][j] < 0) {
                    if (z[i][j] >= -tolerance * g[j]) {
                        clipped[0] += -z[i][j];
                        clipped[1]++;
                        warnings.add(String.format(java.util.Locale.ROOT, "%s + %s: industry-by-industry transaction "
                                        + "%s -> %s is %.6g after D·U (%.3g of the buyer's output, within the "
                                        + "tolerance %s); set to 0", make.getFileName(), use.getFileName(),
                                industries.get(i), industries.get(j), z[i][j], -z[i][j] / g[j], tolerance));
                        z[i][j] = 0;
                    } else {
                        throw new InputDataException(use.toString(), 0, industries.get(j), Double.toString(z[i][j]),
                                "industry-by-industry transaction from " + industries.get(i) + " to "
                                        + industries.get(j) + " is negative after D·U (" + z[i][j] / g[j]
                                        + " of the buyer's output; tolerance " + tolerance + ")");
                    }
                }
            }
        }
        Map<String, String> nameMap = new HashMap<>();
        if (names != null) {
            CsvGrid nm = CsvGrid.read(names);
            for (int r = 0; r < nm.rows.size(); r++) {
                int k = nm.rows.get(r).size();
                nameMap.put(nm.cell(r, k - 2), nm.cell(r, k - 1));
            }
        }
        List<String> labels = industries.stream().map(c -> nameMap.getOrDefault(c, c)).toList();
        IoTable.Builder b = IoTable.builder(industries, labels)
                .source("industry-by-industry (industry technology) from " + make.getFileName() + " + "
                        + use.getFileName() + (clipped[1] > 0 ? String.format(java.util.Locale.ROOT,
                        "; %d small negative transactions (total %.3g) set to 0", (int) clipped[1], clipped[0]) : ""),
                        false).z(z).output(g);
        warnings.forEach(b::warning);
        int fdFrom = us.requireColumn("Total Intermediate") + 1;
        int fdTo = us.requireColumn("Total Final Uses (GDP)");
        for (int col = fdFrom; col < fdTo; col++) {
            String code = us.header.get(col);
            double[] fd = new double[ni];
            for (int c = 0; c < nc; c++) {
                double e = us.number(uRow[c], col, "final use " + code);
                for (int i = 0; i < ni; i++) {
                    fd[i] += d[i][c] * e;
                }
            }
            b.demand(code, code, demandKind(code), fd);
        }
        for (String[] va : new String[][] {{"V001", "COMPENSATION"}, {"V002", "OTHER_VALUE_ADDED"},
            {"V003", "OPERATING_SURPLUS"}}) {
            int r = us.rowOf(0, va[0]);
            if (r >= 0) {
                double[] row = new double[ni];
                for (int j = 0; j < ni; j++) {
                    row[j] = us.number(r, uCol[j], va[0]);
                }
                b.input(va[0], va[0], IoTable.InputKind.valueOf(va[1]), row);
            }
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new InputDataException(use.toString(), e.getMessage());
        }
    }

    static IoTable.DemandKind demandKind(String code) {
        if (code.equals("F010")) {
            return IoTable.DemandKind.HOUSEHOLDS;
        }
        if (code.startsWith("F02")) {
            return IoTable.DemandKind.INVESTMENT;
        }
        if (code.equals("F030")) {
            return IoTable.DemandKind.INVENTORIES;
        }
        if (code.equals("F040")) {
            return IoTable.DemandKind.EXPORTS;
        }
        if (code.startsWith("F06") || code.startsWith("F07") || code.startsWith("F10")) {
            return IoTable.DemandKind.GOVERNMENT;
        }
        return IoTable.DemandKind.OTHER;
    }
}
