package dev.klaster.io.ingest;

import dev.klaster.core.model.Classification;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Every layout on small fixtures written here; expected values are the fixture's own cells. */
class LayoutsTest {
    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static double at(Panel p, Measure m, int year, String region, String industry) {
        return p.get(m, p.yearIndex(year), p.regions().indexOf(region), p.industries().indexOf(industry));
    }

    @Test
    void tidyCsvWithDefaultMeasureAndMissingCell() throws IOException {
        Path f = write("t.csv", "Region,INDUSTRY,Year,Value\nr2,b,2021,3\nr1,a,2020,1.5\nr1,b,2020,\nr2,a,2020,4\n");
        Panel p = Ingest.run(IngestRequest.of(f)).panel();
        assertThat(p.measures()).containsExactly(Measure.EMPLOYMENT);
        assertThat(p.years()).containsExactly(2020, 2021);
        assertThat(p.industries().codes()).containsExactly("a", "b");
        assertThat(at(p, Measure.EMPLOYMENT, 2020, "r1", "a")).isEqualTo(1.5);
        assertThat(at(p, Measure.EMPLOYMENT, 2021, "r2", "b")).isEqualTo(3.0);
        assertThat(at(p, Measure.EMPLOYMENT, 2020, "r1", "b")).as("empty cell = missing").isNaN();
        assertThat(at(p, Measure.EMPLOYMENT, 2021, "r1", "a")).as("absent cell = missing").isNaN();
        assertThat(p.source()).isEqualTo("t.csv");
    }

    @Test
    void tidyWithMeasureColumnAndOptionMeasure() throws IOException {
        Path f = write("m.csv", "region,industry,year,measure,value\nr1,a,2020,emp,10\nr1,a,2020,pdrb,-2.5\n"
                + "r1,,2020,population,100\n");
        Panel p = Ingest.run(IngestRequest.of(f)).panel();
        assertThat(p.measures()).containsExactlyInAnyOrder(Measure.EMPLOYMENT, Measure.VALUE_ADDED, Measure.POPULATION);
        assertThat(at(p, Measure.EMPLOYMENT, 2020, "r1", "a")).isEqualTo(10.0);
        assertThat(at(p, Measure.VALUE_ADDED, 2020, "r1", "a")).as("value added may be negative").isEqualTo(-2.5);
        assertThat(p.regionSeries(Measure.POPULATION, 0)).containsExactly(100.0);
        Path g = write("g.csv", "region,industry,year,value\nr1,a,2020,10\n");
        assertThat(Ingest.run(IngestRequest.of(g).withMeasure(Measure.WAGES)).panel().measures())
                .containsExactly(Measure.WAGES);
    }

    @Test
    void spacesAroundCodesAndNumbersAreIgnored() throws IOException {
        Path f = write("s.csv", "region,industry,year,value\n r1 , a ,2020, 5 \nr1,b, 2021 ,6\n");
        Panel p = Ingest.run(IngestRequest.of(f)).panel();
        assertThat(p.industries().codes()).containsExactly("a", "b");
        assertThat(at(p, Measure.EMPLOYMENT, 2020, "r1", "a")).isEqualTo(5.0);
        assertThat(at(p, Measure.EMPLOYMENT, 2021, "r1", "b")).isEqualTo(6.0);
    }

    @Test
    void parquet() throws Exception {
        Path f = dir.resolve("t.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM (VALUES ('r1', 'a', 2020, 2.0), ('r2', 'a', 2020, 3.0)) t(region, industry, year, value)) TO '"
                    + f + "' (FORMAT parquet)");
        }
        Panel p = Ingest.run(IngestRequest.of(f)).panel();
        assertThat(at(p, Measure.EMPLOYMENT, 2020, "r2", "a")).isEqualTo(3.0);
    }

    @Test
    void metadataFilesGiveOrderHierarchyGroupsAndClassification() throws IOException {
        Path f = write("t.csv", "region,industry,year,value\n3273,C,2020,5\n32,C,2020,9\n3273,C10,2020,2\n");
        Path regions = write("regions.csv", "code,name,level,parent,group\nID,Indonesia,country,,\n"
                + "32,Jawa Barat,province,ID,Jawa;KBI\n3273,Kota Bandung,regency,32,Jawa;KBI\n");
        Path inds = write("industries.csv", "code,name,parent,classification\nC,Industri Pengolahan,,KBLI\n"
                + "C10,Industri Makanan,C,KBLI\n");
        Panel p = Ingest.run(IngestRequest.of(f).withMetadata(regions, inds)).panel();
        assertThat(p.regions().list()).extracting(r -> r.code()).containsExactly("ID", "32", "3273");
        assertThat(p.regions().byCode("3273").level()).isEqualTo(RegionLevel.REGENCY);
        assertThat(p.regions().byCode("3273").parentCode()).isEqualTo("32");
        assertThat(p.regions().groups().get("KBI")).containsExactly("32", "3273");
        assertThat(p.industries().get(1).depth()).isEqualTo(1);
        assertThat(p.industries().get(1).classification()).isEqualTo(Classification.KBLI);
        assertThat(at(p, Measure.EMPLOYMENT, 2020, "ID", "C")).isNaN();
        assertThat(at(p, Measure.EMPLOYMENT, 2020, "3273", "C10")).isEqualTo(2.0);
    }

    /** BPS wide, one row per region and year, one column per sector, with TOTAL, levels and islands. */
    static final String BPS_WIDE = "year,level,island_id,island,province_code,province_name,region_code,region_name,A,C,TOTAL\n"
            + "2019,province,1,Pulau Sumatera,11,Aceh,1100,Aceh,10,20,30\n"
            + "2019,regency_city,1,Pulau Sumatera,11,Aceh,1101,Simeulue,4,8,12\n"
            + "2019,regency_city,1,Pulau Sumatera,11,Aceh,1102,Aceh Singkil,6,12,18\n"
            + "2019,national,0,Nasional,0,Indonesia,9999,Indonesia,10,20,31\n"
            + "2020,province,1,Pulau Sumatera,11,Aceh,1100,Aceh,11,21,32\n"
            + "2020,regency_city,1,Pulau Sumatera,11,Aceh,1101,Simeulue,5,9,14\n"
            + "2020,regency_city,1,Pulau Sumatera,11,Aceh,1102,Aceh Singkil,6,12,18\n"
            + "2020,national,0,Nasional,0,Indonesia,9999,Indonesia,11,21,33\n";

    @Test
    void bpsWideRowPerRegionYear() throws IOException {
        Ingested in = Ingest.run(IngestRequest.of(write("w.csv", BPS_WIDE)));
        Panel p = in.panel();
        assertThat(p.measures()).containsExactly(Measure.VALUE_ADDED);
        assertThat(p.industries().codes()).containsExactly("A", "C"); // TOTAL is a reported total, not a sector
        assertThat(p.regions().list()).extracting(r -> r.code()).containsExactly("11", "1101", "1102", "ID");
        assertThat(p.regions().byCode("1101").parentCode()).isEqualTo("11");
        assertThat(p.regions().byCode("11").level()).isEqualTo(RegionLevel.PROVINCE);
        assertThat(p.regions().groups().get("Pulau Sumatera")).containsExactly("11", "1101", "1102");
        assertThat(at(p, Measure.VALUE_ADDED, 2020, "1101", "C")).isEqualTo(9.0);
        // consistent fixture: no errors; national 31 vs Σ 30 → INFO (taxes less subsidies)
        assertThat(in.report().hasErrors()).isFalse();
        assertThat(in.report().bySeverity(Severity.INFO)).extracting(Finding::region).containsExactly("ID", "ID");
    }

    @Test
    void wideRowPerRegionAndSectorColumnPerYear() throws IOException {
        Path f = write("y.csv", "kode_wilayah,nama_wilayah,lapangan_usaha,2019,2020\n1101,Simeulue,A,4,5\n"
                + "1101,Simeulue,C,8,9\n1102,Aceh Singkil,A,6,-\n");
        Panel p = Ingest.run(IngestRequest.of(f).withLayout(Layout.WIDE)).panel();
        assertThat(p.years()).containsExactly(2019, 2020);
        assertThat(at(p, Measure.VALUE_ADDED, 2020, "1101", "C")).isEqualTo(9.0);
        assertThat(at(p, Measure.VALUE_ADDED, 2020, "1102", "A")).as("'-' = missing").isNaN();
        assertThat(p.regions().byCode("1102").name()).isEqualTo("Aceh Singkil");
    }

    @Test
    void xlsxOfBothLayouts() throws IOException {
        Path wide = dir.resolve("w.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("PDRB");
            s.createRow(0).createCell(0).setCellValue("PDRB kabupaten/kota (fixture)"); // a title row above the header
            String[] lines = BPS_WIDE.split("\n");
            for (int r = 0; r < lines.length; r++) {
                String[] f = lines[r].split(",");
                var row = s.createRow(r + 2);
                for (int c = 0; c < f.length; c++) {
                    if (r > 0 && c >= 8 || r > 0 && c == 0) {
                        row.createCell(c).setCellValue(Double.parseDouble(f[c])); // numbers as numbers
                    } else {
                        row.createCell(c).setCellValue(f[c]);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(wide)) {
                wb.write(out);
            }
        }
        Panel pw = Ingest.run(IngestRequest.of(wide)).panel();
        assertThat(at(pw, Measure.VALUE_ADDED, 2020, "1101", "C")).isEqualTo(9.0);
        assertThat(pw.regions().size()).isEqualTo(4);

        Path tidy = dir.resolve("t.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("data");
            var h = s.createRow(0);
            String[] head = {"region", "industry", "year", "value"};
            for (int c = 0; c < 4; c++) {
                h.createCell(c).setCellValue(head[c]);
            }
            var row = s.createRow(1);
            row.createCell(0).setCellValue("3273");
            row.createCell(1).setCellValue("C");
            row.createCell(2).setCellValue(2020);
            row.createCell(3).setCellValue(1234.5);
            try (OutputStream out = Files.newOutputStream(tidy)) {
                wb.write(out);
            }
        }
        Panel pt = Ingest.run(IngestRequest.of(tidy)).panel();
        assertThat(at(pt, Measure.EMPLOYMENT, 2020, "3273", "C")).isEqualTo(1234.5);
    }

    @Test
    void severalFilesGoIntoOnePanel() throws IOException {
        Path a = write("a.csv", "region,industry,year,value\nr1,x,2020,1\n");
        Path b = write("b.csv", "region,industry,year,value\nr2,x,2021,2\n");
        Panel p = Ingest.run(new IngestRequest(java.util.List.of(a, b), Layout.AUTO, null, null, null, null, null,
                IngestRequest.DEFAULT_TOLERANCE)).panel();
        assertThat(p.years()).containsExactly(2020, 2021);
        assertThat(at(p, Measure.EMPLOYMENT, 2021, "r2", "x")).isEqualTo(2.0);
        assertThat(p.source()).isEqualTo("a.csv, b.csv");
    }
}
