package dev.klaster.core.measures;

import dev.klaster.core.check.Checks;
import dev.klaster.core.growth.Growth;
import dev.klaster.core.model.Measure;
import dev.klaster.core.table.Table;

import java.util.List;

/** Registry entries of the growth family. */
final class GrowthMeasures {
    private GrowthMeasures() {
    }

    static List<MeasureSpec> specs() {
        return List.of(
                new MeasureSpec("growth_contribution", "growth",
                        "Each sector's contribution to the region's growth (share × growth, percentage points)",
                        "Sumber pertumbuhan: kontribusi tiap sektor terhadap pertumbuhan (persen poin)",
                        List.of("measure", "base-year", "end-year", "region", "group"),
                        (pa, o) -> contribution(new Analysis(pa, o.measure() == null
                                ? o.withMeasure(Measure.VALUE_ADDED) : o))),
                new MeasureSpec("employment_elasticity", "growth",
                        "Employment elasticity of value-added growth per region and sector, and jobs per 1% growth",
                        "Elastisitas kesempatan kerja terhadap pertumbuhan PDRB dan tenaga kerja per 1% pertumbuhan",
                        List.of("base-year", "end-year", "region", "group"),
                        (pa, o) -> elasticity(new Analysis(pa, o.withMeasure(Measure.VALUE_ADDED)))));
    }

    private static Table contribution(Analysis a) {
        int y0 = a.baseYear();
        int y1 = a.endYear();
        Period p = Period.of(a);
        double[][] m0 = p.m0();
        double[][] m1 = p.m1();
        Out out = new Out("growth_contribution", "region", "region_name", "industry", "base_year", "end_year");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            double[] c = Growth.contribution(m0[r], m1[r]);
            double t0 = 0;
            double t1 = 0;
            for (int i = 0; i < a.industries(); i++) {
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(y0), String.valueOf(y1)};
                out.row("growth_percent", Growth.ratePercent(m0[r][i], m1[r][i]), k)
                        .row("contribution_pp", c[i], k);
                t0 += Double.isNaN(m0[r][i]) ? 0 : m0[r][i];
                t1 += Double.isNaN(m1[r][i]) ? 0 : m1[r][i];
            }
            out.row("growth_percent", Growth.ratePercent(t0, t1),
                    a.rc(r), a.rn(r), "TOTAL", String.valueOf(y0), String.valueOf(y1));
        }
        return out.build(a);
    }

    private static Table elasticity(Analysis a) {
        a.require(Measure.EMPLOYMENT);
        int y0 = a.baseYear();
        int y1 = a.endYear();
        double[][][] ms = Period.mask(a, new double[][][]{a.matrix(y0), a.matrix(y1),
                a.matrix(Measure.EMPLOYMENT, y0), a.matrix(Measure.EMPLOYMENT, y1)}, "[" + y0 + ", " + y1
                + "] of value_added and employment");
        double[][] v0 = ms[0];
        double[][] v1 = ms[1];
        double[][] l0 = ms[2];
        double[][] l1 = ms[3];
        Out out = new Out("employment_elasticity", "region", "region_name", "industry", "base_year", "end_year");
        double[] tv0 = Checks.rowSums(v0);
        double[] tv1 = Checks.rowSums(v1);
        double[] tl0 = Checks.rowSums(l0);
        double[] tl1 = Checks.rowSums(l1);
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            for (int i = 0; i < a.industries(); i++) {
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(y0), String.valueOf(y1)};
                out.row("elasticity", Growth.employmentElasticity(l0[r][i], l1[r][i], v0[r][i], v1[r][i]), k)
                        .row("jobs_per_percent_growth",
                                Growth.jobsPerPercentGrowth(l0[r][i], l1[r][i], v0[r][i], v1[r][i]), k);
            }
            Object[] k = {a.rc(r), a.rn(r), "TOTAL", String.valueOf(y0), String.valueOf(y1)};
            out.row("elasticity", Growth.employmentElasticity(tl0[r], tl1[r], tv0[r], tv1[r]), k)
                    .row("jobs_per_percent_growth", Growth.jobsPerPercentGrowth(tl0[r], tl1[r], tv0[r], tv1[r]), k);
        }
        double[] all = {sum(tl0), sum(tl1), sum(tv0), sum(tv1)};
        Object[] k = {"REFERENCE", "all regions", "TOTAL", String.valueOf(y0), String.valueOf(y1)};
        out.row("elasticity", Growth.employmentElasticity(all[0], all[1], all[2], all[3]), k)
                .row("jobs_per_percent_growth", Growth.jobsPerPercentGrowth(all[0], all[1], all[2], all[3]), k);
        return out.build(a);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
