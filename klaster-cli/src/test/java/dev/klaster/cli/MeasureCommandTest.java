package dev.klaster.cli;

import dev.klaster.core.measures.MeasureRegistry;
import dev.klaster.core.testing.SharedData;
import dev.klaster.core.testing.SimpleCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static dev.klaster.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code klaster measures} and {@code klaster measure NAME}: exit codes, output files, warnings. */
class MeasureCommandTest {
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
                "--end-year", "2023", "--region", "3578", "--out", f.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(f);
        assertThat(lines.get(0).replace("\uFEFF", ""))
                .isEqualTo("region,region_name,industry,base_year,end_year,measure,value");
        // the fine demo (as analyze's): 119 KBLI classes of fine-industries.csv and the region's total, 5 components
        assertThat(lines).hasSize(1 + 120 * 5);
        assertThat(r.err()).contains("synthetic");
    }

    @Test
    void industryLevelSumsClassesToDivisionsBeforeTheMeasure(@TempDir Path dir) throws Exception {
        // two regencies, three KBLI classes of two divisions, one year (values authored for the test)
        Path f = dir.resolve("kbli4.csv");
        Files.writeString(f, "region,region_name,industry,year,value\n"
                + "3501,Kab A,1011,2020,10\n3501,Kab A,1020,2020,30\n3501,Kab A,4711,2020,60\n"
                + "3502,Kab B,1011,2020,5\n3502,Kab B,1020,2020,5\n3502,Kab B,4711,2020,90\n");
        Path out = dir.resolve("lq.csv");
        Run r = run("measure", "lq", "--input", f.toString(), "--measure", "employment", "--industry-level", "2",
                "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("3 → 2");
        List<Map<String, String>> rows = SimpleCsv.read(out);
        // division 10 in Kab A: (10 + 30) / 100 over (40 + 10) / 200 = 1.6 (LQ, Isard 1960)
        Map<String, String> a10 = rows.stream().filter(m -> m.get("region").equals("3501")
                && m.get("industry").equals("10")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(a10.get("value"))).isCloseTo(1.6, within(1e-12));
        assertThat(rows).allMatch(m -> m.get("industry").length() == 2);

        Run bad = run("measure", "lq", "--input", f.toString(), "--industry-level", "5", "--out",
                dir.resolve("x.csv").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--industry-level 5").contains("'1011'").contains("cannot be split");
        assertThat(dir.resolve("x.csv")).doesNotExist();
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
        Run r = run("measure", "duranton_puga", "--demo", "--region", "3578");
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
        assertThat(noInput.err()).contains("give data FILEs (or --input FILE) or --demo");
        Run badYear = run("measure", "lq", "--demo", "--year", "1990");
        assertThat(badYear.code()).isEqualTo(2);
        assertThat(badYear.err()).contains("year 1990 is not in the panel");
    }

    static final String PDRB = "idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_province_2013_2020_wide.csv";
    static final List<String> SECTIONS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M_N",
            "O", "P", "Q", "R_S_T_U");

    @Test
    void lqOnTheRealProvincePdrb(@TempDir Path dir) throws Exception {
        Path pdrb = SharedData.require(PDRB);
        Run r = run("measure", "lq", "--input", pdrb.toString(), "--year", "2020");
        assertThat(r.code()).as(r.err()).isZero();
        // the validation summary goes to stderr (the documented 1 hierarchy warning), the table to stdout
        assertThat(r.err()).contains("0 validation error(s) and 1 warning(s)").contains("hierarchy");
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("region,region_name,industry,year,measure,value");
        assertThat(lines).hasSize(1 + 34 * 17); // 34 provinces (README) × 17 sections
        // expected by hand from the same CSV rows (README: value added, billion rupiah, 2010 prices):
        // LQ = (Aceh A / Aceh all sections) / (Σ provinces A / Σ provinces all sections), reference = the provinces
        double acehA = 0;
        double aceh = 0;
        double natA = 0;
        double nat = 0;
        for (Map<String, String> row : SimpleCsv.read(pdrb)) {
            if (!row.get("year").equals("2020") || !row.get("level").equals("province")) {
                continue;
            }
            double all = SECTIONS.stream().mapToDouble(c -> Double.parseDouble(row.get(c))).sum();
            double a = Double.parseDouble(row.get("A"));
            natA += a;
            nat += all;
            if (row.get("province_name").equals("Aceh")) {
                acehA = a;
                aceh = all;
            }
        }
        String acehLine = lines.stream().filter(l -> l.startsWith("11,Aceh,A,2020,lq,")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(acehLine.substring(acehLine.lastIndexOf(',') + 1)))
                .isCloseTo(acehA / aceh / (natA / nat), within(1e-12));
        Path xlsx = dir.resolve("lq.xlsx");
        Run x = run("measure", "lq", "-i", pdrb.toString(), "--year", "2020", "--out", xlsx.toString());
        assertThat(x.code()).as(x.err()).isZero();
        assertThat(xlsx).isNotEmptyFile();
    }

    @Test
    void badDataFileExitsWithOneAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "year,region_code,region_name,A,B\n2020,1101,Simeulue,1,2\n2020,1102,Singkil,3,1.5.1\n");
        Path out = dir.resolve("lq.csv");
        Run r = run("measure", "lq", "--input", bad.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(r.err()).contains("bad.csv, line 3, column 'B', value '1.5.1'");
        assertThat(out).doesNotExist();
        Run both = run("measure", "lq", "--demo", "--input", bad.toString());
        assertThat(both.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(both.err()).contains("give either data FILEs (or --input FILE) or --demo, not both");
    }

    @Test
    void anXlsxBeyondExcelsRowsSpillsToTheCsvOfTheSameName() {
        // Excel's limit: 1,048,576 rows per sheet including the header (Microsoft, "Excel specifications and limits")
        Path out = Path.of("t", "lq.xlsx");
        assertThat(MeasureCommand.EXCEL_MAX_DATA_ROWS).isEqualTo(1_048_576 - 1);
        assertThat(MeasureCommand.spillTarget(out, 1_048_575, MeasureCommand.EXCEL_MAX_DATA_ROWS)).isEqualTo(out);
        assertThat(MeasureCommand.spillTarget(out, 1_048_576, MeasureCommand.EXCEL_MAX_DATA_ROWS))
                .isEqualTo(Path.of("t", "lq.csv"));
        assertThat(MeasureCommand.spillTarget(Path.of("lq.csv"), 5_000_000, MeasureCommand.EXCEL_MAX_DATA_ROWS))
                .isEqualTo(Path.of("lq.csv"));
    }

    @Test
    void theSectionDemoIsStillThereAndABadKindIsAUsageError() {
        Run r = run("measure", "duranton_puga", "--demo", "sections", "--region", "31");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("38 analysis regions");
        Run bad = run("measure", "lq", "--demo", "nope");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("--demo").contains("'nope'");
    }
}
