package dev.klaster.core.model;

/**
 * Bad input data: names the file, line (1-based, counting the header; 0 when not applicable), column and the
 * offending value, so the user can find and fix it. Readers throw it before producing any output.
 */
public class InputDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Characters of a value or column name quoted in a message; longer ones are cut (a 5 MB line is not echoed). */
    public static final int QUOTED = 120;
    private final String file;
    private final long line;
    private final String column;
    private final String value;

    public InputDataException(String file, long line, String column, String value, String problem) {
        super(format(file, line, column, value, problem));
        this.file = file;
        this.line = line;
        this.column = column;
        this.value = value;
    }

    public InputDataException(String file, String problem) {
        this(file, 0, null, null, problem);
    }

    private static String format(String file, long line, String column, String value, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file);
        if (line > 0) {
            sb.append(", line ").append(line);
        }
        if (column != null) {
            sb.append(", column '").append(clip(column)).append('\'');
        }
        if (value != null) {
            sb.append(", value '").append(clip(value)).append('\'');
        }
        return sb.append(": ").append(problem.length() > 8 * QUOTED ? clip(problem) : problem).toString();
    }

    /** {@code s} cut to {@value #QUOTED} characters, saying how long it was; control characters shown as '?'. */
    public static String clip(String s) {
        String t = s.length() > QUOTED ? s.substring(0, QUOTED) + "… (" + String.format(java.util.Locale.ROOT, "%,d",
                s.length()) + " characters in all)" : s;
        return t.replaceAll("[\\p{Cntrl}&&[^\\t]]", "?");
    }

    public String file() {
        return file;
    }

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
