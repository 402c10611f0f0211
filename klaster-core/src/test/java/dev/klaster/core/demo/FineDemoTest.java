package dev.klaster.core.demo;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FineDemoTest {
    private static final Panel P = FineDemo.generate();

    @Test
    void shapeIsIndonesias() {
        // 514 regencies/cities (416 kabupaten + 98 kota, BPS 2020 count as authored in regency-counts.csv),
        // 38 provinces, one country; 119 industries of fine-industries.csv; 2016-2023
        assertThat(P.regions().atLevel(RegionLevel.REGENCY)).hasSize(514);
        assertThat(P.regions().atLevel(RegionLevel.PROVINCE)).hasSize(38);
        assertThat(P.industries().size()).isEqualTo(119);
        assertThat(P.years()).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023);
        assertThat(P.synthetic()).isTrue();
        assertThat(P.has(Measure.ESTABLISHMENTS)).isTrue();
        long kota = P.regions().list().stream().filter(r -> r.name().startsWith("Kota ")).count();
        assertThat(kota).isEqualTo(98);
        long distinct = P.regions().list().stream().map(r -> r.name()).distinct().count();
        assertThat(distinct).isEqualTo(P.regions().size());
    }

    @Test
    void deterministicAndSumsUp() {
        Panel again = FineDemo.generate();
        int y = P.yearIndex(2023);
        int jateng = P.regions().indexOf("33");
        int furniture = P.industries().indexOf("3100");
        assertThat(again.get(Measure.EMPLOYMENT, y, jateng, furniture))
                .isEqualTo(P.get(Measure.EMPLOYMENT, y, jateng, furniture));
        // a province row is the sum of its regencies (by construction), exact for counts
        double sum = 0;
        for (int r : P.regions().childrenOf("33")) {
            sum += P.get(Measure.EMPLOYMENT, y, r, furniture);
        }
        assertThat(P.get(Measure.EMPLOYMENT, y, jateng, furniture)).isEqualTo(sum);
    }

    @Test
    void plantedFurnitureClusterIsConcentrated() {
        // the planting multiplies furniture jobs in 3320 by 9: its LQ against the country must be well above 3
        int y = P.yearIndex(2023);
        int r = P.regions().indexOf("3320");
        int id = P.regions().indexOf(DemoPanel.COUNTRY);
        int i = P.industries().indexOf("3100");
        double share = P.get(Measure.EMPLOYMENT, y, r, i) / total(r, y);
        double nat = P.get(Measure.EMPLOYMENT, y, id, i) / total(id, y);
        assertThat(share / nat).isGreaterThan(3);
    }

    @Test
    void ioTableBalancesAndLinksThePlantedChains() {
        IoTable t = FineDemoIo.generate();
        assertThat(t.size()).isEqualTo(119);
        // value added of the table equals the panel's national value added in 2019 (construction rule), 0.5 %
        int y = P.yearIndex(FineDemoIo.YEAR);
        int id = P.regions().indexOf(DemoPanel.COUNTRY);
        int cpo = P.industries().indexOf("1043");
        int palm = P.industries().indexOf("0126");
        double vaPanel = P.get(Measure.VALUE_ADDED, y, id, cpo);
        double va = t.output()[cpo] * FineDemoIo.vaRatio(FineDemo.specs().get(cpo));
        assertThat(va).isCloseTo(vaPanel, within(vaPanel * 0.005));
        // crude palm oil buys a large share of its output from oil palm plantations (authored a = 0.55, scaled)
        assertThat(t.z()[palm][cpo] / t.output()[cpo]).isGreaterThan(0.2);
    }

    private static double total(int r, int y) {
        double s = 0;
        for (int i = 0; i < P.industries().size(); i++) {
            s += P.get(Measure.EMPLOYMENT, y, r, i);
        }
        return s;
    }
}
