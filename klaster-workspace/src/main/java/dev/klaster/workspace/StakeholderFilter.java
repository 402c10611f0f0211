package dev.klaster.workspace;

/** Filter for listing stakeholders; null fields do not filter. {@code nameContains} is case-insensitive. */
public record StakeholderFilter(StakeholderType type, String regionCode, Boolean committed, String nameContains,
                                SizeClass sizeClass) {
    /** No filter. */
    public static final StakeholderFilter ALL = new StakeholderFilter(null, null, null, null, null);
}
