package dev.klaster.core.measures;

import dev.klaster.core.check.Checks;
import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.model.Measure;
import dev.klaster.core.shiftshare.DunnShift;
import dev.klaster.core.shiftshare.ShiftShare;
import dev.klaster.core.table.Table;
import dev.klaster.core.typology.Klassen;
import dev.klaster.core.typology.KlassenQuadrant;
import dev.klaster.core.typology.LeadingSector;

import java.util.List;

/** Registry entries of the typology family. */
final class TypologyMeasures {
    private TypologyMeasures() {
    }

    static List<MeasureSpec> specs() {
        List<String> p = List.of("measure", "base-year", "end-year", "region", "group");
        return List.of(
                new MeasureSpec("klassen_regions", "typology",
                        "Klassen typology of regions: GRDP growth vs GRDP per capita against the reference",
                        "Tipologi Klassen wilayah: pertumbuhan PDRB vs PDRB per kapita terhadap acuan",
                        List.of("base-year", "end-year", "region", "group"), (pa, o) -> regions(pa, o)),
                new MeasureSpec("klassen_sectors", "typology",
                        "Klassen typology of each region's sectors: sector growth vs sector share against the reference",
                        "Tipologi Klassen sektor: laju pertumbuhan vs kontribusi sektor terhadap acuan",
                        p, (pa, o) -> sectors(new Analysis(pa, o))),
                new MeasureSpec("leading_sectors", "typology",
                        "Leading sectors (sektor unggulan): LQ > 1 in the end year and positive regional shift",
                        "Sektor unggulan: LQ > 1 pada tahun akhir dan pergeseran kompetitif positif",
                        p, (pa, o) -> leading(new Analysis(pa, o))));
    }

    private static Table regions(dev.klaster.core.model.Panel panel, MeasureOptions o) {
        Analysis a = new Analysis(panel, o.withMeasure(Measure.VALUE_ADDED));
        int y0 = a.baseYear();
        int y1 = a.endYear();
        double[] g0 = Checks.rowSums(a.matrix(y0));
        double[] g1 = Checks.rowSums(a.matrix(y1));
        double[] pop = a.population(y1);
        KlassenQuadrant[] q = Klassen.regions(g0, g1, pop);
        Out out = new Out("klassen_regions", "region", "region_name", "base_year", "end_year", "quadrant",
                "kuadran", "quadrant_label");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            Object[] k = {a.rc(r), a.rn(r), String.valueOf(y0), String.valueOf(y1), q[r] == null ? "" : q[r].roman(),
                    q[r] == null ? "" : q[r].indonesian(), q[r] == null ? "" : q[r].english()};
            out.row("grdp_growth_percent", g0[r] == 0 ? Double.NaN : (g1[r] / g0[r] - 1) * 100, k)
                    .row("grdp_per_capita", pop[r] == 0 ? Double.NaN : g1[r] / pop[r], k);
        }
        double t0 = sum(g0);
        double t1 = sum(g1);
        Object[] k = {"REFERENCE", "reference (sum of regions)", String.valueOf(y0), String.valueOf(y1), "", "", ""};
        out.row("grdp_growth_percent", (t1 / t0 - 1) * 100, k).row("grdp_per_capita", t1 / sum(pop), k);
        if (a.explicitReference()) {
            // per capita needs the reference's population, which a reference row does not carry
            out.note("the Klassen region typology compares with the sum of the analysed regions, not with "
                    + a.o.reference().label("en") + " / tipologi Klassen wilayah membandingkan dengan jumlah wilayah "
                    + "yang dianalisis");
        }
        return out.build(a);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                s += x;
            }
        }
        return s;
    }

    private static Table sectors(Analysis a) {
        Period p = Period.of(a);
        double[][] m0 = p.m0();
        double[][] m1 = p.m1();
        double[] n0 = p.n0();
        double[] n1 = p.n1();
        Out out = new Out("klassen_sectors", "region", "region_name", "industry", "base_year", "end_year",
                "quadrant", "kuadran", "quadrant_label");
        double nt1 = sum(n1);
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            KlassenQuadrant[] q = Klassen.sectors(m0[r], m1[r], n0, n1);
            double t1 = sum(m1[r]);
            for (int i = 0; i < a.industries(); i++) {
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(p.y0()), String.valueOf(p.y1()),
                        q[i] == null ? "" : q[i].roman(), q[i] == null ? "" : q[i].indonesian(),
                        q[i] == null ? "" : q[i].english()};
                out.row("share", t1 == 0 ? Double.NaN : m1[r][i] / t1, k)
                        .row("reference_share", nt1 == 0 ? Double.NaN : n1[i] / nt1, k)
                        .row("growth_percent", m0[r][i] == 0 ? Double.NaN : (m1[r][i] / m0[r][i] - 1) * 100, k)
                        .row("reference_growth_percent", n0[i] == 0 ? Double.NaN : (n1[i] / n0[i] - 1) * 100, k);
            }
        }
        return out.build(a);
    }

    private static Table leading(Analysis a) {
        Period p = Period.of(a);
        double[][] lq = LocationQuotient.matrix(p.m1(), null, p.n1());
        Out out = new Out("leading_sectors", "region", "region_name", "industry", "base_year", "end_year",
                "class", "kelas");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            DunnShift d = ShiftShare.dunn(p.m0()[r], p.m1()[r], p.n0(), p.n1());
            for (int i = 0; i < a.industries(); i++) {
                LeadingSector c = LeadingSector.classify(lq[r][i], d.regionalShift()[i]);
                Object[] k = {a.rc(r), a.rn(r), a.ic(i), String.valueOf(p.y0()), String.valueOf(p.y1()),
                        c == null ? "" : c.english(), c == null ? "" : c.indonesian()};
                out.row("lq_end", lq[r][i], k).row("regional_shift", d.regionalShift()[i], k);
            }
        }
        return out.build(a);
    }
}
