package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.RegionalImpact;
import dev.klaster.core.model.Measure;
import dev.klaster.core.table.Table;
import dev.klaster.report.RegionalImpactStep;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code klaster clusters impact}: GRDP contribution, and the effect of X % cluster growth in the region's own
 * economy (regional IO table: --regional-io, else the national --io regionalised with FLQ; {@link RegionalImpact}).
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Cluster contribution to GRDP and value added/jobs from X %% growth in the region's own economy"
                + " (regional IO table: provincial, else national regionalised with FLQ).",
                "Kontribusi klaster terhadap PDRB serta nilai tambah/lapangan kerja dari pertumbuhan X %% di ekonomi"
                        + " wilayah itu sendiri."})
public final class ClustersImpactCommand extends ClusterSubcommand {
    @Override
    List<Table> summarize(ClusterReport r, PrintWriter out) {
        List<Table> tables = new ArrayList<>();
        tables.add(r.impactTable());
        if (inputs.table == null || inputs.ioIndex == null) {
            out.println("note: the growth scenario needs an IO table (--io FILE, or --demo): not computed");
            return tables;
        }
        RegionalImpactStep.Prepared p = RegionalImpactStep.prepare(inputs.table, inputs.ioIndex, inputs.context,
                inputs.analysed, inputs.table.source());
        List<RegionalImpact.Effect> effects = RegionalImpact.all(p.region(), r.definition(), p.sectorOfIndustry(),
                r.growthPercent());
        String unit = inputs.analysed.unit(Measure.VALUE_ADDED);
        out.printf(Locale.ROOT, "Effect in %s of +%.1f%% final demand per cluster (%s; table: %s):%n",
                p.regionName(), r.growthPercent(), unit, p.region().source().name().toLowerCase(Locale.ROOT));
        out.printf(Locale.ROOT, "%-32s %14s %14s %14s %12s%n", "cluster", "VA direct", "VA indirect", "VA induced",
                "jobs");
        Table.Builder t = Table.builder("cluster_regional_impact").text("region").text("cluster").text("unit")
                .number("value_added_direct").number("value_added_indirect").number("value_added_induced")
                .number("value_added_total").number("output_total").number("jobs_direct").number("jobs_indirect")
                .number("jobs_induced").number("jobs_total");
        for (RegionalImpact.Effect e : effects) {
            out.printf(Locale.ROOT, "%-32s %14.1f %14.1f %14.1f %12.0f%n", e.cluster(), e.valueAdded().direct(),
                    e.valueAdded().indirect(), e.valueAdded().induced(), e.jobs().total());
            t.row(p.regionName(), e.cluster(), unit, e.valueAdded().direct(), e.valueAdded().indirect(),
                    e.valueAdded().induced(), e.valueAdded().total(), e.output().total(), e.jobs().direct(),
                    e.jobs().indirect(), e.jobs().induced(), e.jobs().total());
        }
        if (p.region().source() == RegionalImpact.Source.FLQ) {
            t.note(String.format(Locale.ROOT, "regional table: FLQ regionalisation (delta %.2f, lambda %.3f) of %s",
                    p.region().delta(), p.region().lambda(), p.tableLabel()));
        }
        tables.add(t.build());
        return tables;
    }
}
