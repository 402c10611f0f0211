package dev.klaster.core.lifecycle;

/**
 * Stage of one regional cluster per year from the level and trend of its LQ and size (employment or value added).
 *
 * <p>Stages after Menzel, M.-P. &amp; Fornahl, D. (2010), "Cluster life cycles — dimensions and rationales of cluster
 * evolution", Industrial and Corporate Change 19(1), 205–238, DOI 10.1093/icc/dtp036 (emergence, growth,
 * sustainment, decline; the seeds call them embryo, growing, mature, declining). <b>The rule below is Klaster's own</b>
 * (Menzel &amp; Fornahl describe the stages qualitatively); every threshold is in {@link Thresholds}.
 *
 * <p>For year t with window w (default 3 years; shorter at the start of the series, at least 1):
 * <pre>
 *   lqTrend = (LQ_t / LQ_{t−w})^(1/w) − 1        annual relative change of LQ
 *   growth  = (E_t / E_{t−w})^(1/w) − 1          annual growth of size
 *   DECLINING  if lqTrend &lt; −lqTrendMin and growth &lt; growthMin        (losing share and shrinking)
 *   EMBRYO     else if LQ_t &lt; specialisedLq                             (not yet specialised, not declining)
 *   GROWING    else if lqTrend &gt; +lqTrendMin and growth &gt; growthMin    (specialised and gaining)
 *   MATURE     otherwise                                                  (specialised and stable)
 * </pre>
 * Defaults: specialisedLq = 1, lqTrendMin = 0.01 (1 % a year), growthMin = 0. The first year (no trend) and years
 * where LQ or size is NaN or ≤ 0 at either end have the raw stage UNDEFINED.
 *
 * <p><b>Hysteresis</b> (issue 9 §5: a stage must not flip back and forth on noise). The rule above gives the
 * <em>raw</em> stage of each year; the reported stage changes only when a different raw stage has held for
 * {@code persistence} consecutive years (default 2), and a renewal (DECLINING → EMBRYO) only when EMBRYO has held
 * for {@code renewalYears} consecutive years (default 3, a sustained change). Until then the previous stage is
 * kept; a year without a trend (UNDEFINED raw stage, e.g. a source-error row left out) keeps the previous stage
 * and interrupts a pending change. The first defined raw stage is taken as it is. {@code persistence = 1} and
 * {@code renewalYears = 1} give the raw stages (no hysteresis). A renewal is flagged in the year the stage
 * switches from DECLINING to EMBRYO.
 */
public final class Lifecycle {
    private Lifecycle() {
    }

    /** Thresholds of the rule. */
    public record Thresholds(double specialisedLq, double lqTrendMin, double growthMin, int window, int persistence,
                             int renewalYears) {
        public Thresholds {
            if (window < 1) {
                throw new IllegalArgumentException("trend window must be ≥ 1 year, got " + window);
            }
            if (!(lqTrendMin >= 0)) {
                throw new IllegalArgumentException("LQ trend threshold must be ≥ 0, got " + lqTrendMin);
            }
            if (persistence < 1 || renewalYears < 1) {
                throw new IllegalArgumentException("stage persistence and renewal years must be ≥ 1, got "
                        + persistence + " and " + renewalYears);
            }
        }

        /** Raw stages (no hysteresis): persistence 1, renewal 1. */
        public Thresholds(double specialisedLq, double lqTrendMin, double growthMin, int window) {
            this(specialisedLq, lqTrendMin, growthMin, window, 1, 1);
        }

        public static Thresholds defaults() {
            return new Thresholds(1.0, 0.01, 0.0, 3, 2, 3);
        }

        public Thresholds withHysteresis(int persistenceYears, int renewal) {
            return new Thresholds(specialisedLq, lqTrendMin, growthMin, window, persistenceYears, renewal);
        }
    }

    /** Stage history of one regional cluster: per year index the stage, LQ trend, growth and the renewal flag. */
    public record History(Stage[] stages, double[] lqTrend, double[] growth, boolean[] renewal, Stage[] raw) {
        /** Stage changes between consecutive years with a defined stage (the reported stages). */
        public int flips() {
            return Lifecycle.flips(stages);
        }

        /** Stage changes of the raw stages (without hysteresis). */
        public int rawFlips() {
            return Lifecycle.flips(raw);
        }

        /** Number of renewals (DECLINING → EMBRYO) in the history. */
        public int renewals() {
            int k = 0;
            for (boolean b : renewal) {
                k += b ? 1 : 0;
            }
            return k;
        }
    }

    /** Portfolio point for the bubble chart: x = ΔLQ, y = LQ, bubble = size. */
    public record PortfolioPoint(double lq, double deltaLq, double size) {
    }

    /** One stage from current values and trends. */
    public static Stage classify(double lq, double lqTrend, double growth, Thresholds t) {
        if (Double.isNaN(lq) || Double.isNaN(lqTrend) || Double.isNaN(growth)) {
            return Stage.UNDEFINED;
        }
        if (lqTrend < -t.lqTrendMin() && growth < t.growthMin()) {
            return Stage.DECLINING;
        }
        if (lq < t.specialisedLq()) {
            return Stage.EMBRYO;
        }
        if (lqTrend > t.lqTrendMin() && growth > t.growthMin()) {
            return Stage.GROWING;
        }
        return Stage.MATURE;
    }

    /**
     * Stage history from yearly LQ and size series of one regional cluster (same length, one value per year).
     */
    public static History history(double[] lq, double[] size, Thresholds t) {
        if (lq.length != size.length) {
            throw new IllegalArgumentException("LQ series has " + lq.length + " years, size series " + size.length);
        }
        int n = lq.length;
        Stage[] raw = new Stage[n];
        double[] trend = new double[n];
        double[] growth = new double[n];
        for (int y = 0; y < n; y++) {
            int w = Math.min(t.window(), y);
            trend[y] = w == 0 ? Double.NaN : annualRate(lq[y - w], lq[y], w);
            growth[y] = w == 0 ? Double.NaN : annualRate(size[y - w], size[y], w);
            raw[y] = classify(lq[y], trend[y], growth[y], t);
        }
        Stage[] stages = new Stage[n];
        boolean[] renewal = new boolean[n];
        hysteresis(raw, t.persistence(), t.renewalYears(), stages, renewal);
        return new History(stages, trend, growth, renewal, raw);
    }

    /**
     * Reported stages from raw stages (see the class comment): a change needs {@code persistence} consecutive years
     * of the new raw stage, a DECLINING → EMBRYO renewal {@code renewalYears}.
     */
    static void hysteresis(Stage[] raw, int persistence, int renewalYears, Stage[] out, boolean[] renewal) {
        Stage held = Stage.UNDEFINED;
        Stage pending = null;
        int run = 0;
        for (int y = 0; y < raw.length; y++) {
            Stage r = raw[y];
            if (r == Stage.UNDEFINED) {
                pending = null;
                run = 0;
            } else if (held == Stage.UNDEFINED) {
                held = r;
            } else if (r == held) {
                pending = null;
                run = 0;
            } else {
                run = r == pending ? run + 1 : 1;
                pending = r;
                boolean isRenewal = held == Stage.DECLINING && r == Stage.EMBRYO;
                if (run >= (isRenewal ? Math.max(persistence, renewalYears) : persistence)) {
                    renewal[y] = isRenewal;
                    held = r;
                    pending = null;
                    run = 0;
                }
            }
            out[y] = held;
        }
    }

    /** Changes between consecutive defined stages. */
    public static int flips(Stage[] stages) {
        int k = 0;
        Stage prev = null;
        for (Stage s : stages) {
            if (s == Stage.UNDEFINED) {
                continue;
            }
            if (prev != null && s != prev) {
                k++;
            }
            prev = s;
        }
        return k;
    }

    /** (end / start)^(1/years) − 1; NaN unless both are positive and finite. */
    public static double annualRate(double start, double end, int years) {
        if (!(start > 0) || !(end > 0) || Double.isInfinite(start) || Double.isInfinite(end)) {
            return Double.NaN;
        }
        return Math.pow(end / start, 1.0 / years) - 1;
    }

    /** Portfolio point between the first and last year of the series. */
    public static PortfolioPoint portfolio(double[] lq, double[] size) {
        int last = lq.length - 1;
        return new PortfolioPoint(lq[last], lq[last] - lq[0], size[last]);
    }
}
