package dev.klaster.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.table.Table;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReportBuilderTest {
    private static final Panel DEMO = DemoPanel.generate();

    @Test
    void demoReportIsIndonesianSyntheticAndHasTheLqHeatmapAndMaps() {
        assertThat(ReportBuilder.defaultLang(DEMO)).as("country code ID").isEqualTo(Lang.ID);
        ReportModel m = new ReportBuilder(Lang.ID, null).panelOverview(DEMO)
                .addLocationQuotient(DEMO, Measure.VALUE_ADDED).addRegionMaps(DEMO, Measure.VALUE_ADDED).build();
        assertThat(m.synthetic()).isTrue();
        assertThat(m.regionCount()).isEqualTo(38);
        assertThat(m.years()).hasSize(8);
        assertThat(m.sections()).extracting(Section::id).containsExactly("data", "leading", "map");
        assertThat(m.charts()).extracting(Chart::kind).contains("heatmap", "symbol-map", "bar");
        assertThat(m.maps()).containsKey(ReportBuilder.OUTLINE_MAP);
    }

    @Test
    void lqTableMatchesTheCoreFunction() {
        ReportModel m = new ReportBuilder(Lang.EN, null).addLocationQuotient(DEMO, Measure.VALUE_ADDED).build();
        Chart heat = m.charts().get(0);
        Table full = heat.workbookTables().get(0);
        Panel prov = DEMO.atLevel(RegionLevel.PROVINCE);
        double[][] lq = LocationQuotient.matrix(prov.sliceAt(Measure.VALUE_ADDED, prov.yearCount() - 1).toMatrix());
        // row order is region-major over the 38 × 17 cells; compare Bali (index of code 51) × I (accommodation)
        int r = prov.regions().indexOf("51");
        int i = prov.industries().indexOf("I");
        int row = r * prov.industries().size() + i;
        assertThat(full.text(row, 0)).isEqualTo("51");
        assertThat(full.text(row, 2)).isEqualTo("I");
        assertThat(full.number(row, full.columnIndex("LQ (index)"))).isCloseTo(lq[r][i], within(1e-12));
    }

    @Test
    void leadingSectorOfKalimantanTimurIsMining() {
        // DemoPanel tilts province 64 towards B (mining) by 5.5 ×, so B must rank first by LQ
        ReportModel m = new ReportBuilder(Lang.EN, null).addLocationQuotient(DEMO, Measure.VALUE_ADDED).build();
        TableBlock lead = (TableBlock) m.sections().get(0).blocks().get(1);
        Table t = lead.table();
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.text(r, 0).equals("64") && t.number(r, 2) == 1) {
                assertThat(t.text(r, 3)).isEqualTo("B");
                return;
            }
        }
        throw new AssertionError("no rank-1 row for province 64");
    }

    @Test
    void growthIsTheAverageAnnualRate() {
        // 100 -> 121 over 2 years: (121/100)^(1/2) - 1 = 10 %
        assertThat(ReportBuilder.cagr(100, 121, 2)).isCloseTo(10.0, within(1e-12));
        assertThat(ReportBuilder.cagr(0, 121, 2)).as("undefined from zero").isNaN();
    }

    @Test
    void everyAddMethodFillsItsSectionInOrder() {
        ReportModel m = Fixtures.full(Lang.EN).build();
        assertThat(m.sections()).extracting(Section::id).containsExactly("data", "leading", "map", "shiftshare",
                "klassen", "clusters", "connectivity", "competitiveness", "impact");
        assertThat(m.charts()).extracting(Chart::kind).contains("heatmap", "stacked-bar", "waterfall", "quadrant",
                "bubble", "step", "roles", "network", "radar", "bar", "symbol-map");
        assertThat(m.warnings()).contains("fixture warning: 2 rows of the input were dropped (test)");
    }

    @Test
    void stagesAreTranslatedAndOrdered() {
        ReportModel m = new ReportBuilder(Lang.ID, null)
                .addStageHistory(null, Fixtures.stageHistory(), "cluster", "year", "stage").build();
        JsonNode o = m.charts().get(0).option(new Messages(Lang.ID));
        assertThat(o.at("/yAxis/data").toString()).isEqualTo("[\"Embrio\",\"Tumbuh\",\"Matang\",\"Menurun\"]");
    }

    @Test
    void portfolioLegendFollowsTheLifeCycle() {
        ReportModel m = new ReportBuilder(Lang.EN, null).addClusterPortfolio(null, Fixtures.portfolio(), "cluster",
                "dlq", "lq", "employment", "stage").build();
        JsonNode o = m.charts().get(0).option(new Messages(Lang.EN));
        assertThat(o.at("/legend/data").toString()).isEqualTo("[\"Embryo\",\"Growing\",\"Mature\",\"Declining\"]");
    }

    @Test
    void unknownSectionIsRejected() {
        assertThatThrownBy(() -> new ReportBuilder(Lang.EN, null).addTable("nope", "t", "", Fixtures.impact()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown report section 'nope'");
    }

    @Test
    void duplicateIdsAreRejected() {
        ReportBuilder b = new ReportBuilder(Lang.EN, null);
        b.add("impact", TableBlock.of("x", "a", "", Fixtures.impact()));
        b.add("impact", TableBlock.of("x", "b", "", Fixtures.impact()));
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duplicate chart/table id 'x' in section 'impact'");
    }
}
