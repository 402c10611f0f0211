package dev.klaster.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One move of an initiative between stages: when (date of the decision), who recorded it, why, what was endorsed. */
public record StageChange(String id, String initiativeId, Stage from, Stage to, LocalDate date, String userId,
                          String note, List<EndorsedDocument> documents, Instant createdAt) {
    public StageChange {
        documents = List.copyOf(documents);
    }
}
