package dev.klaster.workspace;

/** A bad CSV import (HTTP 400): names the file, line, column and value; nothing of the file was imported. */
public final class CsvImportException extends ValidationException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final long line;
    private final String column;
    private final String value;
    private final String reasonKey;
    private final transient Object[] reasonArgs;

    CsvImportException(String file, long line, String column, String value, String reasonKey, Object... reasonArgs) {
        super("error.csv", file, line, column, value, Messages.format(java.util.Locale.ENGLISH, reasonKey, reasonArgs));
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs.clone();
    }

    /** The message in {@code locale}, the reason included. */
    @Override
    public String message(java.util.Locale locale) {
        return Messages.format(locale, "error.csv", file, line, column, value,
                Messages.format(locale, reasonKey, reasonArgs));
    }

    public String file() {
        return file;
    }

    /** 1-based line number in the file (the header is line 1). */
    public long line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String value() {
        return value;
    }
}
