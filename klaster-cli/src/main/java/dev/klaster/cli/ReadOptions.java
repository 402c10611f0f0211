package dev.klaster.cli;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.IndustryAggregation;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.io.ingest.CodeSystem;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Layout;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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

    @Option(names = "--industry-level", paramLabel = "LEVEL",
            description = {"Sum the industries up their classification before any analysis: section (KBLI: the 17 "
                    + "PDRB categories; NAICS: the 20 sectors) or a number of digits 2-6 (KBLI 10 ⊃ 101 ⊃ 1010; "
                    + "NAICS 31-33 ⊃ 311 ⊃ ... ⊃ 311111). The IO table is summed the same way.",
                    "Jumlahkan lapangan usaha ke tingkat klasifikasi yang lebih kasar: section (17 kategori PDRB) atau "
                            + "jumlah digit 2-6; tabel IO dijumlahkan dengan cara yang sama."})
    String industryLevel;

    @Option(names = "--missing-in-sums", paramLabel = "RULE", defaultValue = "strict",
            description = {"With --industry-level: strict = a sum is missing when any of its parts is unpublished "
                    + "(default: ${DEFAULT-VALUE}); published = the sum of the published parts (a lower bound, "
                    + "counted in the note).", "strict: jumlah kosong bila ada bagian yang tidak dipublikasikan; "
                    + "published: jumlah bagian yang dipublikasikan (batas bawah)."})
    String missingInSums;

    /** The aggregation of the last {@link #atIndustryLevel(Panel, String, PrintWriter)} (null: none asked). */
    private IndustryAggregation.Result aggregated;

    /**
     * The panel at {@code --industry-level} (the panel itself without the option); the note is printed to
     * {@code err}. A level the codes cannot reach is a usage error naming the code.
     */
    Panel atIndustryLevel(Panel p, String lang, PrintWriter err) {
        if (industryLevel == null) {
            return p;
        }
        try {
            aggregated = IndustryAggregation.aggregate(p, industryLevel,
                    IndustryAggregation.Missing.parse(missingInSums), null, lang);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--industry-level " + industryLevel + ": " + e.getMessage(), e);
        }
        err.println("note: " + aggregated.note());
        err.flush();
        return aggregated.panel();
    }

    /**
     * The IO table summed to the same level as the panel (the table itself when no level was asked or its sectors
     * are already the panel's industries).
     */
    IoTable atIndustryLevel(IoTable io) {
        if (aggregated == null || io == null) {
            return io;
        }
        if (new HashSet<>(io.codes()).equals(new HashSet<>(List.of(aggregated.panel().industries().codes())))) {
            return io;
        }
        try {
            return IndustryAggregation.aggregate(io, aggregated);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--industry-level " + industryLevel + ": the IO table " + io.source()
                    + " cannot be summed to the same level (" + e.getMessage() + "); give a table whose sector codes "
                    + "are the data's industry codes", e);
        }
    }

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
