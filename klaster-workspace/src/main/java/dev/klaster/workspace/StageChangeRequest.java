package dev.klaster.workspace;

import java.time.LocalDate;
import java.util.List;

/** A request to move an initiative to stage {@code to}, decided on {@code date}, with the endorsed documents. */
public record StageChangeRequest(Stage to, LocalDate date, String note, List<EndorsedDocument> documents) {
    public StageChangeRequest {
        note = note == null ? "" : note;
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    void validate() {
        Check.present("stageChange.to", to);
        Check.present("stageChange.date", date);
        Check.optionalText("stageChange.note", note, 10_000);
        for (EndorsedDocument d : documents) {
            Check.present("stageChange.documents", d);
            d.validate();
        }
    }
}
