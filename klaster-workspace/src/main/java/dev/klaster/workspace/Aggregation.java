package dev.klaster.workspace;

/**
 * How a KPI's observations combine across places (and periods): SUM, arithmetic MEAN, MAX, or LAST (the value of
 * the latest observation).
 */
public enum Aggregation {
    SUM, MEAN, MAX, LAST;

    /**
     * Combines {@code values}, given in time order (LAST takes the final one).
     *
     * @return the aggregate; NaN for an empty array (nothing observed), never 0
     */
    public double apply(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        switch (this) {
            case SUM: {
                double s = 0;
                for (double v : values) {
                    s += v;
                }
                return s;
            }
            case MEAN: {
                double s = 0;
                for (double v : values) {
                    s += v;
                }
                return s / values.length;
            }
            case MAX: {
                double m = Double.NEGATIVE_INFINITY;
                for (double v : values) {
                    m = Math.max(m, v);
                }
                return m;
            }
            default:
                return values[values.length - 1];
        }
    }
}
