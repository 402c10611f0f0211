package dev.klaster.report;

import java.util.Locale;

/** Report language: Bahasa Indonesia or English. */
public enum Lang {
    ID("id"), EN("en");

    private final String code;

    Lang(String code) {
        this.code = code;
    }

    /** ISO 639-1 code, {@code id} or {@code en}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return this == ID ? Locale.forLanguageTag("id-ID") : Locale.ENGLISH;
    }

    /** Parses {@code id|en} (also {@code in}, {@code indonesian}, {@code english}), case-insensitive. */
    public static Lang parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "id": case "in": case "ind": case "indonesian": case "bahasa": return ID;
            case "en": case "eng": case "english": return EN;
            default: throw new IllegalArgumentException("unknown report language '" + text + "' (expected id or en)");
        }
    }
}
