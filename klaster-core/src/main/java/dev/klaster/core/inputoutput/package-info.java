/**
 * Input-output analysis (Leontief demand-driven and Ghosh supply-driven models) on symmetric tables.
 *
 * <h2>Glossary (names fixed once; Miller &amp; Blair 2009, <i>Input-Output Analysis</i>, 2nd ed., CUP)</h2>
 * <ul>
 *   <li>{@code Z} intermediate transactions, {@code z[i][j]} = sales of sector i to sector j (row = seller).</li>
 *   <li>{@code x} total output; {@code f} final demand; {@code v} value added; {@code w} compensation of employees.</li>
 *   <li>{@code A = Z x̂⁻¹} technical (input) coefficients, column sums of A are direct backward linkages.</li>
 *   <li>{@code L = (I − A)⁻¹} Leontief inverse; column sums are (simple Type I) output multipliers.</li>
 *   <li>{@code B = x̂⁻¹ Z} Ghosh allocation (output) coefficients; {@code G = (I − B)⁻¹ = x̂⁻¹ L x̂} Ghosh inverse.</li>
 *   <li>Type I multipliers: open model; Type II: households endogenous (closed model with a household row of labour
 *       coefficients {@code w/x} and a household column of consumption coefficients {@code c_h / Σw}).</li>
 *   <li>Direct, indirect and induced effects: direct = the initial effect {@code c_j}, indirect = Type I − direct,
 *       induced = Type II − Type I (Miller &amp; Blair 2009 §6.2).</li>
 *   <li>Rasmussen (1956) / Hirschman (1958) power of dispersion {@code U_j} and sensitivity of dispersion
 *       {@code S_i}; key-sector classification from U &gt; 1 and S &gt; 1.</li>
 *   <li>SLQ, CILQ and FLQ (Flegg, Webber &amp; Elliott 1995; Flegg &amp; Webber 1997) regionalisation.</li>
 * </ul>
 *
 * <p>Entry points: {@link dev.klaster.core.inputoutput.IoTable} (the immutable table),
 * {@link dev.klaster.core.inputoutput.LeontiefModel} (factorised model, multipliers),
 * {@link dev.klaster.core.inputoutput.Linkages}, {@link dev.klaster.core.inputoutput.Regionalization},
 * {@link dev.klaster.core.inputoutput.Impact}. Dense linear algebra runs through
 * {@link dev.klaster.core.inputoutput.DenseLapack} (netlib JNI to OpenBLAS, pure-Java fallback).
 */
package dev.klaster.core.inputoutput;
