package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.table.Table;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code klaster clusters strength}: regional clusters, strong-cluster rule and stars. */
@Command(name = "strength", mixinStandardHelpOptions = true,
        description = {"Regional cluster strength: size, LQ, share, growth, productivity, strong clusters, stars.",
                "Kekuatan klaster regional: ukuran, LQ, pangsa, pertumbuhan, produktivitas, klaster kuat, bintang."})
public final class ClustersStrengthCommand extends ClusterSubcommand {
    @Override
    List<Table> summarize(ClusterReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "Strong regional clusters (LQ ≥ P75 and ≥ 1, size > P25):%n");
        out.printf(Locale.ROOT, "%-28s %-40s %8s %6s%n", "region", "cluster", "LQ", "stars");
        int n = 0;
        for (int reg = 0; reg < r.regional().strong().length; reg++) {
            for (int c = 0; c < r.definition().clusterCount(); c++) {
                if (r.regional().strong()[reg][c]) {
                    n++;
                    out.printf(Locale.ROOT, "%-28s %-40s %8.2f %6d%n", r.panel().regions().get(reg).name(),
                            r.definition().clusterNames()[c], r.regional().lq()[reg][c], r.regional().stars()[reg][c]);
                }
            }
        }
        out.printf(Locale.ROOT, "%d strong regional clusters%n", n);
        return List.of(r.strengthTable());
    }
}
