package dev.klaster.core.model;

import dev.klaster.core.demo.FineDemo;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class IndustryAggregationTest {
    /** Two regions, five KBLI classes, one year; values authored for the test; 1012 is unpublished in region b. */
    private static Panel small() {
        IndustrySet ind = new IndustrySet(List.of(
                new Industry("1011", "Pemotongan hewan", 3, null, Classification.KBLI),
                new Industry("1012", "Pengolahan unggas", 3, null, Classification.KBLI),
                new Industry("1020", "Pengolahan ikan", 3, null, Classification.KBLI),
                new Industry("0111", "Serealia", 3, null, Classification.KBLI),
                new Industry("4711", "Eceran", 3, null, Classification.KBLI)));
        RegionSet reg = RegionSet.of(List.of(Region.of("a"), Region.of("b")));
        Panel.Builder b = Panel.builder(reg, ind, new int[] {2020});
        double[][] v = {{10, 20, 30, 40, 50}, {1, Double.NaN, 3, 4, 5}};
        for (int r = 0; r < 2; r++) {
            for (int i = 0; i < 5; i++) {
                b.set(Measure.EMPLOYMENT, 0, r, i, v[r][i]);
            }
        }
        return b.build();
    }

    @Test
    void twoDigitSumsFollowTheCodePrefixesAndKeepMissingCellsMissing() {
        IndustryAggregation.Result r = IndustryAggregation.aggregate(small(), "2", IndustryAggregation.Missing.STRICT,
                null, "en");
        Panel p = r.panel();
        assertThat(p.industries().list().stream().map(Industry::code)).containsExactly("10", "01", "47");
        // division 10 = 1011 + 1012 + 1020 (KBLI: a class's first two digits are its division)
        assertThat(p.get(Measure.EMPLOYMENT, 0, 0, 0)).isEqualTo(60.0);
        assertThat(p.get(Measure.EMPLOYMENT, 0, 0, 1)).isEqualTo(40.0);
        // region b's 1012 is unpublished: its division 10 is not known, not 1 + 3
        assertThat(p.get(Measure.EMPLOYMENT, 0, 1, 0)).isNaN();
        assertThat(p.get(Measure.EMPLOYMENT, 0, 1, 2)).isEqualTo(5.0);
        assertThat(r.missingCells()).isEqualTo(1);
        assertThat(r.note()).contains("5 → 3").contains("1 sums left missing");
        assertThat(p.industries().get(0).name()).isEqualTo("KBLI 10: Pemotongan hewan; Pengolahan unggas; … (3 industries)");
        assertThat(p.industries().get(0).parentCode()).isEqualTo("C");

        IndustryAggregation.Result pub = IndustryAggregation.aggregate(small(), "2",
                IndustryAggregation.Missing.PUBLISHED, null, "id");
        assertThat(pub.panel().get(Measure.EMPLOYMENT, 0, 1, 0)).isEqualTo(4.0);
        assertThat(pub.note()).contains("batas bawah");
    }

    @Test
    void sectionsAreThePdrbCategoriesOfBps() {
        IndustryAggregation.Result r = IndustryAggregation.aggregate(small(), "section",
                IndustryAggregation.Missing.STRICT, null, "id");
        assertThat(r.panel().industries().list().stream().map(Industry::code)).containsExactly("C", "A", "G");
        assertThat(r.panel().industries().get(0).name()).isEqualTo("Industri Pengolahan");
        Classification k = Classification.KBLI;
        // KBLI 2015 divisions → sections (BPS KBLI 2015, Peraturan BPS No. 19/2017); M+N and R+S+T+U as PDRB tables
        assertThat(IndustryAggregation.parentOf("7010", "section", k)).isEqualTo("M_N");
        assertThat(IndustryAggregation.parentOf("8211", "section", k)).isEqualTo("M_N");
        assertThat(IndustryAggregation.parentOf("9000", "section", k)).isEqualTo("R_S_T_U");
        assertThat(IndustryAggregation.parentOf("9700", "section", k)).isEqualTo("R_S_T_U");
        assertThat(IndustryAggregation.parentOf("3510", "section", k)).isEqualTo("D");
        assertThat(IndustryAggregation.parentOf("N", "section", k)).isEqualTo("M_N");
    }

    @Test
    void everyKbliCodeOfTheOfficialListLiesInItsSection() throws IOException {
        Path f = SharedData.require("idn-kbli").resolve("kbli2015.csv");
        int checked = 0;
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8).subList(1, Files.readAllLines(f).size())) {
            String[] c = line.split(",", 3);
            if (c.length < 3 || !c[1].matches("\\d{2,5}")) {
                continue;
            }
            assertThat(IndustryAggregation.kbliSection(Integer.parseInt(c[1].substring(0, 2)), c[1]))
                    .as(c[1]).isEqualTo(c[0].charAt(0));
            checked++;
        }
        assertThat(checked).as("KBLI 2015 divisions to sub-classes").isGreaterThan(1500);
    }

    @Test
    void pdrbSectionsAreNamedInTheReportsLanguageWithTheirValuesKept() {
        IndustrySet ind = new IndustrySet(List.of(new Industry("A", "Agriculture", 0, null, Classification.USER),
                new Industry("M_N", "Business services", 0, null, Classification.USER),
                new Industry("X9", "Other", 0, null, Classification.USER)));
        Panel.Builder b = Panel.builder(RegionSet.of(List.of(Region.of("a"))), ind, new int[] {2020});
        b.set(Measure.VALUE_ADDED, 0, 0, 0, 1.5).set(Measure.VALUE_ADDED, 0, 0, 1, 2.5);
        Panel p = IndustryAggregation.withSectionNames(b.build(), "id");
        // names from Klaster's list of the KBLI section titles (kbli-sections-17.csv)
        assertThat(p.industries().get(0).name()).isEqualTo("Pertanian, Kehutanan, dan Perikanan");
        assertThat(p.industries().get(1).name()).isEqualTo("Jasa Perusahaan");
        assertThat(p.industries().get(2).name()).isEqualTo("Other");
        assertThat(p.get(Measure.VALUE_ADDED, 0, 0, 1)).isEqualTo(2.5);
        assertThat(p.get(Measure.VALUE_ADDED, 0, 0, 2)).isNaN();
    }

    @Test
    void naicsSectorsMergeTheRangesNaicsMerges() {
        Classification n = Classification.NAICS;
        // NAICS 2017 manual: sectors 31-33 manufacturing, 44-45 retail, 48-49 transportation
        assertThat(IndustryAggregation.parentOf("311111", "section", n)).isEqualTo("31-33");
        assertThat(IndustryAggregation.parentOf("336111", "2", n)).isEqualTo("31-33");
        assertThat(IndustryAggregation.parentOf("452210", "2", n)).isEqualTo("44-45");
        assertThat(IndustryAggregation.parentOf("484110", "4", n)).isEqualTo("4841");
        assertThat(IndustryAggregation.parentOf("541110", "2", n)).isEqualTo("54");
        assertThat(IndustryAggregation.classificationOf(new IndustrySet(List.of(Industry.of("311111"),
                Industry.of("4841"))))).isEqualTo(n);
    }

    @Test
    void aCoarseCodeCannotBeSplitAndTheMessageNamesIt() {
        assertThatThrownBy(() -> IndustryAggregation.parentOf("10", "4", Classification.KBLI))
                .hasMessageContaining("'10'").hasMessageContaining("cannot be split");
        assertThatThrownBy(() -> IndustryAggregation.parentOf("C", "2", Classification.KBLI))
                .hasMessageContaining("'C'");
        assertThatThrownBy(() -> IndustryAggregation.parseLevel("7")).hasMessageContaining("'7'");
    }

    @Test
    void theDemoKeepsEveryRegionsTotalWhenSummedToDivisions() {
        Panel p = FineDemo.generate("en");
        IndustryAggregation.Result r = IndustryAggregation.aggregate(p, "2", IndustryAggregation.Missing.STRICT, null,
                "en");
        assertThat(r.panel().industries().size()).isLessThan(p.industries().size());
        for (Measure m : List.of(Measure.EMPLOYMENT, Measure.VALUE_ADDED)) {
            for (int y = 0; y < p.yearCount(); y += 7) {
                for (int reg = 0; reg < p.regions().size(); reg += 50) {
                    double a = 0;
                    double b = 0;
                    for (int i = 0; i < p.industries().size(); i++) {
                        a += p.get(m, y, reg, i);
                    }
                    for (int i = 0; i < r.panel().industries().size(); i++) {
                        b += r.panel().get(m, y, reg, i);
                    }
                    assertThat(b).isCloseTo(a, within(1e-9 * Math.max(1, a)));
                }
            }
        }
    }

    @Test
    void anIoTableIsSummedByBlocks() {
        // Z* = S Z Sᵀ, x* = S x (Miller & Blair 2009, section 4.3); a 3-sector table authored for the test
        IoTable io = IoTable.builder(List.of("1011", "1020", "0111"), null)
                .z(new double[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}).output(new double[] {100, 200, 300})
                .demand("hh", "households", IoTable.DemandKind.HOUSEHOLDS, new double[] {10, 20, 30}).build();
        IndustrySet ind = new IndustrySet(List.of(new Industry("1011", "x", 3, null, Classification.KBLI),
                new Industry("1020", "y", 3, null, Classification.KBLI),
                new Industry("0111", "z", 3, null, Classification.KBLI)));
        Panel.Builder b = Panel.builder(RegionSet.of(List.of(Region.of("a"))), ind, new int[] {2020});
        for (int i = 0; i < 3; i++) {
            b.set(Measure.EMPLOYMENT, 0, 0, i, 1);
        }
        IndustryAggregation.Result r = IndustryAggregation.aggregate(b.build(), "2",
                IndustryAggregation.Missing.STRICT, null, "en");
        IoTable agg = IndustryAggregation.aggregate(io, r);
        assertThat(agg.codes()).containsExactly("10", "01");
        assertThat(agg.z()[0]).containsExactly(1 + 2 + 4 + 5, 3 + 6);
        assertThat(agg.z()[1]).containsExactly(7 + 8, 9);
        assertThat(agg.output()).containsExactly(300, 300);
        assertThat(agg.finalDemand()).containsExactly(30, 30);
    }
}
