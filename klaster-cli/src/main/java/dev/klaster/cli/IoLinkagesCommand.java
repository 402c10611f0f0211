package dev.klaster.cli;

import dev.klaster.core.inputoutput.HypotheticalExtraction;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Linkages;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

/** {@code klaster io linkages}: backward/forward linkages, dispersion indices, key sectors, extraction. */
@Command(name = "linkages", mixinStandardHelpOptions = true,
        description = {"Direct and total backward/forward linkages, Rasmussen-Hirschman indices, key sectors and "
                + "hypothetical extraction.",
                "Keterkaitan ke belakang/ke depan, indeks daya penyebaran dan derajat kepekaan, sektor kunci."})
public final class IoLinkagesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    IoInputOptions in;

    @Option(names = "--forward", description = "Forward linkage from LEONTIEF or GHOSH inverse (default: ${DEFAULT-VALUE}).",
            defaultValue = "GHOSH")
    Linkages.ForwardBasis forward;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IoTable t = in.table(cl);
        LeontiefModel m = in.model(t);
        Linkages.Result r = Linkages.of(t, m, forward);
        HypotheticalExtraction.Result hx = HypotheticalExtraction.of(t, m);
        Table.Builder tb = Table.builder("io_linkages").text("code").text("name").number("direct_backward")
                .number("direct_forward").number("total_backward").number("total_forward")
                .number("power_of_dispersion").number("sensitivity_of_dispersion").text("sector_type")
                .number("extraction_output_loss").number("extraction_loss_share");
        for (int i = 0; i < t.size(); i++) {
            tb.row(t.codes().get(i), t.names().get(i), r.directBackward()[i], r.directForward()[i],
                    r.totalBackward()[i], r.totalForward()[i], r.powerOfDispersion()[i],
                    r.sensitivityOfDispersion()[i], r.type()[i].label(), hx.totalLoss()[i], hx.lossShare()[i]);
        }
        tb.note("source: " + t.source());
        tb.note("total forward linkage basis: " + forward + " (row sums of " + (forward == Linkages.ForwardBasis.GHOSH
                ? "the Ghosh inverse G" : "the Leontief inverse L") + ")");
        in.emit(cl, tb.build());
        return Klaster.EXIT_OK;
    }
}
