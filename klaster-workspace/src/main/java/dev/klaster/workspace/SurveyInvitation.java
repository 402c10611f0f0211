package dev.klaster.workspace;

import java.time.Instant;

/**
 * A stakeholder's invitation to a survey round. The link token is not part of it: only its SHA-256 hash is stored,
 * and the token itself is given once, when the invitation is made ({@link Invited}).
 */
public record SurveyInvitation(String id, String roundId, String initiativeId, String stakeholderId,
                               String stakeholderName, Instant createdAt, Instant answeredAt) {
    /** A new invitation with its link token (shown once: it cannot be read back from the database). */
    public record Invited(SurveyInvitation invitation, String token) {
    }
}
