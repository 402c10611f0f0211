package dev.klaster.workspace;

import java.util.Map;

/**
 * Outcome of the diversity check: whether the policy is met, the number of committed stakeholders, the number of
 * distinct types among them, and the committed count per type (types with none are absent).
 */
public record DiversityVerdict(boolean met, int committed, int distinctTypes, Map<StakeholderType, Integer> byType,
                               DiversityPolicy policy) {
    public DiversityVerdict {
        byType = Map.copyOf(byType);
    }
}
