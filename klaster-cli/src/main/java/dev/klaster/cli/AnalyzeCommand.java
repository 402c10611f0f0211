package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterAnalysis;
import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.TradedLocal;
import dev.klaster.core.competitiveness.Framework;
import dev.klaster.core.demo.DemoKind;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;
import dev.klaster.io.export.OutputSet;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.ingest.ValidationReport;
import dev.klaster.io.iotable.BpsIoReader;
import dev.klaster.io.iotable.EurostatIoReader;
import dev.klaster.io.iotable.PlainIoReader;
import dev.klaster.report.AnalysisPipeline;
import dev.klaster.report.Boundaries;
import dev.klaster.report.ColumnLabels;
import dev.klaster.report.ExecutiveSummary;
import dev.klaster.report.HtmlReport;
import dev.klaster.report.Lang;
import dev.klaster.report.Messages;
import dev.klaster.report.PdfReport;
import dev.klaster.report.ReportBuilder;
import dev.klaster.report.ScopeContext;
import dev.klaster.io.scope.RegionResolver;
import dev.klaster.io.scope.Scope;
import dev.klaster.report.WorkbookReport;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code klaster analyze}: ingest and validate, run the whole analysis ({@link AnalysisPipeline}: leading sectors,
 * maps, connectivity, clusters, competitiveness, impact), write the self-contained HTML report and the .xlsx
 * workbook, and print a summary naming their paths.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Run the whole analysis on a data set (or the built-in synthetic demo): HTML report, XLSX "
                + "workbook and a summary.",
                "Jalankan seluruh analisis pada data (atau data demo sintetis bawaan): laporan HTML, buku kerja XLSX "
                        + "dan ringkasan."})
public final class AnalyzeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--verbose", description = {"Also log library details on stderr (which LAPACK/BLAS is used).",
            "Tampilkan juga rincian pustaka (LAPACK/BLAS yang dipakai)."})
    boolean verbose;

    @Option(names = "--demo", arity = "0..1", fallbackValue = "fine", paramLabel = "KIND",
            description = {"Use the built-in SYNTHETIC demo: 'fine' (default: 514 regencies/cities x 119 KBLI 4-digit "
                    + "industries x 2016-2023 with planted clusters and a matching synthetic IO table) or 'sections' "
                    + "(38 provinces x 17 PDRB sections, 17-sector IO table).",
                    "Pakai data demo sintetis bawaan: 'fine' (514 kabupaten/kota x 119 industri KBLI 4 digit) atau "
                            + "'sections' (38 provinsi x 17 kategori PDRB)."})
    String demo;

    @CommandLine.Mixin
    InputOptions input;

    @CommandLine.Mixin
    ReportOptions report;

    @CommandLine.Mixin
    ScopeOptions scope = new ScopeOptions();

    @CommandLine.Mixin
    TradedLocalOption tradedLocal = new TradedLocalOption();

    @Option(names = "--io", paramLabel = "FILE", description = {"National input-output table whose sectors use the "
            + "data's industry codes (enables connectivity, IO-based clusters and the impact scenario).",
            "Tabel input-output nasional."})
    Path io;

    @Option(names = "--io-format", paramLabel = "F", defaultValue = "bps",
            description = "Layout of --io: bps, plain (square transactions; needs --io-vectors) or eurostat "
                    + "(default: ${DEFAULT-VALUE}).")
    String ioFormat;

    @Option(names = "--io-vectors", paramLabel = "FILE", description = "Output/final-demand vectors for --io-format plain.")
    Path ioVectors;

    @Option(names = "--io-sectors", paramLabel = "FILE",
            description = "CSV mapping IO sector codes to the data's industry codes: columns column_code (or code) and "
                    + "kbli_section (or industry), e.g. idn-io-national-2020/io2020_columns.csv. Without it equal "
                    + "codes match, or equal sector counts match by position (with a warning).")
    Path ioSectors;

    @Option(names = "--growth", paramLabel = "PCT", defaultValue = "10",
            description = {"Impact scenario: growth of each cluster's final demand in percent, -100 to 1000 (default: "
                    + "${DEFAULT-VALUE} %%).",
                    "Skenario dampak: pertumbuhan %% permintaan akhir klaster."})
    double growth;

    @Option(names = "--base-year", paramLabel = "YEAR", description = "First year of change measures (default: first).")
    Integer baseYear;

    @Option(names = "--end-year", paramLabel = "YEAR", description = "Last year of change measures (default: last).")
    Integer endYear;

    @Option(names = "--region", paramLabel = "CODE",
            description = "Region of the shift-share waterfall and sector typology (default: the largest).")
    String region;

    @Option(names = "--survey", paramLabel = "FILE", description = {"Survey answers for the competitiveness factors"
            + " only a survey can score: the filled form of klaster clusters survey-form (.xlsx) or a CSV "
            + "region,cluster,indicator,score.", "Jawaban survei faktor daya saing (formulir .xlsx atau CSV)."})
    Path survey;

    @Option(names = "--method", paramLabel = "M", defaultValue = "combined",
            description = "Cluster definition: io, colocation or combined (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--definition", paramLabel = "FILE",
            description = {"Apply a cluster definition instead of finding clusters: the CSV of klaster clusters "
                    + "templates, the US Cluster Mapping crosswalk (naics,cluster) or your own code,cluster CSV.",
                    "Terapkan definisi klaster dari berkas CSV (templat, crosswalk CMP AS, atau milik sendiri)."})
    Path definition;

    @Option(names = "--establishments", paramLabel = "FILE.csv",
            description = {"Establishments with coordinates: x,y,type[,weight] (planar) or lon,lat,type[,weight] "
                    + "(great-circle km), type = industry code (nested codes count for their division/section). Adds "
                    + "the Duranton-Overman Kd curve of each strong cluster's establishments with a 99-simulation "
                    + "global envelope to the report. Give every establishment, not only the clusters'.",
                    "Lokasi usaha (x,y,type[,weight] atau lon,lat,type[,weight]; type = kode industri): kurva Kd "
                            + "per klaster kuat dengan selubung global 99 simulasi."})
    Path establishments;

    @Override
    public Integer call() throws IOException {
        if ((demo != null) == input.hasFiles()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --demo or input files");
        }
        try (OutputSet set = OutputSet.open(report.dir(), ReportOptions.STEM, "klaster analyze")) {
            return analyze(set);
        }
    }

    /** The analysis, written into the staging folder of {@code set} and committed as one set. */
    private Integer analyze(OutputSet set) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        started = t0;
        report.paper(); // a bad --paper is a usage error before any work, with or without --pdf
        Panel panel;
        ValidationReport findings = null;
        // a bad establishment file stops before any analysis (exit 1 naming file, line, column and value)
        dev.klaster.core.spatial.PointSet points = establishments == null ? null
                : SpatialIo.points(establishments, false);
        step(err, "reading data ...");
        DemoKind demoKind = null;
        if (demo != null) {
            try {
                demoKind = DemoKind.parse(demo);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--demo: " + e.getMessage());
            }
            panel = demoKind.panel(report.lang == null ? "id" : Lang.parse(report.lang).code());
        } else {
            Ingested in = input.ingest();
            panel = in.panel();
            findings = in.report();
        }
        panel = input.read.atIndustryLevel(panel, report.lang == null ? "id" : Lang.parse(report.lang).code(), err);
        // BPS section columns named in the report's language (the file's own names are often English)
        panel = dev.klaster.core.model.IndustryAggregation.withSectionNames(panel, report.lang(panel).code());
        // the scope is resolved before any analysis: a wrong province name stops here (exit 2)
        Scope.Scoped scoped = scope.apply(panel, findings, ScopeOptions.measure(panel, input.read.measure()),
                input.read.bridges, ScopeOptions.reader(input, report.lang == null ? "id"
                        : Lang.parse(report.lang).code(), err));
        ScopeOptions.print(scoped, err);
        HeapCheck.require(scoped.panel()); // a heap clearly too small is refused before any work (exit 4)
        ScopeContext context = scope.context(scoped);
        panel = scoped.panel();
        String focus = region == null ? null : new RegionResolver(panel.regions().list(), List.of(), "analysed region")
                .resolve(region, "--region").region().code();
        TradedLocal.Spec tl = tradedLocal.spec();
        IoTable table = null;
        if (io != null) {
            step(err, "reading input-output table " + io + " ...");
            table = readIo();
        } else if (demoKind != null) {
            table = demoKind.io(report.lang(panel).code());
        }
        table = input.read.atIndustryLevel(table);
        announceMissing(panel, table, err);
        ClusterAnalysis.Method chosen = ClusterInputs.parseEnum(ClusterAnalysis.Method.class, method, "--method", spec);
        dev.klaster.core.cluster.GivenMapping given = null;
        if (definition != null) {
            given = dev.klaster.core.cluster.GivenMapping.readDefinition(definition, report.lang(panel).code());
            chosen = ClusterAnalysis.Method.GIVEN;
        } else if (chosen == ClusterAnalysis.Method.GIVEN) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--method given needs --definition FILE");
        }
        AnalysisPipeline.Options o = AnalysisPipeline.Options.defaults().withLang(report.lang(panel))
                .withGrowthPercent(growth).withFocusRegion(focus)
                .withClusters(ClusterAnalysis.Options.defaults()
                        .withMethod(chosen).withGiven(given)
                        .withLifecycle(scope.lifecycle())
                        .withFramework(Framework.defaults(), ClusterInputs.readSurvey(survey, Framework.defaults())));
        o = new AnalysisPipeline.Options(o.lang(), analysisMeasure(panel), baseYear, endYear, o.focusRegion(),
                o.clusters(), o.growthPercent(), null, null, ioSectors == null ? null : readSectorMap(ioSectors));
        if (io != null) {
            IoSectorCheck.require(panel, table, o.ioSectors(), io, ioSectors);
        }
        if (report.boundaries != null) {
            step(err, "joining boundaries " + report.boundaries + " ...");
        }
        Boundaries.Joined joined = report.join(panel); // null without --boundaries; --boundary-codes alone refused
        if (joined != null) {
            o = o.withBoundaries(joined, report.boundaries.getFileName().toString());
        }
        AnalysisPipeline.Result result = AnalysisPipeline.run(panel, findings, table, o,
                (name, done, total) -> step(err, String.format(Locale.ROOT, "analysis [%d/%d] %s done", done, total,
                        name)), context, tl);
        if (points != null) {
            step(err, "Kd of the strong clusters' establishments in " + establishments + " ...");
            result = dev.klaster.report.EstablishmentSection.add(result, points, establishments.toString());
        }
        Path dir = set.staging();
        Path html = dir.resolve(ReportOptions.STEM + ".html");
        Path xlsx = dir.resolve(ReportOptions.STEM + ".xlsx");
        step(err, "writing " + set.finalPath(html) + " ...");
        HtmlReport.write(result.model(), html);
        step(err, "writing " + set.finalPath(xlsx) + " (" + result.tables().size() + " tables) ...");
        List<Path> sideCsv = WorkbookReport.write(result.model(),
                ColumnLabels.of(result.model().lang(), panel, result.measure()), result.tables(), xlsx,
                WorkbookReport.MAX_SHEET_ROWS);
        Path pdfPath = null;
        if (report.pdf) {
            if (PdfReport.chromium().isPresent()) {
                step(err, "printing PDF (headless Chromium) ...");
                pdfPath = dir.resolve(ReportOptions.STEM + ".pdf");
                PdfReport.write(html, pdfPath, report.paper());
            } else {
                err.println("warning: --pdf ignored: no Chromium found (install chromium or set KLASTER_CHROMIUM)");
            }
        }
        set.commit();
        html = set.finalPath(html);
        xlsx = set.finalPath(xlsx);
        sideCsv = sideCsv.stream().map(set::finalPath).toList();
        pdfPath = pdfPath == null ? null : set.finalPath(pdfPath);
        Lang lang = report.lang(panel);
        Messages words = new Messages(lang);
        scoped.statements(lang.code()).forEach(st -> wrap(out, st, "  "));
        summarize(panel, result, out, lang);
        if (findings != null && !findings.findings().isEmpty()) {
            out.println();
            wrap(out, words.format("term.findings", String.valueOf(findings.findings().size()),
                    String.valueOf(findings.count(dev.klaster.io.ingest.Severity.ERROR)),
                    String.valueOf(findings.count(dev.klaster.io.ingest.Severity.WARNING))), "  ");
        }
        ColumnLabels notes = ColumnLabels.of(lang);
        for (String s : result.notes()) {
            wrap(out, words.format("term.note", notes.note(s)), "  ");
        }
        for (String s : result.skipped()) {
            wrap(out, words.format("term.note", notes.note(s)), "  ");
        }
        java.text.NumberFormat f1 = java.text.NumberFormat.getNumberInstance(lang.locale());
        f1.setMaximumFractionDigits(1);
        f1.setMinimumFractionDigits(1);
        out.println();
        out.println(words.format("term.report", html.toAbsolutePath().toString(), f1.format(Files.size(html) / 1e6)));
        out.println(words.format("term.workbook", xlsx.toAbsolutePath().toString()));
        for (Path p : sideCsv) {
            out.println(words.format("term.sideCsv", java.text.NumberFormat.getIntegerInstance(lang.locale())
                    .format(WorkbookReport.MAX_SHEET_ROWS), p.toAbsolutePath().toString()));
        }
        if (pdfPath != null) {
            out.println(words.format("term.pdf", pdfPath.toAbsolutePath().toString()));
        }
        out.println(words.format("term.done", f1.format((System.nanoTime() - t0) / 1e9)));
        return Klaster.EXIT_OK;
    }

    private long started = System.nanoTime();

    /** What the analysis cannot do with these inputs, said before it starts (the report says it again). */
    private void announceMissing(Panel panel, IoTable table, PrintWriter err) {
        if (table == null) {
            err.println("note: no input-output table (--io FILE): connectivity, IO-based cluster links, member roles "
                    + "and the impact scenario are skipped / tanpa tabel input-output: keterkaitan, peran anggota dan "
                    + "skenario dampak dilewati");
        }
        if (panel.yearCount() < 2) {
            err.println("note: one year only: shift-share, Klassen typology, growth and life cycle are skipped / "
                    + "hanya satu tahun: shift-share, tipologi Klassen dan siklus hidup dilewati");
        }
        if (report.boundaries == null) {
            err.println("note: no --boundaries FILE.geojson: maps show proportional symbols, not regions / tanpa "
                    + "batas wilayah: peta memakai simbol proporsional");
        }
        err.flush();
    }

    private void step(PrintWriter err, String what) {
        err.printf(Locale.ROOT, "klaster: [%5.1f s] %s%n", (System.nanoTime() - started) / 1e9, what);
        err.flush();
    }

    private Measure analysisMeasure(Panel panel) {
        Measure m = input.read.measure();
        if (m != null) {
            if (panel.has(m) && !m.regionLevel()) {
                return m;
            }
        }
        return null;
    }

    private IoTable readIo() {
        if (!Files.isRegularFile(io)) {
            throw new IllegalArgumentException("--io: file not found: " + io);
        }
        switch (ioFormat.trim().toLowerCase(Locale.ROOT)) {
            case "bps":
                return BpsIoReader.read(io);
            case "eurostat":
                return EurostatIoReader.read(io);
            case "plain":
                if (ioVectors == null) {
                    throw new CommandLine.ParameterException(spec.commandLine(),
                            "--io-format plain needs --io-vectors FILE");
                }
                return PlainIoReader.read(io, ioVectors);
            default:
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--io-format: unknown value '" + ioFormat + "' (expected bps, plain or eurostat)");
        }
    }

    /** IO sector code → industry code from a CSV (rows without a target code are skipped, e.g. totals). */
    static Map<String, String> readSectorMap(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--io-sectors: file not found: " + file);
        }
        Map<String, String> map = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                String from = r.findField("column_code").orElseGet(() -> r.findField("code").orElse(null));
                String to = r.findField("kbli_section").orElseGet(() -> r.findField("industry").orElse(null));
                if (from == null || to == null) {
                    throw new InputDataException(file.toString(), r.getStartingLineNumber(), "", "",
                            "--io-sectors needs columns column_code (or code) and kbli_section (or industry)");
                }
                if (!to.isBlank()) {
                    map.put(from.trim(), to.trim());
                }
            }
        }
        return map;
    }

    /**
     * The plain truth about a cluster definition, in English and Indonesian: sector groups on 17-section data, and
     * the quality verdict (good or POOR, with the thresholds).
     */
    static void printTruth(dev.klaster.core.cluster.ClusterDefinition d, PrintWriter out) {
        out.println();
        if (d.sectionLevel()) {
            out.println("NOTE: these data have only the 17 PDRB sections: the groups below are SECTOR GROUPS, not "
                    + "industrial clusters; the leading sectors above are the analysis to use (clusters need finer "
                    + "industries, e.g. KBLI 4-digit or the 185 IO products).");
            out.println("CATATAN: data hanya 17 lapangan usaha PDRB: kelompok di bawah adalah KELOMPOK SEKTOR, bukan "
                    + "klaster industri; gunakan analisis sektor unggulan di atas.");
        }
        dev.klaster.core.cluster.DefinitionQuality.Verdict v = d.quality();
        out.println(v.statement("en"));
        out.println(v.statement("id"));
    }

    /** The truth about a cluster definition in the report's language (the clusters commands print both). */
    static void printTruth(dev.klaster.core.cluster.ClusterDefinition d, PrintWriter out, Lang lang) {
        out.println();
        if (d.sectionLevel()) {
            wrap(out, new Messages(lang).get("term.sectorGroups"), "");
        }
        wrap(out, d.quality().statement(lang.code()), "");
    }

    /** Writes {@code text} wrapped at {@value #WIDTH} characters, continuation lines indented by {@code indent}. */
    static void wrap(PrintWriter out, String text, String indent) {
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                out.println(line);
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length() || (line.length() > 0 && !line.toString().equals(indent))) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.println(line);
        }
    }

    private static final int WIDTH = 110;

    /**
     * Terminal summary in the report's language: the data, the report's executive summary (its findings, every
     * number read from the result tables), the truth about the cluster definition and the top regional clusters.
     */
    static void summarize(Panel panel, AnalysisPipeline.Result result, PrintWriter out, Lang lang) {
        Messages m = new Messages(lang);
        if (panel.synthetic()) {
            out.println(m.get("term.synthetic"));
        }
        int[] years = panel.years();
        out.println(m.format("term.data", panel.source()));
        out.println(m.format("term.size", String.valueOf(panel.regions().size()),
                String.valueOf(panel.industries().size()), String.valueOf(years[0]),
                String.valueOf(years[years.length - 1]), String.join(", ", panel.measures().stream()
                        .map(x -> x.label(lang.code())).toList())));
        ExecutiveSummary sum = result.model().summary();
        if (sum != null) {
            out.println();
            out.println(m.get("summary.title").toUpperCase(lang.locale()));
            int k = 1;
            for (ExecutiveSummary.Finding f : sum.findings()) {
                wrap(out, String.format(Locale.ROOT, "%2d. %s. %s", k++, f.title(), f.text()), "    ");
            }
        }
        ClusterReport cr = result.clusters();
        if (cr != null) {
            Table st = cr.strengthTable();
            int stars = st.columnIndex("stars");
            int lqc = st.columnIndex("lq");
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < st.rowCount(); r++) {
                rows.add(r);
            }
            rows.sort(Comparator.comparingDouble((Integer r) -> -st.number(r, stars))
                    .thenComparingDouble(r -> -(Double.isNaN(st.number(r, lqc)) ? -1 : st.number(r, lqc))));
            printTruth(cr.definition(), out, lang);
            boolean groups = cr.definition().sectionLevel();
            out.println();
            out.println(m.format("term.topClusters", m.get(groups ? "term.groups" : "term.clusters"),
                    cr.definition().method(), String.valueOf(cr.definition().clusterCount())));
            out.printf(Locale.ROOT, "%-28s %-60s %7s %8s%n", m.get("term.col.region"),
                    m.get(groups ? "term.col.group" : "term.col.cluster"), m.get("term.col.stars"), "LQ");
            java.text.NumberFormat f2 = java.text.NumberFormat.getNumberInstance(lang.locale());
            f2.setMinimumFractionDigits(2);
            f2.setMaximumFractionDigits(2);
            for (int k = 0; k < Math.min(10, rows.size()); k++) {
                int r = rows.get(k);
                String cn = st.text(r, st.columnIndex("cluster"));
                out.printf(Locale.ROOT, "%-28s %-60s %7s %8s%n", st.text(r, st.columnIndex("region_name")),
                        cn.length() <= 60 ? cn : cn.substring(0, 59) + "…", "★".repeat((int) st.number(r, stars)),
                        Double.isNaN(st.number(r, lqc)) ? "–" : f2.format(st.number(r, lqc)));
            }
        }
    }
}
