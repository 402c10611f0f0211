package dev.klaster.cli;

import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Input options shared by every command that reads data ({@code @Mixin InputOptions input;}): the data files
 * (positional FILE...) and how to read them ({@link ReadOptions}). See docs/ingestion.md.
 */
public final class InputOptions {
    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = {"Data files: tidy CSV/Parquet (region,industry,year,value[,measure]), BPS wide CSV, or .xlsx.",
                    "Berkas data: CSV/Parquet rapi, CSV lebar BPS, atau .xlsx."})
    List<Path> files = new ArrayList<>();

    @picocli.CommandLine.Option(names = {"--input", "-i"}, paramLabel = "FILE",
            description = {"A data file, as the positional FILE (repeatable; every command takes both forms).",
                    "Berkas data (boleh berulang)."})
    List<Path> inputOption = new ArrayList<>();

    @Mixin
    ReadOptions read = new ReadOptions();

    /** True when files were given. */
    public boolean hasFiles() {
        return !files().isEmpty();
    }

    /** The positional files, then those given with --input. */
    public List<Path> files() {
        List<Path> all = new ArrayList<>(files);
        all.addAll(inputOption);
        return all;
    }

    /** The ingestion request of these options; {@link IllegalArgumentException} on a bad option value. */
    public IngestRequest request() {
        return read.request(files());
    }

    /** Reads the files (throws InputDataException on bad data: exit code 1). */
    public Ingested ingest() {
        return Ingest.run(request());
    }
}
