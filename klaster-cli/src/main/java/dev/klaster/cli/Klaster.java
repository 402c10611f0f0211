package dev.klaster.cli;

import dev.klaster.core.model.InputDataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** Entry point of the {@code klaster} command. */
@Command(name = "klaster", mixinStandardHelpOptions = true, version = "klaster 0.1.0",
        description = {"Industrial-cluster analysis for regions: leading sectors, clusters, linkages, impact.",
                "Analisis klaster industri untuk wilayah: sektor unggulan, klaster, keterkaitan, dampak."},
        footer = {"", "Exit codes: 0 success, 1 bad data, 2 bad usage."},
        subcommands = {
                CommandLine.HelpCommand.class,
                // foundation (issue 2)
                AnalyzeCommand.class,
                // ingestion: validate (issue 2)
                ValidateCommand.class,

                // regional measures (issue 3)
                MeasuresCommand.class, MeasureCommand.class,

                // input-output (issue 4)
                IoCommand.class,

                // clusters (issue 5)
                ClustersCommand.class,

                // report (issue 6)
                ReportCommand.class,

        })
public final class Klaster implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_DATA = 1;
    public static final int EXIT_USAGE = 2;

    /** Held so the level set on it is not lost when the logger is garbage-collected. */
    private static final java.util.logging.Logger NETLIB_LOG = java.util.logging.Logger.getLogger("dev.ludovic.netlib");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A command line wired with Klaster's exit codes and error messages, writing to the given streams. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Klaster());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            Throwable t = ex;
            if (t instanceof InputDataException) {
                cmd.getErr().println("error (data): " + t.getMessage());
                return EXIT_DATA;
            }
            if (t instanceof IllegalArgumentException) {
                cmd.getErr().println("error: " + t.getMessage());
                return EXIT_USAGE;
            }
            throw ex;
        });
        return cl;
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        return commandLine(out, err).execute(args);
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(run(args));
    }

    /**
     * One-line log records on stderr ("klaster: INFO ..."), and only warnings from netlib's loader: which LAPACK/BLAS
     * was loaded is still said once, by Klaster's own {@code DenseLapack} logger.
     */
    static void quietLibraryLogging() {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "klaster: %4$s %5$s%6$s%n");
        }
        NETLIB_LOG.setLevel(java.util.logging.Level.WARNING);
    }
}
