package dev.klaster.workspace;

/** The user may not do this (HTTP 403; 401 when there is no user). */
public final class ForbiddenException extends WorkspaceException {
    private static final long serialVersionUID = 1L;
    private final boolean anonymous;

    ForbiddenException(boolean anonymous, String key, Object... args) {
        super(key, args);
        this.anonymous = anonymous;
    }

    /** True when no user was signed in (the web layer answers 401 instead of 403). */
    public boolean anonymous() {
        return anonymous;
    }
}
