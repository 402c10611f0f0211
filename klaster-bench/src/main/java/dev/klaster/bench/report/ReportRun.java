package dev.klaster.bench.report;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.report.HtmlReport;
import dev.klaster.report.Lang;
import dev.klaster.report.ReportBuilder;
import dev.klaster.report.ReportModel;
import dev.klaster.report.WorkbookReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Whole-run figures for the large report, one cold pass: model, HTML, workbook (the workbook holds the full
 * 514,000-row LQ table). Usage: {@code java -Xss8m -cp ... dev.klaster.bench.report.ReportRun [regions industries]}.
 */
public final class ReportRun {
    private ReportRun() {
    }

    public static void main(String[] args) throws Exception {
        int nR = args.length > 0 ? Integer.parseInt(args[0]) : 514;
        int nI = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Panel panel = LargePanel.generate(nR, nI, 42);
        Path dir = Files.createTempDirectory("klaster-report-run");
        long t0 = System.nanoTime();
        ReportModel model = new ReportBuilder(Lang.ID, null).panelOverview(panel)
                .addLocationQuotient(panel, Measure.EMPLOYMENT).addRegionMaps(panel, Measure.EMPLOYMENT).build();
        long t1 = System.nanoTime();
        Path html = dir.resolve("r.html");
        HtmlReport.write(model, html);
        long t2 = System.nanoTime();
        Path xlsx = dir.resolve("r.xlsx");
        WorkbookReport.write(model, xlsx);
        long t3 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%d × %d: model %.2f s, HTML %.2f s (%.2f MB), workbook %.2f s (%.2f MB)%n",
                nR, nI, (t1 - t0) / 1e9, (t2 - t1) / 1e9, Files.size(html) / 1e6, (t3 - t2) / 1e9,
                Files.size(xlsx) / 1e6);
        System.out.println("files in " + dir);
    }
}
