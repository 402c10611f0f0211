package dev.klaster.cli;

import dev.klaster.core.measures.MeasureOptions;
import dev.klaster.core.measures.MeasureRegistry;
import dev.klaster.core.measures.MeasureSpec;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;
import dev.klaster.io.ingest.Ingest;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code klaster measure NAME}: computes one registry measure on a panel and writes a tidy CSV or XLSX. */
@Command(name = "measure", mixinStandardHelpOptions = true,
        description = {"Compute one regional measure (see 'klaster measures') and write a tidy table.",
                "Hitung satu ukuran regional (lihat 'klaster measures') dan tulis tabel rapi (CSV/XLSX)."},
        footer = {"", "Examples:",
                "  klaster measure lq --demo --measure value_added --year 2023 --out lq.csv",
                "  klaster measure shiftshare_dunn --demo --base-year 2016 --end-year 2023 --region 3578 --out ss.xlsx",
                "  klaster measure theil_decomposition --demo --group \"Indonesia Timur (KTI),Indonesia Barat (KBI)\"",
                "Undefined values (zero denominators) are left empty and reported as warnings on stderr."})
public final class MeasureCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Measure id, e.g. lq, shiftshare_dunn, krugman_pairs.")
    String name;

    @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
            description = {"Data files, as for analyze and validate (or --input FILE).", "Berkas data."})
    List<Path> files = new ArrayList<>();

    @Option(names = {"--input", "-i"}, paramLabel = "FILE",
            description = {"Data file to read (repeatable): tidy CSV/Parquet, BPS wide CSV or .xlsx, read by the shared"
                    + " ingestion (docs/ingestion.md).", "Berkas data (boleh berulang)."})
    List<Path> input = new ArrayList<>();

    @CommandLine.Mixin
    ReadOptions read = new ReadOptions();

    @Option(names = "--demo", arity = "0..1", fallbackValue = "fine", paramLabel = "KIND",
            description = {"Use the built-in SYNTHETIC demo, as analyze does: 'fine' (default: 514 regencies/cities x "
                    + "119 KBLI 4-digit industries x 2016-2023) or 'sections' (38 provinces x 17 PDRB sections).",
                    "Pakai data demo sintetis: 'fine' (514 kabupaten/kota x 119 industri KBLI 4 digit) atau "
                            + "'sections' (38 provinsi x 17 lapangan usaha PDRB)."})
    String demo;

    @Option(names = "--year", description = "Year of a one-year measure (default: last year).")
    Integer year;

    @Option(names = "--base-year", description = "Start year of a change measure (default: first year).")
    Integer baseYear;

    @Option(names = "--end-year", description = "End year of a change measure (default: last year).")
    Integer endYear;

    @Option(names = "--target-year", description = "Year to project to (shiftshare_projection).")
    Integer targetYear;

    @Option(names = "--region", paramLabel = "CODE", description = "Only output this region.")
    String region;

    @Option(names = "--group", paramLabel = "NAME",
            description = "Only output this region group (theil_decomposition: comma-separated groups).")
    String group;

    @Option(names = "--base-industries", paramLabel = "CODE", split = ",",
            description = "Industries forming the LQ base, comma-separated (default: all).")
    List<String> baseIndustries;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.csv|FILE.xlsx",
            description = "Output file (.csv or .xlsx); without it the CSV goes to standard output.")
    Path out;

    @Override
    public Integer call() throws IOException {
        MeasureSpec m = MeasureRegistry.get(name);
        Panel panel = loadPanel();
        MeasureOptions options = new MeasureOptions(read.measure(), year, baseYear,
                endYear, targetYear, region, group, baseIndustries);
        Table table = m.apply(panel, options);
        printNotes(table, spec.commandLine().getErr());
        PrintWriter w = spec.commandLine().getOut();
        if (out == null) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            TableWriter.writeCsv(table, buf);
            w.print(buf.toString(StandardCharsets.UTF_8).replace("\uFEFF", ""));
            w.flush();
        } else {
            Path target = spillTarget(out, table.rowCount(), EXCEL_MAX_DATA_ROWS);
            if (!target.equals(out)) {
                spec.commandLine().getErr().printf(Locale.ROOT, "note: %,d rows are more than an Excel sheet holds "
                        + "(%,d rows with the header): written as CSV to %s instead of %s%n", table.rowCount(),
                        EXCEL_MAX_DATA_ROWS + 1, target, out);
            }
            TableWriter.write(table, target);
            w.printf(Locale.ROOT, "%s: %d rows written to %s%n", m.id(), table.rowCount(), target);
        }
        return Klaster.EXIT_OK;
    }

    /** Data rows of one Excel sheet: 1,048,576 rows less the header. */
    static final int EXCEL_MAX_DATA_ROWS = 1_048_575;

    /**
     * Where a table of {@code rows} rows goes: {@code out}, or for an .xlsx beyond {@code maxRows} the .csv of the
     * same name beside it (a sheet cannot hold it; POI would fail only after the work).
     */
    static Path spillTarget(Path out, long rows, int maxRows) {
        String name = out.getFileName().toString();
        if (rows <= maxRows || !name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return out;
        }
        return out.resolveSibling(name.substring(0, name.length() - 5) + ".csv");
    }

    /** Table notes to stderr; those about undefined (NaN) values as warnings. */
    static void printNotes(Table table, PrintWriter err) {
        for (String note : table.notes()) {
            err.println((note.contains("undefined") ? "warning: " : "note: ") + note);
        }
    }

    /**
     * The one place where the input panel is obtained: {@code --demo} gives the synthetic demo panel, {@code --input
     * FILE} (repeatable) goes through the shared ingestion ({@link ReadOptions}, {@code Ingest}); the validation
     * summary is printed to stderr (findings are reported, never fixed). Bad data throws InputDataException (exit 1).
     */
    Panel loadPanel() {
        List<Path> input = new ArrayList<>(files);
        input.addAll(this.input);
        if (demo != null && !input.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either data FILEs (or --input FILE) or --demo, not both");
        }
        if (demo != null) {
            try {
                return read.atIndustryLevel(dev.klaster.core.demo.DemoKind.parse(demo).panel("id"), "id",
                        spec.commandLine().getErr());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--demo: " + e.getMessage());
            }
        }
        if (input.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give data FILEs (or --input FILE) or --demo");
        }
        return read.atIndustryLevel(Inputs.panel(Ingest.run(read.request(input)), spec.commandLine().getErr()), "id",
                spec.commandLine().getErr());
    }
}
