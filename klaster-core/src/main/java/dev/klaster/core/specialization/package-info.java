/**
 * Specialisation, concentration, diversity and inequality indices over region × industry data.
 *
 * <p>Glossary: <b>specialisation</b> of a region compares its industry structure (shares {@code s_r[i] =
 * e[r][i]/E_r}) with a reference structure ({@code s[i] = E_i/E}); <b>concentration</b> (localisation) of an
 * industry compares its distribution over regions ({@code e[r][i]/E_i}) with the distribution of the total
 * ({@code E_r/E}); <b>diversity</b> is the opposite of specialisation; <b>inequality</b> indices (Theil, CV,
 * Williamson) compare regions' levels (e.g. GRDP per capita).
 *
 * <p>Families: {@link dev.klaster.core.specialization.Krugman} (0–2 convention),
 * {@link dev.klaster.core.specialization.Hoover} (0–1), {@link dev.klaster.core.specialization.Gini},
 * {@link dev.klaster.core.specialization.Herfindahl}, {@link dev.klaster.core.specialization.Theil},
 * {@link dev.klaster.core.specialization.Diversity} (entropy, Duranton-Puga),
 * {@link dev.klaster.core.specialization.Dispersion} (CV, Williamson).
 */
package dev.klaster.core.specialization;
