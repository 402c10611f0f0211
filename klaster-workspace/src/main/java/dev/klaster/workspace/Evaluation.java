package dev.klaster.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A periodic review of an initiative's KPIs: review date, the period covered, a verdict per KPI, an overall verdict
 * and summary, and the dates between which the verdict stands; {@code reviewerId} is the user who saved it.
 */
public record Evaluation(String id, String initiativeId, LocalDate reviewedOn, LocalDate periodFrom,
                         LocalDate periodTo, List<KpiVerdict> kpis, Verdict overall, String summary,
                         LocalDate validFrom, LocalDate validUntil, String reviewerId, Instant createdAt,
                         Instant updatedAt, long version, Instant deletedAt) {
    public Evaluation {
        kpis = List.copyOf(kpis);
    }
}
