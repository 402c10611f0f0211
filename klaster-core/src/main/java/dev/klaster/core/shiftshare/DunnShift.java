package dev.klaster.core.shiftshare;

/**
 * Classic (Dunn 1960) shift-share components per industry; see {@link ShiftShare#dunn}. Arrays are indexed by
 * industry and owned by the record (do not modify). {@code change = nationalShare + industryMix + regionalShift}.
 */
public record DunnShift(double[] change, double[] nationalShare, double[] industryMix, double[] regionalShift) {
    /** Actual change of the region, {@code Σ (e1 − e0)}. */
    public double totalChange() {
        return sum(change);
    }

    public double totalNationalShare() {
        return sum(nationalShare);
    }

    public double totalIndustryMix() {
        return sum(industryMix);
    }

    public double totalRegionalShift() {
        return sum(regionalShift);
    }

    /** Net total shift {@code IM + RS}. */
    public double totalNetShift() {
        return totalIndustryMix() + totalRegionalShift();
    }

    /** Net shift of one industry {@code IM[i] + RS[i]}. */
    public double netShift(int i) {
        return industryMix[i] + regionalShift[i];
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
