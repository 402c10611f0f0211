package dev.klaster.core.measures;

import dev.klaster.core.shiftshare.ArcelusShift;
import dev.klaster.core.shiftshare.DunnShift;
import dev.klaster.core.shiftshare.EstebanMarquillasShift;
import dev.klaster.core.shiftshare.GerfinShift;
import dev.klaster.core.shiftshare.ShiftShare;
import dev.klaster.core.table.Table;

import java.util.List;

/** Registry entries of the shift-share family. */
final class ShiftShareMeasures {
    private ShiftShareMeasures() {
    }

    static List<MeasureSpec> specs() {
        List<String> p = List.of("measure", "base-year", "end-year", "region", "group");
        return List.of(
                new MeasureSpec("shiftshare_dunn", "shiftshare",
                        "Classic shift-share (Dunn): national share, industry mix, regional shift, net shift",
                        "Shift-share klasik (Dunn): pertumbuhan nasional, bauran industri, keunggulan kompetitif",
                        p, (pa, o) -> dunn(new Analysis(pa, o), false)),
                new MeasureSpec("shiftshare_dynamic", "shiftshare",
                        "Dynamic shift-share: Dunn components chained year by year and summed",
                        "Shift-share dinamis: komponen Dunn dihitung per tahun lalu dijumlahkan",
                        p, (pa, o) -> dunn(new Analysis(pa, o), true)),
                new MeasureSpec("shiftshare_esteban_marquillas", "shiftshare",
                        "Esteban-Marquillas shift-share: homothetic value, competitive and allocation effects",
                        "Shift-share Esteban-Marquillas: nilai homotetik, efek kompetitif dan efek alokasi",
                        p, (pa, o) -> em(new Analysis(pa, o))),
                new MeasureSpec("shiftshare_arcelus", "shiftshare",
                        "Arcelus shift-share: regional growth and regional industry-mix effects, homothetic/allocation",
                        "Shift-share Arcelus: efek pertumbuhan wilayah dan bauran industri wilayah",
                        p, (pa, o) -> arcelus(new Analysis(pa, o))),
                new MeasureSpec("shiftshare_gerfin", "shiftshare",
                        "Gerfin multiplicative shift-share: regional = structural × location factor, per region",
                        "Shift-share multiplikatif Gerfin: faktor regional = faktor struktur × faktor lokasi",
                        p, (pa, o) -> gerfin(new Analysis(pa, o))),
                new MeasureSpec("shiftshare_projection", "shiftshare",
                        "Shift-share projection to a target year assuming a constant regional shift",
                        "Proyeksi shift-share ke tahun sasaran dengan asumsi keunggulan kompetitif tetap",
                        List.of("measure", "base-year", "end-year", "target-year", "region", "group"),
                        (pa, o) -> projection(new Analysis(pa, o))));
    }

    private static Out header(String name) {
        return new Out(name, "region", "region_name", "industry", "base_year", "end_year");
    }

    private static Table dunn(Analysis a, boolean dynamic) {
        Period p = Period.of(a);
        int k0 = a.panel.yearIndex(p.y0());
        int k1 = a.panel.yearIndex(p.y1());
        double[][][] series = null;
        double[][] refSeries = null;
        if (dynamic) {
            int[] ys = new int[k1 - k0 + 1];
            for (int k = k0; k <= k1; k++) {
                ys[k - k0] = a.panel.year(k);
            }
            series = Period.matched(a, ys);
            refSeries = new double[ys.length][];
            for (int k = 0; k < ys.length; k++) {
                refSeries[k] = a.reference(series[k], ys[k]);
            }
        }
        String name = dynamic ? "shiftshare_dynamic" : "shiftshare_dunn";
        Out out = header(name);
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            DunnShift d;
            if (dynamic) {
                double[][] reg = new double[series.length][];
                for (int k = 0; k < series.length; k++) {
                    reg[k] = series[k][r];
                }
                d = ShiftShare.dynamic(reg, refSeries);
            } else {
                d = ShiftShare.dunn(p.m0()[r], p.m1()[r], p.n0(), p.n1());
            }
            for (int i = 0; i < a.industries(); i++) {
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(p.y0()), String.valueOf(p.y1())};
                out.row("change", d.change()[i], k).row("national_share", d.nationalShare()[i], k)
                        .row("industry_mix", d.industryMix()[i], k).row("regional_shift", d.regionalShift()[i], k)
                        .row("net_shift", d.netShift(i), k);
            }
            Object[] k = {a.rc(r), a.rn(r), "TOTAL", String.valueOf(p.y0()), String.valueOf(p.y1())};
            out.row("change", d.totalChange(), k).row("national_share", d.totalNationalShare(), k)
                    .row("industry_mix", d.totalIndustryMix(), k).row("regional_shift", d.totalRegionalShift(), k)
                    .row("net_shift", d.totalNetShift(), k);
        }
        return out.build(a);
    }

    private static Table em(Analysis a) {
        Period p = Period.of(a);
        Out out = header("shiftshare_esteban_marquillas");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            EstebanMarquillasShift e = ShiftShare.estebanMarquillas(p.m0()[r], p.m1()[r], p.n0(), p.n1());
            double ce = 0;
            double ae = 0;
            for (int i = 0; i < a.industries(); i++) {
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(p.y0()), String.valueOf(p.y1())};
                out.row("change", e.change()[i], k).row("national_share", e.nationalShare()[i], k)
                        .row("industry_mix", e.industryMix()[i], k).row("homothetic", e.homothetic()[i], k)
                        .row("competitive_effect", e.competitiveEffect()[i], k)
                        .row("allocation_effect", e.allocationEffect()[i], k);
            }
            Object[] k = {a.rc(r), a.rn(r), "TOTAL", String.valueOf(p.y0()), String.valueOf(p.y1())};
            out.row("competitive_effect", e.totalCompetitiveEffect(), k)
                    .row("allocation_effect", e.totalAllocationEffect(), k);
        }
        return out.build(a);
    }

    private static Table arcelus(Analysis a) {
        Period p = Period.of(a);
        Out out = header("shiftshare_arcelus");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            ArcelusShift s = ShiftShare.arcelus(p.m0()[r], p.m1()[r], p.n0(), p.n1());
            for (int i = 0; i < a.industries(); i++) {
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(p.y0()), String.valueOf(p.y1())};
                out.row("change", s.change()[i], k).row("national_share", s.nationalShare()[i], k)
                        .row("industry_mix_homothetic", s.industryMixHomothetic()[i], k)
                        .row("industry_mix_allocation", s.industryMixAllocation()[i], k)
                        .row("regional_growth_homothetic", s.regionalGrowthHomothetic()[i], k)
                        .row("regional_growth_allocation", s.regionalGrowthAllocation()[i], k)
                        .row("regional_industry_mix_homothetic", s.regionalIndustryMixHomothetic()[i], k)
                        .row("regional_industry_mix_allocation", s.regionalIndustryMixAllocation()[i], k);
            }
        }
        return out.build(a);
    }

    private static Table gerfin(Analysis a) {
        Period p = Period.of(a);
        Out out = new Out("shiftshare_gerfin", "region", "region_name", "base_year", "end_year");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            GerfinShift g = ShiftShare.gerfin(Analysis.zeroNaN(p.m0()[r]), Analysis.zeroNaN(p.m1()[r]), p.n0(),
                    p.n1());
            Object[] k = {a.rc(r), a.rn(r), String.valueOf(p.y0()), String.valueOf(p.y1())};
            out.row("regional_factor", g.regionalFactor(), k).row("structural_factor", g.structuralFactor(), k)
                    .row("location_factor", g.locationFactor(), k);
        }
        return out.build(a);
    }

    private static Table projection(Analysis a) {
        int y0 = a.baseYear();
        int y1 = a.endYear();
        int target = a.o.targetYear() != null ? a.o.targetYear() : y1 + (y1 - y0);
        if (target <= y1) {
            throw new IllegalArgumentException("target year " + target + " must be after end year " + y1);
        }
        boolean observed = java.util.Arrays.binarySearch(a.panel.years(), target) >= 0;
        Period p;
        double[] nT;
        if (observed) {
            double[][][] ms = Period.matched(a, new int[]{y0, y1, target});
            p = new Period(y0, y1, ms[0], ms[1], a.reference(ms[0], y0), a.reference(ms[1], y1));
            nT = a.reference(ms[2], target);
        } else {
            p = Period.of(a);
            nT = new double[p.n1().length];
            for (int i = 0; i < nT.length; i++) {
                nT[i] = p.n0()[i] == 0 ? Double.NaN : p.n1()[i] * p.n1()[i] / p.n0()[i];
            }
        }
        Out out = new Out("shiftshare_projection", "region", "region_name", "industry", "base_year", "end_year",
                "target_year");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            double[] proj = ShiftShare.project(p.m0()[r], p.m1()[r], p.n0(), p.n1(), nT);
            for (int i = 0; i < a.industries(); i++) {
                out.row("projected", proj[i], a.rc(r), a.rn(r), a.ic(i), String.valueOf(y0), String.valueOf(y1),
                        String.valueOf(target));
            }
        }
        out.note(observed ? "reference values of the target year are taken from the panel (a back-test)"
                : "reference values of the target year extrapolated at the base→end growth of each industry");
        if (target - y1 != y1 - y0) {
            out.note("horizon " + (target - y1) + " years differs from the base period " + (y1 - y0)
                    + " years; the regional shift is applied once, as observed");
        }
        return out.build(a);
    }
}
