package dev.klaster.core.model;

import java.util.Objects;

/**
 * A region: its code (in the code system of the data, e.g. BPS), name, level and the code of its parent
 * ({@code null} at the top).
 */
public record Region(String code, String name, RegionLevel level, String parentCode) {
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(level, "level");
        if (code.isBlank()) {
            throw new IllegalArgumentException("region code is blank");
        }
        if (name == null || name.isBlank()) {
            name = code;
        }
    }

    public static Region of(String code) {
        return new Region(code, code, RegionLevel.REGENCY, null);
    }
}
