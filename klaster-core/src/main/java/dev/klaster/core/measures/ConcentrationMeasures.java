package dev.klaster.core.measures;

import dev.klaster.core.concentration.DynamicLocationQuotient;
import dev.klaster.core.concentration.LocationQuotient;

import java.util.List;

/** Registry entries of the concentration family (location quotients). */
final class ConcentrationMeasures {
    private ConcentrationMeasures() {
    }

    static List<MeasureSpec> specs() {
        List<String> p1 = List.of("measure", "year", "base-industries", "region", "group");
        List<String> p2 = List.of("measure", "base-year", "end-year", "region", "group");
        return List.of(
                new MeasureSpec("lq", "concentration",
                        "Location quotient of every region × industry in one year (base: all or chosen industries)",
                        "Location quotient (LQ) setiap wilayah × sektor pada satu tahun",
                        p1, (p, o) -> lq(new Analysis(p, o), false)),
                new MeasureSpec("lq_symmetric", "concentration",
                        "Symmetric location quotient (LQ−1)/(LQ+1), range −1..1",
                        "LQ simetris (LQ−1)/(LQ+1), rentang −1..1",
                        p1, (p, o) -> lq(new Analysis(p, o), true)),
                new MeasureSpec("lq_growth", "concentration",
                        "LQ in the base and end year and its growth LQ_end/LQ_base − 1",
                        "LQ tahun awal dan akhir serta pertumbuhannya",
                        p2, (p, o) -> growth(new Analysis(p, o))),
                new MeasureSpec("lq_dynamic", "concentration",
                        "Dynamic location quotient (DLQ) from mean annual growth rates, base to end year",
                        "Dynamic Location Quotient (DLQ) dari rata-rata laju pertumbuhan tahunan",
                        p2, (p, o) -> dynamic(new Analysis(p, o))));
    }

    private static double[][] lqMatrix(Analysis a, int year) {
        boolean[] base = a.base();
        double[][] m = a.matrix(year);
        if (a.explicitReference()) {
            return LocationQuotient.matrix(m, base, a.reference(m, year));
        }
        return base == null ? LocationQuotient.matrix(m) : LocationQuotient.matrix(m, base);
    }

    private static dev.klaster.core.table.Table lq(Analysis a, boolean symmetric) {
        int y = a.year();
        double[][] lq = lqMatrix(a, y);
        String name = symmetric ? "lq_symmetric" : "lq";
        Out out = new Out(name, "region", "region_name", "industry", "year");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            for (int i = 0; i < a.industries(); i++) {
                double v = symmetric ? LocationQuotient.symmetric(lq[r][i]) : lq[r][i];
                out.row(name, v, a.rc(r), a.rn(r), a.ic(i), String.valueOf(y));
            }
        }
        if (a.base() != null) {
            out.note("LQ base industries: " + a.o.baseIndustries());
        }
        return out.build(a);
    }

    private static dev.klaster.core.table.Table growth(Analysis a) {
        int y0 = a.baseYear();
        int y1 = a.endYear();
        double[][] l0 = lqMatrix(a, y0);
        double[][] l1 = lqMatrix(a, y1);
        double[][] g = DynamicLocationQuotient.growth(l0, l1);
        Out out = new Out("lq_growth", "region", "region_name", "industry", "base_year", "end_year");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            for (int i = 0; i < a.industries(); i++) {
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(y0), String.valueOf(y1)};
                out.row("lq_base", l0[r][i], k).row("lq_end", l1[r][i], k).row("lq_growth", g[r][i], k);
            }
        }
        return out.build(a);
    }

    private static dev.klaster.core.table.Table dynamic(Analysis a) {
        int y0 = a.baseYear();
        int y1 = a.endYear();
        int k0 = a.panel.yearIndex(y0);
        int k1 = a.panel.yearIndex(y1);
        int[] ys = new int[k1 - k0 + 1];
        for (int k = k0; k <= k1; k++) {
            ys[k - k0] = a.panel.year(k);
        }
        double[][][] series = Period.matched(a, ys);
        double[][] refs = null;
        if (a.explicitReference()) {
            refs = new double[ys.length][];
            for (int k = 0; k < ys.length; k++) {
                refs[k] = a.reference(series[k], ys[k]);
            }
        }
        double[][] dlq = DynamicLocationQuotient.dynamic(series, refs);
        double[][] lq = lqMatrix(a, y1);
        Out out = new Out("lq_dynamic", "region", "region_name", "industry", "base_year", "end_year");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            for (int i = 0; i < a.industries(); i++) {
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(y0), String.valueOf(y1)};
                out.row("lq_end", lq[r][i], k).row("dlq", dlq[r][i], k);
            }
        }
        out.note("the years between base and end must be consecutive panel years; DLQ uses every year in between");
        return out.build(a);
    }
}
