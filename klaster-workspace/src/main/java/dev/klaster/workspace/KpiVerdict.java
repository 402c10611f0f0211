package dev.klaster.workspace;

/** The verdict of an evaluation on one KPI, with an optional note. */
public record KpiVerdict(String kpiId, Verdict verdict, String note) {
}
