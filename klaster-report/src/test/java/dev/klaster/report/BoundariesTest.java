package dev.klaster.report;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BoundariesTest {
    @Test
    void allThirtyEightProvincesJoinTheSharedBoundaryFile() throws Exception {
        // idn-boundaries/README.md: 38 features, PROVINSI = name, KODE_PROV not unique for the Papua provinces
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        var regions = DemoPanel.generate().atLevel(RegionLevel.PROVINCE).regions().list();
        Boundaries.Joined j = Boundaries.read(geo, regions);
        assertThat(j.joinedRegions()).isEqualTo(38);
        assertThat(j.warnings()).isEmpty();
        assertThat(j.geoJson()).contains("\"name\":\"DI Yogyakarta\"").contains("\"name\":\"Papua Selatan\"");
    }

    @Test
    void theTopoJsonTwinOfTheProvinceFileJoinsTheSameRegions() throws Exception {
        // idn-boundaries/README.md: indonesia-38-provinces.topo.json holds the same 38 provinces as TopoJSON
        Path topo = SharedData.require("idn-boundaries/indonesia-38-provinces.topo.json");
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        var regions = DemoPanel.generate().atLevel(RegionLevel.PROVINCE).regions().list();
        Boundaries.Joined t = Boundaries.read(topo, regions);
        Boundaries.Joined g = Boundaries.read(geo, regions);
        assertThat(t.joinedRegions()).isEqualTo(38);
        assertThat(t.names()).isEqualTo(g.names());
        assertThat(t.geoJson()).as("decoded to GeoJSON for the map").contains("\"FeatureCollection\"")
                .contains("\"MultiPolygon\"").doesNotContain("\"Topology\"");
    }

    @Test
    void namesAreComparedWithoutTitlesAndAbbreviations() {
        assertThat(Boundaries.normalise("Daerah Istimewa Yogyakarta")).isEqualTo(Boundaries.normalise("DI Yogyakarta"));
        assertThat(Boundaries.normalise("Provinsi Kep. Riau")).isEqualTo(Boundaries.normalise("Kepulauan Riau"));
        assertThat(Boundaries.normalise("DKI Jakarta")).isEqualTo("dkijakarta");
    }

    @Test
    void aRegionWithoutPolygonBecomesAWarning(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("b.geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"nama\":\"Bali\"},\"geometry\":null},{\"type\":\"Feature\",\"properties\":{\"kode\":\"99\"},"
                + "\"geometry\":null}]}");
        var regions = DemoPanel.generate().atLevel(RegionLevel.PROVINCE).regions().list().subList(0, 17);
        Boundaries.Joined j = Boundaries.read(f, regions);
        assertThat(j.joinedRegions()).isEqualTo(1);
        // the feature coded 99 is outside the analysed regions: left out of the map, not a warning
        assertThat(j.geoJson()).doesNotContain("\"99\"");
        assertThat(j.warnings()).singleElement().asString().contains("no boundary for 16 of the 17 analysed region(s)");
    }

    @Test
    void theRegenciesOfJawaTimurJoinTheRealRegencyFileByCode() throws Exception {
        // idn-boundaries-kabkota-2020/README.md: official_code 'PP.KK' for 466 features (11.07 = BPS 1107), the
        // Kabupaten/Kota pairs without it matched by full name; all 514 BPS codes have exactly one polygon
        Path geo = SharedData.require("idn-boundaries-kabkota-2020/indonesia-adm2-2020-simplified.geojson");
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        var panel = dev.klaster.io.ingest.Ingest.run(dev.klaster.io.ingest.IngestRequest.of(pdrb)).panel()
                .atLevel(RegionLevel.REGENCY);
        var jatim = panel.regions().list().stream().filter(r -> r.code().startsWith("35")).toList();
        Boundaries.Joined j = Boundaries.read(geo, jatim);
        assertThat(jatim).hasSize(38);
        assertThat(j.joinedRegions()).isEqualTo(38);
        assertThat(j.warnings()).isEmpty();
        assertThat(j.rule()).contains("official_code");
        // only Jawa Timur's polygons are drawn (the map fits the province)
        assertThat(j.geoJson()).contains("\"province_code\":\"35\"").doesNotContain("\"province_code\":\"11\"");
    }

    @Test
    void papuaAndPapuaBaratKeepTheirBpsCodesWithTheCodeTable() throws Exception {
        // README: codes are BPS codes (Papua Barat = 91, Papua = 94), join on bps_code of adm2_bps_codes.csv
        Path dir = SharedData.require("idn-boundaries-kabkota-2020");
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        var panel = dev.klaster.io.ingest.Ingest.run(dev.klaster.io.ingest.IngestRequest.of(pdrb)).panel()
                .atLevel(RegionLevel.REGENCY);
        Boundaries.Joined j = Boundaries.read(dir.resolve("indonesia-adm2-2020-simplified.geojson"),
                panel.regions().list(), dir.resolve("adm2_bps_codes.csv"));
        assertThat(j.joinedRegions()).isEqualTo(514);
        var root = Json.MAPPER.readTree(j.geoJson());
        // the polygon drawn for BPS 9101 (Papua Barat, "FakFak" in the PDRB file) is Fakfak's, for 9401 (Papua) Merauke's: no Papua shift
        java.util.Map<String, String> drawn = new java.util.HashMap<>();
        for (var f : root.get("features")) {
            var p = f.get("properties");
            drawn.put(p.get("name").asText(), p.path("region_name").asText() + "|" + p.path("geometry_source_name").asText());
        }
        assertThat(drawn.get("FakFak")).containsIgnoringCase("fakfak");
        assertThat(drawn.get("Merauke")).containsIgnoringCase("merauke");
        assertThat(drawn.get("Kota Sorong")).containsIgnoringCase("sorong");
        assertThat(j.names()).containsEntry("9101", "FakFak").containsEntry("9401", "Merauke")
                .containsEntry("9171", "Kota Sorong").containsEntry("9471", "Kota Jayapura");
    }

    @Test
    void notAFeatureCollectionIsBadData(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("x.geojson");
        Files.writeString(f, "{\"type\":\"Feature\"}");
        assertThatThrownBy(() -> Boundaries.read(f, java.util.List.of()))
                .isInstanceOf(InputDataException.class)
                .hasMessageContaining("a boundary file must be a GeoJSON FeatureCollection")
                .hasMessageContaining("x.geojson");
    }
}
