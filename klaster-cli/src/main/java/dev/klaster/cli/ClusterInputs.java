package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterAnalysis;
import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.Communities;
import dev.klaster.core.cluster.GivenMapping;
import dev.klaster.core.competitiveness.Framework;
import dev.klaster.core.competitiveness.Survey;
import dev.klaster.core.demo.DemoIoTable;
import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Options shared by every {@code klaster clusters} subcommand (a picocli mixin), and the run/write glue. */
public final class ClusterInputs {
    @Option(names = "--demo", description = {"Use the built-in synthetic Indonesia demo panel (provinces) and the synthetic"
            + " 17-sector demo IO table (DemoIoTable).", "Pakai data demo sintetis bawaan."})
    boolean demo;

    @Option(names = "--io-csv", paramLabel = "FILE",
            description = "Intermediate flows Z as a plain square CSV (row sells to column, panel industry order;"
                    + " an optional first row/column of codes is skipped).")
    Path ioCsv;

    @Option(names = "--method", defaultValue = "combined",
            description = "Cluster definition: io, colocation, combined, given (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Industry → cluster CSV for --method given.")
    Path mapping;

    @Option(names = "--code-column", defaultValue = "code", description = "Mapping column with industry codes (default: ${DEFAULT-VALUE}).")
    String codeColumn;

    @Option(names = "--cluster-column", defaultValue = "cluster", description = "Mapping column with cluster names (default: ${DEFAULT-VALUE}).")
    String clusterColumn;

    @Option(names = "--algorithm", defaultValue = "leiden", description = "leiden or louvain (default: ${DEFAULT-VALUE}).")
    String algorithm;

    @Option(names = "--resolution", defaultValue = "1.0",
            description = {"Resolution γ of modularity: larger gives more, smaller clusters (default: ${DEFAULT-VALUE}).",
                    "Resolusi: makin besar, klaster makin kecil."})
    double resolution;

    @Option(names = "--seed", defaultValue = "42", description = "Random seed of the community detection (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--io-weight", defaultValue = "0.5", description = "Weight of IO links in --method combined (default: ${DEFAULT-VALUE}).")
    double ioWeight;

    @Option(names = "--measure", description = "Size measure: employment or value_added (default: employment if present).")
    String measure;

    @Option(names = "--framework", paramLabel = "FILE", description = "Competitiveness framework JSON (default: built-in Rosenfeld nine factors).")
    Path framework;

    @Option(names = "--survey", paramLabel = "FILE", description = "Survey CSV: region,cluster,indicator,score (Likert).")
    Path survey;

    @Option(names = "--growth", defaultValue = "10", description = "Impact scenario: %% growth of the cluster's final demand (default: ${DEFAULT-VALUE}).")
    double growth;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Write tables to a .xlsx (one sheet each), a .csv (single table) or a folder of CSVs.")
    Path out;

    /** Loads the inputs and runs the chain with a progress bar on an interactive terminal. */
    ClusterReport run(CommandLine.Model.CommandSpec spec) {
        if (!demo) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "give --demo (reading panel files is wired with the ingestion module)");
        }
        Panel panel = DemoPanel.generate().atLevel(RegionLevel.PROVINCE);
        double[][] z;
        double[] output = null;
        if (ioCsv != null) {
            z = IoCsv.read(ioCsv);
        } else {
            PanelIo.Aligned io = PanelIo.align(DemoIoTable.generate(), panel);
            z = io.z();
            output = io.output();
            io.notes().forEach(n -> spec.commandLine().getErr().println("note: " + n));
        }
        ClusterAnalysis.Method m = parseEnum(ClusterAnalysis.Method.class, method, "--method", spec);
        Communities.Algorithm a = parseEnum(Communities.Algorithm.class, algorithm, "--algorithm", spec);
        ClusterAnalysis.Options o = ClusterAnalysis.Options.defaults().withMethod(m)
                .withCommunities(new Communities.Options(a, resolution, 10, seed)).withGrowthPercent(growth);
        o = new ClusterAnalysis.Options(o.method(), o.given(), o.communities(), ioWeight, o.sizeMeasure(),
                o.strongRule(), o.stars(), o.roles(), o.lifecycle(), o.framework(), o.survey(), o.growthPercent(),
                output);
        if (measure != null) {
            o = o.withSizeMeasure(Measure.parse(measure));
        }
        if (m == ClusterAnalysis.Method.GIVEN) {
            if (mapping == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--method given needs --mapping FILE");
            }
            o = o.withGiven(GivenMapping.read(mapping, codeColumn, clusterColumn));
        }
        Framework fw = framework == null ? Framework.defaults() : Framework.read(framework);
        o = o.withFramework(fw, survey == null ? Survey.empty() : Survey.read(survey, fw.likertMaxOrDefault()));
        if (System.console() == null) {
            return ClusterAnalysis.run(panel, z, o);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("clusters").setInitialMax(6).build()) {
            return ClusterAnalysis.run(panel, z, o, (name, done, total) -> {
                bar.stepTo(done);
                bar.setExtraMessage(name);
            });
        }
    }

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String option,
                                           CommandLine.Model.CommandSpec spec) {
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": unknown value '" + text
                    + "' (expected one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(x -> x.name().toLowerCase(Locale.ROOT)).toList() + ")");
        }
    }

    /** Writes tables to --out (if given), prints notes and a warning about undefined values. */
    void write(List<Table> tables, PrintWriter pw) {
        int nan = 0;
        for (Table t : tables) {
            for (int r = 0; r < t.rowCount(); r++) {
                for (int c = 0; c < t.columns().size(); c++) {
                    if (t.columns().get(c).type() == Table.Type.NUMBER && Double.isNaN(t.number(r, c))) {
                        nan++;
                    }
                }
            }
        }
        if (!tables.isEmpty()) {
            tables.get(0).notes().forEach(n -> pw.println("note: " + n));
        }
        if (nan > 0) {
            pw.printf(Locale.ROOT, "warning: %d undefined values (NaN, e.g. no employment data or no trend in the"
                    + " first year) are written as empty cells%n", nan);
        }
        if (out == null) {
            return;
        }
        try {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".xlsx") || name.endsWith(".csv")) {
                TableWriter.write(tables, out);
            } else {
                TableWriter.writeCsvFolder(tables, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
        pw.println("wrote " + out);
    }
}
