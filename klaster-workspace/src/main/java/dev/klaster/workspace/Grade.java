package dev.klaster.workspace;

/**
 * The OTOP-style grade of a product, 1 to 5 stars, following Thailand's OTOP Product Champion grading (products
 * scored out of 100 on the producer's strength, the product's quality and standards, and its marketability and
 * story): 5 stars = 90 points or more (export quality, known abroad), 4 = 80-89 (national quality, could export),
 * 3 = 70-79 (regional quality, could reach 4 stars), 2 = 50-69 (could reach 3 stars after development), 1 = below 50
 * (needs basic development). Each constant's label in the messages bundles writes the criterion down.
 */
public enum Grade {
    ONE(1), TWO(2), THREE(3), FOUR(4), FIVE(5);

    private final int stars;

    Grade(int stars) {
        this.stars = stars;
    }

    public int stars() {
        return stars;
    }

    /** The grade of {@code stars} (1-5). */
    public static Grade of(int stars) {
        if (stars < 1 || stars > 5) {
            throw new ValidationException("error.range", "product.grade", stars, 1, 5);
        }
        return values()[stars - 1];
    }
}
