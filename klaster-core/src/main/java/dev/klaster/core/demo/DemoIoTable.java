package dev.klaster.core.demo;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic <b>synthetic</b> 17-sector input-output table with the sector codes of
 * {@link DemoPanel#industries(String)} (KBLI sections), for offline demos ({@code klaster io ... --demo}). It is
 * <em>not</em> real statistics: outputs are shaped like Indonesia's (billion rupiah, order of magnitude only) and
 * the coefficients follow plausible patterns (manufacturing C buys from agriculture A and mining B; construction F
 * buys from C and B; electricity D from B; trade G and transport H serve everyone), with seeded noise. The table
 * balances by construction: final demand closes the rows and value added closes the columns.
 */
public final class DemoIoTable {
    /** Seed of the noise. */
    public static final long SEED = 17L;

    private static final String[] CODES = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M_N", "O",
        "P", "Q", "R_S_T_U"};
    /** Output per sector, billion rupiah (shape like the 2020 national table, rounded). */
    private static final double[] OUTPUT = {2600, 1500, 8100, 760, 70, 3400, 2900, 1500, 1200, 1100, 930, 960, 830,
        750, 760, 690, 470};
    /** Workers per billion rupiah of output (labour intensity, synthetic). */
    private static final double[] JOBS_PER_OUTPUT = {14, 1.0, 2.2, 0.4, 3, 2.5, 7, 3.5, 6, 0.9, 1.2, 0.4, 2, 5, 7, 3,
        9};

    private DemoIoTable() {
    }

    /** The synthetic table with English sector names. */
    public static IoTable generate() {
        IndustrySet ind = DemoPanel.industries("en");
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < ind.size(); k++) {
            Industry i = ind.get(k);
            codes.add(i.code());
            names.add(i.name());
        }
        if (!codes.equals(List.of(CODES))) {
            throw new IllegalStateException("demo sectors changed: " + codes);
        }
        int n = CODES.length;
        Random rnd = new Random(SEED);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = (0.004 + 0.012 * rnd.nextDouble()) * Math.min(1, OUTPUT[i] / 1500);
            }
            a[i][i] += 0.05;
        }
        // structure: row = supplier, column = buyer
        set(a, "A", "C", 0.16);
        set(a, "A", "I", 0.12);
        set(a, "B", "C", 0.07);
        set(a, "B", "D", 0.30);
        set(a, "B", "F", 0.06);
        set(a, "C", "F", 0.22);
        set(a, "C", "A", 0.08);
        set(a, "C", "I", 0.20);
        set(a, "C", "H", 0.15);
        set(a, "C", "Q", 0.10);
        set(a, "D", "C", 0.02);
        set(a, "G", "C", 0.06);
        set(a, "G", "F", 0.06);
        set(a, "H", "C", 0.04);
        set(a, "H", "G", 0.05);
        set(a, "K", "L", 0.05);
        set(a, "M_N", "J", 0.08);
        set(a, "L", "G", 0.04);
        double[][] z = new double[n][n];
        double[] f = new double[n];
        double[] colIn = new double[n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                z[i][j] = Math.round(a[i][j] * OUTPUT[j] * 10) / 10.0;
                row += z[i][j];
                colIn[j] += z[i][j];
            }
            f[i] = OUTPUT[i] - row;
            if (f[i] < 0.1 * OUTPUT[i]) {
                throw new IllegalStateException("demo row " + CODES[i] + " leaves too little final demand");
            }
        }
        double[] hh = new double[n];
        double[] gov = new double[n];
        double[] inv = new double[n];
        double[] exp = new double[n];
        for (int i = 0; i < n; i++) {
            String c = CODES[i];
            double sExp = c.equals("B") ? 0.6 : c.equals("C") ? 0.35 : c.equals("A") ? 0.15 : 0.05;
            double sInv = c.equals("F") ? 0.85 : c.equals("C") ? 0.15 : 0.02;
            double sGov = c.equals("O") ? 0.9 : c.equals("P") || c.equals("Q") ? 0.4 : 0.01;
            exp[i] = f[i] * sExp;
            inv[i] = f[i] * sInv;
            gov[i] = f[i] * sGov;
            hh[i] = f[i] - exp[i] - inv[i] - gov[i];
        }
        double[] imp = new double[n];
        double[] tax = new double[n];
        double[] comp = new double[n];
        double[] surplus = new double[n];
        double[] jobs = new double[n];
        for (int j = 0; j < n; j++) {
            imp[j] = Math.round(OUTPUT[j] * (CODES[j].equals("C") ? 0.12 : 0.04) * 10) / 10.0;
            tax[j] = Math.round(OUTPUT[j] * 0.01 * 10) / 10.0;
            double va = OUTPUT[j] - colIn[j] - imp[j] - tax[j];
            if (va < 0.1 * OUTPUT[j]) {
                throw new IllegalStateException("demo column " + CODES[j] + " leaves too little value added");
            }
            double labourShare = CODES[j].equals("O") || CODES[j].equals("P") ? 0.75 : CODES[j].equals("B") ? 0.2
                    : 0.42;
            comp[j] = va * labourShare;
            surplus[j] = va - comp[j];
            jobs[j] = OUTPUT[j] * JOBS_PER_OUTPUT[j] * 1000;
        }
        return IoTable.builder(codes, names)
                .source("SYNTHETIC demo input-output table (17 KBLI sections, billion rupiah; not real statistics)",
                        true)
                .z(z).output(OUTPUT.clone()).employment(jobs)
                .demand("households", "Household consumption", IoTable.DemandKind.HOUSEHOLDS, hh)
                .demand("government", "Government consumption", IoTable.DemandKind.GOVERNMENT, gov)
                .demand("investment", "Gross fixed capital formation", IoTable.DemandKind.INVESTMENT, inv)
                .demand("exports", "Exports", IoTable.DemandKind.EXPORTS, exp)
                .input("imports", "Imported intermediate inputs", IoTable.InputKind.IMPORTS, imp)
                .input("taxes", "Taxes less subsidies on products", IoTable.InputKind.TAXES_ON_PRODUCTS, tax)
                .input("compensation", "Compensation of employees", IoTable.InputKind.COMPENSATION, comp)
                .input("surplus", "Gross operating surplus", IoTable.InputKind.OPERATING_SURPLUS, surplus)
                .build();
    }

    private static void set(double[][] a, String supplier, String buyer, double v) {
        a[List.of(CODES).indexOf(supplier)][List.of(CODES).indexOf(buyer)] = v;
    }
}
