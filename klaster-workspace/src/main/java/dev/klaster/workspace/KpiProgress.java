package dev.klaster.workspace;

import java.time.LocalDate;

/**
 * A KPI drawn as baseline → actual → target. {@code actual} aggregates (the KPI's {@link Aggregation}) the live
 * observations of the latest observation date, across places; {@code share} = (actual − baseline) / (target −
 * baseline), the part of the way covered. NaN where undefined (no observation, no baseline or target, or target =
 * baseline).
 */
public record KpiProgress(String kpiId, Double baseline, LocalDate actualDate, double actual, int places,
                          Double target, double share) {
}
