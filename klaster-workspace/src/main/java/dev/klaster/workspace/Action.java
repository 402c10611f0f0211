package dev.klaster.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An action of the initiative's agenda: who owns it, when, its budget in whole rupiah, status, the KPIs it serves. */
public record Action(String id, String initiativeId, String title, String owner, LocalDate startDate,
                     LocalDate endDate, Long budgetRupiah, ActionStatus status, List<String> kpiIds,
                     Instant createdAt, Instant updatedAt, long version, Instant deletedAt) {
    public Action {
        kpiIds = List.copyOf(kpiIds);
    }
}
