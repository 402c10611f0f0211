package dev.klaster.workspace;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * User-facing texts of the workspace in Bahasa Indonesia ({@code messages_id.properties}) and English
 * ({@code messages_en.properties}): error messages and the labels of every enum (stages, roles, types, goals ...).
 */
public final class Messages {
    /** The locale of Bahasa Indonesia texts. */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final String BUNDLE = "dev.klaster.workspace.messages";

    private Messages() {
    }

    /** The text for {@code key} in {@code locale} (Indonesian for {@code id}, English otherwise), formatted with args. */
    public static String format(Locale locale, String key, Object... args) {
        boolean indonesian = locale != null
                && ("id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()));
        Locale l = indonesian ? INDONESIAN : Locale.ENGLISH;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, l, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, l).format(args == null ? new Object[0] : args);
    }

    /** The label of an enum constant, key {@code <simple class name>.<CONSTANT>}. */
    public static String label(Locale locale, Enum<?> value) {
        return format(locale, value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
