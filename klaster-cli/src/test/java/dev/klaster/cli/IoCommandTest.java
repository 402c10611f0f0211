package dev.klaster.cli;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.klaster.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

class IoCommandTest {
    @Test
    void everySubcommandRunsOnTheDemo() {
        Run s = run("io", "summary", "--demo");
        assertThat(s.code()).isZero();
        assertThat(s.err()).contains("SYNTHETIC");
        assertThat(s.out()).startsWith("code,name,output,").contains("\nC,");
        assertThat(s.out().lines().count()).isEqualTo(18);
        Run l = run("io", "linkages", "--demo", "--forward", "LEONTIEF");
        assertThat(l.code()).isZero();
        assertThat(l.out()).contains("power_of_dispersion").containsPattern("(key|backward-oriented)");
        Run m = run("io", "multipliers", "--demo");
        assertThat(m.code()).isZero();
        assertThat(m.out().lines().count()).isEqualTo(1 + 4 * 17);
        Run r = run("io", "regionalize", "--demo", "--province", "64", "--method", "FLQ", "--delta", "0.25");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("national_output_multiplier");
        Run i = run("io", "impact", "--demo", "--sector", "C", "--demand", "EXPORTS", "--growth", "10", "--type-ii");
        assertThat(i.code()).isZero();
        assertThat(i.out()).contains("TOTAL,all sectors");
        Run ri = run("io", "impact", "--demo", "--province", "64", "--sector", "C", "--growth", "10");
        assertThat(ri.code()).as(ri.err()).isZero();
        assertThat(ri.err()).contains("region: FLQ (δ=0.3) regionalisation");
        // the regional table has only households + a balancing final-demand column: no EXPORTS kind
        Run bad = run("io", "impact", "--demo", "--province", "64", "--sector", "C", "--demand", "EXPORTS",
                "--growth", "10");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("no final-demand column of kind EXPORTS");
    }

    @Test
    void xlsxOutputAndBpsTable(@TempDir Path dir) throws IOException {
        Path bps = SharedData.require("idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv");
        Path out = dir.resolve("m.xlsx");
        Run m = run("io", "multipliers", "--bps", bps.toString(), "-o", out.toString());
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(Files.size(out)).isPositive();
        Run i = run("io", "impact", "--bps", bps.toString(), "--sector", "3", "--demand", "EXPORTS", "--growth", "10");
        assertThat(i.code()).isZero();
        // 17 sectors + the TOTAL row have no jobs
        assertThat(i.err()).contains("jobs are NaN").contains("warning: 18 value(s) are undefined");
    }

    @Test
    void clippedMakeUseCellsAreWarnedOnStderr() {
        Path make = SharedData.require("us-bea-io-summary-2017/Summary_Make_2017_BeforeRedef_17sch.csv");
        Path use = make.resolveSibling("Summary_Use_2017_PRO_BeforeRedef_17sch.csv");
        Run s = run("io", "summary", "--make", make.toString(), "--use", use.toString());
        assertThat(s.code()).as(s.err()).isZero();
        // docs/input-output.md: the BEA 2017 tables give two small negative cells, set to 0 and reported
        assertThat(s.err().lines().filter(l -> l.startsWith("warning: ") && l.contains("set to 0")).count())
                .as(s.err()).isEqualTo(2);
    }

    @Test
    void badInputExitCodes(@TempDir Path dir) throws IOException {
        assertThat(run("io", "summary").code()).isEqualTo(2);
        assertThat(run("io", "impact", "--demo", "--sector", "ZZ", "--growth", "10").err())
                .contains("unknown sector 'ZZ'");
        Path z = Files.writeString(dir.resolve("z.csv"), "code,A,B\nA,900,10\nB,200,10\n");
        Path v = Files.writeString(dir.resolve("v.csv"), "code,output\nA,1000\nB,100\n");
        Run bad = run("io", "multipliers", "--transactions", z.toString(), "--vectors", v.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("sector A is not productive");
        Path neg = Files.writeString(dir.resolve("n.csv"), "code,A,B\nA,-9,10\nB,200,10\n");
        Run bad2 = run("io", "summary", "--transactions", neg.toString(), "--vectors", v.toString());
        assertThat(bad2.code()).isEqualTo(1);
        assertThat(bad2.err()).contains("negative intermediate transaction").contains("n.csv");
    }
}
