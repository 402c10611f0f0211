package dev.klaster.io.ingest;

import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The real BPS PDRB file of ../shared/data/idn-pdrb-kabkota-2013-2020 (README there): 4,392 rows = 8 years ×
 * (1 national + 34 provinces + 514 regencies/cities), 17 sectors + TOTAL, billion rupiah at constant 2010 prices.
 */
class RealPdrbTest {
    static final String DIR = "idn-pdrb-kabkota-2013-2020/";

    static Ingested csv(double tol) {
        Path csv = SharedData.require(DIR + "pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        return Ingest.run(IngestRequest.of(csv).withTolerance(tol));
    }

    @Test
    void shapeHierarchyAndGroups() {
        Panel p = csv(IngestRequest.DEFAULT_TOLERANCE).panel();
        // README: 514 regencies + 34 provinces + national, 2013–2020, 17 sectors
        assertThat(p.regions().size()).isEqualTo(549);
        assertThat(p.regions().atLevel(RegionLevel.REGENCY)).hasSize(514);
        assertThat(p.regions().atLevel(RegionLevel.PROVINCE)).hasSize(34);
        assertThat(p.regions().atLevel(RegionLevel.COUNTRY)).hasSize(1);
        assertThat(p.years()).containsExactly(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020);
        assertThat(p.industries().size()).isEqualTo(17);
        assertThat(p.measures()).containsExactly(Measure.VALUE_ADDED);
        assertThat(p.regions().byCode("3273").parentCode()).isEqualTo("32");
        assertThat(p.regions().byCode("32").parentCode()).isEqualTo("ID");
        assertThat(p.regions().childrenOf("11")).hasSize(23); // Aceh: 23 kabupaten/kota in the file
        assertThat(p.regions().groups()).containsKey("Pulau Sumatera").containsKey("Indonesia Timur (KTI)");
        // every cell present: 4,392 rows × 17 sectors, no NaN
        for (int y = 0; y < 8; y++) {
            for (double[] row : p.sliceAt(Measure.VALUE_ADDED, y).toMatrix()) {
                for (double v : row) {
                    assertThat(v).isNotNaN();
                }
            }
        }
    }

    @Test
    void publishedNumbers() {
        Panel p = csv(IngestRequest.DEFAULT_TOLERANCE).panel();
        IndustrySet ind = p.industries();
        int y2013 = p.yearIndex(2013);
        // pdrb_adhk2010_kabkota_2013_2020_wide.csv line 2: 2013 Aceh (1100) A = 28980.0
        assertThat(p.get(Measure.VALUE_ADDED, y2013, p.regions().indexOf("11"), ind.indexOf("A"))).isEqualTo(28980.0);
        // same file line 3: 2013 Simeulue (1101) C = 18.07, R_S_T_U = 11.82
        assertThat(p.get(Measure.VALUE_ADDED, y2013, p.regions().indexOf("1101"), ind.indexOf("C"))).isEqualTo(18.07);
        assertThat(p.get(Measure.VALUE_ADDED, y2013, p.regions().indexOf("1101"), ind.indexOf("R_S_T_U"))).isEqualTo(11.82);
        // README: 2014 Bekasi (3216) B = 269242.0 as published (a source error, kept)
        assertThat(p.get(Measure.VALUE_ADDED, p.yearIndex(2014), p.regions().indexOf("3216"), ind.indexOf("B")))
                .isEqualTo(269242.0);
        // original_xlsx/pdrb_adhk_kabkota_2013.xlsx row 552: national 2013 C (Industri Pengolahan) = 1771961.9
        assertThat(p.get(Measure.VALUE_ADDED, y2013, p.regions().indexOf("ID"), ind.indexOf("C")))
                .isCloseTo(1771961.9, within(1e-6));
    }

    @Test
    void findsExactlyTheEightDocumentedMismatchesAtOnePercent() {
        ValidationReport rep = csv(0.01).report();
        // README "Known properties": the eight regency rows whose sectors do not add up to TOTAL
        Set<String> expected = Set.of("2013 9112", "2014 3216", "2014 3328", "2014 3374", "2014 3507", "2014 3522",
                "2014 3525", "2018 6403");
        List<Finding> errors = rep.bySeverity(Severity.ERROR);
        assertThat(errors).allMatch(f -> f.rule().equals("sum-to-total"));
        assertThat(errors.stream().map(f -> f.year() + " " + f.region()).collect(Collectors.toSet())).isEqualTo(expected);
        assertThat(errors).hasSize(8);
        // line of the 2014 Bekasi row in the CSV (grep -n ',3216,' → line 738)
        assertThat(errors).anySatisfy(f -> {
            assertThat(f.region()).isEqualTo("3216");
            assertThat(f.line()).isEqualTo(738);
            assertThat(f.reference()).isEqualTo(197163.57);
        });
        // national rows: TOTAL − Σ sectors = 2.5–4.1 % (taxes less subsidies, README) → INFO, 8 years
        assertThat(rep.bySeverity(Severity.INFO).stream().filter(f -> f.rule().equals("sum-to-total")))
                .hasSize(8).allMatch(f -> f.region().equals("ID") && f.ratio() > 0.95 && f.ratio() < 0.98);
    }

    @Test
    void atTheDefaultHalfPercentKotaPekalongan2014IsANinthMismatch() {
        ValidationReport rep = csv(IngestRequest.DEFAULT_TOLERANCE).report();
        // 2014 Kota Pekalongan (3375): Σ sectors 130210.84 vs TOTAL 131137.26 = 0.71 % off (computed from the CSV);
        // its F and J are ~37× their other years, so its TOTAL looks inflated too (not in the README's list)
        assertThat(rep.bySeverity(Severity.ERROR)).hasSize(9)
                .anySatisfy(f -> assertThat(f.year() + " " + f.region()).isEqualTo("2014 3375"));
    }

    @Test
    void unitAndHierarchyWarnings() {
        ValidationReport rep = csv(IngestRequest.DEFAULT_TOLERANCE).report();
        // README: "one sector seems to be in million instead of billion": 2014 Bekasi B exceeds its TOTAL
        assertThat(rep.byRule("unit")).anySatisfy(f -> {
            assertThat(f.region() + " " + f.industry() + " " + f.year()).isEqualTo("3216 B 2014");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        // README: Σ regencies / province TOTAL ranges 0.78–1.16 → warnings, never errors
        List<Finding> h = rep.byRule("hierarchy");
        assertThat(h).isNotEmpty().allMatch(f -> f.severity() == Severity.WARNING);
        double min = h.stream().filter(f -> !f.region().equals("ID")).mapToDouble(Finding::ratio).min().orElseThrow();
        double max = h.stream().filter(f -> !f.region().equals("ID")).mapToDouble(Finding::ratio).max().orElseThrow();
        assertThat(min).as("lowest Σ regencies / province, README 0.78").isBetween(0.75, 0.8);
        assertThat(max).as("highest Σ regencies / province, README 1.16").isBetween(1.1, 1.2);
        assertThat(h).anySatisfy(f -> assertThat(f.message()).contains("not additive"));
    }
}
