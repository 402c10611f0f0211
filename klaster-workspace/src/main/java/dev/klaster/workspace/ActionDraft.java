package dev.klaster.workspace;

import java.time.LocalDate;
import java.util.List;

/** The editable fields of an action; dates and budget optional, budget in whole rupiah (≥ 0). */
public record ActionDraft(String title, String owner, LocalDate startDate, LocalDate endDate, Long budgetRupiah,
                          ActionStatus status, List<String> kpiIds) {
    public ActionDraft {
        kpiIds = kpiIds == null ? List.of() : List.copyOf(kpiIds);
    }

    void validate() {
        Check.text("action.title", title, 500);
        Check.text("action.owner", owner, 500);
        Check.present("action.status", status);
        Check.dateOrder("action.endDate", startDate, endDate);
        if (budgetRupiah != null && budgetRupiah < 0) {
            throw new ValidationException("error.range", "action.budgetRupiah", budgetRupiah, 0, Long.MAX_VALUE);
        }
        if (kpiIds.stream().distinct().count() != kpiIds.size()) {
            throw new ValidationException("error.duplicate", "action.kpiIds", String.join(",", kpiIds));
        }
    }
}
