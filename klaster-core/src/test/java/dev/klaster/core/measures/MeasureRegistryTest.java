package dev.klaster.core.measures;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The registry over the synthetic demo panel: every measure runs, tables are tidy, options are validated. */
class MeasureRegistryTest {
    private static final Panel DEMO = DemoPanel.generate();

    @Test
    void everyFamilyIsListedWithBilingualDescriptions() {
        assertThat(MeasureRegistry.all()).extracting(MeasureSpec::family).contains("concentration", "shiftshare",
                "typology", "specialization", "agglomeration", "growth");
        for (MeasureSpec s : MeasureRegistry.all()) {
            assertThat(s.english()).as(s.id()).isNotBlank();
            assertThat(s.indonesian()).as(s.id()).isNotBlank().isNotEqualTo(s.english());
        }
    }

    @Test
    void everyMeasureRunsOnTheDemoAsATidyTable() {
        for (MeasureSpec s : MeasureRegistry.all()) {
            if (s.family().equals("agglomeration")) {
                assertThatThrownBy(() -> s.apply(DEMO, null)).as(s.id())
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs establishments");
                continue;
            }
            Table t = s.apply(DEMO, null);
            List<String> cols = t.columns().stream().map(Table.Column::name).toList();
            assertThat(cols.subList(cols.size() - 2, cols.size())).as(s.id()).containsExactly("measure", "value");
            assertThat(t.rowCount()).as(s.id()).isPositive();
            assertThat(t.notes()).as(s.id() + " is labelled synthetic").anyMatch(n -> n.contains("synthetic"));
        }
    }

    @Test
    void analysisRegionsAreTheDeepestLevelAndTheReferenceTheirSum() {
        Table t = MeasureRegistry.get("lq").apply(DEMO, MeasureOptions.defaults().withMeasure(Measure.VALUE_ADDED));
        int rc = t.columnIndex("region");
        for (int r = 0; r < t.rowCount(); r++) {
            assertThat(t.text(r, rc)).as("the country row is not an analysis region").isNotEqualTo(DemoPanel.COUNTRY);
        }
        assertThat(t.rowCount()).isEqualTo(38 * 17);
    }

    @Test
    void shiftShareTotalsAddUpPerRegion() {
        Table t = MeasureRegistry.get("shiftshare_dunn").apply(DEMO, new MeasureOptions(Measure.EMPLOYMENT, null,
                2016, 2023, null, "31", null, null));
        double[] v = new double[5];
        String[] names = {"change", "national_share", "industry_mix", "regional_shift", "net_shift"};
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.text(r, t.columnIndex("industry")).equals("TOTAL")) {
                v[List.of(names).indexOf(t.text(r, t.columnIndex("measure")))] = t.number(r, t.columnIndex("value"));
            }
        }
        assertThat(v[1] + v[2] + v[3]).isCloseTo(v[0], within(1e-6 * Math.abs(v[0]) + 1e-9));
        assertThat(v[2] + v[3]).isCloseTo(v[4], within(1e-9 * Math.abs(v[4]) + 1e-9));
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> MeasureRegistry.get("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown measure 'nope'");
        assertThatThrownBy(() -> MeasureRegistry.get("lq").apply(DEMO, new MeasureOptions(null, 1999, null, null,
                null, null, null, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("year 1999 is not in the panel");
        assertThatThrownBy(() -> MeasureRegistry.get("lq").apply(DEMO, new MeasureOptions(null, null, null, null,
                null, "XX", null, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region XX is not among the 38 analysis regions");
        assertThatThrownBy(() -> MeasureRegistry.get("shiftshare_dunn").apply(DEMO, new MeasureOptions(null, null,
                2020, 2018, null, null, null, null))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end year 2018 must be after base year 2020");
        assertThatThrownBy(() -> MeasureRegistry.get("lq").apply(DEMO, new MeasureOptions(null, null, null, null,
                null, null, null, List.of("ZZ")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("base industry ZZ is not in the panel");
    }
}
