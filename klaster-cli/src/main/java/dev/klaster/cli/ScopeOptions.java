package dev.klaster.cli;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.lifecycle.Lifecycle;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.io.ingest.ValidationReport;
import dev.klaster.io.iotable.BpsIoReader;
import dev.klaster.io.scope.Scope;
import dev.klaster.io.scope.SourceErrors;
import dev.klaster.report.ScopeContext;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The planner's scope, shared by {@code klaster analyze} and every {@code klaster clusters} command (a picocli
 * mixin): which regions, at which level, what to do with source-error rows, and the region's own IO table for the
 * impact. Both commands resolve it through {@link Scope#apply} right after reading the data and before any analysis.
 */
public final class ScopeOptions {
    @Option(names = "--province", paramLabel = "CODE|NAME",
            description = {"Analyse one province's regencies/cities: BPS code (35), Kemendagri code (through "
                    + "--code-bridge), name or abbreviation (\"Jawa Timur\", \"jatim\"), case- and accent-insensitive.",
                    "Analisis kabupaten/kota satu provinsi: kode BPS, kode Kemendagri (lewat --code-bridge), nama "
                            + "atau singkatan."})
    String province;

    @Option(names = "--region-list", paramLabel = "FILE",
            description = {"Analyse the regions listed in FILE (one code or name per line, e.g. an economic "
                    + "corridor; header and # comments allowed). Named --region-list because --regions is the "
                    + "region metadata file.", "Analisis wilayah dalam daftar BERKAS (satu kode atau nama per baris)."})
    Path regionList;

    @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "auto",
            description = {"Region level to analyse: province, regency or auto = the finest level where every region "
                    + "has data in the last year (default: ${DEFAULT-VALUE}).",
                    "Tingkat wilayah: provinsi, kabupaten/kota, atau auto (tingkat terhalus yang lengkap)."})
    String level;

    @Option(names = "--reference", paramLabel = "regions|province|national|FILE", defaultValue = "regions",
            description = {"Reference of LQ, shift-share, the Klassen sector typology and specialisation: regions = "
                    + "the sum of the analysed regions (default), province = the published province row (else the sum "
                    + "of its regencies in the file; needs one province), national = the published national row (else "
                    + "the sum of the file's regions at the analysed level), or a data FILE holding one region (or one "
                    + "national row), read like the input.",
                    "Acuan LQ, shift-share, tipologi Klassen sektor dan spesialisasi: regions (jumlah wilayah yang "
                            + "dianalisis), province (baris provinsi terbitan), national (baris nasional terbitan) "
                            + "atau BERKAS data berisi satu wilayah."})
    String reference;

    @Option(names = "--on-error", paramLabel = "POLICY", defaultValue = "exclude",
            description = {"Rows whose sectors do not add up to their published TOTAL (source errors, e.g. "
                    + "Bojonegoro 2014): exclude (treated as missing in trends, growth and that year's measures), "
                    + "keep (used as published) or fail (stop, exit 1) (default: ${DEFAULT-VALUE}).",
                    "Baris dengan galat sumber: exclude, keep atau fail."})
    String onError;

    @Option(names = "--regional-io", paramLabel = "FILE",
            description = {"The region's own input-output table (a BPS provincial table, e.g. "
                    + "idn-io-provincial-2016/…csv) for the impact; without it the national --io table is "
                    + "regionalised with FLQ from the region's own data.",
                    "Tabel input-output provinsi untuk dampak; tanpa ini tabel nasional diregionalkan dengan FLQ."})
    Path regionalIo;

    @Option(names = "--flq-delta", paramLabel = "D", defaultValue = "0.3",
            description = {"FLQ δ of the regionalisation in [0,1) (default: ${DEFAULT-VALUE}, Flegg & Webber 1997).",
                    "δ FLQ."})
    double flqDelta;

    @Option(names = "--stage-years", paramLabel = "N", defaultValue = "2",
            description = {"Life-cycle hysteresis: a stage changes only after the new stage held N consecutive years "
                    + "(1 = no hysteresis; default: ${DEFAULT-VALUE}).",
                    "Histeresis siklus hidup: tahap berubah setelah tahap baru bertahan N tahun berturut-turut."})
    int stageYears;

    @Option(names = "--renewal-years", paramLabel = "N", defaultValue = "3",
            description = {"Renewal (declining → embryo) only after embryo held N consecutive years (default: "
                    + "${DEFAULT-VALUE}).", "Pembaruan (menurun → embrio) hanya setelah embrio bertahan N tahun."})
    int renewalYears;

    /** Life-cycle thresholds with this hysteresis. */
    Lifecycle.Thresholds lifecycle() {
        return Lifecycle.Thresholds.defaults().withHysteresis(stageYears, renewalYears);
    }

    /** The scope of the ingested panel (usage errors exit 2, data errors exit 1). */
    Scope.Scoped apply(Panel full, ValidationReport findings, Measure measure, List<Path> bridges,
                       java.util.function.Function<Path, Panel> reader) {
        Panel referenceFile = null;
        if (Scope.Request.namesFile(reference)) {
            Path p = Path.of(reference);
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException("--reference: not regions, province or national, and no such file: "
                        + reference);
            }
            referenceFile = reader.apply(p);
        }
        Scope.Request req = new Scope.Request(province, regionList, level, SourceErrors.OnError.parse(onError),
                reference, referenceFile);
        return Scope.apply(full, findings, measure, req, bridges);
    }

    /**
     * Reads a {@code --reference} data file as the input is read (same reading options and industry level); its
     * validation findings are not shown: the file only supplies the reference row.
     */
    static java.util.function.Function<Path, Panel> reader(InputOptions input, String lang, PrintWriter err) {
        return f -> input.read.atIndustryLevel(dev.klaster.io.ingest.Ingest.run(input.read.request(List.of(f)))
                .panel(), lang, err);
    }

    /** The pipeline context: the scope, the regional table (read here) and δ. */
    ScopeContext context(Scope.Scoped scoped) {
        IoTable t = null;
        if (regionalIo != null) {
            if (!Files.isRegularFile(regionalIo)) {
                throw new IllegalArgumentException("--regional-io: file not found: " + regionalIo);
            }
            t = BpsIoReader.read(regionalIo);
        }
        return new ScopeContext(scoped, t, regionalIo == null ? null : regionalIo.getFileName().toString(),
                flqDelta);
    }

    /** The analysed measure: the one asked for, else employment if present, else value added. */
    static Measure measure(Panel panel, Measure asked) {
        if (asked != null && panel.has(asked) && !asked.regionLevel()) {
            return asked;
        }
        return panel.has(Measure.EMPLOYMENT) ? Measure.EMPLOYMENT : Measure.VALUE_ADDED;
    }

    /** Prints the scope statements (English) to the terminal. */
    static void print(Scope.Scoped s, PrintWriter w) {
        s.statements("en").forEach(x -> w.println("scope: " + x));
        w.flush();
    }
}
