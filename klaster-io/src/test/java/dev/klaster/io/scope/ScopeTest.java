package dev.klaster.io.scope;

import dev.klaster.core.model.Classification;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;
import dev.klaster.core.testing.SharedData;
import dev.klaster.io.ingest.Finding;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.ingest.Severity;
import dev.klaster.io.ingest.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScopeTest {
    /** Country, two provinces (BPS codes 35 Jawa Timur, 91 Papua Barat) and two regencies each (BPS codes). */
    static Panel small() {
        List<Region> rs = List.of(new Region("9999", "Indonesia", RegionLevel.COUNTRY, null),
                new Region("35", "Jawa Timur", RegionLevel.PROVINCE, "9999"),
                new Region("3507", "Malang", RegionLevel.REGENCY, "35"),
                new Region("3522", "Bojonegoro", RegionLevel.REGENCY, "35"),
                new Region("91", "Papua Barat", RegionLevel.PROVINCE, "9999"),
                new Region("9101", "Fakfak", RegionLevel.REGENCY, "91"),
                new Region("9102", "Kaimana", RegionLevel.REGENCY, "91"));
        IndustrySet ind = new IndustrySet(List.of(new Industry("A", "A", 0, null, Classification.KBLI),
                new Industry("B", "B", 0, null, Classification.KBLI)));
        Panel.Builder b = Panel.builder(RegionSet.of(rs), ind, new int[] {2013, 2014, 2015});
        for (int y = 0; y < 3; y++) {
            for (int r = 0; r < rs.size(); r++) {
                b.set(Measure.VALUE_ADDED, y, r, 0, 10 + r + y);
                b.set(Measure.VALUE_ADDED, y, r, 1, 5 + r);
            }
        }
        return b.source("small").build();
    }

    static Scope.Request province(String p) {
        return new Scope.Request(p, null, null, SourceErrors.OnError.EXCLUDE);
    }

    @Test
    void namesAreComparedWithoutCaseAccentsAndPrefix() {
        assertThat(RegionNames.key("Provinsi JAWA  Tímur")).isEqualTo("jawa timur");
        assertThat(RegionNames.expand(RegionNames.key("Jatim"))).isEqualTo("jawa timur");
        assertThat(RegionNames.expand(RegionNames.key("DIY"))).isEqualTo("di yogyakarta");
    }

    @Test
    void provinceByCodeNameAbbreviationAndHundreds() {
        for (String p : new String[] {"35", "3500", "Jawa Timur", "jatim", "JAWA TÍMUR", "Provinsi Jawa Timur"}) {
            Scope.Scoped s = Scope.apply(small(), null, Measure.VALUE_ADDED, province(p), List.of());
            assertThat(s.panel().regions().list()).as(p).extracting(Region::code).containsExactly("3507", "3522");
            assertThat(s.level()).isEqualTo(RegionLevel.REGENCY);
            assertThat(s.province().code()).isEqualTo("35");
        }
    }

    @Test
    void aMisspelledProvinceIsAUsageErrorWithTheNearestNames() {
        assertThatThrownBy(() -> Scope.apply(small(), null, Measure.VALUE_ADDED, province("Jawa Timor"), List.of()))
                .isInstanceOf(ScopeException.class).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("did you mean Jawa Timur (35)?");
    }

    @Test
    void kemendagriCodeOnlyThroughTheBridge(@TempDir Path dir) throws Exception {
        // BPS 91 = Kemendagri 92 (Papua Barat), as in the BPS bridging table (idn-admin-codes README, row 91,92)
        Path bridge = dir.resolve("bridge.csv");
        Files.writeString(bridge, "kode_bps,nama_bps,kode_dagri,nama_dagri\n91,PAPUA BARAT,92,PAPUA BARAT\n"
                + "35,JAWA TIMUR,35,JAWA TIMUR\n");
        assertThatThrownBy(() -> Scope.apply(small(), null, Measure.VALUE_ADDED, province("92"), List.of()))
                .isInstanceOf(ScopeException.class);
        Scope.Scoped s = Scope.apply(small(), null, Measure.VALUE_ADDED, province("92"), List.of(bridge));
        assertThat(s.province().code()).isEqualTo("91");
    }

    @Test
    void finestCompleteLevelAndOneLevelPerAnalysis(@TempDir Path dir) throws Exception {
        Scope.Scoped all = Scope.apply(small(), null, Measure.VALUE_ADDED, Scope.Request.none(), List.of());
        assertThat(all.level()).as("regencies all have last-year data: the finest complete level")
                .isEqualTo(RegionLevel.REGENCY);
        assertThat(all.levelRule()).isEqualTo("finest-complete");
        assertThat(all.statements("en").get(0)).contains("finest complete level");
        assertThat(all.statements("id").get(0)).contains("tingkat terhalus");
        Path list = dir.resolve("corridor.csv");
        Files.writeString(list, "code\n3507\nFakfak\n35\n");
        assertThatThrownBy(() -> Scope.apply(small(), null, Measure.VALUE_ADDED,
                new Scope.Request(null, list, null, null), List.of()))
                .isInstanceOf(ScopeException.class).hasMessageContaining("mixes levels");
        Scope.Scoped regs = Scope.apply(small(), null, Measure.VALUE_ADDED,
                new Scope.Request(null, list, "regency", null), List.of());
        assertThat(regs.panel().regions().list()).extracting(Region::code).containsExactly("3507", "9101");
        Files.writeString(list, "3507\nFakfek\n");
        assertThatThrownBy(() -> Scope.apply(small(), null, Measure.VALUE_ADDED,
                new Scope.Request(null, list, null, null), List.of()))
                .isInstanceOf(ScopeException.class).hasMessageContaining("corridor.csv:2")
                .hasMessageContaining("Fakfak (9101)");
    }

    @Test
    void sourceErrorRowsExcludedKeptOrFatal() {
        Panel p = small();
        ValidationReport v = new ValidationReport(List.of(new Finding(Severity.ERROR, "sum-to-total", "f.csv", 7,
                "3522", "TOTAL", 2014, "value_added", 1, 1, 1, "3522 Bojonegoro 2014: sectors add up to ...")));
        Scope.Scoped ex = Scope.apply(p, v, Measure.VALUE_ADDED, province("35"), List.of());
        assertThat(ex.sourceErrors()).hasSize(1);
        assertThat(ex.panel().get(Measure.VALUE_ADDED, 1, 1, 0)).isNaN();
        assertThat(ex.panel().get(Measure.VALUE_ADDED, 0, 1, 0)).as("other years untouched").isEqualTo(13.0);
        assertThat(ex.statements("en")).anyMatch(x -> x.contains("excluded") && x.contains("3522 2014"));
        Scope.Scoped keep = Scope.apply(p, v, Measure.VALUE_ADDED,
                new Scope.Request("35", null, null, SourceErrors.OnError.KEEP), List.of());
        assertThat(keep.panel().get(Measure.VALUE_ADDED, 1, 1, 0)).isEqualTo(14.0);
        assertThatThrownBy(() -> Scope.apply(p, v, Measure.VALUE_ADDED,
                new Scope.Request("35", null, null, SourceErrors.OnError.FAIL), List.of()))
                .isInstanceOf(InputDataException.class).hasMessageContaining("f.csv");
    }

    @Test
    void jawaTimurOnTheRealRegencyFile() {
        Path f = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Ingested in = Ingest.run(IngestRequest.of(f));
        Scope.Scoped s = Scope.apply(in.panel(), in.report(), Measure.VALUE_ADDED, province("Jawa Timur"),
                List.of());
        // BPS: Jawa Timur has 29 regencies and 9 cities; the data README lists Malang, Bojonegoro and Gresik 2014
        // among the rows whose sectors do not add up to the TOTAL
        assertThat(s.panel().regions().size()).isEqualTo(38);
        assertThat(s.sourceErrors()).extracting(r -> r.region() + " " + r.year())
                .containsExactlyInAnyOrder("3507 2014", "3522 2014", "3525 2014");
        int boj = s.panel().regions().indexOf("3522");
        assertThat(s.panel().get(Measure.VALUE_ADDED, s.panel().yearIndex(2014), boj, 1)).as("mining 2014").isNaN();
    }

    static Scope.Request withReference(String province, String reference) {
        return new Scope.Request(province, null, null, SourceErrors.OnError.EXCLUDE, reference, null);
    }

    @Test
    void referenceIsThePublishedRowOrTheAnalysedSum() {
        // small(): Jawa Timur (row 1) has A = 11, 12, 13 and B = 6 in 2013–2015; Indonesia (row 0) A = 10 + y, B = 5
        Scope.Scoped prov = Scope.apply(small(), null, Measure.VALUE_ADDED, withReference("35", "province"),
                List.of());
        assertThat(prov.reference().industries(Measure.VALUE_ADDED, 2015)).containsExactly(13, 6);
        assertThat(prov.reference().label("en")).isEqualTo("the published row of Jawa Timur (35)");
        assertThat(prov.statements("en")).anyMatch(x -> x.contains("the published row of Jawa Timur (35)"));
        Scope.Scoped nat = Scope.apply(small(), null, Measure.VALUE_ADDED, withReference("35", "national"),
                List.of());
        assertThat(nat.reference().industries(Measure.VALUE_ADDED, 2013)).containsExactly(10, 5);
        assertThat(Scope.apply(small(), null, Measure.VALUE_ADDED, withReference("35", "regions"), List.of())
                .reference()).isNull();
        // all regencies of two provinces: "province" has no single province to stand for (usage error, exit 2)
        assertThatThrownBy(() -> Scope.apply(small(), null, Measure.VALUE_ADDED, withReference(null, "province"),
                List.of())).isInstanceOf(ScopeException.class).hasMessageContaining("in 2 provinces");
        // a word that is neither a keyword nor a file read by the CLI
        assertThatThrownBy(() -> Scope.apply(small(), null, Measure.VALUE_ADDED, withReference("35", "nasional"),
                List.of())).isInstanceOf(ScopeException.class).hasMessageContaining("regions, province, national");
    }

    @Test
    void withoutAProvinceRowTheReferenceIsTheSumOfItsRegenciesOverMatchedCells() {
        Panel p = small();
        Panel regencies = p.subsetRegions(p.regions().atLevel(RegionLevel.REGENCY));
        Scope.Scoped s = Scope.apply(regencies, null, Measure.VALUE_ADDED, withReference("35", "province"), List.of());
        // Malang (r = 2 in small()) A = 12 + y, Bojonegoro (r = 3) A = 13 + y → 2014: 13 + 14 = 27; B: 7 + 8 = 15
        assertThat(s.reference().industries(Measure.VALUE_ADDED, 2014)).containsExactly(27, 15);
        assertThat(s.reference().label("en")).startsWith("the sum of the 2 regencies/cities of");
    }

    @Test
    void surabayaAgainstThePublishedJawaTimurRow() {
        Path f = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Ingested in = Ingest.run(IngestRequest.of(f));
        Scope.Scoped s = Scope.apply(in.panel(), in.report(), Measure.VALUE_ADDED, withReference("jatim",
                "province"), List.of());
        // BPS CSV 2020: Kota Surabaya (3578) C = 76,384.52 of 390,936.42 (17 sectors); the published Jawa Timur row
        // (3500) C = 488,377 of 1,611,393 → LQ = 0.6446819223137127 (independent Python check on the CSV)
        Panel p = s.panel();
        int c = p.industries().indexOf("C");
        double[][] lq = dev.klaster.core.concentration.LocationQuotient.matrix(p.slice(Measure.VALUE_ADDED, 2020)
                .toMatrix(), null, s.reference().industries(Measure.VALUE_ADDED, 2020));
        assertThat(lq[p.regions().indexOf("3578")][c]).isCloseTo(0.6446819223137127,
                org.assertj.core.api.Assertions.within(1e-9));
    }
}
