package dev.klaster.core.demo;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Panel;

import java.util.Locale;

/**
 * Which built-in synthetic demo to use: {@link #FINE} (the default: 514 regencies/cities × 119 KBLI four-digit
 * industries with planted clusters, {@link FineDemo}) or {@link #SECTIONS} (38 provinces × 17 PDRB sections,
 * {@link DemoPanel}: sector groups, not clusters).
 */
public enum DemoKind {
    FINE, SECTIONS;

    /** Parses {@code fine} / {@code sections} (also {@code kbli}, {@code pdrb}), case-insensitive. */
    public static DemoKind parse(String text) {
        String t = text == null ? "fine" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "fine", "kbli", "regency", "kabkota" -> FINE;
            case "sections", "section", "pdrb", "province" -> SECTIONS;
            default -> throw new IllegalArgumentException("unknown demo '" + text
                    + "' (expected fine or sections / demo tidak dikenal: fine atau sections)");
        };
    }

    /** The demo panel, industry names in {@code lang} where the demo has them in both languages. */
    public Panel panel(String lang) {
        return this == FINE ? FineDemo.generate(lang) : DemoPanel.generate();
    }

    /** The demo's synthetic national input-output table. */
    public IoTable io(String lang) {
        return this == FINE ? FineDemoIo.generate(lang) : DemoIoTable.generate();
    }
}
