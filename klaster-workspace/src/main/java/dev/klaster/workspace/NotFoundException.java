package dev.klaster.workspace;

/** No live row with this id (HTTP 404); soft-deleted rows are not found except by restore and purge. */
public final class NotFoundException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    NotFoundException(String entity, String id) {
        super("error.notFound", entity, id);
    }

    /** An unknown or replaced survey link (the token is not repeated in the message). */
    static NotFoundException surveyLink() {
        return new NotFoundException();
    }

    private NotFoundException() {
        super("error.surveyLink");
    }
}
