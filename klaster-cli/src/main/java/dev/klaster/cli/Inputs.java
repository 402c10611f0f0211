package dev.klaster.cli;

import dev.klaster.core.model.Panel;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.ingest.Severity;

import java.io.PrintWriter;
import java.util.Locale;

/** Glue shared by the analysis commands that read user files (measure, clusters). */
final class Inputs {
    /** Findings printed before an analysis; all of them with {@code klaster validate FILE --out findings.csv}. */
    static final int FINDINGS_SHOWN = 5;

    private Inputs() {
    }

    /**
     * The ingested panel, after printing its validation summary and the most severe findings to {@code err}.
     * Findings (e.g. sectors not adding up to the reported TOTAL, which happens in BPS regency data) are reported,
     * never fixed; the analysis runs on the numbers as given.
     */
    static Panel panel(Ingested in, PrintWriter err) {
        long errors = in.report().count(Severity.ERROR);
        long warnings = in.report().count(Severity.WARNING);
        if (errors + warnings > 0) {
            err.printf(Locale.ROOT, "warning: the data has %d validation error(s) and %d warning(s); they are reported,"
                    + " not fixed (all of them: klaster validate FILE --out findings.csv)%n", errors, warnings);
            ValidateCommand.printFindings(in.report(), err, FINDINGS_SHOWN);
        }
        err.flush();
        return in.panel();
    }
}
