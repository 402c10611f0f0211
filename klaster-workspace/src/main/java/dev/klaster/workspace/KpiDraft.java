package dev.klaster.workspace;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The editable fields of a KPI. Baseline and target are each a (date, value) pair, both or neither.
 * {@code indicatorKey} is null for an entered KPI, else a lower-case key of a measured indicator.
 */
public record KpiDraft(String name, String unit, Goal goal, LocalDate baselineDate, Double baselineValue,
                       LocalDate targetDate, Double targetValue, Frequency frequency, Aggregation aggregation,
                       String indicatorKey) {
    static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_.]{0,59}");

    void validate() {
        Check.text("kpi.name", name, 500);
        Check.text("kpi.unit", unit, 100);
        Check.present("kpi.goal", goal);
        Check.present("kpi.frequency", frequency);
        Check.present("kpi.aggregation", aggregation);
        pair("kpi.baseline", baselineDate, baselineValue);
        pair("kpi.target", targetDate, targetValue);
        Check.dateOrder("kpi.targetDate", baselineDate, targetDate);
        if (indicatorKey != null && !INDICATOR.matcher(indicatorKey).matches()) {
            throw new ValidationException("error.badIndicator", "kpi.indicatorKey", indicatorKey);
        }
    }

    private static void pair(String field, LocalDate date, Double value) {
        if ((date == null) != (value == null)) {
            throw new ValidationException("error.datePair", field, date, value);
        }
        if (value != null) {
            Check.finite(field, value);
        }
    }
}
