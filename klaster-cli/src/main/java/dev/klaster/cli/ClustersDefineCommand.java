package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterDefinition;
import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.Validation;
import dev.klaster.core.table.Table;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code klaster clusters define}: which industries belong together, with the internal/external linkage test. */
@Command(name = "define", mixinStandardHelpOptions = true,
        description = {"Define clusters (given mapping, IO links, co-location or combined) and test internal vs"
                + " external linkage.", "Tentukan klaster dan uji keterkaitan internal vs eksternal."})
public final class ClustersDefineCommand extends ClusterSubcommand {
    @Override
    List<Table> summarize(ClusterReport r, PrintWriter out) {
        ClusterDefinition d = r.definition();
        out.printf(Locale.ROOT, "Method: %s, %d industries in %d clusters%n", d.method(), d.industryCodes().length,
                d.clusterCount());
        out.printf(Locale.ROOT, "%-40s %5s %10s %10s %8s %s%n", "cluster", "size", "int_mean", "ext_mean", "ratio",
                "test");
        for (Validation.ClusterLinkage l : d.validation().clusters()) {
            out.printf(Locale.ROOT, "%-40s %5d %10.4f %10.4f %8.2f %s%n", d.clusterNames()[l.cluster()], l.size(),
                    l.internalMean(), l.externalMean(), l.ratio(), l.passes() ? "internal > external" : "FAILS");
        }
        out.printf(Locale.ROOT, "modularity %.4f, within/between relatedness ratio %.3f%n",
                d.validation().modularity(), d.validation().withinBetweenRatio());
        AnalyzeCommand.printTruth(d, out);
        return List.of(r.definitionTable(), r.linkageTable(), r.qualityTable());
    }
}
