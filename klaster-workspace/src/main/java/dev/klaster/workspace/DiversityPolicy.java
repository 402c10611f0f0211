package dev.klaster.workspace;

/**
 * The diversity rule of an initiative: at least {@code minCommitted} committed stakeholders of at least
 * {@code minTypes} different types. The default, 15 of 2, is the example of a viable cluster coalition.
 */
public record DiversityPolicy(int minCommitted, int minTypes) {
    /** At least 15 committed members of at least 2 types. */
    public static final DiversityPolicy DEFAULT = new DiversityPolicy(15, 2);

    public DiversityPolicy {
        if (minCommitted < 0) {
            throw new ValidationException("error.range", "diversity.minCommitted", minCommitted, 0, Integer.MAX_VALUE);
        }
        if (minTypes < 0 || minTypes > StakeholderType.values().length) {
            throw new ValidationException("error.range", "diversity.minTypes", minTypes, 0,
                    StakeholderType.values().length);
        }
    }
}
