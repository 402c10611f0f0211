package dev.klaster.workspace;

import java.util.Locale;

/** Bad input (HTTP 400): names the field and the value that was refused. Nothing was written. */
public class ValidationException extends IllegalArgumentException implements Localized {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient Object[] args;

    ValidationException(String key, Object... args) {
        super(Messages.format(Locale.ENGLISH, key, args));
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
