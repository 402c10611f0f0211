package dev.klaster.workspace;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The editable fields of an evaluation; all dates required, a KPI at most once, notes and summary bounded. */
public record EvaluationDraft(LocalDate reviewedOn, LocalDate periodFrom, LocalDate periodTo, List<KpiVerdict> kpis,
                              Verdict overall, String summary, LocalDate validFrom, LocalDate validUntil) {
    public EvaluationDraft {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }

    void validate() {
        Check.present("evaluation.reviewedOn", reviewedOn);
        Check.present("evaluation.periodFrom", periodFrom);
        Check.present("evaluation.periodTo", periodTo);
        Check.dateOrder("evaluation.periodTo", periodFrom, periodTo);
        Check.present("evaluation.overall", overall);
        Check.text("evaluation.summary", summary, 10_000);
        Check.present("evaluation.validFrom", validFrom);
        Check.present("evaluation.validUntil", validUntil);
        Check.dateOrder("evaluation.validUntil", validFrom, validUntil);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < kpis.size(); i++) {
            KpiVerdict k = kpis.get(i);
            String field = "evaluation.kpis[" + i + "]";
            Check.present(field, k);
            Check.present(field + ".kpiId", k.kpiId());
            Check.present(field + ".verdict", k.verdict());
            Check.optionalText(field + ".note", k.note(), 2000);
            if (!seen.add(k.kpiId())) {
                throw new ValidationException("error.duplicate", "evaluation.kpis", k.kpiId());
            }
        }
    }
}
