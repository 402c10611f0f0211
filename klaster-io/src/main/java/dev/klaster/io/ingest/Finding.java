package dev.klaster.io.ingest;

import java.util.Objects;

/**
 * One validation finding. {@code line} is 1-based counting the header (0 = not tied to one line), {@code year} 0
 * when not tied to a year; {@code value}, {@code reference} and {@code ratio} are NaN when not applicable.
 *
 * @param rule short rule id: {@code sum-to-total}, {@code hierarchy}, {@code unit}, {@code unknown-column}
 */
public record Finding(Severity severity, String rule, String file, long line, String region, String industry,
                      int year, String measure, double value, double reference, double ratio, String message) {
    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
        region = region == null ? "" : region;
        industry = industry == null ? "" : industry;
        measure = measure == null ? "" : measure;
    }
}
