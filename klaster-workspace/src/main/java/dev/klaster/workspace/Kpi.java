package dev.klaster.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A key performance indicator of an initiative, grouped under a {@link Goal}: unit, baseline and target (date,
 * value), observation frequency, how observations aggregate, and optionally the key of the measured indicator it
 * is bound to (e.g. {@code employment}, {@code value_added}, {@code lq}, {@code stage}, {@code rosenfeld}).
 */
public record Kpi(String id, String initiativeId, String name, String unit, Goal goal, LocalDate baselineDate,
                  Double baselineValue, LocalDate targetDate, Double targetValue, Frequency frequency,
                  Aggregation aggregation, String indicatorKey, Instant createdAt, Instant updatedAt, long version,
                  Instant deletedAt) {
}
