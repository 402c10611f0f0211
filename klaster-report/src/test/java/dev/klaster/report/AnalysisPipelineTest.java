package dev.klaster.report;

import dev.klaster.core.demo.DemoIoTable;
import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.measures.MeasureOptions;
import dev.klaster.core.measures.MeasureRegistry;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;
import dev.klaster.core.testing.SharedData;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.iotable.BpsIoReader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The whole analyze pipeline on the demo and on real BPS data (PDRB 2013–2020 + national IO table 2020). */
class AnalysisPipelineTest {
    private static final List<String> ALL_SECTIONS = List.of("data", "leading", "map", "shiftshare", "klassen",
            "clusters", "connectivity", "competitiveness", "impact");

    private static Map<String, List<String>> chartKinds(ReportModel model) {
        return model.sections().stream().collect(Collectors.toMap(Section::id, s -> s.blocks().stream()
                .filter(b -> b instanceof Chart).map(b -> ((Chart) b).kind()).toList()));
    }

    @Test
    void demoProducesEverySectionAndItsCharts() {
        AnalysisPipeline.Result r = AnalysisPipeline.run(DemoPanel.generate(), null, DemoIoTable.generate(),
                AnalysisPipeline.Options.defaults());
        ReportModel model = r.model();
        assertThat(model.sections().stream().map(Section::id).toList()).containsExactlyElementsOf(ALL_SECTIONS);
        assertThat(model.lang()).as("Indonesian data → Indonesian report").isEqualTo(Lang.ID);
        assertThat(model.synthetic()).as("synthetic banner").isTrue();
        Map<String, List<String>> kinds = chartKinds(model);
        assertThat(kinds.get("leading")).as("LQ heatmap").contains("heatmap");
        assertThat(kinds.get("shiftshare")).as("stacked bars by region, waterfall, bars by sector")
                .containsExactly("stacked-bar", "waterfall", "stacked-bar");
        assertThat(kinds.get("klassen")).containsExactly("quadrant");
        assertThat(kinds.get("map")).as("two maps and the growth bars").hasSize(3);
        assertThat(kinds.get("connectivity")).containsExactly("quadrant", "network");
        assertThat(kinds.get("clusters")).as("portfolio, stage history, member roles")
                .containsExactly("bubble", "step", "roles");
        assertThat(kinds.get("competitiveness")).containsExactly("radar");
        assertThat(kinds.get("impact")).as("value added and jobs").containsExactly("bar", "bar");
        assertThat(model.charts()).hasSize(16);
        assertThat(r.skipped()).as("nothing left out on the demo").isEmpty();
        // every table behind a chart is in the workbook, and so are the full core tables
        List<String> sheets = r.tables().stream().map(Table::name).toList();
        for (Chart c : model.charts()) {
            assertThat(r.tables()).as("table behind chart %s", c.id())
                    .contains(c.fullTable() != null ? c.fullTable() : c.data());
        }
        assertThat(sheets).contains("overview", "shiftshare_dunn", "leading_sectors", "sektor_unggulan", "io_linkages", "io_links",
                "cluster_definition", "cluster_strength", "cluster_roles", "cluster_lifecycle", "cluster_portfolio",
                "cluster_competitiveness", "competitiveness_benchmark", "cluster_impact", "klassen_regions");
    }

    @Test
    void chartColumnsAreReadableNotRawIdentifiers() {
        ReportModel model = AnalysisPipeline.run(DemoPanel.generate(), null, DemoIoTable.generate(),
                AnalysisPipeline.Options.defaults().withLang(Lang.EN)).model();
        for (Chart c : model.charts()) {
            for (Table.Column col : c.data().columns()) {
                assertThat(col.name()).as("column of chart %s (%s)", c.id(), c.title())
                        .isNotIn("national_share", "industry_mix", "regional_shift", "power_of_dispersion",
                                "value_added_direct", "jobs_indirect", "delta_lq", "regional_cluster");
            }
        }
        Chart ss = model.charts().stream().filter(c -> c.id().equals("shiftshare-1")).findFirst().orElseThrow();
        assertThat(ss.title()).isEqualTo("Shift-share of employment by region, 2016\u20132023 (Dunn)");
        assertThat(ss.data().columns().stream().map(Table.Column::name).toList())
                .as("names with the unit of the analysed measure (DemoPanel: persons, synthetic)")
                .contains("national share (persons, synthetic)", "industry mix (persons, synthetic)",
                        "regional (competitive) shift (persons, synthetic)", "total change (persons, synthetic)");
    }

    @Test
    void leadingSectorsAreTheRegistryRowsWithLqAboveOneAndPositiveShift() {
        Panel panel = DemoPanel.generate();
        AnalysisPipeline.Result r = AnalysisPipeline.run(panel, null, null, AnalysisPipeline.Options.defaults());
        Table ls = r.leadingSectors();
        assertThat(ls.rowCount()).isPositive();
        for (int k = 0; k < ls.rowCount(); k++) {
            assertThat(ls.number(k, ls.columnIndex("lq_end"))).isGreaterThan(1);
            assertThat(ls.number(k, ls.columnIndex("regional_shift"))).isPositive();
        }
        // same count as the registry's own classification (source of truth: MeasureRegistry leading_sectors),
        // among the traded sectors (TradedLocal): local sectors are never leading sectors
        Table reg = MeasureRegistry.get("leading_sectors").apply(panel,
                MeasureOptions.defaults().withMeasure(Measure.EMPLOYMENT));
        long expected = 0;
        for (int k = 0; k < reg.rowCount(); k++) {
            int ind = panel.industries().indexOf(reg.text(k, reg.columnIndex("industry")));
            if (reg.text(k, reg.columnIndex("class")).startsWith("leading")
                    && reg.text(k, reg.columnIndex("measure")).equals("lq_end") && r.tradedLocal().traded(ind)) {
                expected++;
            }
        }
        for (int k = 0; k < ls.rowCount(); k++) {
            assertThat(r.tradedLocal().traded(panel.industries().indexOf(ls.text(k, ls.columnIndex("industry")))))
                    .as("a local sector is never a leading sector").isTrue();
        }
        assertThat((long) ls.rowCount()).isEqualTo(expected);
    }

    @Test
    void withoutIoTableTheIoSectionsAreLeftOutWithAVisibleNote() {
        AnalysisPipeline.Result r = AnalysisPipeline.run(DemoPanel.generate(), null, null,
                AnalysisPipeline.Options.defaults().withLang(Lang.EN));
        List<String> ids = r.model().sections().stream().map(Section::id).toList();
        assertThat(ids).doesNotContain("connectivity", "impact").contains("clusters", "leading");
        assertThat(r.skipped()).anyMatch(s -> s.contains("Connectivity") && s.contains("--io"))
                .anyMatch(s -> s.contains("Impact"));
        assertThat(r.model().warnings()).as("the notes are in the report's warnings").containsAll(r.skipped())
                .anyMatch(w -> w.contains("co-location"));
    }

    @Test
    void badOptionsAreRejectedWithTheValue() {
        assertThatThrownBy(() -> AnalysisPipeline.Options.defaults().withGrowthPercent(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN");
        assertThatThrownBy(() -> AnalysisPipeline.run(DemoPanel.generate(), null, null,
                AnalysisPipeline.Options.defaults().withFocusRegion("99")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'99'");
        assertThatThrownBy(() -> AnalysisPipeline.run(DemoPanel.generate(), null, null,
                AnalysisPipeline.Options.defaults().withMeasure(Measure.OUTPUT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("output");
    }

    @Test
    void realPdrbWithNationalIoTable() {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_province_2013_2020_wide.csv");
        Path ioFile = SharedData.require("idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv");
        Ingested in = Ingest.run(IngestRequest.of(pdrb));
        IoTable io = BpsIoReader.read(ioFile);
        Map<String, String> sectors = new java.util.LinkedHashMap<>();
        String[] kbli = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M_N", "O", "P", "Q", "R_S_T_U"};
        for (int k = 0; k < kbli.length; k++) {
            sectors.put(Integer.toString(k + 1), kbli[k]); // io2020_columns.csv: column_code → kbli_section
        }
        // no traded/local split (null): every sector joins a cluster, which the Type I identity below needs
        AnalysisPipeline.Result r = AnalysisPipeline.run(in.panel(), in.report(), io,
                AnalysisPipeline.Options.defaults().withLang(Lang.EN).withIoSectors(sectors),
                AnalysisPipeline.Progress.NONE, null, null);
        List<String> withAppendix = new java.util.ArrayList<>(ALL_SECTIONS);
        withAppendix.add("appendix");
        assertThat(r.model().sections().stream().map(Section::id).toList()).containsExactlyElementsOf(withAppendix);
        assertThat(r.model().synthetic()).isFalse();
        // the real file's findings (README "Known properties": 8 sum-to-total errors, hierarchy warnings) are
        // counted in the verdict and listed in the appendix, not as notes up front
        assertThat(r.model().verdict()).contains("error(s)").contains("warning(s)");
        assertThat(r.model().warnings()).noneMatch(w -> w.contains("hierarchy"));
        assertThat(r.model().sections().get(r.model().sections().size() - 1).blocks())
                .anyMatch(b -> b instanceof TableBlock t && t.title().startsWith("Regencies/cities do not add up"));
        assertThat(r.model().warnings()).as("no population → sector typology, no positional IO match")
                .noneMatch(w -> w.contains("by position"));
        assertThat(chartKinds(r.model()).get("impact")).as("PDRB has no employment: value added only")
                .containsExactly("bar");
        assertThat(r.model().warnings()).anyMatch(w -> w.contains("no employment"));
        // Rasmussen–Hirschman indices average 1 over the sectors by construction (Miller & Blair 2009, §12.2)
        Table lk = r.tables().stream().filter(t -> t.name().equals("io_linkages")).findFirst().orElseThrow();
        double sum = 0;
        for (int k = 0; k < lk.rowCount(); k++) {
            sum += lk.number(k, lk.columnIndex("power_of_dispersion"));
        }
        assertThat(sum / lk.rowCount()).as("mean power of dispersion (Miller & Blair 2009)").isCloseTo(1.0,
                within(1e-9));
        // Type I impact in the data's units: with every sector in a cluster and f = x − Ax, Δx = L · 0.1 f = 0.1 x
        // (Leontief identity x = L f, Miller & Blair 2009 eq. 2.11), so the value-added change is 10 % of the
        // analysed regions' value added (Σ of the 34 province rows of 2020 in the PDRB file); direct ≤ total
        Table imp = r.tables().stream().filter(t -> t.name().equals("impact_by_cluster")).findFirst()
                .orElseThrow();
        double vaI = 0;
        for (int k = 0; k < imp.rowCount(); k++) {
            double d = imp.number(k, imp.columnIndex("value_added_direct"));
            double i = imp.number(k, imp.columnIndex("value_added_indirect"));
            assertThat(d).isPositive();
            assertThat(i).isGreaterThanOrEqualTo(0);
            vaI += d + i;
        }
        double[] provVa = AnalysisPipeline.analysisPanel(in.panel(), Measure.VALUE_ADDED)
                .sliceAt(Measure.VALUE_ADDED, in.panel().yearCount() - 1).regionTotals();
        double allVa = 0;
        for (double v : provVa) {
            allVa += v;
        }
        assertThat(vaI).as("Type I value added of +10 %% of all final demand = 10 %% of PDRB (rel. 1e-3)")
                .isCloseTo(0.10 * allVa, within(1e-3 * allVa));
        // DKI Jakarta's largest leading sector by LQ is M_N business services (PDRB 2020, LQ ≈ 4.7 against the sum
        // of provinces; recomputed independently with Python over the 34 province rows of 2020: 4.655)
        Table ls = r.leadingSectors();
        boolean found = false;
        for (int k = 0; k < ls.rowCount(); k++) {
            if (ls.text(k, ls.columnIndex("region_name")).equals("DKI Jakarta")
                    && ls.text(k, ls.columnIndex("industry")).equals("M_N")) {
                assertThat(ls.number(k, ls.columnIndex("lq_end"))).isCloseTo(4.66, within(0.01));
                found = true;
            }
        }
        assertThat(found).as("M_N is a leading sector of DKI Jakarta").isTrue();
    }

    /** The same table with every flow × k (e.g. million → thousand IDR); employment (persons) unchanged. */
    private static IoTable scaled(IoTable t, double k) {
        double[][] z = t.z();
        for (double[] row : z) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= k;
            }
        }
        double[] x = java.util.Arrays.stream(t.output()).map(v -> v * k).toArray();
        IoTable.Builder b = IoTable.builder(t.codes(), t.names()).source(t.source(), t.synthetic()).z(z).output(x);
        if (t.employment() != null) {
            b.employment(t.employment());
        }
        for (IoTable.DemandColumn d : t.demandColumns()) {
            b.demand(d.code(), d.label(), d.kind(), java.util.Arrays.stream(d.values()).map(v -> v * k).toArray());
        }
        for (IoTable.InputRow r : t.inputRows()) {
            b.input(r.code(), r.label(), r.kind(), java.util.Arrays.stream(r.values()).map(v -> v * k).toArray());
        }
        return b.build();
    }

    @Test
    void clusterImpactIsInPanelUnitsWhateverTheIoTablesUnits() {
        // Before the fix the chain proxied output as panel VA + Σ_i Z_ij, adding the panel's value added to the
        // table's flows, so the cluster_impact sheet changed when the table's unit changed. The same demo table in
        // two units (flows × 1000) must now give the same value added and jobs, in the panel's units (relative 1e-9).
        Panel panel = DemoPanel.generate();
        AnalysisPipeline.Options o = AnalysisPipeline.Options.defaults().withLang(Lang.EN);
        Table a = clusterImpact(AnalysisPipeline.run(panel, null, DemoIoTable.generate(), o));
        Table b = clusterImpact(AnalysisPipeline.run(panel, null, scaled(DemoIoTable.generate(), 1000), o));
        assertThat(b.rowCount()).isEqualTo(a.rowCount());
        int scenarioRows = 0;
        int value = a.columnIndex("value");
        for (int k = 0; k < a.rowCount(); k++) {
            String measure = a.text(k, a.columnIndex("measure"));
            assertThat(b.text(k, b.columnIndex("measure"))).isEqualTo(measure);
            if (measure.startsWith("value_added") || measure.startsWith("jobs")) {
                scenarioRows++;
                double va = a.number(k, value);
                assertThat(b.number(k, value)).as("%s of %s", measure, a.text(k, a.columnIndex("cluster")))
                        .isCloseTo(va, within(1e-9 * Math.abs(va)));
                assertThat(a.text(k, a.columnIndex("unit"))).contains("panel units");
            }
        }
        assertThat(scenarioRows).as("six scenario rows per cluster").isPositive().isEqualTo(6 * (scenarioRows / 6));
    }

    private static Table clusterImpact(AnalysisPipeline.Result r) {
        return r.tables().stream().filter(t -> t.name().equals("cluster_impact")).findFirst().orElseThrow();
    }
}
