package dev.klaster.core.demo;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic <b>synthetic</b> national input-output table for {@link FineDemo}: the same 119 KBLI four-digit
 * industries, billion rupiah, shaped so that the planted clusters are real supply chains (logging → sawmills →
 * plywood, carpentry, carving → furniture; spinning → weaving → finishing/batik → apparel; marine fishing and shrimp
 * ponds → fish processing and canning; pearl culture → jewellery and shell handicraft; oil palm → crude palm oil →
 * oleochemicals and soap; restaurants, attractions, air transport and lodging ↔ tour operators) next to ordinary
 * ones (rice milling, feed → poultry, steel → metal products → vehicles, cement → construction), with generic
 * suppliers every industry buys from (wholesale, road freight, power, banks, business services, fuel). Not real
 * statistics.
 *
 * <p>Construction: value added of each industry is the demo's national value added in 2019; output = value added /
 * an authored value-added ratio by kind of industry; {@code Z[i][j] = a[i][j] × output[j]}; a row that would leave
 * less than 5 % of its output to final demand has its coefficients scaled down; imported inputs close each column
 * (taxes 1 % of output); final demand closes each row, split into exports, government, investment and households by
 * authored shares. The table balances by construction (checked by {@link IoTable}).
 */
public final class FineDemoIo {
    /** Seed of the background coefficients. */
    public static final long SEED = 185L;
    /** Year of the demo panel the table is scaled to. */
    public static final int YEAR = 2019;

    private FineDemoIo() {
    }

    /** The table with English names. */
    public static IoTable generate() {
        return generate("en");
    }

    /** The table with industry names in {@code lang}. */
    public static IoTable generate(String lang) {
        Panel panel = FineDemo.generate("en");
        List<FineDemo.Spec> specs = FineDemo.specs();
        IndustrySet ind = FineDemo.industries(lang);
        int n = ind.size();
        int y = panel.yearIndex(YEAR);
        int country = panel.regions().indexOf(DemoPanel.COUNTRY);
        double[] out = new double[n];
        double[] jobs = new double[n];
        double[] vaRatio = new double[n];
        for (int j = 0; j < n; j++) {
            vaRatio[j] = vaRatio(specs.get(j));
            out[j] = Math.round(panel.get(Measure.VALUE_ADDED, y, country, j) / vaRatio[j] * 10) / 10.0;
            jobs[j] = panel.get(Measure.EMPLOYMENT, y, country, j);
        }
        double[][] a = coefficients(ind, specs);
        double[][] z = new double[n][n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += a[i][j] * out[j];
            }
            double scale = row > 0.95 * out[i] ? 0.95 * out[i] / row : 1;
            for (int j = 0; j < n; j++) {
                a[i][j] *= scale;
            }
        }
        double[] imp = new double[n];
        double[] tax = new double[n];
        double[] comp = new double[n];
        double[] surplus = new double[n];
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int i = 0; i < n; i++) {
                col += a[i][j];
            }
            double room = 1 - vaRatio[j] - 0.01 - 0.02; // at least 2 % imported inputs
            double scale = col > room ? room / col : 1;
            double inter = 0;
            for (int i = 0; i < n; i++) {
                z[i][j] = Math.round(a[i][j] * scale * out[j] * 100) / 100.0;
                inter += z[i][j];
            }
            tax[j] = Math.round(out[j] * 0.01 * 100) / 100.0;
            double va = Math.round(out[j] * vaRatio[j] * 100) / 100.0;
            imp[j] = Math.round((out[j] - inter - tax[j] - va) * 100) / 100.0;
            double labour = switch (specs.get(j).section()) {
                case "O", "P" -> 0.75;
                case "B" -> 0.2;
                case "Q" -> 0.6;
                default -> 0.42;
            };
            comp[j] = Math.round(va * labour * 100) / 100.0;
            surplus[j] = Math.round((va - comp[j]) * 100) / 100.0;
        }
        double[] hh = new double[n];
        double[] gov = new double[n];
        double[] inv = new double[n];
        double[] exp = new double[n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += z[i][j];
            }
            double f = out[i] - row;
            FineDemo.Spec s = specs.get(i);
            double sExp = exportShare(s);
            double sInv = s.section().equals("F") ? 0.9 : s.code().equals("2910") || s.code().equals("3091") ? 0.3
                    : s.code().equals("2599") || s.code().equals("3011") ? 0.25 : 0.01;
            double sGov = s.section().equals("O") ? 0.95 : s.section().equals("P") ? 0.6
                    : s.section().equals("Q") ? 0.4 : 0.0;
            exp[i] = Math.round(f * sExp * 100) / 100.0;
            inv[i] = Math.round(f * sInv * 100) / 100.0;
            gov[i] = Math.round(f * sGov * 100) / 100.0;
            hh[i] = Math.round((f - exp[i] - inv[i] - gov[i]) * 100) / 100.0;
        }
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            codes.add(ind.get(k).code());
            names.add(ind.get(k).name());
        }
        return IoTable.builder(codes, names)
                .source("SYNTHETIC demo input-output table (" + n + " KBLI 4-digit industries, billion rupiah; "
                        + "not real statistics)", true)
                .z(z).output(out).employment(jobs)
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

    /** Value added / output by kind of industry (authored, order of magnitude of Indonesian tables). */
    static double vaRatio(FineDemo.Spec s) {
        String c = s.code();
        if (c.equals("1043") || c.equals("1021") || c.equals("1022") || c.equals("1061") || c.equals("1080")) {
            return 0.22;
        }
        return switch (s.section()) {
            case "A" -> 0.65;
            case "B" -> 0.6;
            case "C" -> 0.3;
            case "D" -> 0.35;
            case "E" -> 0.45;
            case "F" -> 0.35;
            case "G" -> 0.7;
            case "H" -> 0.45;
            case "I" -> 0.42;
            default -> 0.6;
        };
    }

    /** Share of final demand exported (foreign and to tourists), authored. */
    static double exportShare(FineDemo.Spec s) {
        String f = s.family() == null ? "" : s.family();
        return switch (s.code()) {
            case "0510", "0729" -> 0.75;
            case "0610" -> 0.4;
            case "1043", "2011" -> 0.65;
            case "1022", "1021", "1029" -> 0.45;
            case "3211", "3290" -> 0.5;
            case "3100", "1629", "1621" -> 0.5;
            case "1411", "1311", "1520" -> 0.45;
            case "5511", "5513", "7912", "9322" -> 0.45;
            case "1201", "1073", "1076", "2612" -> 0.3;
            default -> f.isEmpty() && s.section().equals("C") ? 0.12 : !f.isEmpty() ? 0.25 : 0.02;
        };
    }

    /** The technical coefficients a[supplier][buyer]: background, generic suppliers and the authored chains. */
    static double[][] coefficients(IndustrySet ind, List<FineDemo.Spec> specs) {
        int n = ind.size();
        double[][] a = new double[n][n];
        SplittableRandom rnd = new SplittableRandom(SEED);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (rnd.nextDouble() < 0.04) {
                    a[i][j] = 0.001 * rnd.nextDouble();
                }
            }
        }
        for (int j = 0; j < n; j++) {
            String sec = specs.get(j).section();
            boolean goods = sec.equals("A") || sec.equals("B") || sec.equals("C");
            add(a, ind, "4690", j, 0.006);
            add(a, ind, "4943", j, goods ? 0.006 : 0.002);
            add(a, ind, "3510", j, sec.equals("C") ? 0.008 : 0.003);
            add(a, ind, "6419", j, 0.003);
            add(a, ind, "8299", j, sec.equals("A") ? 0.001 : 0.003);
            add(a, ind, "1921", j, sec.equals("H") ? 0.06 : goods ? 0.005 : 0.002);
            add(a, ind, "6120", j, 0.002);
        }
        String[][] chains = {
            // wood and furniture
            {"0220", "1610", "0.35"}, {"1610", "1621", "0.30"}, {"1610", "1622", "0.30"}, {"1610", "1629", "0.25"},
            {"1610", "3100", "0.22"}, {"1621", "3100", "0.08"}, {"1629", "3100", "0.06"}, {"1622", "4101", "0.02"},
            // textiles, batik, apparel
            {"1311", "1312", "0.35"}, {"1312", "1313", "0.30"}, {"1313", "1411", "0.22"}, {"1312", "1411", "0.12"},
            {"1311", "1391", "0.30"}, {"1391", "1411", "0.08"}, {"1313", "1412", "0.20"}, {"1312", "1412", "0.10"},
            // fish and seafood
            {"0311", "1021", "0.40"}, {"0311", "1022", "0.30"}, {"0325", "1021", "0.15"}, {"0325", "1029", "0.15"},
            {"0311", "1029", "0.12"}, {"2599", "1022", "0.08"}, {"3011", "0311", "0.05"}, {"1080", "0325", "0.15"},
            // pearls and handicraft
            {"0321", "3211", "0.30"}, {"0321", "3290", "0.25"}, {"3290", "3212", "0.10"}, {"3211", "3212", "0.05"},
            // palm oil
            {"0126", "1043", "0.55"}, {"1043", "2011", "0.50"}, {"1043", "2023", "0.20"}, {"2011", "2023", "0.20"},
            {"2012", "0126", "0.06"},
            // tourism
            {"5610", "5511", "0.08"}, {"5610", "5512", "0.08"}, {"5610", "5513", "0.06"}, {"9000", "5511", "0.03"},
            {"5511", "7912", "0.15"}, {"5512", "7912", "0.10"}, {"5513", "7912", "0.06"}, {"5110", "7912", "0.15"},
            {"9322", "7912", "0.10"}, {"4941", "7912", "0.06"}, {"9000", "7912", "0.05"},
            // food and farming
            {"0112", "1061", "0.50"}, {"0111", "1080", "0.30"}, {"1080", "0146", "0.40"}, {"0113", "5610", "0.08"},
            {"1079", "5610", "0.10"}, {"0146", "5610", "0.06"}, {"0127", "1076", "0.40"}, {"0127", "1073", "0.40"},
            {"0114", "1072", "0.50"}, {"0115", "1201", "0.30"}, {"0128", "1201", "0.08"}, {"0141", "1051", "0.20"},
            {"1072", "1104", "0.10"}, {"1072", "1071", "0.06"}, {"1061", "1079", "0.10"}, {"2012", "0112", "0.05"},
            // energy, metals, vehicles, construction
            {"0510", "3510", "0.15"}, {"0610", "1921", "0.70"}, {"0729", "2410", "0.30"}, {"2410", "2599", "0.30"},
            {"2410", "2910", "0.10"}, {"2599", "2910", "0.10"}, {"2612", "2910", "0.05"}, {"2211", "2910", "0.05"},
            {"2229", "2910", "0.04"}, {"2410", "3091", "0.10"}, {"2599", "3091", "0.08"}, {"2410", "3011", "0.15"},
            {"0810", "2394", "0.20"}, {"2394", "4101", "0.10"}, {"2394", "4211", "0.10"}, {"0810", "4211", "0.10"},
            {"2410", "4101", "0.08"}, {"2599", "4101", "0.04"}, {"4330", "4101", "0.05"}, {"2229", "4101", "0.02"},
            {"1701", "1811", "0.30"}, {"1811", "5811", "0.30"}, {"2229", "1079", "0.03"}, {"2229", "1104", "0.08"},
            {"7110", "4211", "0.04"}, {"6201", "6120", "0.05"}, {"6201", "6419", "0.03"},
        };
        for (String[] c : chains) {
            int i = ind.indexOf(c[0]);
            int j = ind.indexOf(c[1]);
            if (i < 0 || j < 0) {
                throw new IllegalStateException("demo IO chain names an unknown industry: " + c[0] + " -> " + c[1]);
            }
            a[i][j] += Double.parseDouble(c[2]);
        }
        return a;
    }

    private static void add(double[][] a, IndustrySet ind, String supplier, int buyer, double v) {
        int i = ind.indexOf(supplier);
        if (i != buyer) {
            a[i][buyer] += v;
        }
    }
}
