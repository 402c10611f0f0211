package dev.klaster.workspace;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Where a KPI bound to a measured indicator gets its baseline when its initiative moves into the diagnosis stage
 * (the diagnosis stage's measured indicators are the baseline): the shell that knows the analysed datasets answers
 * the indicator's value for the initiative, dated at the end of the dataset's last year, or nothing when it is not
 * available (no such dataset, analysis still running, the cluster not found in the initiative's regions).
 */
@FunctionalInterface
public interface MeasuredBaseline {
    /** A baseline: the measured value and the date it stands for. */
    record Value(LocalDate date, double value) {
    }

    /** The measured baseline of the bound KPI {@code kpi} of {@code initiative}, if there is one. */
    Optional<Value> of(Initiative initiative, Kpi kpi);
}
