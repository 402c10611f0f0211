package dev.klaster.core.measures;

import dev.klaster.core.check.Checks;
import dev.klaster.core.agglomeration.EllisonGlaeser;
import dev.klaster.core.agglomeration.MaurelSedillot;
import dev.klaster.core.model.Measure;
import dev.klaster.core.table.Table;

import java.util.List;

/**
 * Registry entries of the agglomeration family on aggregated panels. A panel holds establishment counts, not
 * plant sizes, so the plant Herfindahl is approximated by {@code 1/N} (N establishments of equal size), the lower
 * bound of H; every table says so. With plant-level data use
 * {@link EllisonGlaeser#gamma(double[], int[], double[])} directly.
 */
final class AgglomerationMeasures {
    private AgglomerationMeasures() {
    }

    static final String H_NOTE = "plant Herfindahl approximated as 1/establishments (equal-size plants): the panel "
            + "has establishment counts, not plant sizes";

    static List<MeasureSpec> specs() {
        List<String> p = List.of("measure", "year");
        return List.of(
                new MeasureSpec("ellison_glaeser", "agglomeration",
                        "Ellison-Glaeser agglomeration index γ of each industry (needs establishments)",
                        "Indeks aglomerasi Ellison-Glaeser γ tiap sektor (butuh jumlah usaha)",
                        p, (pa, o) -> perIndustry(new Analysis(pa, o), false)),
                new MeasureSpec("maurel_sedillot", "agglomeration",
                        "Maurel-Sédillot agglomeration index γ of each industry (needs establishments)",
                        "Indeks aglomerasi Maurel-Sédillot γ tiap sektor (butuh jumlah usaha)",
                        p, (pa, o) -> perIndustry(new Analysis(pa, o), true)),
                new MeasureSpec("coagglomeration", "agglomeration",
                        "Ellison-Glaeser (1997) coagglomeration index of every industry pair (needs establishments)",
                        "Indeks koaglomerasi Ellison-Glaeser (1997) setiap pasangan sektor (butuh jumlah usaha)",
                        p, (pa, o) -> pairs(new Analysis(pa, o))));
    }

    private static double[] herfindahls(Analysis a, int y) {
        a.require(Measure.ESTABLISHMENTS);
        double[][] est = a.matrix(Measure.ESTABLISHMENTS, y);
        double[] n = Checks.columnSums(est);
        double[] h = new double[n.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = n[i] > 0 ? 1 / n[i] : Double.NaN;
        }
        return h;
    }

    private static Table perIndustry(Analysis a, boolean ms) {
        int y = a.year();
        double[] h = herfindahls(a, y);
        double[][] m = a.matrix(y);
        double[] totals = Checks.rowSums(m);
        String name = ms ? "maurel_sedillot" : "ellison_glaeser";
        Out out = new Out(name, "industry", "year");
        for (int i = 0; i < a.industries(); i++) {
            double[] c = Analysis.zeroNaN(Analysis.column(m, i));
            double g = Double.isNaN(h[i]) ? Double.NaN
                    : ms ? MaurelSedillot.gamma(c, totals, h[i]) : EllisonGlaeser.gamma(c, totals, h[i]);
            out.row("gamma", g, a.ic(i), String.valueOf(y)).row("plant_herfindahl", h[i], a.ic(i), String.valueOf(y));
        }
        return out.note(H_NOTE).build(a);
    }

    private static Table pairs(Analysis a) {
        int y = a.year();
        double[] h = herfindahls(a, y);
        double[][] m = a.matrix(y);
        double[] totals = Checks.rowSums(m);
        Out out = new Out("coagglomeration", "industry", "other_industry", "year");
        for (int i = 0; i < a.industries(); i++) {
            for (int j = i + 1; j < a.industries(); j++) {
                double[][] pair = {Analysis.zeroNaN(Analysis.column(m, i)), Analysis.zeroNaN(Analysis.column(m, j))};
                double v = Double.isNaN(h[i]) || Double.isNaN(h[j]) ? Double.NaN
                        : EllisonGlaeser.coagglomeration(pair, totals, new double[]{h[i], h[j]});
                out.row("gamma_c", v, a.ic(i), a.ic(j), String.valueOf(y));
            }
        }
        return out.note(H_NOTE).build(a);
    }
}
