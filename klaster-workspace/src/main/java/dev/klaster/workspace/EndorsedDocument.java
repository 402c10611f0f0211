package dev.klaster.workspace;

/** A document endorsed by the governance body at a stage change (diagnostic study, action plan, progress report). */
public record EndorsedDocument(String title, DocumentType type) {
    void validate() {
        Check.text("document.title", title, 500);
        Check.present("document.type", type);
    }
}
