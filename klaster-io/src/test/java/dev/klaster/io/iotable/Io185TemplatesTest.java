package dev.klaster.io.iotable;

import dev.klaster.core.cluster.IoTemplates;
import dev.klaster.core.cluster.Validation;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The BPS national IO table 2016 at 185 products (../shared/data/idn-io-national-2016-185/, sheet BCD 185) read by
 * {@link BpsIoReader}, its 185 → 17 concordance, and the Feser–Bergman templates built from it.
 */
class Io185TemplatesTest {
    static final String DIR = "idn-io-national-2016-185/";

    static IoTable table() {
        return BpsIoReader.read(SharedData.require(DIR + "io2016_185_domestic_basic_prices.csv"));
    }

    @Test
    void tableIsSquareAndMatchesTheReadmeTotals() {
        IoTable t = table();
        assertThat(t.codes()).hasSize(185);
        assertThat(t.z()).hasNumberOfRows(185);
        for (double[] row : t.z()) {
            assertThat(row).hasSize(185);
        }
        // README of idn-io-national-2016-185: "Total output 23,230,338,302; GVA (Σ row 2090) 12,171,367,785"
        // (million rupiah); the CSV holds whole numbers, so the sums are exact up to rounding of doubles (tol 1)
        double x = 0;
        for (double v : t.output()) {
            x += v;
        }
        assertThat(x).isCloseTo(23_230_338_302.0, within(1.0));
        double gva = 0;
        for (double v : t.valueAdded()) {
            gva += v;
        }
        assertThat(gva).isCloseTo(12_171_367_785.0, within(1.0));
        assertThat(ProductConcordance.isBps185(t.codes())).isTrue();
    }

    @Test
    void builtInConcordanceEqualsTheBpsSheet() {
        // io2016_185_columns.csv: sector17/kbli_section from the BPS sheet "4 Klasifikasi 17 Sektor"
        Map<String, String> file = ProductConcordance.read(SharedData.require(DIR + "io2016_185_columns.csv"));
        assertThat(file).hasSize(185);
        assertThat(ProductConcordance.bps185()).isEqualTo(file);
    }

    static IoTemplates.Result templates(IoTemplates.Options o) {
        IoTable t = table();
        String[] codes = t.codes().toArray(String[]::new);
        Map<String, String> sec = ProductConcordance.bps185();
        String[] sections = t.codes().stream().map(sec::get).toArray(String[]::new);
        return IoTemplates.build(codes, t.names().toArray(String[]::new), sections, t.z(), t.output(), o);
    }

    @Test
    void templatesAreNamedStableAndHoldKnownLinks() {
        IoTemplates.Result r = templates(IoTemplates.Options.defaults());
        for (IoTemplates.Template t : r.templates()) {
            System.out.printf("%s %-45s %-45s n=%d ratio=%.2f%n", t.id(), t.name().nameId(), t.name().nameEn(),
                    t.members().size(), t.linkage().ratio());
            for (IoTemplates.Member m : t.members()) {
                System.out.println("     " + m.code() + " " + m.label() + " — " + m.evidence("en"));
            }
        }
        System.out.println("excluded " + r.excluded());
        System.out.printf("modularity %.3f within/between %.2f%n", r.modularity(), r.withinBetweenRatio());
        assertThat(r.templates()).hasSizeBetween(12, 40);
        for (IoTemplates.Template t : r.templates()) {
            assertThat(t.name().nameId()).isNotBlank().doesNotContainPattern("^C\\d+ \\(");
            assertThat(t.name().nameEn()).isNotBlank().doesNotContainPattern("^C\\d+ \\(");
            assertThat(t.members()).hasSizeGreaterThanOrEqualTo(2);
        }
        // the data: L(020 Kelapa Sawit, 058 Minyak Hewani dan Minyak Nabati) = 0.926, the 4th strongest pair of the
        // table (92.6 % of oil palm's intermediate sales go to vegetable oil)
        int palm = index(r, "020");
        assertThat(r.membership()[palm]).isGreaterThanOrEqualTo(0).isEqualTo(r.membership()[index(r, "058")]);
        assertThat(r.templates().get(r.membership()[palm]).name().family()).isEqualTo("palm_oil");
        // L(075 Rokok, 076 Tembakau Olahan) = 0.983, the strongest pair; L(078 Tekstil, 082 Pakaian Jadi) = 0.912
        assertThat(r.membership()[index(r, "075")]).isEqualTo(r.membership()[index(r, "076")]);
        assertThat(r.membership()[index(r, "078")]).isEqualTo(r.membership()[index(r, "082")]);
        // trade (156) and other margins-type products are never template members
        assertThat(r.membership()[index(r, "156")]).isEqualTo(-1);
        assertThat(r.membership()[index(r, "158")]).isEqualTo(-1);
        // seeded: the same seed gives the same templates; another seed nearly the same partition
        IoTemplates.Result again = templates(IoTemplates.Options.defaults());
        assertThat(again.membership()).isEqualTo(r.membership());
        IoTemplates.Result other = templates(IoTemplates.Options.defaults().withSeed(7));
        double ari = Validation.adjustedRandIndex(r.membership(), other.membership());
        System.out.printf("ARI seed 42 vs 7: %.3f%n", ari);
        assertThat(ari).isGreaterThan(0.7);
    }

    static int index(IoTemplates.Result r, String code) {
        for (int i = 0; i < r.codes().length; i++) {
            if (r.codes()[i].equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code);
    }

}
