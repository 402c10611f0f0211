package dev.klaster.cli;

import dev.klaster.core.measures.MeasureRegistry;
import dev.klaster.core.measures.MeasureSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code klaster measures}: lists every regional measure of the registry with its one-line description. */
@Command(name = "measures", mixinStandardHelpOptions = true,
        description = {"List every regional measure (LQ, shift-share, typology, specialisation, agglomeration, growth).",
                "Daftar semua ukuran regional (LQ, shift-share, tipologi, spesialisasi, aglomerasi, pertumbuhan)."})
public final class MeasuresCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--lang", description = "Description language: en or id (default: ${DEFAULT-VALUE}).",
            defaultValue = "en")
    String lang;

    @Option(names = "--verbose", description = "Also show each measure's parameters.")
    boolean verbose;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String family = "";
        for (MeasureSpec s : MeasureRegistry.all()) {
            if (!s.family().equals(family)) {
                family = s.family();
                out.printf(Locale.ROOT, "%n%s%n", family);
            }
            out.printf(Locale.ROOT, "  %-32s %s%n", s.id(), "id".equals(lang) ? s.indonesian() : s.english());
            if (verbose) {
                out.printf(Locale.ROOT, "  %-32s   options: %s%n", "", String.join(", ", s.parameters()));
            }
        }
        out.printf(Locale.ROOT, "%nCompute one with: klaster measure NAME --demo --out result.csv%n");
        return Klaster.EXIT_OK;
    }
}
