package dev.klaster.workspace;

import java.util.Locale;

/** An exception whose message exists in Bahasa Indonesia and English: a bundle key and its arguments. */
public interface Localized {
    /** Key in {@code messages_*.properties}. */
    String key();

    /** Arguments of the message pattern. */
    Object[] args();

    /** The message in {@code locale}. */
    default String message(Locale locale) {
        return Messages.format(locale, key(), args());
    }
}
