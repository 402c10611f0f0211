package dev.klaster.cli;

import dev.klaster.core.model.Measure;
import dev.klaster.io.ingest.CodeSystem;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.ingest.Layout;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Input options shared by every command that reads data ({@code @Mixin InputOptions input;}): the data files and
 * how to read them. See docs/ingestion.md.
 */
public final class InputOptions {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = {"Data files: tidy CSV/Parquet (region,industry,year,value[,measure]), BPS wide CSV, or .xlsx.",
                    "Berkas data: CSV/Parquet rapi, CSV lebar BPS, atau .xlsx."})
    List<Path> files = new ArrayList<>();

    @Option(names = "--regions", paramLabel = "FILE",
            description = "Region metadata: code,name,level,parent[,group] (metadata wilayah).")
    Path regions;

    @Option(names = "--industries", paramLabel = "FILE",
            description = "Industry metadata: code,name,parent,classification (metadata lapangan usaha).")
    Path industries;

    @Option(names = "--measure", paramLabel = "M",
            description = "Measure of files without a measure column: employment, value_added, output, establishments, "
                    + "wages, population (default: employment for tidy files, value_added for wide BPS files).")
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

    /** True when files were given. */
    public boolean hasFiles() {
        return !files.isEmpty();
    }

    /** The ingestion request of these options; {@link IllegalArgumentException} on a bad option value. */
    public IngestRequest request() {
        return new IngestRequest(files, Layout.parse(layout), measure == null ? null : Measure.parse(measure), regions,
                industries, bridges, to == null ? null : CodeSystem.parse(to), tolerancePercent / 100);
    }

    /** Reads the files (throws InputDataException on bad data: exit code 1). */
    public Ingested ingest() {
        return Ingest.run(request());
    }
}
