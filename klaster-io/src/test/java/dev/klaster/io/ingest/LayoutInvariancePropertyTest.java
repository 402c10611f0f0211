package dev.klaster.io.ingest;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Invariants of ingestion (seeded jqwik properties): the same cells written as tidy rows in any order, or as a wide
 * table with one column per year, give the same panel; missing cells stay NaN.
 */
class LayoutInvariancePropertyTest {

    @Property(tries = 25, seed = "20261123")
    void tidyInAnyOrderAndWideByYearGiveTheSamePanel(@ForAll @IntRange(min = 1, max = 6) int nR,
                                                    @ForAll @IntRange(min = 1, max = 5) int nI,
                                                    @ForAll @IntRange(min = 1, max = 4) int nY,
                                                    @ForAll long seed) throws IOException {
        Random rnd = new Random(seed);
        double[][][] v = new double[nY][nR][nI];
        List<String> tidy = new ArrayList<>();
        StringBuilder wide = new StringBuilder("region,industry");
        for (int y = 0; y < nY; y++) {
            wide.append(',').append(2000 + y);
        }
        wide.append('\n');
        for (int r = 0; r < nR; r++) {
            for (int i = 0; i < nI; i++) {
                wide.append("R").append(r).append(",I").append(i);
                for (int y = 0; y < nY; y++) {
                    boolean missing = rnd.nextInt(5) == 0 && (y + r + i) > 0; // at least one value
                    v[y][r][i] = missing ? Double.NaN : Math.round(rnd.nextDouble() * 1e6) / 100.0;
                    String text = missing ? "" : Double.toString(v[y][r][i]);
                    tidy.add("R" + r + ",I" + i + "," + (2000 + y) + "," + text);
                    wide.append(',').append(text);
                }
                wide.append('\n');
            }
        }
        Collections.shuffle(tidy, rnd);
        Path dir = Files.createTempDirectory("klaster-prop");
        try {
            Path t = dir.resolve("t.csv");
            Files.writeString(t, "region,industry,year,value\n" + String.join("\n", tidy) + "\n");
            Path w = dir.resolve("w.csv");
            Files.writeString(w, wide.toString());
            Panel pt = Ingest.run(IngestRequest.of(t)).panel();
            Panel pw = Ingest.run(IngestRequest.of(w).withMeasure(Measure.EMPLOYMENT)).panel();
            for (Panel p : List.of(pt, pw)) {
                for (int y = 0; y < nY; y++) {
                    for (int r = 0; r < nR; r++) {
                        for (int i = 0; i < nI; i++) {
                            double got = p.get(Measure.EMPLOYMENT, p.yearIndex(2000 + y),
                                    p.regions().indexOf("R" + r), p.industries().indexOf("I" + i));
                            if (Double.compare(got, v[y][r][i]) != 0) {
                                throw new AssertionError("cell R" + r + " I" + i + " " + (2000 + y) + ": expected "
                                        + v[y][r][i] + ", got " + got);
                            }
                        }
                    }
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }
}
