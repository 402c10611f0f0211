package dev.klaster.cli;

import dev.klaster.core.model.Measure;
import dev.klaster.io.ingest.CodeSystem;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Layout;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How data files are read (metadata, layout, code bridge, tolerance): the options half of {@link InputOptions},
 * on its own so that a command whose first positional parameter is something else ({@code klaster measure NAME
 * --input FILE}) can use the same reading options with {@code @Mixin ReadOptions read;}. See docs/ingestion.md.
 */
public final class ReadOptions {
    @Option(names = "--regions", paramLabel = "FILE",
            description = "Region metadata: code,name,level,parent[,group] (metadata wilayah).")
    Path regions;

    @Option(names = "--industries", paramLabel = "FILE",
            description = "Industry metadata: code,name,parent,classification (metadata lapangan usaha).")
    Path industries;

    @Option(names = "--measure", paramLabel = "M",
            description = "Measure: employment, value_added, output, establishments, wages, population. Files "
                    + "without a measure column are read as M (default: employment for tidy files, value_added for "
                    + "wide BPS files); commands that analyse one measure use M (default: employment if present, "
                    + "else value_added).")
    String measure;

    @Option(names = "--layout", paramLabel = "L", defaultValue = "auto",
            description = "auto, tidy or wide (default: ${DEFAULT-VALUE}).")
    String layout;

    @Option(names = "--code-bridge", paramLabel = "FILE",
            description = "BPS↔Kemendagri bridge table kode_bps,nama_bps,kode_dagri,nama_dagri (repeatable: regencies "
                    + "and provinces) / tabel jembatan kode wilayah.")
    List<Path> bridges = new ArrayList<>();

    @Option(names = "--to", paramLabel = "SYSTEM",
            description = "Translate region codes to kemendagri or bps through --code-bridge.")
    String to;

    @Option(names = "--tolerance", paramLabel = "PCT", defaultValue = "0.5",
            description = "Tolerance of the sum-to-total and hierarchy checks, in percent (default: ${DEFAULT-VALUE}).")
    double tolerancePercent;

    /** The measure given with --measure, or null. */
    Measure measure() {
        return measure == null ? null : Measure.parse(measure);
    }

    /** The ingestion request for {@code files}; {@link IllegalArgumentException} on a bad option value. */
    IngestRequest request(List<Path> files) {
        return new IngestRequest(files, Layout.parse(layout), measure(), regions, industries, bridges,
                to == null ? null : CodeSystem.parse(to), tolerancePercent / 100);
    }
}
