package dev.klaster.core.agglomeration;

/**
 * Ellison-Glaeser index of one industry with its parts.
 *
 * @param gamma  γ, the agglomeration index
 * @param g      raw geographic concentration {@code G = Σ (s_r − x_r)²}
 * @param z      z-value of G against its expectation under random location ({@code (G − (1−Σx²)H)/sd(G)})
 * @param plants number of plants K
 * @param h      plant Herfindahl H
 */
public record EllisonGlaeserResult(double gamma, double g, double z, int plants, double h) {
}
