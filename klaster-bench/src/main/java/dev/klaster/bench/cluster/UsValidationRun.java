package dev.klaster.bench.cluster;

import dev.klaster.io.us.UsValidation;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Whole-process run of the US validation (docs/us-validation.md): reads CBP 2019 (933 CBSAs × 961 NAICS), the CMP
 * crosswalk and relatedness and the BEA 2017 tables from the shared data root (argument, default
 * {@code ../shared/data}), runs {@link UsValidation#run} and prints the wall time of the whole process and the figures.
 * Target: under 10 s on 2 cores. {@code klaster-bench/run usval}.
 */
public final class UsValidationRun {
    private UsValidationRun() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/data");
        UsValidation.Figures f = UsValidation.run(root);
        System.out.println(f);
        System.out.printf(Locale.ROOT, "US validation (933 x 961): %.2f s inside run(), %.2f s since main()%n",
                f.seconds(), (System.nanoTime() - t0) / 1e9);
    }
}
