package dev.klaster.cli;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.report.ReportBuilder;
import dev.klaster.report.ReportModel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code klaster report --demo}: builds the analysis report (HTML + XLSX, optional PDF) from the data the core can
 * analyse today; the lead merges this into {@code analyze}.
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
        Panel panel = DemoPanel.generate();
        Measure m = Measure.parse(measure);
        ReportBuilder b = new ReportBuilder(options.lang(panel), null);
        options.applyBoundaries(b, panel);
        b.panelOverview(panel).addLocationQuotient(panel, m).addRegionMaps(panel, m);
        ReportModel model = b.build();
        ReportOptions.write(model, out != null ? out : options.dir(), options.pdf, spec.commandLine().getOut());
        return Klaster.EXIT_OK;
    }
}
