package dev.klaster.core.measures;

import dev.klaster.core.check.Checks;
import dev.klaster.core.model.Measure;
import dev.klaster.core.specialization.Diversity;
import dev.klaster.core.specialization.Dispersion;
import dev.klaster.core.specialization.Gini;
import dev.klaster.core.specialization.Herfindahl;
import dev.klaster.core.specialization.Hoover;
import dev.klaster.core.specialization.Krugman;
import dev.klaster.core.specialization.Theil;
import dev.klaster.core.specialization.TheilDecomposition;
import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Registry entries of the specialisation / concentration / inequality family. */
final class SpecializationMeasures {
    private SpecializationMeasures() {
    }

    static List<MeasureSpec> specs() {
        List<String> p = List.of("measure", "year", "region", "group");
        List<MeasureSpec> s = new ArrayList<>();
        s.add(perRegion("krugman_specialization", "Krugman specialisation index of each region vs the reference (0–2)",
                "Indeks spesialisasi Krugman tiap wilayah terhadap acuan (0–2)", p,
                new String[]{"krugman"}, (x, ref) -> new double[]{Krugman.specialization(x, ref)}));
        s.add(perRegion("hoover_specialization", "Hoover specialisation index of each region vs the reference (0–1)",
                "Indeks spesialisasi Hoover tiap wilayah (0–1)", p,
                new String[]{"hoover"}, (x, ref) -> new double[]{Hoover.index(x, ref)}));
        s.add(perRegion("gini_specialization", "Gini specialisation of each region (Gini of its LQs)",
                "Gini spesialisasi tiap wilayah (Gini dari LQ)", p,
                new String[]{"gini"}, (x, ref) -> new double[]{Gini.specialization(x, ref)}));
        s.add(perRegion("herfindahl_specialization",
                "Herfindahl of each region's industry shares: plain, normalised, equivalent number",
                "Herfindahl pangsa sektor tiap wilayah: biasa, ternormalisasi, jumlah ekuivalen", p,
                new String[]{"herfindahl", "herfindahl_normalized", "equivalent_number"},
                (x, ref) -> new double[]{Herfindahl.index(Analysis.zeroNaN(x)),
                        Herfindahl.normalized(Analysis.zeroNaN(x)), Herfindahl.equivalentNumber(Analysis.zeroNaN(x))}));
        s.add(perRegion("entropy", "Entropy diversity of each region's industry structure, and relative to ln n",
                "Indeks entropi keragaman struktur sektor tiap wilayah", p,
                new String[]{"entropy", "relative_entropy"},
                (x, ref) -> new double[]{Diversity.entropy(Analysis.zeroNaN(x)),
                        Diversity.relativeEntropy(Analysis.zeroNaN(x))}));
        s.add(perRegion("duranton_puga", "Duranton-Puga relative diversity index of each region",
                "Indeks keragaman relatif Duranton-Puga tiap wilayah", p,
                new String[]{"relative_diversity"}, (x, ref) -> new double[]{Diversity.durantonPuga(x, ref)}));
        List<String> pi = List.of("measure", "year");
        s.add(perIndustry("krugman_concentration", "Krugman concentration of each industry over regions (0–2)",
                "Indeks konsentrasi Krugman tiap sektor antarwilayah (0–2)", pi,
                "krugman", Krugman::concentration));
        s.add(perIndustry("hoover_localization", "Hoover localisation (concentration) of each industry (0–1)",
                "Indeks lokalisasi Hoover tiap sektor (0–1)", pi, "hoover", Hoover::index));
        s.add(perIndustry("gini_concentration", "Gini concentration of each industry (Gini of its LQs over regions)",
                "Gini konsentrasi tiap sektor (Gini dari LQ antarwilayah)", pi, "gini", Gini::concentration));
        s.add(perIndustry("gini_locational", "Krugman's locational Gini of each industry (Lorenz curve vs total)",
                "Gini lokasional Krugman tiap sektor", pi, "locational_gini",
                (c, t) -> Gini.locational(Analysis.zeroNaN(c), t)));
        s.add(perIndustry("herfindahl_concentration", "Herfindahl of each industry's regional shares",
                "Herfindahl pangsa wilayah tiap sektor", pi, "herfindahl",
                (c, t) -> Herfindahl.index(Analysis.zeroNaN(c))));
        s.add(new MeasureSpec("krugman_pairs", "specialization",
                "Krugman dissimilarity between every pair of regions (0–2)",
                "Indeks Krugman antara setiap pasangan wilayah (0–2)", List.of("measure", "year", "region", "group"),
                SpecializationMeasures::pairs));
        s.add(new MeasureSpec("inequality", "specialization",
                "Regional inequality of GRDP per capita: CV, Williamson, Theil T and L",
                "Ketimpangan PDRB per kapita antarwilayah: CV, Williamson, Theil T dan L",
                List.of("year"), SpecializationMeasures::inequality));
        s.add(new MeasureSpec("theil_decomposition", "specialization",
                "Theil T and L of GRDP per capita split into between/within the panel's region groups",
                "Dekomposisi Theil T dan L PDRB per kapita antar/dalam kelompok wilayah (mis. KTI vs KBI)",
                List.of("year", "group (comma-separated list of groups forming the partition)"),
                SpecializationMeasures::theil));
        return s;
    }

    private static MeasureSpec perRegion(String id, String en, String idn, List<String> p, String[] names,
                                         BiFunction<double[], double[], double[]> f) {
        return new MeasureSpec(id, "specialization", en, idn, p, (panel, o) -> {
            Analysis a = new Analysis(panel, o);
            int y = a.year();
            double[][] m = a.matrix(y);
            double[] ref = a.reference(m, y);
            Out out = new Out(id, "region", "region_name", "year");
            for (int r = 0; r < a.regions(); r++) {
                if (a.show(r)) {
                    double[] v = f.apply(m[r], ref);
                    for (int k = 0; k < names.length; k++) {
                        out.row(names[k], v[k], a.rc(r), a.rn(r), String.valueOf(y));
                    }
                }
            }
            return out.build(a);
        });
    }

    private static MeasureSpec perIndustry(String id, String en, String idn, List<String> p, String name,
                                           BiFunction<double[], double[], Double> f) {
        return new MeasureSpec(id, "specialization", en, idn, p, (panel, o) -> {
            Analysis a = new Analysis(panel, o);
            int y = a.year();
            double[][] m = a.matrix(y);
            double[] totals = Checks.rowSums(m);
            Out out = new Out(id, "industry", "year");
            for (int i = 0; i < a.industries(); i++) {
                out.row(name, f.apply(Analysis.column(m, i), totals), a.ic(i), String.valueOf(y));
            }
            return out.build(a);
        });
    }

    private static Table pairs(dev.klaster.core.model.Panel panel, MeasureOptions o) {
        Analysis a = new Analysis(panel, o);
        int y = a.year();
        double[][] k = Krugman.allPairs(a.matrix(y));
        Out out = new Out("krugman_pairs", "region", "other_region", "year");
        for (int r = 0; r < a.regions(); r++) {
            if (!a.show(r)) {
                continue;
            }
            for (int s = 0; s < a.regions(); s++) {
                if (s != r) {
                    out.row("krugman", k[r][s], a.rc(r), a.rc(s), String.valueOf(y));
                }
            }
        }
        return out.build(a);
    }

    private static Table inequality(dev.klaster.core.model.Panel panel, MeasureOptions o) {
        Analysis a = new Analysis(panel, o.withMeasure(Measure.VALUE_ADDED));
        int y = a.year();
        double[] grdp = Checks.rowSums(a.matrix(y));
        double[] pop = a.population(y);
        double[] pc = new double[grdp.length];
        for (int r = 0; r < pc.length; r++) {
            pc[r] = pop[r] == 0 ? Double.NaN : grdp[r] / pop[r];
        }
        Out out = new Out("inequality", "year");
        String ys = String.valueOf(y);
        out.row("cv", Dispersion.coefficientOfVariation(pc), ys)
                .row("williamson", Dispersion.williamson(grdp, pop), ys)
                .row("theil_t", Theil.index(Theil.Kind.T, pc, pop), ys)
                .row("theil_l", Theil.index(Theil.Kind.L, pc, pop), ys);
        out.note("GRDP per capita = Σ sectors of value added / population; CV unweighted, Williamson and Theil "
                + "population-weighted");
        return out.build(a);
    }

    private static Table theil(dev.klaster.core.model.Panel panel, MeasureOptions o) {
        MeasureOptions noFilter = new MeasureOptions(Measure.VALUE_ADDED, o.year(), null, null, null, null, null,
                null);
        Analysis a = new Analysis(panel, noFilter);
        int y = a.year();
        double[] grdp = Checks.rowSums(a.matrix(y));
        double[] pop = a.population(y);
        double[] pc = new double[grdp.length];
        for (int r = 0; r < pc.length; r++) {
            pc[r] = pop[r] == 0 ? Double.NaN : grdp[r] / pop[r];
        }
        Map<String, List<String>> groups = new LinkedHashMap<>(a.panel.regions().groups());
        if (o.group() != null) {
            Map<String, List<String>> chosen = new LinkedHashMap<>();
            for (String name : o.group().split(",")) {
                List<String> codes = groups.get(name.trim());
                if (codes == null) {
                    throw new IllegalArgumentException("unknown region group '" + name.trim() + "'; known: "
                            + groups.keySet());
                }
                chosen.put(name.trim(), codes);
            }
            groups = chosen;
        }
        int[] g = new int[a.regions()];
        java.util.Arrays.fill(g, -1);
        List<String> names = new ArrayList<>();
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            for (String code : e.getValue()) {
                int r = a.panel.regions().indexOf(code);
                if (g[r] < 0) {
                    g[r] = ids.computeIfAbsent(e.getKey(), k -> {
                        names.add(k);
                        return names.size() - 1;
                    });
                }
            }
        }
        for (int r = 0; r < g.length; r++) {
            if (g[r] < 0) {
                g[r] = ids.computeIfAbsent("(no group)", k -> {
                    names.add(k);
                    return names.size() - 1;
                });
            }
        }
        Out out = new Out("theil_decomposition", "index", "group", "year");
        String ys = String.valueOf(y);
        for (Theil.Kind kind : Theil.Kind.values()) {
            TheilDecomposition d = Theil.decompose(kind, pc, pop, g);
            String k = "theil_" + kind.name().toLowerCase(java.util.Locale.ROOT);
            out.row("total", d.total(), k, "ALL", ys).row("between", d.between(), k, "ALL", ys)
                    .row("within", d.within(), k, "ALL", ys);
            for (int j = 0; j < names.size(); j++) {
                out.row("group_index", d.groupIndex()[j], k, names.get(j), ys)
                        .row("group_weight", d.groupWeight()[j], k, names.get(j), ys);
            }
        }
        out.note("each region is counted in the first panel group that lists it; groups: " + names);
        return out.build(a);
    }
}
