package dev.klaster.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the {@code klaster} command line in tests: exit code, standard output, standard error. */
record Run(int code, String out, String err) {
    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Klaster.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
