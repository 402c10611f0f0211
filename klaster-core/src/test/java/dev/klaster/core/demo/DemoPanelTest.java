package dev.klaster.core.demo;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPanelTest {
    @Test
    void hasIndonesiasShape() {
        Panel p = DemoPanel.generate();
        // 38 provinces: Indonesia since the 2022 Papua split (Law 14-16/2022 and 29/2022)
        assertThat(p.regions().atLevel(RegionLevel.PROVINCE)).hasSize(38);
        assertThat(p.industries().size()).isEqualTo(17);
        assertThat(p.synthetic()).isTrue();
        // the seed articles' Eastern Indonesia: 12 provinces before the split, 4 new Papua provinces since
        assertThat(p.regions().group(DemoPanel.GROUP_EAST)).hasSize(16);
        assertThat(p.regions().group(DemoPanel.GROUP_WEST)).hasSize(22);
    }

    @Test
    void isDeterministicAndCountryIsSumOfProvinces() {
        Panel a = DemoPanel.generate();
        Panel b = DemoPanel.generate();
        int y = a.yearCount() - 1;
        double sum = 0;
        for (int r = 1; r < a.regions().size(); r++) {
            sum += a.get(Measure.VALUE_ADDED, y, r, 2);
            assertThat(a.get(Measure.EMPLOYMENT, y, r, 2)).isEqualTo(b.get(Measure.EMPLOYMENT, y, r, 2));
        }
        assertThat(a.get(Measure.VALUE_ADDED, y, 0, 2)).isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-6 * sum));
    }
}
