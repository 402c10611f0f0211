package dev.klaster.io.scope;

import java.util.List;

/**
 * A scope option that names no region of the data (a usage error: exit code 2), with the nearest names and codes.
 */
public final class ScopeException extends IllegalArgumentException {
    private final List<String> suggestions;

    public ScopeException(String message, List<String> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    /** Nearest "name (code)" candidates, best first (may be empty). */
    public List<String> suggestions() {
        return suggestions;
    }
}
