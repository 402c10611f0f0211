package dev.klaster.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a deterministic tidy CSV {@code region,industry,year,value} (seed 2026): regions {@code R0001..}, industries
 * {@code I0001..}, years from 2011, values lognormal-ish employment with two decimals. Same arguments, same bytes.
 *
 * <p>Usage: {@code GenerateTidyCsv OUT.csv [regions=514] [industries=1000] [years=10]}.
 */
public final class GenerateTidyCsv {
    private GenerateTidyCsv() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: GenerateTidyCsv OUT.csv [regions=514] [industries=1000] [years=10]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int regions = args.length > 1 ? Integer.parseInt(args[1]) : 514;
        int industries = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int years = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        long t0 = System.nanoTime();
        long rows = write(out, regions, industries, years);
        System.out.printf("wrote %,d rows to %s in %.1f s%n", rows, out, (System.nanoTime() - t0) / 1e9);
    }

    /** Writes the file; returns the number of data rows. */
    public static long write(Path out, int regions, int industries, int years) throws IOException {
        SplittableRandom rnd = new SplittableRandom(2026);
        long rows = 0;
        StringBuilder sb = new StringBuilder(64);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("region,industry,year,value\n");
            for (int y = 0; y < years; y++) {
                for (int r = 1; r <= regions; r++) {
                    for (int i = 1; i <= industries; i++) {
                        long cents = Math.round(Math.exp(rnd.nextDouble() * 8) * 100);
                        sb.setLength(0);
                        sb.append('R').append(pad(r)).append(",I").append(pad(i)).append(',').append(2011 + y)
                                .append(',').append(cents / 100).append('.');
                        long c = cents % 100;
                        if (c < 10) {
                            sb.append('0');
                        }
                        sb.append(c).append('\n');
                        w.append(sb);
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    private static String pad(int n) {
        String s = Integer.toString(n);
        return "0000".substring(Math.min(4, s.length())) + s;
    }
}
