package dev.klaster.cli;

import dev.klaster.core.testing.SharedData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static dev.klaster.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9 §3: the planner's scope in {@code analyze} and {@code clusters}, on the real BPS regency file. */
class ScopeCommandTest {
    static Path pdrb() {
        return SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
    }

    @Test
    void aMisspelledProvinceStopsBeforeAnyWorkWithTheNearestName(@TempDir Path dir) {
        Run r = run("analyze", pdrb().toString(), "--province", "Jawa Timor", "--report", dir.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(r.err()).contains("did you mean Jawa Timur (35)?").doesNotContain("analysis [1/7]");
        assertThat(dir.resolve("klaster-report.html")).doesNotExist();
        Run c = run("clusters", "define", pdrb().toString(), "--province", "Jawa Timor");
        assertThat(c.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(c.err()).contains("did you mean Jawa Timur (35)?");
        Run e = run("clusters", "define", pdrb().toString(), "--province", "35", "--on-error", "sometimes");
        assertThat(e.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(e.err()).contains("--on-error: unknown value 'sometimes'");
        Run f = run("clusters", "define", pdrb().toString(), "--province", "35", "--on-error", "fail");
        assertThat(f.code()).as("Malang, Bojonegoro, Gresik 2014 are source errors").isEqualTo(Klaster.EXIT_DATA);
    }

    @Test
    void analyzeAndClustersDefineTheSameClustersForJawaTimur(@TempDir Path dir) throws IOException {
        Path io = SharedData.require("idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv");
        Path cols = SharedData.require("idn-io-national-2020/io2020_columns.csv");
        Path def = dir.resolve("def");
        Run c = run("clusters", "define", pdrb().toString(), "--province", "jatim", "--io", io.toString(),
                "--io-sectors", cols.toString(), "--out", def.toString());
        assertThat(c.code()).as(c.err()).isZero();
        assertThat(c.err()).contains("Analysis scope: 38");
        Run a = run("analyze", pdrb().toString(), "--province", "Jawa Timur", "--io", io.toString(),
                "--io-sectors", cols.toString(), "--lang", "en", "--report", dir.resolve("report").toString());
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("Analysis scope: 38 regions").contains("Jawa Timur (35)")
                .contains("3522 2014");
        Map<String, String> fromClusters = new TreeMap<>();
        try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.NamedCsvRecord> csv =
                     de.siegmar.fastcsv.reader.CsvReader.builder().detectBomHeader(true)
                             .ofNamedCsvRecord(def.resolve("cluster_definition.csv"))) {
            csv.forEach(rec -> fromClusters.put(rec.getField("industry"), rec.getField("cluster")));
        }
        Map<String, String> fromAnalyze = new TreeMap<>();
        try (Workbook wb = WorkbookFactory.create(dir.resolve("report").resolve("klaster-report.xlsx").toFile(), null, true)) {
            Sheet s = wb.getSheet("Cluster definition"); // the English workbook names its sheets in English
            for (Row row : s) {
                // data rows have industry, cluster, method; the notes under the table only a first cell
                // (a local industry's empty cluster is a blank cell)
                if (row.getRowNum() > 0 && row.getCell(0) != null && row.getCell(2) != null) {
                    fromAnalyze.put(row.getCell(0).getStringCellValue(),
                            row.getCell(1) == null ? "" : row.getCell(1).getStringCellValue());
                }
            }
        }
        assertThat(fromClusters).hasSize(17);
        // names follow the report language (analyze --lang en, clusters define Indonesian): compare the partitions
        assertThat(partition(fromAnalyze)).as("same industries in the same clusters")
                .isEqualTo(partition(fromClusters));
        String page = Files.readString(dir.resolve("report").resolve("klaster-report.html"));
        assertThat(page).contains("Analysis scope: 38").contains("Flegg");
    }

    /** Industry → the sorted set of industries in its cluster (names left out). */
    static Map<String, java.util.Set<String>> partition(Map<String, String> clusterOf) {
        Map<String, java.util.Set<String>> out = new TreeMap<>();
        clusterOf.forEach((i, c) -> out.put(i, new java.util.TreeSet<>(clusterOf.entrySet().stream()
                .filter(e -> e.getValue().equals(c)).map(Map.Entry::getKey).toList())));
        return out;
    }
}
