package dev.klaster.workspace;

/** The database failed (HTTP 500): connection, disk, constraint outside the domain checks. Transaction rolled back. */
public final class StorageException extends WorkspaceException {
    private static final long serialVersionUID = 1L;

    StorageException(Throwable cause, String what) {
        super(cause, "error.storage", what, String.valueOf(cause.getMessage()));
    }
}
