package dev.klaster.core.competitiveness;

import dev.klaster.core.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FactorCoverageTest {
    @Test
    void allNineFactorsAreListedAndThoseWithoutDataSaySoAndHowToMeasureThem() {
        Framework fw = Framework.defaults();
        List<Assessment.Unit> units = List.of(new Assessment.Unit("35", "C1"), new Assessment.Unit("36", "C1"));
        // only LQ computed, no survey: Rosenfeld (1997) nine factors, of which only specialisation has data
        Assessment.Result r = Assessment.assess(fw, units, Map.of("lq", new double[] {1.2, 0.8}), Survey.empty());
        Table en = FactorCoverage.table(fw, r, "en");
        assertThat(en.rowCount()).isEqualTo(9);
        assertThat(en.text(0, 1)).isEqualTo("scored for 2 of 2 regional clusters");
        assertThat(en.text(1, 0)).isEqualTo("R&D capacity");
        assertThat(en.text(1, 1)).isEqualTo("no data");
        assertThat(en.text(1, 3)).startsWith("Firms in this cluster can use research");
        Table id = FactorCoverage.table(fw, r, "id");
        assertThat(id.text(1, 0)).isEqualTo("Kapasitas litbang");
        assertThat(id.text(1, 1)).isEqualTo("tidak ada data");
        assertThat(id.text(1, 3)).startsWith("Perusahaan di klaster ini");
        long noData = java.util.stream.IntStream.range(0, 9).filter(k -> en.text(k, 1).equals("no data")).count();
        assertThat(noData).as("all but specialisation").isEqualTo(8);
    }
}
