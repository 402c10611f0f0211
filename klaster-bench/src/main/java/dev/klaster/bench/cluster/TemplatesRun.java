package dev.klaster.bench.cluster;

import dev.klaster.core.cluster.IoTemplates;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.io.iotable.BpsIoReader;
import dev.klaster.io.iotable.ProductConcordance;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whole-process run of the IO cluster templates (issue 9 target: under 1 s for the BPS 185-product table): reads the
 * table, builds the templates (coefficients, profile correlations, Leiden, names), prints the reading and building
 * times separately and the JVM uptime. Run in a fresh JVM.
 *
 * <p>Usage: {@code TemplatesRun TABLE.csv [--repeat N]} (N builds after the first, reported as the mean).
 */
public final class TemplatesRun {
    private TemplatesRun() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: TemplatesRun TABLE.csv [--repeat N]");
            System.exit(2);
        }
        int repeat = args.length >= 3 && args[1].equals("--repeat") ? Integer.parseInt(args[2]) : 0;
        long t0 = System.nanoTime();
        IoTable t = BpsIoReader.read(Path.of(args[0]));
        long t1 = System.nanoTime();
        String[] codes = t.codes().toArray(String[]::new);
        Map<String, String> sec = ProductConcordance.bps185();
        String[] sections = t.codes().stream().map(sec::get).toArray(String[]::new);
        String[] labels = t.names().toArray(String[]::new);
        IoTemplates.Result r = IoTemplates.build(codes, labels, sections, t.z(), t.output(),
                IoTemplates.Options.defaults());
        long t2 = System.nanoTime();
        double mean = Double.NaN;
        if (repeat > 0) {
            long a = System.nanoTime();
            for (int k = 0; k < repeat; k++) {
                IoTemplates.build(codes, labels, sections, t.z(), t.output(), IoTemplates.Options.defaults());
            }
            mean = (System.nanoTime() - a) / 1e9 / repeat;
        }
        System.out.printf("templates: %d products → %d templates; read %.3f s, first build %.3f s (cold), "
                        + "mean of %d warm builds %.3f s; JVM uptime %.2f s; %d CPUs%n", codes.length,
                r.templates().size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, repeat, mean,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, Runtime.getRuntime().availableProcessors());
    }
}
