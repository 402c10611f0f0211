package dev.klaster.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of bad inputs ({@code src/test/resources/bad-inputs/cases.csv}: case, command arguments, expected
 * exit code, message fragment; the data files beside it), run through the CLI in process. {@code {in}} is a copy of
 * the catalogue folder, {@code {out}} an empty folder. Every case must end with its exit code, its message, one
 * short error (no stack trace, no echo of a 5 MB line) and, when it fails, nothing written to {@code {out}}. The
 * file {@code long-line.csv} (a 5 MB number) is made here rather than kept in the repository. The web upload is
 * meant to run the same catalogue.
 */
class BadInputCatalogueTest {
    static final String INDEX = "bad-inputs/cases.csv";

    record Case(String name, List<String> args, int exit, String message) {
    }

    static Path catalogue() throws URISyntaxException {
        return Path.of(BadInputCatalogueTest.class.getClassLoader().getResource(INDEX).toURI()).getParent();
    }

    static List<Case> cases() throws IOException, URISyntaxException {
        List<Case> out = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(catalogue().resolve("cases.csv"))) {
            for (NamedCsvRecord r : csv) {
                out.add(new Case(r.getField("case"), List.of(r.getField("args").trim().split(" +")),
                        Integer.parseInt(r.getField("exit")), r.getField("message")));
            }
        }
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(q);
                } else {
                    Files.copy(p, q);
                }
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCatalogueCase(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        copyTree(catalogue(), in);
        Files.writeString(in.resolve("long-line.csv"), "region,industry,year,value\n1101,A,2020,"
                + "9".repeat(5 << 20) + "x\n");
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Path out = Files.createDirectories(tmp.resolve("out-" + c.name().replaceAll("[^A-Za-z0-9]", "_")));
            String[] args = c.args().stream().map(a -> a.replace("{in}", in.toString()).replace("{out}",
                    out.toString())).toArray(String[]::new);
            Run r = Run.run(args);
            String all = r.out() + r.err();
            String expected = c.message().replace("{in}", in.toAbsolutePath().toString())
                    .replace("{out}", out.toAbsolutePath().toString());
            assertThat(r.code()).as(c.name() + ": " + r.err()).isEqualTo(c.exit());
            assertThat(all).as(c.name()).contains(expected);
            assertThat(r.err()).as(c.name() + ": no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.err().length()).as(c.name() + ": a short message, not an echo of the input")
                    .isLessThan(c.exit() == 2 ? 20000 : 2000); // bad usage prints the command's usage after the message
            if (c.exit() != 0) {
                try (Stream<Path> s = Files.list(out)) {
                    assertThat(s.toList()).as(c.name() + ": nothing written on failure").isEmpty();
                }
            }
        }));
    }
}
