package dev.klaster.cli;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.report.AnalysisPipeline;
import dev.klaster.report.Boundaries;
import dev.klaster.report.ReportBuilder;
import dev.klaster.core.demo.DemoIoTable;
import dev.klaster.report.ReportModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code klaster report --demo}: the demo report of {@code analyze --demo} (same {@link AnalysisPipeline}), with
 * {@code --out} as another name for {@code --report}; kept as a thin alias.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the analysis report (self-contained HTML with charts and maps, XLSX workbook, "
                + "optional PDF) for the built-in synthetic demo data.",
                "Tulis laporan analisis (HTML mandiri dengan grafik dan peta, buku kerja XLSX, PDF opsional)."})
public final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--demo", description = "Use the built-in synthetic Indonesia-shaped demo data.")
    boolean demo;

    @Option(names = "--out", paramLabel = "DIR", description = "Same as --report DIR.")
    Path out;

    @Option(names = "--measure", defaultValue = "value_added",
            description = "Measure for LQ and maps (default: ${DEFAULT-VALUE}).")
    String measure;

    @Mixin
    ReportOptions options;

    @Override
    public Integer call() throws Exception {
        if (!demo) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --demo (input files: use analyze)");
        }
        try (dev.klaster.io.export.OutputSet set = dev.klaster.io.export.OutputSet.open(out != null ? out
                : options.dir(), ReportOptions.STEM, "klaster report")) {
            return report(set);
        }
    }

    private Integer report(dev.klaster.io.export.OutputSet set) throws Exception {
        Panel panel = DemoPanel.generate();
        Measure m = Measure.parse(measure);
        AnalysisPipeline.Options o = AnalysisPipeline.Options.defaults().withLang(options.lang(panel)).withMeasure(m);
        dev.klaster.report.Boundaries.Joined joined = options.join(panel); // also checks --boundary-codes alone
        if (joined != null) {
            o = o.withBoundaries(joined, options.boundaries.getFileName().toString());
        }
        ReportModel model = AnalysisPipeline.run(panel, null, DemoIoTable.generate(), o).model();
        ReportOptions.write(model, set, options.pdf, spec.commandLine().getOut());
        return Klaster.EXIT_OK;
    }
}
