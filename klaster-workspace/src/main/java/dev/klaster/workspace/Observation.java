package dev.klaster.workspace;

import java.time.Instant;
import java.time.LocalDate;

/** One observed value of a KPI on a date, for a region (null = the whole initiative area), with its source. */
public record Observation(String id, String initiativeId, String kpiId, LocalDate date, double value, String source,
                          String regionCode, Instant createdAt, Instant updatedAt, long version, Instant deletedAt) {
}
