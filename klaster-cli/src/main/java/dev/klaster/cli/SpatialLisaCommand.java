package dev.klaster.cli;

import dev.klaster.core.spatial.LocalMoran;
import dev.klaster.core.spatial.MultipleTesting;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code klaster spatial lisa}: local Moran's I per region. */
@Command(name = "lisa", mixinStandardHelpOptions = true,
        description = {"Local Moran's I (LISA): quadrant HH/LH/LL/HL and conditional-permutation pseudo p-values.",
                "Moran lokal (LISA): kuadran HH/LH/LL/HL dan nilai p semu permutasi bersyarat."},
        footer = {"", "Columns: region, Ii, q (1 HH, 2 LH, 3 LL, 4 HL), EI, VI, z_sim, p_sim, then p_adj and "
                + "cluster (at --alpha, after --correction)."})
public final class SpatialLisaCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SpatialAreaOptions o = new SpatialAreaOptions();

    @CommandLine.Option(names = "--correction", paramLabel = "none|bonferroni|fdr", defaultValue = "none",
            description = {"Multiple-testing correction of p_sim (default none).", "Koreksi uji berganda."})
    String correction;

    @CommandLine.Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = {"Significance level of the cluster label (default 0.05).", "Taraf nyata."})
    double alpha;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("--alpha " + alpha + " is outside (0, 1)");
        }
        MultipleTesting.Correction c = MultipleTesting.Correction.parse(correction);
        SpatialAreaOptions.Prepared p = o.prepare(cl);
        LocalMoran.Row[] rows = o.data(() -> LocalMoran.compute(p.y(), p.w(), o.permutations, p.perm()));
        double[] ps = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ps[i] = rows[i].p_sim();
        }
        double[] adj = MultipleTesting.adjust(ps, c);
        Table.Builder t = Table.builder("lisa").text("region").number("Ii").number("q").number("EI").number("VI")
                .number("z_sim").number("p_sim").number("p_adj").text("cluster");
        int[] count = new int[5];
        for (int i = 0; i < rows.length; i++) {
            LocalMoran.Row r = rows[i];
            String cluster = LocalMoran.cluster(r.q(), adj[i], alpha);
            count[switch (cluster) { case "HH" -> 1; case "LH" -> 2; case "LL" -> 3; case "HL" -> 4; default -> 0; }]++;
            t.row(r.region(), r.Ii(), (double) r.q(), r.EI(), r.VI(), r.z_sim(), r.p_sim(), adj[i], cluster);
        }
        t.note(String.format(java.util.Locale.ROOT, "at %.0f %% (%s): %d HH, %d LL, %d HL, %d LH, %d not significant",
                alpha * 100, c.name().toLowerCase(java.util.Locale.ROOT), count[1], count[3], count[4], count[2],
                count[0]));
        SpatialIo.emit(cl, t.build(), o.out);
        return Klaster.EXIT_OK;
    }
}
