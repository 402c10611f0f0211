package dev.klaster.cli;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Multiplier;
import dev.klaster.core.inputoutput.Multipliers;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code klaster io multipliers}: Type I/II output, income, value-added and employment multipliers. */
@Command(name = "multipliers", mixinStandardHelpOptions = true,
        description = {"Output, income, value-added and employment multipliers, Type I and II, split into direct, "
                + "indirect and induced effects.",
                "Angka pengganda output, pendapatan, nilai tambah dan tenaga kerja (tipe I dan II)."})
public final class IoMultipliersCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    IoInputOptions in;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IoTable t = in.table(cl);
        LeontiefModel m = in.model(t);
        Multipliers.Result r = Multipliers.of(t, m);
        Table.Builder tb = Table.builder("io_multipliers").text("code").text("name").text("multiplier")
                .number("direct").number("indirect").number("induced").number("type_i").number("type_ii")
                .number("type_i_ratio").number("type_ii_ratio");
        for (Multiplier mu : r.multipliers().values()) {
            for (int i = 0; i < t.size(); i++) {
                tb.row(t.codes().get(i), t.names().get(i), mu.kind().id(), mu.direct()[i], mu.indirect()[i],
                        mu.induced()[i], mu.typeI()[i], mu.typeII()[i], mu.typeIRatio()[i], mu.typeIIRatio()[i]);
            }
        }
        tb.note("source: " + t.source());
        tb.note("type_i/type_ii: effect per unit of final demand; *_ratio: per unit of direct effect");
        r.notes().forEach(tb::note);
        in.emit(cl, tb.build());
        return Klaster.EXIT_OK;
    }
}
