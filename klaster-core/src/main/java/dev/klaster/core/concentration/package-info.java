/**
 * Concentration: how strongly an industry is present in a region relative to a reference — location quotients
 * ({@link dev.klaster.core.concentration.LocationQuotient}: single, full matrix, chosen industry base, symmetric
 * LQ) and their change over time ({@link dev.klaster.core.concentration.DynamicLocationQuotient}: LQ growth,
 * dynamic LQ).
 *
 * <p>Glossary: {@code e[r][i]} value of industry i in region r; {@code E_r} region total; {@code E_i} reference
 * (sum of all regions) total of industry i; {@code E} grand total.
 */
package dev.klaster.core.concentration;
