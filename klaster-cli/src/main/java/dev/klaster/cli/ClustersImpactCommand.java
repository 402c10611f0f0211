package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.Impact;
import dev.klaster.core.table.Table;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code klaster clusters impact}: GRDP contribution and the IO effect of X % cluster growth. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Cluster contribution to GRDP and jobs/value added from X %% growth through IO multipliers.",
                "Kontribusi klaster terhadap PDRB serta lapangan kerja/nilai tambah dari pertumbuhan X %%."})
public final class ClustersImpactCommand extends ClusterSubcommand {
    @Override
    List<Table> summarize(ClusterReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "National effect of +%.1f%% final demand per cluster:%n", r.growthPercent());
        out.printf(Locale.ROOT, "%-40s %16s %16s %14s%n", "cluster", "value added", "of which indirect", "jobs");
        for (int c = 0; c < r.scenarios().size(); c++) {
            Impact.Scenario s = r.scenarios().get(c);
            out.printf(Locale.ROOT, "%-40s %16.1f %16.1f %14.0f%n", r.definition().clusterNames()[c], s.valueAdded(),
                    s.valueAddedIndirect(), s.jobs());
        }
        return List.of(r.impactTable());
    }
}
