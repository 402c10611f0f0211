package dev.klaster.workspace;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A Rosenfeld survey round of an initiative: a title and the dates it is open (closed on {@code closedOn}
 * inclusive; null = open until closed). Stakeholders invited to it answer the survey indicators of the
 * competitiveness framework ({@link SurveyItem}).
 */
public record SurveyRound(String id, String initiativeId, String title, LocalDate openedOn, LocalDate closedOn,
                          Instant createdAt, Instant updatedAt, long version, Instant deletedAt) {
    /** Whether answers are accepted on {@code day}: on or after the opening date, and not after the closing date. */
    public boolean openOn(LocalDate day) {
        return deletedAt == null && !day.isBefore(openedOn) && (closedOn == null || !day.isAfter(closedOn));
    }
}
