package dev.klaster.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code klaster io}: input-output analysis (issue 4). */
@Command(name = "io", mixinStandardHelpOptions = true,
        description = {"Input-output analysis: multipliers, linkages, regional tables and impact scenarios.",
                "Analisis input-output: pengganda, keterkaitan, tabel regional, dan skenario dampak."},
        subcommands = {IoSummaryCommand.class, IoLinkagesCommand.class, IoMultipliersCommand.class,
                IoRegionalizeCommand.class, IoImpactCommand.class})
public final class IoCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
