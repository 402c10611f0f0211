package dev.klaster.cli;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Linkages;
import dev.klaster.core.inputoutput.Multiplier;
import dev.klaster.core.inputoutput.Multipliers;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code klaster io regionalize}: a regional table from the national one (SLQ / CILQ / FLQ). */
@Command(name = "regionalize", mixinStandardHelpOptions = true,
        description = {"Derive a regional table from the national one with SLQ, CILQ or FLQ and report its "
                + "multipliers and linkages.",
                "Turunkan tabel regional dari tabel nasional (SLQ, CILQ, FLQ) beserta pengganda dan keterkaitan."})
public final class IoRegionalizeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    IoInputOptions in;

    @CommandLine.Mixin
    IoRegionOptions region;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IoTable t = in.table(cl);
        IoTable rt;
        try {
            rt = region.regionalize(t, in.demo, true, cl);
        } catch (IllegalArgumentException e) {
            throw new InputDataException(t.source(), e.getMessage());
        }
        LeontiefModel rm = in.model(rt);
        Multipliers.Result mr = Multipliers.of(rt, rm);
        double[] natMult = in.model(t).outputMultipliers();
        Linkages.Result lr = Linkages.of(rt, rm, Linkages.ForwardBasis.GHOSH);
        Multiplier out = mr.get(Multiplier.Kind.OUTPUT);
        Table.Builder tb = Table.builder("io_regional").text("code").text("name").number("regional_output")
                .number("output_multiplier_type_i").number("output_multiplier_type_ii")
                .number("national_output_multiplier").number("power_of_dispersion")
                .number("sensitivity_of_dispersion").text("sector_type");
        for (int i = 0; i < rt.size(); i++) {
            tb.row(rt.codes().get(i), rt.names().get(i), rt.output()[i], out.typeI()[i], out.typeII()[i],
                    natMult[t.indexOf(rt.codes().get(i))], lr.powerOfDispersion()[i],
                    lr.sensitivityOfDispersion()[i], lr.type()[i].label());
        }
        tb.note(rt.source());
        mr.notes().forEach(tb::note);
        in.emit(cl, tb.build());
        return Klaster.EXIT_OK;
    }
}
