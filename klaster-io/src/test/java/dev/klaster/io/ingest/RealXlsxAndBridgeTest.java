package dev.klaster.io.ingest;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The original BPS pivot workbooks and the BPS↔Kemendagri bridge of ../shared/data. */
class RealXlsxAndBridgeTest {
    static final String DIR = "idn-pdrb-kabkota-2013-2020/";

    @Test
    void pivotWorkbookGivesTheSameNumbersAsTheCsv() {
        Path xlsx = SharedData.require(DIR + "original_xlsx/pdrb_adhk_kabkota_2013.xlsx");
        Path csv = SharedData.require(DIR + "pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Panel x = Ingest.run(IngestRequest.of(xlsx)).panel();
        Panel c = Ingest.run(IngestRequest.of(csv)).panel();
        // the CSV was converted from these workbooks (README): same regions, sectors and 2013 values
        assertThat(x.years()).containsExactly(2013);
        assertThat(x.regions().size()).isEqualTo(549);
        assertThat(x.regions().atLevel(RegionLevel.PROVINCE)).hasSize(34);
        assertThat(x.industries().codes()).containsExactly(c.industries().codes());
        assertThat(x.regions().byCode("1101").name()).isEqualTo("Simeulue");
        assertThat(x.regions().byCode("11").name()).isEqualTo("Aceh"); // "Provinsi Aceh" in the sheet
        assertThat(x.regions().byCode("1101").parentCode()).isEqualTo("11"); // filled down from the province row
        assertThat(x.regions().groups().get("Pulau Sumatera")).contains("11", "1101");
        int yc = c.yearIndex(2013);
        for (int r = 0; r < x.regions().size(); r++) {
            int rc = c.regions().indexOf(x.regions().get(r).code());
            assertThat(rc).isNotNegative();
            for (int i = 0; i < x.industries().size(); i++) {
                assertThat(x.get(Measure.VALUE_ADDED, 0, r, i)).as("%s %s", x.regions().get(r).code(), i)
                        .isEqualTo(c.get(Measure.VALUE_ADDED, yc, rc, i));
            }
        }
    }

    @Test
    void pivotWorkbookFindsTheDocumented2013Mismatch() {
        Path xlsx = SharedData.require(DIR + "original_xlsx/pdrb_adhk_kabkota_2013.xlsx");
        List<Finding> errors = Ingest.run(IngestRequest.of(xlsx)).report().bySeverity(Severity.ERROR);
        // README: 2013 Pegunungan Arfak (9112) is the one 2013 row not adding up; line = sheet row
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.region()).isEqualTo("9112");
            assertThat(f.file()).isEqualTo("pdrb_adhk_kabkota_2013.xlsx");
            assertThat(f.line()).isGreaterThan(3);
        });
    }

    @Test
    void bridgeTranslatesBpsToKemendagri() {
        Path csv = SharedData.require(DIR + "pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Path kab = SharedData.require("idn-admin-codes/bps_kemendagri_bridge_kabkota_2020.csv");
        Path prov = SharedData.require("idn-admin-codes/bps_kemendagri_bridge_provinsi_2020.csv");
        Panel bps = Ingest.run(IngestRequest.of(csv)).panel();
        Panel dagri = Ingest.run(IngestRequest.of(csv).withBridge(List.of(kab, prov), CodeSystem.KEMENDAGRI)).panel();
        // bridge file line 2: BPS 1101 SIMEULUE = Kemendagri 1109 KAB. SIMEULUE (not 1101, which is Aceh Selatan)
        assertThat(dagri.regions().byCode("1109").name()).isEqualTo("Simeulue");
        assertThat(dagri.regions().byCode("1101").name()).isEqualTo("Aceh Selatan");
        // README of idn-admin-codes: Papua BPS 94 = Kemendagri 91, Papua Barat BPS 91 = Kemendagri 92
        assertThat(dagri.regions().byCode("91").name()).isEqualTo(bps.regions().byCode("94").name());
        assertThat(dagri.regions().byCode("92").name()).isEqualTo(bps.regions().byCode("91").name());
        assertThat(dagri.regions().byCode("1109").parentCode()).isEqualTo("11");
        // values move with the region: Simeulue 2013 C = 18.07 (CSV line 3)
        int y = dagri.yearIndex(2013);
        assertThat(dagri.get(Measure.VALUE_ADDED, y, dagri.regions().indexOf("1109"), dagri.industries().indexOf("C")))
                .isEqualTo(18.07);
    }

    @Test
    void bridgeTranslatesKemendagriToBps(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path kab = SharedData.require("idn-admin-codes/bps_kemendagri_bridge_kabkota_2020.csv");
        Path f = dir.resolve("dagri.csv");
        // Kemendagri codes with dots as in regencies.csv: 11.09 = Simeulue, 32.73 = Kota Bandung
        java.nio.file.Files.writeString(f, "region,industry,year,value\n11.09,C,2020,5\n32.73,C,2020,7\n");
        Panel p = Ingest.run(IngestRequest.of(f).withBridge(List.of(kab), CodeSystem.BPS)).panel();
        // bridge: kode_dagri 1109 = kode_bps 1101; kode_dagri 3273 = kode_bps 3273
        assertThat(p.regions().list().stream().map(dev.klaster.core.model.Region::code)).containsExactly("1101", "3273");
        assertThat(p.get(Measure.EMPLOYMENT, 0, 0, 0)).isEqualTo(5.0);
    }

    @Test
    void bridgeWithoutProvincesNamesTheUnmatchedCodes() {
        Path csv = SharedData.require(DIR + "pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Path kab = SharedData.require("idn-admin-codes/bps_kemendagri_bridge_kabkota_2020.csv");
        assertThatThrownBy(() -> Ingest.run(IngestRequest.of(csv).withBridge(List.of(kab), CodeSystem.KEMENDAGRI)))
                .isInstanceOf(InputDataException.class)
                .hasMessageStartingWith("bps_kemendagri_bridge_kabkota_2020.csv: 34 region code(s) not in the code bridge: 11 (Aceh), 12 (Sumatera Utara)")
                .hasMessageContaining("province bridge");
    }
}
