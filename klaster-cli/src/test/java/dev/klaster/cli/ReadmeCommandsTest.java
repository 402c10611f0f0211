package dev.klaster.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README opens with exactly two set-up commands; this test keeps them true: the first is run in process (the
 * same code path as {@code ./klaster}), the second must be what {@code .ci/run} calls. ({@code .ci/run} also runs
 * the first one through the real launcher script.)
 */
class ReadmeCommandsTest {
    private static Path root() {
        String p = System.getProperty("klaster.project.root");
        return p == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(p);
    }

    static List<String> setupCommands() throws IOException {
        List<String> lines = Files.readAllLines(root().resolve("README.md"));
        List<String> cmds = new ArrayList<>();
        boolean inBlock = false;
        for (String l : lines) {
            if (l.startsWith("```")) {
                if (inBlock) {
                    break;
                }
                inBlock = true;
            } else if (inBlock && !l.isBlank()) {
                cmds.add(l.trim());
            }
        }
        return cmds;
    }

    @Test
    void readmeOpensWithTwoCommands() throws IOException {
        assertThat(setupCommands()).hasSize(2);
        assertThat(setupCommands().get(0)).startsWith("./klaster ");
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        String ci = Files.readString(root().resolve(".ci/run"));
        assertThat(ci).contains(setupCommands().get(1)).contains(setupCommands().get(0));
    }

    @Test
    void firstCommandRunsInProcess() throws IOException {
        String[] args = setupCommands().get(0).substring("./klaster ".length()).split("\\s+");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Klaster.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        assertThat(code).as("exit code; stderr: %s", err).isZero();
        // FineDemo: the 514 regencies/cities of regency-counts.csv (BPS 2020 count)
        assertThat(out.toString()).contains("DATA DEMO SINTETIS").contains("Wilayah: 514");
    }

    @Test
    void badUsageExitsWithTwo() {
        StringWriter err = new StringWriter();
        int code = Klaster.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true))
                .execute("analyze", "--no-such-option");
        assertThat(code).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(err.toString()).contains("--no-such-option");
    }
}
