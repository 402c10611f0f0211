/**
 * Competitiveness of regional clusters after Rosenfeld's nine success factors (Rosenfeld 1997, "Bringing business
 * clusters into the mainstream of economic development", European Planning Studies 5(1), 3–23,
 * DOI 10.1080/09654319708720381): an indicator {@link dev.klaster.core.competitiveness.Framework} read from JSON,
 * indicators computed from data ({@link dev.klaster.core.competitiveness.Indicators}) or read from survey answers
 * ({@link dev.klaster.core.competitiveness.Survey}), normalisation, weights (equal, given, AHP with Saaty's consistency
 * ratio, {@link dev.klaster.core.competitiveness.Ahp}), composite index, rank and group benchmark
 * ({@link dev.klaster.core.competitiveness.Assessment}). Missing indicators are reported, never filled with zeros.
 */
package dev.klaster.core.competitiveness;
