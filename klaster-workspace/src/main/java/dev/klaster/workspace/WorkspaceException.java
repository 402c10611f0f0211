package dev.klaster.workspace;

import java.util.Locale;

/** Base of the workspace's domain errors (not found, forbidden, stale version, storage); message in English. */
public class WorkspaceException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    WorkspaceException(String key, Object... args) {
        super(Messages.format(Locale.ENGLISH, key, args));
        this.key = key;
        this.args = args.clone();
    }

    WorkspaceException(Throwable cause, String key, Object... args) {
        super(Messages.format(Locale.ENGLISH, key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
