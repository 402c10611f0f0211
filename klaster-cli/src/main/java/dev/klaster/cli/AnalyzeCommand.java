package dev.klaster.cli;

import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.Slice;
import dev.klaster.io.ingest.Ingested;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code klaster analyze}: ingest, validate, and run the analysis chain; prints a summary. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Run the analysis on a data set (or the built-in synthetic demo) and print a summary.",
                "Jalankan analisis pada data (atau data demo sintetis bawaan) dan tampilkan ringkasan."})
public final class AnalyzeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--demo", description = "Use the built-in synthetic Indonesia-shaped demo data.")
    boolean demo;

    @CommandLine.Mixin
    InputOptions input;

    @Option(names = "--lang", description = "Output language: id or en (default: ${DEFAULT-VALUE}).", defaultValue = "en")
    String lang;

    @Override
    public Integer call() {
        if (demo == input.hasFiles()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --demo or input files");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (demo) {
            summarize(DemoPanel.generate(), out);
            return Klaster.EXIT_OK;
        }
        Ingested in = input.ingest();
        summarize(in.panel(), out);
        out.println();
        ValidateCommand.printFindings(in.report(), out, 10);
        return Klaster.EXIT_OK;
    }

    static void summarize(Panel panel, PrintWriter out) {
        if (panel.synthetic()) {
            out.println("*** SYNTHETIC DEMO DATA — not real statistics / DATA DEMO SINTETIS — bukan statistik resmi ***");
        }
        int[] years = panel.years();
        out.printf(Locale.ROOT, "Data: %s%n", panel.source());
        out.printf(Locale.ROOT, "Regions: %d, industries: %d, years: %d–%d, measures: %s%n",
                panel.regions().size(), panel.industries().size(), years[0], years[years.length - 1],
                panel.measures().stream().map(Measure::id).toList());
        Measure m = panel.has(Measure.VALUE_ADDED) ? Measure.VALUE_ADDED
                : panel.measures().stream().filter(x -> !x.regionLevel()).findFirst().orElseThrow(() ->
                        new IllegalArgumentException("no region × industry measure to analyse (only population)"));
        RegionLevel level = hasData(panel, m, RegionLevel.PROVINCE) ? RegionLevel.PROVINCE : RegionLevel.REGENCY;
        Panel provinces = hasData(panel, m, level) ? panel.atLevel(level) : panel;
        Slice last = provinces.sliceAt(m, years.length - 1);
        double[][] lq = LocationQuotient.matrix(last.toMatrix());
        out.printf(Locale.ROOT, "%nLeading sectors (highest LQ of %s, %d) per %s:%n", m.id(), years[years.length - 1],
                level.label("en"));
        out.printf(Locale.ROOT, "%-28s %-8s %8s%n", level == RegionLevel.PROVINCE ? "province" : "region", "sector", "LQ");
        for (int r = 0; r < lq.length; r++) {
            int best = -1;
            for (int i = 0; i < lq[r].length; i++) {
                if (!Double.isNaN(lq[r][i]) && (best < 0 || lq[r][i] > lq[r][best])) {
                    best = i;
                }
            }
            out.printf(Locale.ROOT, "%-28s %-8s %8.2f%n", provinces.regions().get(r).name(),
                    best < 0 ? "-" : provinces.industries().get(best).code(), best < 0 ? Double.NaN : lq[r][best]);
        }
    }

    /** True when some region of the level has a value of the measure in the last year. */
    private static boolean hasData(Panel panel, Measure m, RegionLevel level) {
        int last = panel.yearCount() - 1;
        for (int r : panel.regions().atLevel(level)) {
            for (int i = 0; i < panel.industries().size(); i++) {
                if (!Double.isNaN(panel.get(m, last, r, i))) {
                    return true;
                }
            }
        }
        return false;
    }
}
