package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.lifecycle.Lifecycle;
import dev.klaster.core.lifecycle.Stage;
import dev.klaster.core.table.Table;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code klaster clusters lifecycle}: stage per regional cluster per year, renewals, portfolio data. */
@Command(name = "lifecycle", mixinStandardHelpOptions = true,
        description = {"Life-cycle stage (embryo, growing, mature, declining) per regional cluster and year.",
                "Tahap siklus hidup (embrio, tumbuh, dewasa, menurun) per klaster regional dan tahun."})
public final class ClustersLifecycleCommand extends ClusterSubcommand {
    @Override
    List<Table> summarize(ClusterReport r, PrintWriter out) {
        Map<Stage, Integer> count = new EnumMap<>(Stage.class);
        int renewals = 0;
        for (Lifecycle.History[] row : r.lifecycle()) {
            for (Lifecycle.History h : row) {
                count.merge(h.stages()[h.stages().length - 1], 1, Integer::sum);
                renewals += h.renewals();
            }
        }
        out.printf(Locale.ROOT, "Stages in %d: %s; renewals (declining → embryo) over the period: %d%n",
                r.panel().year(r.panel().yearCount() - 1), count, renewals);
        int units = 0;
        int flips = 0;
        int rawFlips = 0;
        for (Lifecycle.History[] row : r.lifecycle()) {
            for (Lifecycle.History h : row) {
                units++;
                flips += h.flips();
                rawFlips += h.rawFlips();
            }
        }
        out.printf(Locale.ROOT, "Stage changes per regional cluster (%d regional clusters): %.2f with hysteresis "
                        + "(%d in all), %.2f raw without it (%d in all)%n", units, units == 0 ? 0.0 : flips / (double) units,
                flips, units == 0 ? 0.0 : rawFlips / (double) units, rawFlips);
        return List.of(r.lifecycleTable(), r.portfolioTable());
    }
}
