package dev.klaster.io.scope;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.io.ingest.Finding;
import dev.klaster.io.ingest.Severity;
import dev.klaster.io.ingest.ValidationReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rows that validation marks as source errors, and what an analysis does with them ({@code --on-error}).
 *
 * <p>A <b>source error</b> is a region-year row whose sectors do not add up to the TOTAL published in the same row
 * (the {@code sum-to-total} rule at ERROR severity, e.g. BPS Bojonegoro 2014, where mining is 46× the row's TOTAL).
 * Such a row cannot be trusted in any sector, so the policy applies to the whole row of the analysed measure:
 * <ul>
 *   <li>{@link OnError#EXCLUDE} (default): the row's cells are treated as missing (NaN) in the analysis — trends,
 *   growth, LQ and shift-share of that year skip it, as for any missing cell; the data file is not changed and
 *   every excluded row is listed in the report;</li>
 *   <li>{@link OnError#KEEP}: the numbers are used as published, and the report says so;</li>
 *   <li>{@link OnError#FAIL}: the analysis stops (bad data, exit code 1) naming file, line and row.</li>
 * </ul>
 */
public final class SourceErrors {
    private SourceErrors() {
    }

    /** The policy of {@code --on-error}. */
    public enum OnError {
        EXCLUDE, KEEP, FAIL;

        /** Parses exclude|keep|fail (case-insensitive); anything else is a usage error. */
        public static OnError parse(String text) {
            if (text == null) {
                return EXCLUDE;
            }
            try {
                return valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--on-error: unknown value '" + text
                        + "' (expected exclude, keep or fail)");
            }
        }
    }

    /** One source-error row. */
    public record Row(String region, int year, String file, long line, String message) {
    }

    /** The source-error rows of the measure among the panel's regions. */
    public static List<Row> rows(Panel panel, ValidationReport findings, Measure m) {
        List<Row> out = new ArrayList<>();
        if (findings == null) {
            return out;
        }
        for (Finding f : findings.findings()) {
            if (f.severity() == Severity.ERROR && "sum-to-total".equals(f.rule()) && f.measure().equals(m.id())
                    && panel.regions().contains(f.region()) && f.year() != 0) {
                out.add(new Row(f.region(), f.year(), f.file(), f.line(), f.message()));
            }
        }
        return out;
    }

    /**
     * Applies the policy: the panel with the rows' cells of {@code m} missing (EXCLUDE), the panel as it is (KEEP),
     * or an {@link InputDataException} (FAIL, when there is any row).
     */
    public static Panel apply(Panel panel, List<Row> rows, Measure m, OnError policy) {
        if (rows.isEmpty() || policy == OnError.KEEP) {
            return panel;
        }
        if (policy == OnError.FAIL) {
            Row r = rows.get(0);
            throw new InputDataException(r.file(), r.line(), "", r.region() + " " + r.year(), rows.size()
                    + " source-error row(s) and --on-error fail: " + r.message()
                    + (rows.size() > 1 ? " (and " + (rows.size() - 1) + " more)" : ""));
        }
        Panel.Builder b = Panel.builder(panel.regions(), panel.industries(), panel.years())
                .source(panel.source()).synthetic(panel.synthetic());
        int nR = panel.regions().size();
        int nI = panel.industries().size();
        for (Measure x : panel.measures()) {
            b.unit(x, panel.unit(x));
            for (int y = 0; y < panel.yearCount(); y++) {
                if (x.regionLevel()) {
                    double[] s = panel.regionSeries(x, y);
                    for (int r = 0; r < nR; r++) {
                        b.setRegion(x, y, r, s[r]);
                    }
                    continue;
                }
                for (int r = 0; r < nR; r++) {
                    for (int i = 0; i < nI; i++) {
                        b.set(x, y, r, i, panel.get(x, y, r, i));
                    }
                }
            }
        }
        for (Row row : rows) {
            int r = panel.regions().indexOf(row.region());
            int y = panel.yearIndex(row.year());
            for (int i = 0; i < nI; i++) {
                b.set(m, y, r, i, Double.NaN);
            }
        }
        return b.build();
    }
}
