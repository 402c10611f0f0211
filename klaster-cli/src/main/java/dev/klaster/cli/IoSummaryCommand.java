package dev.klaster.cli;

import dev.klaster.core.inputoutput.DenseLapack;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code klaster io summary}: sectors, totals and balance of a table. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Sectors, output, final demand, value added, employment and balance checks of a table.",
                "Ringkasan tabel: sektor, output, permintaan akhir, nilai tambah, tenaga kerja, cek neraca."})
public final class IoSummaryCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    IoInputOptions in;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IoTable t = in.table(cl);
        LeontiefModel m = in.model(t);
        double[] x = t.output();
        double[] f = t.finalDemand();
        double[] va = t.valueAdded();
        double[] e = t.employment();
        double[] dbl = m.coefficientColumnSums();
        IoTable.Balance b = t.balance(1e-6);
        Table.Builder tb = Table.builder("io_summary").text("code").text("name").number("output")
                .number("final_demand").number("value_added").number("employment").number("intermediate_input_share")
                .number("row_balance").number("column_balance");
        for (int i = 0; i < t.size(); i++) {
            tb.row(t.codes().get(i), t.names().get(i), x[i], f[i], va == null ? Double.NaN : va[i],
                    e == null ? Double.NaN : e[i], dbl[i], b.rowDifference()[i],
                    b.columnsChecked() ? b.columnDifference()[i] : Double.NaN);
        }
        tb.note("source: " + t.source());
        tb.note("balance: " + (b.balanced() ? "rows and columns balance (relative tolerance 1e-6)"
                : b.mismatches().size() + " mismatch(es)"));
        tb.note(String.format(java.util.Locale.ROOT, "LAPACK: %s; reciprocal condition of (I - A): %.3g",
                DenseLapack.implementation(in.backend(t.size())),
                m.reciprocalCondition()));
        if (e == null) {
            tb.note("no employment in the table (add --employment FILE): employment is NaN");
        }
        in.emit(cl, tb.build());
        return Klaster.EXIT_OK;
    }
}
