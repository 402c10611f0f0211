package dev.klaster.workspace;

/**
 * An update or delete named a version that is no longer the stored one (HTTP 409): someone saved in between.
 * Carries both versions so the client can show them; nothing was overwritten.
 */
public final class StaleVersionException extends WorkspaceException {
    private static final long serialVersionUID = 1L;
    private final String entity;
    private final String id;
    private final long storedVersion;
    private final long submittedVersion;

    StaleVersionException(String entity, String id, long storedVersion, long submittedVersion) {
        super("error.staleVersion", entity, id, Long.toString(storedVersion), Long.toString(submittedVersion));
        this.entity = entity;
        this.id = id;
        this.storedVersion = storedVersion;
        this.submittedVersion = submittedVersion;
    }

    public String entity() {
        return entity;
    }

    public String id() {
        return id;
    }

    /** The version now in the database. */
    public long storedVersion() {
        return storedVersion;
    }

    /** The version the caller based its change on. */
    public long submittedVersion() {
        return submittedVersion;
    }
}
