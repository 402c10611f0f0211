package dev.klaster.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A cluster initiative: the programme that develops one cluster (code and name of a cluster definition) in a set of
 * regions, led by an organisation (cluster development agent) with a governance body (forum or commission),
 * currently at {@link #stage()}. {@code version} is the optimistic-locking version.
 */
public record Initiative(String id, String name, String clusterCode, String clusterName, List<String> regionCodes,
                         String leadOrganisation, String governanceBody, LocalDate startDate, LocalDate endDate,
                         boolean isPublic, Stage stage, Instant createdAt, Instant updatedAt, long version,
                         Instant deletedAt) {
    public Initiative {
        regionCodes = List.copyOf(regionCodes);
    }

    /** The article-004 generic stage of the current stage. */
    public GenericStage genericStage() {
        return stage.generic();
    }
}
