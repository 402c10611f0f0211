package dev.klaster.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The dashboard's words in Bahasa Indonesia ({@code web_id.properties}) or English ({@code web_en.properties}). */
public final class WebText {
    private final String lang;
    private final ResourceBundle bundle;

    private WebText(String lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle("dev.klaster.web.web", Locale.forLanguageTag(lang),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static final WebText ID = new WebText("id");
    private static final WebText EN = new WebText("en");

    /** The text of {@code id} or {@code en}; anything else is a 400 naming the parameter. */
    public static WebText of(String lang) {
        if (lang == null || lang.isBlank() || lang.equals("id")) {
            return ID;
        }
        if (lang.equals("en")) {
            return EN;
        }
        throw ApiException.badParam("lang", lang, "expected id or en");
    }

    public String lang() {
        return lang;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("missing text '" + key + "' for language " + lang, e);
        }
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.forLanguageTag(lang)).format(args);
    }
}
