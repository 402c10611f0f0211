package dev.klaster.cli;

import dev.klaster.core.spatial.GlobalAutocorrelation;
import dev.klaster.core.spatial.LocalGetisOrd;
import dev.klaster.core.spatial.MultipleTesting;
import dev.klaster.core.spatial.SpatialWeights;
import dev.klaster.core.spatial.Transform;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code klaster spatial getis-ord}: local Gi and Gi* (or the General G with --global). */
@Command(name = "getis-ord", mixinStandardHelpOptions = true,
        description = {"Local Getis-Ord Gi and Gi* hot spots (z, normal and permutation p); --global: General G.",
                "Titik panas Getis-Ord Gi dan Gi* lokal; --global: G umum."},
        footer = {"", "Columns: region, Gi, z_Gi, p_norm_Gi, Gi_star, z_Gi_star, p_norm_Gi_star, p_sim_Gi, "
                + "p_sim_Gi_star, p_adj_Gi_star, hotspot (hot / cold / ns)."})
public final class SpatialGetisOrdCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SpatialAreaOptions o = new SpatialAreaOptions();

    @CommandLine.Option(names = "--global", description = {"General G instead of the local statistics.",
            "Statistik G umum."})
    boolean global;

    @CommandLine.Option(names = "--correction", paramLabel = "none|bonferroni|fdr", defaultValue = "none",
            description = "Multiple-testing correction of p_sim_Gi_star (default none).")
    String correction;

    @CommandLine.Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Significance level of the hot/cold label (default 0.05).")
    double alpha;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        MultipleTesting.Correction c = MultipleTesting.Correction.parse(correction);
        SpatialAreaOptions.Prepared p = o.prepare(cl);
        if (global) {
            SpatialWeights b = p.w().transform(Transform.B);
            GlobalAutocorrelation.GeneralG g = o.data(() -> GlobalAutocorrelation.generalG(p.y(),
                    "b".equalsIgnoreCase(o.transform) ? b : p.w(), o.permutations, p.perm()));
            Table t = Table.builder("general_g").number("G").number("EG").number("VG").number("z_norm")
                    .number("p_norm").number("p_sim").number("n").number("permutations")
                    .row(g.G(), g.EG(), g.VG(), g.z_norm(), g.p_norm(), g.p_sim(), (double) g.n(),
                            (double) g.permutations()).build();
            SpatialIo.emit(cl, t, o.out);
            return Klaster.EXIT_OK;
        }
        Transform tr = Transform.parse(o.transform);
        LocalGetisOrd.Row[] rows = o.data(() -> LocalGetisOrd.compute(p.y(), p.w().transform(Transform.B), tr,
                o.permutations, p.perm()));
        double[] ps = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ps[i] = o.permutations > 0 ? rows[i].p_sim_Gi_star() : rows[i].p_norm_Gi_star();
        }
        double[] adj = MultipleTesting.adjust(ps, c);
        Table.Builder t = Table.builder("getis_ord").text("region").number("Gi").number("z_Gi").number("p_norm_Gi")
                .number("Gi_star").number("z_Gi_star").number("p_norm_Gi_star").number("p_sim_Gi")
                .number("p_sim_Gi_star").number("p_adj_Gi_star").text("hotspot");
        int hot = 0;
        int cold = 0;
        for (int i = 0; i < rows.length; i++) {
            LocalGetisOrd.Row r = rows[i];
            String h = adj[i] <= alpha ? (r.z_Gi_star() > 0 ? "hot" : "cold") : "ns";
            hot += h.equals("hot") ? 1 : 0;
            cold += h.equals("cold") ? 1 : 0;
            t.row(r.region(), r.Gi(), r.z_Gi(), r.p_norm_Gi(), r.Gi_star(), r.z_Gi_star(), r.p_norm_Gi_star(),
                    r.p_sim_Gi(), r.p_sim_Gi_star(), adj[i], h);
        }
        t.note(hot + " hot spot(s) and " + cold + " cold spot(s) of Gi* at " + alpha + " / titik panas dan dingin");
        SpatialIo.emit(cl, t.build(), o.out);
        return Klaster.EXIT_OK;
    }
}
