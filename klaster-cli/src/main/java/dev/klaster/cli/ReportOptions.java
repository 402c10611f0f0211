package dev.klaster.cli;

import dev.klaster.core.model.Panel;
import dev.klaster.io.export.OutputSet;
import dev.klaster.report.Boundaries;
import dev.klaster.report.HtmlReport;
import dev.klaster.report.Lang;
import dev.klaster.report.PdfReport;
import dev.klaster.report.ReportBuilder;
import dev.klaster.report.ReportModel;
import dev.klaster.report.WorkbookReport;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Report options shared by {@code analyze} and {@code report} (a picocli mixin): where the report goes, its
 * language, an optional boundary file for choropleth maps, and an optional PDF.
 */
public final class ReportOptions {
    /** File stem of the report files in the report folder. */
    public static final String STEM = "klaster-report";

    @Option(names = "--report", paramLabel = "DIR", defaultValue = "klaster-out",
            description = {"Folder for the report (HTML, XLSX, PDF) (default: ${DEFAULT-VALUE}).",
                    "Folder laporan."})
    Path reportDir;

    @Option(names = "--lang", paramLabel = "id|en",
            description = {"Report language: id (Bahasa Indonesia) or en; default: id for Indonesian data, else en.",
                    "Bahasa laporan: id atau en."})
    String lang;

    @Option(names = "--boundaries", paramLabel = "FILE.geojson",
            description = {"GeoJSON (or TopoJSON) boundary file for choropleth maps (regions joined by name or unique "
                    + "code); "
                    + "without it the report draws proportional symbols at the provincial capitals.",
                    "Berkas batas wilayah GeoJSON (atau TopoJSON) untuk peta koroplet."})
    Path boundaries;

    @Option(names = "--boundary-codes", paramLabel = "FILE.csv",
            description = {"Optional code table for --boundaries: first column a feature property value (e.g. "
                    + "region_id), and a bps_code (or code) column; joins every polygon by code (e.g. "
                    + "idn-boundaries-kabkota-2020/adm2_bps_codes.csv). Without it polygons join by a unique code "
                    + "property (11.07 = 1107), then by unambiguous names.",
                    "Tabel kode untuk --boundaries (kolom pertama: nilai properti fitur; kolom bps_code)."})
    Path boundaryCodes;

    @Option(names = "--pdf", description = {"Also print the report to PDF with headless Chromium (if installed).",
            "Cetak juga laporan ke PDF."})
    boolean pdf;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = {"Paper of the PDF: a4, f4 (215 x 330 mm) or letter (default: ${DEFAULT-VALUE}).",
                    "Ukuran kertas PDF: a4, f4 (215 x 330 mm) atau letter."})
    String paper;

    /** The paper of --paper (a bad value is a usage error naming it). */
    dev.klaster.report.PdfReport.Paper paper() {
        return dev.klaster.report.PdfReport.Paper.parse(paper);
    }

    /** The report language: the option, else Indonesian for Indonesian data. */
    public Lang lang(Panel panel) {
        return lang == null ? ReportBuilder.defaultLang(panel) : Lang.parse(lang);
    }

    /** Joins the boundary file (if given) to the panel's regions and hands it to the builder. */
    public void applyBoundaries(ReportBuilder builder, Panel panel) throws IOException {
        Boundaries.Joined joined = join(panel);
        if (joined != null) {
            builder.boundaries(joined, boundaries.getFileName().toString());
        }
    }

    /** The boundary file joined to the analysed regions (null without --boundaries); a missing file is a usage error. */
    public Boundaries.Joined join(Panel panel) throws IOException {
        if (boundaries == null) {
            if (boundaryCodes != null) {
                throw new IllegalArgumentException("--boundary-codes needs --boundaries FILE.geojson");
            }
            return null;
        }
        if (!Files.isRegularFile(boundaries)) {
            throw new IllegalArgumentException("--boundaries: file not found: " + boundaries);
        }
        if (boundaryCodes != null && !Files.isRegularFile(boundaryCodes)) {
            throw new IllegalArgumentException("--boundary-codes: file not found: " + boundaryCodes);
        }
        return Boundaries.read(boundaries, ReportBuilder.mapRegions(panel), boundaryCodes);
    }

    /** Folder of the report. */
    public Path dir() {
        return reportDir;
    }

    /**
     * Writes the HTML, the workbook and (if asked) the PDF as one set into {@code dir} ({@link OutputSet}: staged
     * beside it, locked, moved into place when all succeeded), printing progress and the paths.
     */
    public static Path write(ReportModel model, Path dir, boolean pdf, PrintWriter out) throws IOException {
        try (OutputSet set = OutputSet.open(dir, STEM, "klaster report")) {
            return write(model, set, pdf, out);
        }
    }

    /** As {@link #write(ReportModel, Path, boolean, PrintWriter)} into an open set (locked before computing). */
    public static Path write(ReportModel model, OutputSet set, boolean pdf, PrintWriter out) throws IOException {
        Path html = set.file(STEM + ".html");
        Path xlsx = set.file(STEM + ".xlsx");
        long t0 = System.nanoTime();
        out.printf(Locale.ROOT, "report [1/%d] HTML ...%n", pdf ? 3 : 2);
        out.flush();
        HtmlReport.write(model, html);
        out.printf(Locale.ROOT, "report [2/%d] workbook ...%n", pdf ? 3 : 2);
        out.flush();
        WorkbookReport.write(model, xlsx);
        Path p = null;
        if (pdf) {
            out.println("report [3/3] PDF (headless Chromium) ...");
            out.flush();
            if (PdfReport.chromium().isPresent()) {
                p = set.file(STEM + ".pdf");
                PdfReport.write(html, p);
            } else {
                out.println("warning: --pdf ignored: no Chromium found (install chromium or set KLASTER_CHROMIUM)");
            }
        }
        set.commit();
        html = set.finalPath(html);
        xlsx = set.finalPath(xlsx);
        if (p != null) {
            out.println("PDF:      " + set.finalPath(p).toAbsolutePath());
        }
        out.printf(Locale.ROOT, "Report:   %s (%.1f MB)%nWorkbook: %s%nDone in %.1f s.%n", html.toAbsolutePath(),
                Files.size(html) / 1e6, xlsx.toAbsolutePath(), (System.nanoTime() - t0) / 1e9);
        if (!model.warnings().isEmpty()) {
            out.println(model.warnings().size() + " validation warning(s); see the report's overview.");
        }
        return html;
    }
}
