package dev.klaster.io.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The validation rules on small fixtures whose expected findings follow from the fixture by hand. */
class ValidatorTest {
    @TempDir
    Path dir;

    ValidationReport report(String csv, double tol) throws IOException {
        Path f = dir.resolve("w.csv");
        Files.writeString(f, csv);
        return Ingest.run(IngestRequest.of(f).withTolerance(tol)).report();
    }

    static final String HEAD = "year,level,province_code,region_code,region_name,A,C,TOTAL\n";

    static String rows(String c2021) {
        return HEAD
                + "2019,province,11,1100,Aceh,10,20,30\n2019,regency_city,11,1101,Simeulue,4,8,12\n"
                + "2019,regency_city,11,1102,Singkil,6,12,18\n"
                + "2020,province,11,1100,Aceh,10,20,30\n2020,regency_city,11,1101,Simeulue,4,8,12\n"
                + "2020,regency_city,11,1102,Singkil,6,12,18\n"
                + "2021,province,11,1100,Aceh,10,20,30\n2021,regency_city,11,1101,Simeulue,4," + c2021 + ",12\n"
                + "2021,regency_city,11,1102,Singkil,6,12,18\n";
    }

    @Test
    void consistentDataHasNoFindings() throws IOException {
        assertThat(report(rows("8"), 0.005).findings()).isEmpty();
    }

    @Test
    void zeroTotalsAndZeroMediansGiveNoRatioNeverInfinity() throws IOException {
        // Singkil's C is 0 in 2019-2020 (median of its years 0) and 5 in 2021, and its 2021 TOTAL is written 0:
        // the sum rule fires (6 + 5 ≠ 0) but has no ratio to divide by; no finding may carry an infinite ratio
        String csv = HEAD
                + "2019,regency_city,11,1101,Simeulue,4,8,12\n2019,regency_city,11,1102,Singkil,6,0,6\n"
                + "2020,regency_city,11,1101,Simeulue,4,8,12\n2020,regency_city,11,1102,Singkil,6,0,6\n"
                + "2021,regency_city,11,1101,Simeulue,4,8,12\n2021,regency_city,11,1102,Singkil,6,5,0\n";
        ValidationReport r = report(csv, 0.005);
        assertThat(r.byRule("sum-to-total")).singleElement().satisfies(f -> {
            assertThat(f.region() + " " + f.year()).isEqualTo("1102 2021");
            assertThat(f.ratio()).isNaN();
            assertThat(f.message()).contains("the TOTAL is zero: no ratio");
        });
        assertThat(r.findings()).allSatisfy(f -> assertThat(Double.isInfinite(f.ratio())).as(f.message()).isFalse());
        // the same with a 2021 TOTAL of 3: C = 5 is larger than the TOTAL (a unit warning) beside a median of 0
        ValidationReport u = report(csv.replace("Singkil,6,5,0", "Singkil,6,5,3"), 0.005);
        // (A = 6 is larger than that TOTAL too, with a ratio of 1 to its median 6)
        assertThat(u.byRule("unit")).filteredOn(f -> f.industry().equals("C")).singleElement().satisfies(f -> {
            assertThat(f.region() + " " + f.industry() + " " + f.year()).isEqualTo("1102 C 2021");
            assertThat(f.reference()).isZero();
            assertThat(f.ratio()).isNaN();
        });
    }

    @Test
    void aCellInThousandsIsAUnitWarningAndASumError() throws IOException {
        // Simeulue 2021 C = 8000 instead of 8: 1000× its median (8), larger than its TOTAL 12
        ValidationReport r = report(rows("8000"), 0.005);
        assertThat(r.byRule("unit")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.region() + " " + f.industry() + " " + f.year()).isEqualTo("1101 C 2021");
            assertThat(f.ratio()).isCloseTo(1000, within(1e-9));
            assertThat(f.message()).contains("1000× the median of its years (8)").contains("larger than the region's "
                    + "reported TOTAL 12");
        });
        assertThat(r.byRule("sum-to-total")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.line()).isEqualTo(9);
            assertThat(f.value()).isEqualTo(8004.0);
            assertThat(f.reference()).isEqualTo(12.0);
        });
        // the province TOTAL (30) still equals Σ regency TOTALs (12 + 18): no hierarchy finding
        assertThat(r.byRule("hierarchy")).isEmpty();
    }

    @Test
    void regenciesNotAddingToTheirProvinceIsAWarningWithTheRatio() throws IOException {
        // Singkil TOTAL 2021 = 24 with sectors 6 + 18: Σ regencies 36 / province 30 = 1.2
        String csv = rows("8").replace("2021,regency_city,11,1102,Singkil,6,12,18", "2021,regency_city,11,1102,Singkil,6,18,24");
        ValidationReport r = report(csv, 0.005);
        assertThat(r.byRule("hierarchy")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.region()).isEqualTo("11");
            assertThat(f.ratio()).isCloseTo(1.2, within(1e-12));
            assertThat(f.year()).isEqualTo(2021);
            assertThat(f.message()).contains("not additive");
        });
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.toTable().rowCount()).isEqualTo(r.findings().size());
    }

    @Test
    void toleranceIsRespected() throws IOException {
        // Simeulue 2021 C = 8.05: Σ 12.05 vs TOTAL 12 = 0.42 % off: within 0.5 %, outside 0.1 %
        assertThat(report(rows("8.05"), 0.005).byRule("sum-to-total")).isEmpty();
        assertThat(report(rows("8.05"), 0.001).byRule("sum-to-total")).hasSize(1);
    }
}
