package dev.klaster.bench.report;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.report.HtmlReport;
import dev.klaster.report.Lang;
import dev.klaster.report.ReportBuilder;
import dev.klaster.report.ReportModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Report for 514 regencies × 1,000 industries: build the model from the panel (overview, LQ of all 514,000
 * cells, leading sectors, maps by province, growth by region) and write the HTML. Target: &lt; 10 s and &lt; 15 MB.
 * The size is printed at tear-down. Run:
 * {@code java -Xss8m -cp "klaster-bench/target/classes:klaster-bench/target/lib/*" org.openjdk.jmh.Main ReportBenchmark -f 1 -wi 1 -i 3}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {
    @Param({"514"})
    int regions;
    @Param({"1000"})
    int industries;

    Panel panel;
    Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        panel = LargePanel.generate(regions, industries, 42);
        out = Files.createTempDirectory("klaster-bench-report").resolve("report.html");
    }

    @Benchmark
    public long buildAndWriteHtml() throws IOException {
        ReportModel model = new ReportBuilder(Lang.ID, null).panelOverview(panel)
                .addLocationQuotient(panel, Measure.EMPLOYMENT).addRegionMaps(panel, Measure.EMPLOYMENT).build();
        HtmlReport.write(model, out);
        return Files.size(out);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        System.out.printf("%nreport HTML for %d regions × %d industries: %.2f MB%n", regions, industries,
                Files.size(out) / 1e6);
        Files.deleteIfExists(out);
        Files.deleteIfExists(out.getParent());
    }
}
