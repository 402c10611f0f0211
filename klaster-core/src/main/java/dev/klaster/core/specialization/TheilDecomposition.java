package dev.klaster.core.specialization;

/**
 * Theil index split over groups of regions: {@code total = between + within}.
 *
 * @param total        the index over all units
 * @param between      the index of the group aggregates
 * @param within       weighted sum of the groups' own indices
 * @param groupIndex   each group's own index (by group number)
 * @param groupWeight  each group's weight in {@code within} (income share for T, population share for L)
 */
public record TheilDecomposition(Theil.Kind kind, double total, double between, double within,
                                 double[] groupIndex, double[] groupWeight) {
}
