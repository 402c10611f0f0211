package dev.klaster.workspace;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The verdict proposed for one KPI from its progress, which the programme manager confirms or changes.
 *
 * <p>The rule compares {@code share}, the part of the way from baseline to target covered by the latest actual
 * ({@link KpiProgress#share()}), with {@code timeShare}, the part of the time from baseline date to target date
 * that had elapsed on the date of that actual, t = days(baselineDate → actualDate) / days(baselineDate →
 * targetDate), clamped to [0, 1]. Both shares refer to the same moment, the date of the latest observation.
 * <ol>
 *   <li>NOT_MEASURED when share is undefined (no observation, no baseline or target value, target = baseline), or
 *       the KPI has no baseline date or target date, or its target date is not after its baseline date;</li>
 *   <li>ACHIEVED when share ≥ 1;</li>
 *   <li>OFF_TRACK when the target date has been reached (t = 1) and share &lt; 1;</li>
 *   <li>ON_TRACK when share ≥ t (at least as far along the way as along the time);</li>
 *   <li>AT_RISK when share ≥ {@value #AT_RISK_RATIO} · t (behind, but by less than a quarter of the expected pace);</li>
 *   <li>OFF_TRACK otherwise (including a move away from the target, share &lt; 0).</li>
 * </ol>
 * {@code timeShare} is NaN when the dates do not allow it.
 */
public record ProposedVerdict(String kpiId, double share, double timeShare, LocalDate actualDate, Verdict verdict) {
    /** Below this fraction of the expected pace a KPI is OFF_TRACK rather than AT_RISK. */
    public static final double AT_RISK_RATIO = 0.75;

    /** Applies the rule of this class to a KPI and its progress (observations up to the date of the review). */
    public static ProposedVerdict of(Kpi k, KpiProgress p) {
        double s = p.share();
        double t = Double.NaN;
        LocalDate b = k.baselineDate();
        LocalDate e = k.targetDate();
        if (b != null && e != null && e.isAfter(b) && p.actualDate() != null) {
            double elapsed = ChronoUnit.DAYS.between(b, p.actualDate());
            t = Math.max(0, Math.min(1, elapsed / ChronoUnit.DAYS.between(b, e)));
        }
        Verdict v;
        if (Double.isNaN(s) || Double.isNaN(t)) {
            v = Verdict.NOT_MEASURED;
        } else if (s >= 1) {
            v = Verdict.ACHIEVED;
        } else if (t >= 1) {
            v = Verdict.OFF_TRACK;
        } else if (s >= t) {
            v = Verdict.ON_TRACK;
        } else if (s >= AT_RISK_RATIO * t) {
            v = Verdict.AT_RISK;
        } else {
            v = Verdict.OFF_TRACK;
        }
        return new ProposedVerdict(k.id(), s, t, p.actualDate(), v);
    }
}
