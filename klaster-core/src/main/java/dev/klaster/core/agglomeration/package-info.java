/**
 * Agglomeration indices that control for the lumpiness of plants: Ellison-Glaeser γ with its plant Herfindahl
 * and z-value, Maurel-Sédillot γ, the Ellison-Glaeser (1997) coagglomeration index
 * ({@link dev.klaster.core.agglomeration.EllisonGlaeser}, {@link dev.klaster.core.agglomeration.MaurelSedillot})
 * and the Litzenberger-Sternberg cluster index ({@link dev.klaster.core.agglomeration.LitzenbergerSternberg}).
 *
 * <p>Glossary: {@code s_r} share of the industry's employment in region r; {@code x_r} share of all employment
 * (the reference) in region r; {@code z_k} plant k's share of the industry; {@code H = Σ z_k²} plant Herfindahl;
 * {@code G = Σ_r (s_r − x_r)²} raw geographic concentration.
 */
package dev.klaster.core.agglomeration;
