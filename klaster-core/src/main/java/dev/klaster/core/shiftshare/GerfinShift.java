package dev.klaster.core.shiftshare;

/**
 * Gerfin (1964) multiplicative shift-share for a region (totals only); see {@link ShiftShare#gerfin}.
 * {@code regionalFactor = structuralFactor × locationFactor}.
 *
 * @param regionalFactor   {@code (E1/E0) / (N1/N0)} (Regionalfaktor)
 * @param structuralFactor {@code [Σ e0[i]·n1[i]/n0[i] / E0] / (N1/N0)} (Strukturfaktor)
 * @param locationFactor   {@code E1 / Σ e0[i]·n1[i]/n0[i]} (Standortfaktor)
 */
public record GerfinShift(double regionalFactor, double structuralFactor, double locationFactor) {
}
