package dev.klaster.cli;

import dev.klaster.core.inputoutput.Impact;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code klaster io impact}: a final-demand scenario → output, value added, income and jobs by sector. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Impact of a change in final demand (e.g. --sector C --demand EXPORTS --growth 10 for +10 %%), for the "
                + "nation or, with --regional/--province, a region (LQ-regionalised table).",
                "Dampak perubahan permintaan akhir terhadap output, nilai tambah, pendapatan dan tenaga kerja."})
public final class IoImpactCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    IoInputOptions in;

    @Option(names = "--sector", required = true, description = "Sector code whose final demand changes.")
    String sector;

    @Option(names = "--demand", description = "Final-demand kind to grow: ${COMPLETION-CANDIDATES}; default all.")
    IoTable.DemandKind kind;

    @Option(names = "--growth", paramLabel = "PCT", required = true,
            description = {"Change of final demand in percent, -100 to 1000 (10 means +10 %%, -10 a contraction).",
                    "Perubahan permintaan akhir dalam persen."})
    double growth;

    @CommandLine.Mixin
    IoRegionOptions region;

    @Option(names = "--type-ii", description = "Households endogenous (Type II, includes induced effects).")
    boolean typeII;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IoTable t = in.table(cl);
        if (region.requested(in.demo)) {
            try {
                t = region.regionalize(t, in.demo, false, cl);
            } catch (IllegalArgumentException e) {
                throw new dev.klaster.core.model.InputDataException(t.source(), e.getMessage());
            }
            cl.getErr().println("region: " + t.source());
        }
        LeontiefModel m = in.model(t);
        double[] df = Impact.growth(t, sector, kind, growth / 100);
        Impact.Result r = Impact.of(t, m, df, typeII ? Impact.Closure.TYPE_II : Impact.Closure.TYPE_I);
        Table.Builder tb = Table.builder("io_impact").text("code").text("name").number("delta_final_demand")
                .number("delta_output").number("delta_value_added").number("delta_income").number("delta_employment");
        for (int i = 0; i < t.size(); i++) {
            tb.row(t.codes().get(i), t.names().get(i), df[i], r.deltaOutput()[i], r.deltaValueAdded()[i],
                    r.deltaIncome()[i], r.deltaEmployment()[i]);
        }
        tb.row("TOTAL", "all sectors", java.util.Arrays.stream(df).sum(), r.totalOutput(), r.totalValueAdded(),
                r.totalIncome(), r.totalEmployment());
        tb.note("source: " + t.source());
        tb.note("scenario: final demand" + (kind == null ? "" : " (" + kind + ")") + " of sector " + sector + " "
                + String.format(java.util.Locale.ROOT, "%+.1f %%", growth) + ", " + r.closure());
        if (t.employment() == null) {
            tb.note("no employment in the table: jobs are NaN (add --employment FILE)");
        }
        if (t.compensation() == null) {
            tb.note("no compensation of employees in the table: income is NaN");
        }
        in.emit(cl, tb.build());
        return Klaster.EXIT_OK;
    }
}
