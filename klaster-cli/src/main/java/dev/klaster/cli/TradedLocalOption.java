package dev.klaster.cli;

import dev.klaster.core.cluster.TradedLocal;
import dev.klaster.io.ingest.TradedLocalList;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;

/** {@code --traded-local auto|FILE} (a picocli mixin of {@code analyze} and every {@code clusters} command). */
public final class TradedLocalOption {
    @Option(names = "--traded-local", paramLabel = "auto|FILE", defaultValue = "auto",
            description = {"Traded vs local industries: auto (locational Gini rule; government, education, health and "
                    + "local services local by default; docs/us-validation.md), none (no split: every industry may "
                    + "join a cluster) or a CSV industry,class (traded|local; "
                    + "the US Cluster Mapping crosswalk is read as it is). Leading sectors, clusters and stars are "
                    + "about traded industries; local ones are shown apart (default: ${DEFAULT-VALUE}).",
                    "Sektor diperdagangkan vs lokal: auto atau berkas CSV industry,class (traded|local)."})
    String value = "auto";

    /**
     * The rule, the user's list read and checked now (bad file: exit 1 naming file, line, column, value), or null for
     * {@code none} (no split).
     */
    TradedLocal.Spec spec() {
        String v = value == null ? "auto" : value.strip();
        if (v.isEmpty() || v.toLowerCase(Locale.ROOT).equals("auto")) {
            return TradedLocal.Spec.auto();
        }
        if (v.toLowerCase(Locale.ROOT).equals("none")) {
            return null;
        }
        Path file = Path.of(v);
        return TradedLocal.Spec.given(TradedLocalList.read(file), "--traded-local " + file.getFileName());
    }
}
