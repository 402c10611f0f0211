package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.competitiveness.Assessment;
import dev.klaster.core.table.Table;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code klaster clusters competitiveness}: Rosenfeld factors, composite index, rank, group benchmark. */
@Command(name = "competitiveness", mixinStandardHelpOptions = true,
        description = {"Competitiveness (Rosenfeld's nine factors): composite index, rank, benchmark of region groups.",
                "Daya saing (sembilan faktor Rosenfeld): indeks komposit, peringkat, pembandingan kelompok wilayah."})
public final class ClustersCompetitivenessCommand extends ClusterSubcommand {
    @Override
    List<Table> summarize(ClusterReport r, PrintWriter out) {
        Assessment.Result a = r.competitiveness();
        out.printf(Locale.ROOT, "Top 10 regional clusters by composite index:%n");
        java.util.stream.IntStream.range(0, a.units().size()).filter(u -> a.rank()[u] <= 10)
                .boxed().sorted(java.util.Comparator.comparingDouble(u -> a.rank()[u])).forEach(u ->
                        out.printf(Locale.ROOT, "%3.0f %-8s %-40s %.3f (coverage %.2f)%n", a.rank()[u],
                                a.units().get(u).region(), a.units().get(u).cluster(), a.composite()[u],
                                a.coverage()[u]));
        for (Assessment.Benchmark b : r.benchmark()) {
            out.printf(Locale.ROOT, "group %-24s units %4d mean composite %.3f%n", b.group(), b.units(), b.composite());
        }
        if (!a.missing().isEmpty()) {
            out.printf(Locale.ROOT, "%d indicator values are missing (not scored; see table competitiveness_missing)%n",
                    a.missing().size());
        }
        return List.of(r.competitivenessTable(), r.missingTable(), r.benchmarkTable());
    }
}
