package dev.klaster.workspace;

import java.time.LocalDate;
import java.util.regex.Pattern;

/** Validation of fields at the service boundary; every failure names the field and the refused value. */
final class Check {
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private Check() {
    }

    static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("error.required", field);
        }
        return optionalText(field, value, maxLength);
    }

    static String optionalText(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new ValidationException("error.tooLong", field, value.length(), maxLength);
        }
        if (value != null && value.indexOf('\0') >= 0) {
            throw new ValidationException("error.nulChar", field);
        }
        return value;
    }

    /** A code such as a region or cluster code: letters, digits, '.', '_' or '-', at most 40. */
    static String code(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("error.required", field);
        }
        if (!CODE.matcher(value).matches()) {
            throw new ValidationException("error.badCode", field, value);
        }
        return value;
    }

    static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException("error.required", field);
        }
        return value;
    }

    static void dateOrder(String field, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            throw new ValidationException("error.dateOrder", field, end, start);
        }
    }

    static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new ValidationException("error.notFinite", field, value);
        }
        return value;
    }

    static long version(long version) {
        if (version < 1) {
            throw new ValidationException("error.badVersion", version);
        }
        return version;
    }
}
