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
        assertThat(j.warnings()).anyMatch(w -> w.contains("feature 2 [99] matches no region"))
                .anyMatch(w -> w.contains("no boundary for 16 region(s)"));
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
