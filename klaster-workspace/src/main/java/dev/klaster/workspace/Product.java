package dev.klaster.workspace;

import java.time.Instant;
import java.util.List;

/**
 * A product of the OVOP / sentra IKM registry of an initiative: name, village (desa), region code, producer group
 * or firm, KBLI, category, the cluster it belongs to (a cluster code, by default the initiative's), OTOP-style grade
 * (null = not graded), certifications and optional WGS84 coordinates.
 */
public record Product(String id, String initiativeId, String name, String village, String regionCode,
                      String producer, String kbli, ProductCategory category, String clusterCode, Integer grade,
                      Double lat, Double lon, List<Certification> certifications, Instant createdAt,
                      Instant updatedAt, long version, Instant deletedAt) {
    public Product {
        certifications = List.copyOf(certifications);
    }
}
