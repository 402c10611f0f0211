package dev.klaster.core.inputoutput;

/**
 * One family of multipliers per sector (arrays aligned with the table's sector codes), for a coefficient vector
 * {@code c} (effect per unit of output: 1 for output, w/x for income, v/x for value added, e/x for employment).
 *
 * <ul>
 *   <li>{@code direct[j] = c_j}: the initial effect of one unit of final demand for sector j.</li>
 *   <li>{@code typeI[j] = Σ_i c_i L_ij}: simple Type I multiplier (open model), Miller &amp; Blair 2009 §6.2.</li>
 *   <li>{@code indirect[j] = typeI[j] − direct[j]}: effects through the supply chain.</li>
 *   <li>{@code typeII[j] = Σ_{i≤n} c_i L̄_ij}: simple Type II multiplier with households endogenous (L̄ is the
 *       closed-model inverse; the household row itself is not summed); NaN when the table has no compensation
 *       or no household consumption.</li>
 *   <li>{@code induced[j] = typeII[j] − typeI[j]}: effects of re-spent household income.</li>
 *   <li>{@code typeIRatio[j] = typeI[j] / c_j}, {@code typeIIRatio[j] = typeII[j] / c_j}: "Type I/II" ratio
 *       multipliers per unit of direct effect (NaN when c_j = 0).</li>
 * </ul>
 *
 * @param kind what the multiplier measures
 */
public record Multiplier(Kind kind, double[] direct, double[] typeI, double[] indirect, double[] typeII,
                         double[] induced, double[] typeIRatio, double[] typeIIRatio) {
    /** The four standard multiplier families. */
    public enum Kind {
        OUTPUT("output"), INCOME("income"), VALUE_ADDED("value_added"), EMPLOYMENT("employment");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }
}
