package dev.klaster.workspace;

import java.time.Instant;

/**
 * An organisation or person in the cluster: its role ({@link StakeholderType}), KBLI code, size class, place
 * (region code, optional WGS84 coordinates), the sentra IKM it belongs to (name, optional) and whether it has
 * committed to the initiative.
 */
public record Stakeholder(String id, String initiativeId, String name, StakeholderType type, String kbli,
                          SizeClass sizeClass, String regionCode, Double lat, Double lon, String sentraIkm,
                          boolean committed, Instant createdAt, Instant updatedAt, long version, Instant deletedAt) {
}
