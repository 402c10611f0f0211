package dev.klaster.cli;

import dev.klaster.core.measures.MeasureRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code klaster measures} and {@code klaster measure NAME}: exit codes, output files, warnings. */
class MeasureCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Klaster.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void measuresListsEveryRegistryEntry() {
        Run r = run("measures");
        assertThat(r.code()).isZero();
        MeasureRegistry.all().forEach(s -> assertThat(r.out()).contains(s.id()).contains(s.english()));
        assertThat(run("measures", "--lang", "id").out()).contains("Sektor unggulan");
    }

    @Test
    void measureWritesATidyCsv(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("ss.csv");
        Run r = run("measure", "shiftshare_dunn", "--demo", "--measure", "employment", "--base-year", "2016",
                "--end-year", "2023", "--region", "31", "--out", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(f);
        assertThat(lines.get(0).replace("\uFEFF", ""))
                .isEqualTo("region,region_name,industry,base_year,end_year,measure,value");
        assertThat(lines).hasSize(1 + 18 * 5);
        assertThat(r.err()).contains("synthetic");
    }

    @Test
    void measureWritesXlsx(@TempDir Path dir) {
        Path f = dir.resolve("lq.xlsx");
        Run r = run("measure", "lq", "--demo", "--year", "2020", "--out", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(f).exists().isNotEmptyFile();
    }

    @Test
    void withoutOutTheCsvGoesToStdout() {
        Run r = run("measure", "duranton_puga", "--demo", "--region", "31");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("region,region_name,year,measure,value");
    }

    @Test
    void undefinedValuesAreWarnedOnStderr() {
        // a one-region panel is its own reference: Krugman distance 0, Duranton-Puga 1/0 → NaN plus a note
        var one = dev.klaster.core.demo.DemoPanel.generate().subsetRegions(new int[]{1});
        var t = MeasureRegistry.get("duranton_puga").apply(one, null);
        StringWriter err = new StringWriter();
        MeasureCommand.printNotes(t, new PrintWriter(err, true));
        assertThat(t.number(0, t.columnIndex("value"))).isNaN();
        assertThat(err.toString()).contains("warning: 1 undefined value(s)");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("measure", "nope", "--demo").code()).isEqualTo(2);
        Run noInput = run("measure", "lq");
        assertThat(noInput.code()).isEqualTo(2);
        assertThat(noInput.err()).contains("give --input FILE or --demo");
        Run badYear = run("measure", "lq", "--demo", "--year", "1990");
        assertThat(badYear.code()).isEqualTo(2);
        assertThat(badYear.err()).contains("year 1990 is not in the panel");
    }
}
