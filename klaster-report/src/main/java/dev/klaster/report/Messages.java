package dev.klaster.report;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's text in one language, from the {@code messages_id} / {@code messages_en} property bundles (UTF-8).
 * A missing key is a programming error and throws, so an untranslated label cannot ship silently.
 */
public final class Messages {
    private final Lang lang;
    private final ResourceBundle bundle;

    public Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("dev.klaster.report.messages", lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Lang lang() {
        return lang;
    }

    /** The text for a key. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report message '" + key + "' missing for language " + lang.code(), e);
        }
    }

    /** The text for a key with {@link MessageFormat} arguments ({0}, {1}, ...). */
    public String format(String key, Object... args) {
        MessageFormat f = new MessageFormat(get(key), lang.locale());
        return f.format(args);
    }

    /** True when the bundle has the key (used for optional labels such as life-cycle stage names). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
