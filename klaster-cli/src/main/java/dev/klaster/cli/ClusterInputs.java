package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterAnalysis;
import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.Communities;
import dev.klaster.core.cluster.GivenMapping;
import dev.klaster.core.cluster.TradedLocal;
import dev.klaster.core.competitiveness.Framework;
import dev.klaster.core.competitiveness.Survey;
import dev.klaster.core.demo.DemoKind;
import dev.klaster.core.inputoutput.DenseLapack;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.ingest.ValidationReport;
import dev.klaster.io.scope.Scope;
import dev.klaster.io.survey.SurveyForm;
import dev.klaster.report.IoAlignment;
import dev.klaster.report.ScopeContext;
import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;
import dev.klaster.io.iotable.BpsIoReader;
import dev.klaster.io.iotable.EurostatIoReader;
import dev.klaster.io.iotable.PlainIoReader;
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
    @Option(names = "--demo", arity = "0..1", fallbackValue = "fine", paramLabel = "KIND",
            description = {"Use the built-in SYNTHETIC demo instead of data FILE(s), as klaster analyze does: 'fine' "
                    + "(default: 514 regencies/cities x 119 KBLI 4-digit industries and its IO table) or 'sections' "
                    + "(38 provinces x 17 PDRB sections, 17-sector IO table).",
                    "Pakai data demo sintetis bawaan: 'fine' (bawaan) atau 'sections'."})
    String demo;

    /** The demo asked for, or null. */
    private DemoKind demoKind(CommandLine cl) {
        if (demo == null) {
            return null;
        }
        try {
            return DemoKind.parse(demo);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, "--demo: " + e.getMessage()
                    + "; give either --demo or data FILE(s), not both or neither");
        }
    }

    @CommandLine.Mixin
    InputOptions input = new InputOptions();

    @CommandLine.Mixin
    ScopeOptions scope = new ScopeOptions();

    @CommandLine.Mixin
    TradedLocalOption tradedLocal = new TradedLocalOption();

    /** Set by {@link #run}: the traded/local class of the analysed industries. */
    TradedLocal.Result traded;

    @Option(names = "--io", paramLabel = "FILE",
            description = {"Input-output table (docs/input-output.md), sectors matched to the panel's industries.",
                    "Tabel input-output."})
    Path io;

    @Option(names = "--io-format", paramLabel = "F", defaultValue = "bps",
            description = "Layout of --io: bps, plain (with --io-vectors) or eurostat (default: ${DEFAULT-VALUE}).")
    String ioFormat;

    @Option(names = "--io-vectors", paramLabel = "FILE",
            description = "Vectors CSV (code,output,...) of a --io-format plain table.")
    Path ioVectors;

    @Option(names = "--io-sectors", paramLabel = "FILE",
            description = "CSV mapping IO sector codes to the data's industry codes (column_code,kbli_section), as"
                    + " for klaster analyze.")
    Path ioSectors;

    @Option(names = "--io-csv", paramLabel = "FILE",
            description = "Intermediate flows Z as a plain square CSV (row sells to column, panel industry order;"
                    + " an optional first row/column of codes is skipped).")
    Path ioCsv;

    @Option(names = "--method", defaultValue = "combined",
            description = "Cluster definition: io, colocation, combined, given (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Industry → cluster CSV for --method given.")
    Path mapping;

    @Option(names = "--definition", paramLabel = "FILE",
            description = {"Apply a cluster definition: the CSV of klaster clusters templates, the US Cluster Mapping "
                    + "crosswalk (naics,cluster) or your own code,cluster CSV (recognised by the header; implies "
                    + "--method given).", "Terapkan definisi klaster dari berkas CSV."})
    Path definition;

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

    @Option(names = "--framework", paramLabel = "FILE", description = "Competitiveness framework JSON (default: built-in Rosenfeld nine factors).")
    Path framework;

    @Option(names = "--survey", paramLabel = "FILE", description = {"Survey answers: the filled form of klaster "
            + "clusters survey-form (.xlsx) or a CSV region,cluster,indicator,score (Likert).",
            "Jawaban survei: formulir .xlsx yang sudah diisi, atau CSV."})
    Path survey;

    @Option(names = "--growth", paramLabel = "PCT", defaultValue = "10", description = "Impact scenario: growth of "
            + "the cluster's final demand in percent, -100 to 1000 (default: ${DEFAULT-VALUE} %%).")
    double growth;

    @Option(names = {"-o", "--out"}, paramLabel = "PATH",
            description = "Write tables to a .xlsx (one sheet each), a .csv (single table) or a folder of CSVs.")
    Path out;

    /** Set by {@link #run}: the scope, its context, the analysed panel, the IO table and its sector per industry. */
    Scope.Scoped scoped;
    ScopeContext context;
    Panel analysed;
    IoTable table;
    int[] ioIndex;

    /** Loads the inputs and runs the chain with a progress bar on an interactive terminal. */
    ClusterReport run(CommandLine.Model.CommandSpec spec) {
        CommandLine cl = spec.commandLine();
        if ((demo != null) == input.hasFiles()) {
            throw new CommandLine.ParameterException(cl, "give either --demo or data FILE(s), not both or neither");
        }
        if (io != null && ioCsv != null) {
            throw new CommandLine.ParameterException(cl, "give either --io or --io-csv, not both");
        }
        Panel all;
        ValidationReport findings = null;
        DemoKind kind = demoKind(cl);
        if (kind != null) {
            all = kind.panel("en");
        } else {
            Ingested in = input.ingest();
            all = Inputs.panel(in, cl.getErr());
            findings = in.report();
        }
        all = input.read.atIndustryLevel(all, kind != null ? "en" : "id", cl.getErr());
        // the same scope resolution as klaster analyze (before any analysis)
        scoped = scope.apply(all, findings, ScopeOptions.measure(all, input.read.measure()), input.read.bridges,
                ScopeOptions.reader(input, kind != null ? "en" : "id", cl.getErr()));
        ScopeOptions.print(scoped, cl.getErr());
        HeapCheck.require(scoped.panel());
        context = scope.context(scoped);
        Panel panel = scoped.panel();
        analysed = panel;
        double[][] z = null;
        double[] output = null;
        if (ioCsv != null) {
            z = IoCsv.read(ioCsv);
            if (z.length != panel.industries().size()) {
                throw new InputDataException(ioCsv.toString(), "Z is " + z.length + " × " + z.length
                        + " but the analysed panel has " + panel.industries().size() + " industries; the rows and"
                        + " columns of --io-csv must follow the panel's industry order "
                        + java.util.Arrays.toString(panel.industries().codes()));
            }
            output = csvOutputProxy(z, panel);
            if (output != null) {
                cl.getErr().println("note: --io-csv has no output: output proxied by the panel's national value added"
                        + " of its last year + intermediate inputs Σ_i Z_ij, which assumes Z is in the panel's"
                        + " value-added units (" + panel.unit(Measure.VALUE_ADDED) + ")");
            }
        } else if (io != null || kind != null) {
            // the same matching as klaster analyze (IoAlignment): same Z, same clusters
            table = input.read.atIndustryLevel(io != null ? ioTable(cl) : kind.io("en"));
            IoAlignment aligned;
            try {
                java.util.Map<String, String> map = ioSectors == null ? null : AnalyzeCommand.readSectorMap(ioSectors);
                if (io != null) {
                    // the same coverage check as klaster analyze: a partial mapping is refused with its codes
                    IoSectorCheck.require(panel, table, map, io, ioSectors);
                }
                aligned = IoAlignment.of(table, panel.industries(), map);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ioSectors, e);
            }
            if (!aligned.matched()) {
                throw new InputDataException(table.source(), "the IO table's sectors " + table.codes()
                        + " do not match the panel's " + panel.industries().size() + " industries; not in the table: "
                        + aligned.missing() + " (give --io-sectors FILE)");
            }
            if (!aligned.byPosition().isEmpty()) {
                cl.getErr().println("note: IO sectors paired with the panel's industries by position: "
                        + String.join(", ", aligned.byPosition()));
            }
            ioIndex = aligned.index();
            z = aligned.z();
            output = aligned.output();
        }
        ClusterAnalysis.Method m = parseEnum(ClusterAnalysis.Method.class, method, "--method", spec);
        Communities.Algorithm a = parseEnum(Communities.Algorithm.class, algorithm, "--algorithm", spec);
        ClusterAnalysis.Options o = ClusterAnalysis.Options.defaults().withMethod(m)
                .withCommunities(new Communities.Options(a, resolution, 10, seed)).withGrowthPercent(growth);
        o = new ClusterAnalysis.Options(o.method(), o.given(), o.communities(), ioWeight, o.sizeMeasure(),
                o.strongRule(), o.stars(), o.roles(), scope.lifecycle(), o.framework(), o.survey(), o.growthPercent(),
                output);
        if (input.read.measure() != null) {
            o = o.withSizeMeasure(input.read.measure());
        }
        if (definition != null) {
            if (mapping != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give either --definition or --mapping");
            }
            m = ClusterAnalysis.Method.GIVEN;
            o = o.withMethod(m).withGiven(GivenMapping.readDefinition(definition, "id"));
        } else if (m == ClusterAnalysis.Method.GIVEN) {
            if (mapping == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--method given needs --mapping FILE");
            }
            o = o.withGiven(GivenMapping.read(mapping, codeColumn, clusterColumn));
        }
        Framework fw = framework();
        o = o.withFramework(fw, readSurvey(survey, fw));
        TradedLocal.Spec tls = tradedLocal.spec();
        traded = tls == null ? null : TradedLocal.classify(panel, tls);
        if (System.console() == null) {
            return ClusterAnalysis.run(panel, z, o, ClusterAnalysis.Progress.NONE, traded);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("clusters").setInitialMax(6).build()) {
            return ClusterAnalysis.run(panel, z, o, (name, done, total) -> {
                bar.stepTo(done);
                bar.setExtraMessage(name);
            }, traded);
        }
    }

    /** The --framework file, else the built-in Rosenfeld nine factors. */
    Framework framework() {
        return framework == null ? Framework.defaults() : Framework.read(framework);
    }

    /** The --survey answers: a filled .xlsx form ({@link SurveyForm}) or the tidy CSV; none: empty. */
    static Survey readSurvey(Path file, Framework fw) {
        if (file == null) {
            return Survey.empty();
        }
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--survey: file not found: " + file);
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? SurveyForm.read(file, fw)
                : Survey.read(file, fw.likertMaxOrDefault());
    }

    /** The --io table; warnings of the reader go to stderr, an unproductive or singular table is bad data (exit 1). */
    private IoTable ioTable(CommandLine cl) {
        String f = ioFormat.trim().toLowerCase(Locale.ROOT);
        IoTable t = switch (f) {
            case "bps" -> BpsIoReader.read(io);
            case "eurostat" -> EurostatIoReader.read(io);
            case "plain" -> {
                if (ioVectors == null) {
                    throw new CommandLine.ParameterException(cl, "--io-format plain needs --io-vectors FILE");
                }
                yield PlainIoReader.read(io, ioVectors);
            }
            default -> throw new CommandLine.ParameterException(cl, "--io-format: unknown value '" + ioFormat
                    + "' (expected bps, plain or eurostat)");
        };
        t.warnings().forEach(w -> cl.getErr().println("warning: " + w));
        IoInputOptions.model(t, DenseLapack.Backend.AUTO);
        return t;
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
        int nan = tables.stream().mapToInt(Table::undefinedCount).sum();
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

    /**
     * Output for a plain Z without one: x_j = VA_j + Σ_i z_ij with VA_j the panel's national value added of its
     * last year. Only meaningful when the CSV is in the panel's value-added units (the user's file, documented and
     * noted); null without value added (the impact scenario is then skipped with a note).
     */
    static double[] csvOutputProxy(double[][] z, Panel panel) {
        if (!panel.has(Measure.VALUE_ADDED)) {
            return null;
        }
        double[][] va = panel.sliceAt(Measure.VALUE_ADDED, panel.yearCount() - 1).toMatrix();
        double[] x = new double[z.length];
        for (double[] row : va) {
            for (int j = 0; j < x.length; j++) {
                if (!Double.isNaN(row[j])) {
                    x[j] += row[j];
                }
            }
        }
        for (double[] row : z) {
            for (int j = 0; j < x.length; j++) {
                x[j] += row[j];
            }
        }
        return x;
    }
}
