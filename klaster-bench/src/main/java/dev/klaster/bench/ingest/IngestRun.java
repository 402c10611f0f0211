package dev.klaster.bench.ingest;

import dev.klaster.core.model.Measure;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Whole-process ingestion run: ingests the given files once (plus optional warm-up runs) and prints wall time,
 * the panel's shape and the peak heap over all heap pools. Run it in a fresh JVM with {@code -Xmx1g}.
 *
 * <p>Usage: {@code IngestRun FILE... [--warmup N]}.
 */
public final class IngestRun {
    private IngestRun() {
    }

    public static void main(String[] args) {
        int warmup = 0;
        java.util.List<Path> files = new java.util.ArrayList<>();
        for (int k = 0; k < args.length; k++) {
            if (args[k].equals("--warmup")) {
                warmup = Integer.parseInt(args[++k]);
            } else {
                files.add(Path.of(args[k]));
            }
        }
        if (files.isEmpty()) {
            System.err.println("usage: IngestRun FILE... [--warmup N]");
            System.exit(2);
        }
        IngestRequest req = new IngestRequest(files, null, null, null, null, null, null, IngestRequest.DEFAULT_TOLERANCE);
        for (int w = 0; w < warmup; w++) {
            Ingest.run(req);
        }
        long t0 = System.nanoTime();
        Ingested in = Ingest.run(req);
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long cells = 0;
        for (Measure m : in.panel().measures()) {
            cells += (long) in.panel().yearCount() * in.panel().regions().size() * in.panel().industries().size();
        }
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3;
        System.out.printf("ingest: %.2f s wall (JVM uptime %.2f s), %d regions × %d industries × %d years = %,d cells, "
                        + "%d findings; peak heap %.0f MB of max %.0f MB; %d CPUs%n", secs, uptime,
                in.panel().regions().size(), in.panel().industries().size(), in.panel().yearCount(), cells,
                in.report().findings().size(), peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6,
                Runtime.getRuntime().availableProcessors());
    }
}
