package dev.klaster.workspace;

/**
 * Filter for the product registry; null fields do not filter. {@code minGrade}: at least so many stars (ungraded
 * products excluded); {@code nameContains} matches name, producer or village, case-insensitive.
 */
public record ProductFilter(ProductCategory category, String regionCode, Integer minGrade,
                            Certification certification, String nameContains) {
    /** No filter. */
    public static final ProductFilter ALL = new ProductFilter(null, null, null, null, null);
}
