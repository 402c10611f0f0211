package dev.klaster.workspace;

import java.time.LocalDate;

/** The editable fields of a survey round: title, opening date (required) and closing date (optional). */
public record SurveyRoundDraft(String title, LocalDate openedOn, LocalDate closedOn) {
    void validate() {
        Check.text("round.title", title, 500);
        Check.present("round.openedOn", openedOn);
        Check.dateOrder("round.closedOn", openedOn, closedOn);
    }
}
