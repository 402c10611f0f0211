package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.table.Table;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What every {@code klaster clusters} subcommand does: read the inputs and run the chain ({@link ClusterInputs}),
 * print the subcommand's summary, write its tables. Subclasses only say what to print and which tables to write.
 */
abstract class ClusterSubcommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ClusterInputs inputs;

    @Override
    public final Integer call() {
        ClusterReport r = inputs.run(spec);
        PrintWriter out = spec.commandLine().getOut();
        inputs.write(summarize(r, out), out);
        return Klaster.EXIT_OK;
    }

    /** Prints the summary of this subcommand to {@code out} and returns the tables to write. */
    abstract List<Table> summarize(ClusterReport r, PrintWriter out);
}
