package dev.klaster.core.model;

import java.util.Objects;

/**
 * An industry: code, name, depth in its classification (0 = section, 1 = division, ...), parent code
 * ({@code null} at the top) and classification.
 */
public record Industry(String code, String name, int depth, String parentCode, Classification classification) {
    public Industry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(classification, "classification");
        if (code.isBlank()) {
            throw new IllegalArgumentException("industry code is blank");
        }
        if (name == null || name.isBlank()) {
            name = code;
        }
        if (depth < 0) {
            throw new IllegalArgumentException("industry " + code + ": depth " + depth + " < 0");
        }
    }

    public static Industry of(String code) {
        return new Industry(code, code, 0, null, Classification.USER);
    }
}
