package dev.klaster.cli;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.io.export.TableWriter;
import dev.klaster.io.ingest.Finding;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.ingest.Severity;
import dev.klaster.io.ingest.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code klaster validate FILE...}: reads the files and prints the validation summary. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Read data files, check them and print the validation summary (nothing is fixed).",
                "Baca berkas data, periksa, dan tampilkan ringkasan validasi (tidak ada yang diubah)."},
        footer = {"", "Exit codes: 0 consistent (warnings allowed), 1 bad data (unreadable, or ERROR findings such as "
                + "sectors not adding up to TOTAL), 2 bad usage, 3 cannot write --out.",
                "The findings file (--out) is the one output Klaster writes on bad data: it is written whenever the "
                        + "files could be read, also when the exit code is 1 because of ERROR findings; an "
                        + "unreadable file writes nothing.",
                "Berkas temuan (--out) ditulis juga bila ada temuan ERROR (kode keluar 1)."})
public final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = {"Also write all findings to a .csv or .xlsx file (written also when ERROR findings "
                    + "make the exit code 1).", "Tulis semua temuan ke berkas .csv atau .xlsx."})
    Path out;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "40",
            description = "Findings to print (default: ${DEFAULT-VALUE}; all go to --out).")
    int limit;

    @Override
    public Integer call() throws IOException {
        if (!input.hasFiles()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give at least one data FILE");
        }
        Ingested in = input.ingest();
        PrintWriter w = spec.commandLine().getOut();
        describe(in.panel(), w);
        printFindings(in.report(), w, limit);
        if (out != null) {
            TableWriter.write(in.report().toTable(), out);
            w.printf(Locale.ROOT, "Findings written to %s%n", out);
        }
        return in.report().hasErrors() ? Klaster.EXIT_DATA : Klaster.EXIT_OK;
    }

    static void describe(Panel p, PrintWriter w) {
        int[] years = p.years();
        w.printf(Locale.ROOT, "Read: %s%n", p.source());
        w.printf(Locale.ROOT, "Regions: %d (country %d, province %d, regency/city %d), industries: %d, years: %d–%d, "
                        + "measures: %s%n", p.regions().size(), p.regions().atLevel(RegionLevel.COUNTRY).length,
                p.regions().atLevel(RegionLevel.PROVINCE).length, p.regions().atLevel(RegionLevel.REGENCY).length,
                p.industries().size(), years[0], years[years.length - 1], p.measures().stream().map(Measure::id).toList());
    }

    /** Prints counts by severity and the first {@code limit} findings, most severe first. */
    static void printFindings(ValidationReport rep, PrintWriter w, int limit) {
        w.printf(Locale.ROOT, "Validation: %d error(s), %d warning(s), %d note(s) — reported, never fixed%n",
                rep.count(Severity.ERROR), rep.count(Severity.WARNING), rep.count(Severity.INFO));
        List<Finding> sorted = rep.findings().stream()
                .sorted((a, b) -> b.severity().compareTo(a.severity())).toList();
        int shown = 0;
        for (Finding f : sorted) {
            if (shown++ >= limit) {
                w.printf(Locale.ROOT, "  ... %d more (all of them: klaster validate FILE... --out findings.csv)%n", sorted.size() - limit);
                break;
            }
            String where = f.file().isEmpty() ? "" : f.file() + (f.line() > 0 ? ":" + f.line() : "") + " ";
            w.printf(Locale.ROOT, "  %-7s %-12s %s%s%n", f.severity(), f.rule(), where, f.message());
        }
    }
}
