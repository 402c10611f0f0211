package dev.klaster.web;

/**
 * An error answered to the client as JSON {@code {"status":..,"error":..,"message":..,"field":..,"value":..}} with
 * its HTTP status, never a stack trace. Messages are in the request's language where the server has them.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String field;
    private final String value;

    public ApiException(int status, String message) {
        this(status, message, null, null);
    }

    /** A 400-style error naming the bad field (query parameter, form field, column) and its value. */
    public ApiException(int status, String message, String field, String value) {
        super(message);
        this.status = status;
        this.field = field;
        this.value = value;
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public static ApiException badParam(String field, String value, String why) {
        return new ApiException(400, field + ": " + why + " (got '" + clip(value) + "')", field, clip(value));
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, what);
    }

    static String clip(String s) {
        if (s == null) {
            return null;
        }
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
