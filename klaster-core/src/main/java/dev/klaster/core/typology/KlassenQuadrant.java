package dev.klaster.core.typology;

/**
 * The four Klassen quadrants with the labels used in Indonesian planning documents (Sjafrizal 2008, "Ekonomi
 * Regional: Teori dan Aplikasi") and English labels.
 */
public enum KlassenQuadrant {
    /** Quadrant I: high level, high growth. */
    DEVELOPED_FAST_GROWING("I", "maju dan tumbuh cepat", "developed and fast-growing"),
    /** Quadrant II: high level, low growth. */
    DEVELOPED_DEPRESSED("II", "maju tapi tertekan", "developed but depressed"),
    /** Quadrant III: low level, high growth. */
    DEVELOPING_FAST("III", "berkembang cepat", "fast-developing"),
    /** Quadrant IV: low level, low growth. */
    RELATIVELY_UNDERDEVELOPED("IV", "relatif tertinggal", "relatively underdeveloped");

    private final String roman;
    private final String indonesian;
    private final String english;

    KlassenQuadrant(String roman, String indonesian, String english) {
        this.roman = roman;
        this.indonesian = indonesian;
        this.english = english;
    }

    public String roman() {
        return roman;
    }

    public String indonesian() {
        return indonesian;
    }

    public String english() {
        return english;
    }

    /** Quadrant from two comparisons; ties (equal to the reference) count as "not higher". */
    public static KlassenQuadrant of(boolean highLevel, boolean highGrowth) {
        if (highLevel) {
            return highGrowth ? DEVELOPED_FAST_GROWING : DEVELOPED_DEPRESSED;
        }
        return highGrowth ? DEVELOPING_FAST : RELATIVELY_UNDERDEVELOPED;
    }
}
