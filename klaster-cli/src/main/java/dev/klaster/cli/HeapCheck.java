package dev.klaster.cli;

import dev.klaster.core.model.Panel;

import java.util.Locale;

/**
 * Before the analysis: is the Java heap large enough for the panel? The analysis keeps a few dense copies of the
 * region × industry × year arrays (measures, shift-share components, cluster tables, report tables), so its heap
 * grows with the number of panel cells. Measured with {@code klaster analyze} on generated tidy panels (one measure,
 * 8 years, 514 regions; see docs/ingestion.md "Memory"): 1.0 M cells failed at {@code -Xmx128m} and ran at 256m;
 * 2.0 M cells failed at 384m and ran at 512m. So the need is about {@value #BYTES_PER_CELL} B per cell plus
 * {@value #BASE_MB} MB; a run whose heap is below that estimate is refused before any work, with the figure to
 * give. The estimate is a floor, not a promise: a run above it can still run out, and is then stopped with the same
 * advice ({@link Klaster#outOfMemory()}).
 */
final class HeapCheck {
    static final int BYTES_PER_CELL = 190;
    static final int BASE_MB = 32;

    /** Thrown when the heap is clearly too small; exit code 4 with the message. */
    static final class TooSmall extends RuntimeException {
        TooSmall(String message) {
            super(message);
        }
    }

    private HeapCheck() {
    }

    /** Panel cells: regions × industries × years × measures. */
    static long cells(Panel p) {
        return (long) p.regions().size() * p.industries().size() * p.yearCount() * Math.max(1, p.measures().size());
    }

    /** Estimated heap in bytes for an analysis of {@code cells} panel cells. */
    static long need(long cells) {
        return cells * BYTES_PER_CELL + ((long) BASE_MB << 20);
    }

    static void require(Panel p) {
        require(p, Runtime.getRuntime().maxMemory());
    }

    static void require(Panel p, long maxHeap) {
        long cells = cells(p);
        long need = need(cells);
        if (need > maxHeap) {
            long gb = Math.max(1, (long) Math.ceil(need * 1.5 / (1L << 30)));
            throw new TooSmall(String.format(Locale.ROOT, "error (out of memory): the analysis of %,d regions × %,d"
                            + " industries × %d years × %d measure(s) (%,d cells) needs about %,d MB of Java heap, but"
                            + " this one has %,d MB; give more, e.g. KLASTER_JAVA_OPTS=-Xmx%dg ./klaster ... (nothing"
                            + " was computed or written) / memori Java tidak cukup: beri lebih, mis. -Xmx%dg",
                    p.regions().size(), p.industries().size(), p.yearCount(), Math.max(1, p.measures().size()), cells,
                    need >> 20, maxHeap >> 20, gb, gb));
        }
    }
}
