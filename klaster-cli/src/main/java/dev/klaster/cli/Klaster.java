package dev.klaster.cli;

import dev.klaster.core.model.InputDataException;
import dev.klaster.io.export.CannotWriteException;
import dev.klaster.io.export.Writable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Entry point of the {@code klaster} command. */
@Command(name = "klaster", mixinStandardHelpOptions = true, version = "klaster 0.1.0",
        description = {"Industrial-cluster analysis for regions: leading sectors, clusters, linkages, impact.",
                "Analisis klaster industri untuk wilayah: sektor unggulan, klaster, keterkaitan, dampak."},
        footer = {"", "Exit codes: 0 success, 1 bad data (nothing written; validate still writes its findings "
                + "file), 2 bad usage, 3 cannot write an output (read-only folder, disk full, report folder in use), "
                + "4 internal error or out of memory.",
                "Kode keluar: 0 berhasil, 1 data salah, 2 pemakaian salah, 3 keluaran tidak dapat ditulis, "
                        + "4 galat internal atau memori habis."},
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

                // web dashboard and REST API (issue 12)
                ServeCommand.class,

                // cluster-programme workspace users (issue 13)
                UsersCommand.class, WorkspaceCommand.class,

                // report (issue 6)
                ReportCommand.class,

                // spatial statistics (issue 14)
                SpatialCommand.class,

        })
public final class Klaster implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_DATA = 1;
    public static final int EXIT_USAGE = 2;
    /** An output cannot be written: read-only folder, a folder given as a file, disk full, folder locked. */
    public static final int EXIT_WRITE = 3;
    /** A bug or the JVM out of memory; one line, the stack trace only with {@code KLASTER_DEBUG=1}. */
    public static final int EXIT_INTERNAL = 4;

    /** Held so the level set on it is not lost when the logger is garbage-collected. */
    private static final java.util.logging.Logger NETLIB_LOG = java.util.logging.Logger.getLogger("dev.ludovic.netlib");
    private static final java.util.logging.Logger KLASTER_LOG = java.util.logging.Logger.getLogger("dev.klaster");

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
        cl.setExecutionStrategy(parsed -> {
            checkOutputs(parsed);
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> handle(ex, cmd.getErr()));
        return cl;
    }

    /** One line on {@code err} and the exit code of a failure (see the footer of {@code klaster --help}). */
    static int handle(Throwable t, PrintWriter err) {
        if (t instanceof InputDataException) {
            err.println("error (data): " + t.getMessage());
            return EXIT_DATA;
        }
        if (t instanceof CannotWriteException w) {
            err.println("error (cannot write): " + w.path() + ": " + w.reason());
            return EXIT_WRITE;
        }
        if (t instanceof UncheckedIOException u) {
            t = u.getCause();
        }
        if (t instanceof IOException io) {
            CannotWriteException w = CannotWriteException.of(io, null);
            err.println("error (input/output): " + (w.path() == null ? "" : w.path() + ": ") + w.reason());
            return EXIT_WRITE;
        }
        if (t instanceof IllegalArgumentException) {
            err.println("error: " + t.getMessage());
            return EXIT_USAGE;
        }
        if (t instanceof dev.klaster.io.export.TableWriter.NonFiniteResultException nf) {
            err.println("internal error (a non-finite result; a bug in Klaster, please report it): "
                    + nf.getMessage());
            return EXIT_INTERNAL;
        }
        if (t instanceof HeapCheck.TooSmall small) {
            err.println(small.getMessage());
            return EXIT_INTERNAL;
        }
        if (t instanceof OutOfMemoryError) {
            err.println(outOfMemory());
            return EXIT_INTERNAL;
        }
        err.println("internal error: " + t + (debug() ? "" : " (a bug in Klaster; run again with KLASTER_DEBUG=1 "
                + "for the stack trace and report it)"));
        if (debug()) {
            t.printStackTrace(err);
        }
        return EXIT_INTERNAL;
    }

    private static boolean debug() {
        return "1".equals(System.getenv("KLASTER_DEBUG"));
    }

    /** Input files of the last run, for the out-of-memory message. */
    private static volatile long inputBytes;

    /** The out-of-memory message: input size, heap, and how to raise it. */
    static String outOfMemory() {
        long max = Runtime.getRuntime().maxMemory();
        return String.format(Locale.ROOT, "error (out of memory): the Java heap of %,d MB is too small for this "
                        + "input (%,.1f MB of files); give more, e.g. KLASTER_JAVA_OPTS=-Xmx%dg ./klaster ... "
                        + "(as a rule of thumb 200 MB per million panel cells: regions × industries × years × measures)",
                max >> 20, inputBytes / 1e6, Math.max(2, 2 * ((max >> 30) + 1)));
    }

    /**
     * Before any work: every output file named by {@code --out}/{@code --output} must be writable
     * ({@link Writable}); report folders are checked and locked by the commands ({@code OutputSet}). Also records
     * the size of the input files for {@link #outOfMemory()}.
     */
    private static void checkOutputs(CommandLine.ParseResult parsed) {
        long bytes = 0;
        for (CommandLine.ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
            if (pr.isUsageHelpRequested() || pr.isVersionHelpRequested()) {
                return;
            }
            OptionRanges.check(pr);
            for (CommandLine.Model.ArgSpec a : pr.matchedArgs()) {
                Object v = a.getValue();
                for (Object o : v instanceof java.util.Collection<?> c ? c : java.util.List.of(v == null ? "" : v)) {
                    if (o instanceof Path p && Files.isRegularFile(p)) {
                        try {
                            bytes += Files.size(p);
                        } catch (IOException ignored) {
                            // only for the message
                        }
                    }
                }
            }
            for (CommandLine.Model.OptionSpec o : pr.matchedOptions()) {
                if (!(o.getValue() instanceof Path p) || !(o.longestName().equals("--out")
                        || o.longestName().equals("--output"))) {
                    continue;
                }
                String label = o.paramLabel();
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                try {
                    if (label.contains("DIR")) {
                        Writable.folder(p);
                    } else if (label.contains("PATH") && (Files.isDirectory(p) || !name.contains("."))) {
                        Writable.folder(p);
                    } else {
                        Writable.file(p);
                    }
                } catch (CannotWriteException e) {
                    throw new CommandLine.ExecutionException(pr.commandSpec().commandLine(), e.getMessage(), e);
                }
            }
        }
        inputBytes = bytes;
    }

    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            return commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            err.println(outOfMemory());
            return EXIT_INTERNAL;
        }
    }

    public static void main(String[] args) {
        quietLibraryLogging(java.util.Arrays.asList(args).contains("--verbose"));
        System.exit(run(args));
    }

    /**
     * One-line log records on stderr ("klaster: INFO ..."), only warnings from netlib's loader, and Klaster's own
     * information (which LAPACK/BLAS was loaded, said by {@code DenseLapack}) only with {@code --verbose}.
     */
    static void quietLibraryLogging(boolean verbose) {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "klaster: %4$s %5$s%6$s%n");
        }
        NETLIB_LOG.setLevel(java.util.logging.Level.WARNING);
        // which LAPACK/BLAS was loaded is a detail for --verbose, not a line in every planner's terminal
        KLASTER_LOG.setLevel(verbose ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING);
    }
}
