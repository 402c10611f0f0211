package dev.klaster.report;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.spatial.SpatialWeights;
import dev.klaster.core.spatial.Transform;
import dev.klaster.core.table.Table;
import dev.klaster.core.testing.SharedData;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.iotable.BpsIoReader;
import dev.klaster.io.scope.Scope;
import dev.klaster.io.scope.SourceErrors;
import dev.klaster.report.chart.ChoroplethChart;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Spatial statistics per strong cluster in the report (issue 14), on the real data the README analyses: the PDRB
 * ADHK 2010 of Jawa Timur's 38 regencies/cities (../shared/data/idn-pdrb-kabkota-2013-2020, {@code --province 35})
 * with the 2020 regency boundaries (../shared/data/idn-boundaries-kabkota-2020, joined by its BPS code table) and
 * the national 17-sector IO table of 2020.
 */
class ClusterSpatialTest {

    /** The Jawa Timur pipeline result of the README command plus {@code --boundaries}. */
    static AnalysisPipeline.Result jatim(Lang lang) throws IOException {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Path geo = SharedData.require("idn-boundaries-kabkota-2020/indonesia-adm2-2020-simplified.geojson");
        Path codes = SharedData.require("idn-boundaries-kabkota-2020/adm2_bps_codes.csv");
        Path ioFile = SharedData.require("idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv");
        Path ioCols = SharedData.require("idn-io-national-2020/io2020_columns.csv");
        Ingested in = Ingest.run(IngestRequest.of(pdrb));
        Scope.Scoped s = Scope.apply(in.panel(), in.report(), Measure.VALUE_ADDED,
                new Scope.Request("35", null, null, SourceErrors.OnError.EXCLUDE), List.of());
        IoTable io = BpsIoReader.read(ioFile);
        Map<String, String> sectors = new HashMap<>();
        // the --io-sectors file as klaster analyze reads it: column_code -> kbli_section (labels hold quoted commas)
        try (var csv = de.siegmar.fastcsv.reader.CsvReader.builder().ofNamedCsvRecord(ioCols)) {
            for (var rec : csv) {
                if (!rec.getField("kbli_section").isBlank()) {
                    sectors.put(rec.getField("column_code"), rec.getField("kbli_section"));
                }
            }
        }
        Boundaries.Joined joined = Boundaries.read(geo, ReportBuilder.mapRegions(s.panel()), codes);
        AnalysisPipeline.Options o = AnalysisPipeline.Options.defaults().withLang(lang).withIoSectors(sectors)
                .withBoundaries(joined, geo.getFileName().toString());
        return AnalysisPipeline.run(s.panel(), in.report(), io, o, AnalysisPipeline.Progress.NONE, ScopeContext.of(s));
    }

    /** The categorical maps of the report: LISA maps (legend with 5 LISA classes) and Gi* maps. */
    static List<ChoroplethChart> maps(ReportModel model, Lang lang, boolean lisa) {
        Messages m = new Messages(lang);
        String first = lisa ? m.get("spatial.class.hh") : m.get("spatial.gi.hot99");
        List<ChoroplethChart> out = new ArrayList<>();
        for (Chart c : model.charts()) {
            if (c instanceof ChoroplethChart ch && ch.classes() != null
                    && ch.classes().get(0).label().equals(first)) {
                out.add(ch);
            }
        }
        return out;
    }

    @Test
    void jatimHasOneLisaAndOneGiMapPerStrongClusterWithTheLqOfItsDefinition() throws IOException {
        AnalysisPipeline.Result r = jatim(Lang.ID);
        ClusterReport cr = r.clusters();
        Messages m = new Messages(Lang.ID);
        List<Integer> top = ClusterSpatial.topClusters(cr);
        assertThat(cr.panel().regions().size()).as("Jawa Timur: 38 regencies and cities").isEqualTo(38);
        assertThat(top).as("clusters strong in at least one regency").isNotEmpty();
        List<ChoroplethChart> lisa = maps(r.model(), Lang.ID, true);
        List<ChoroplethChart> gi = maps(r.model(), Lang.ID, false);
        assertThat(lisa).as("one LISA map per strong cluster").hasSize(top.size());
        assertThat(gi).as("one Gi* map per strong cluster").hasSize(top.size());
        // the LQ on each map, recomputed from its definition on the analysed panel: LQ_rc = (E_rc / E_r) / (E_c / E)
        // with E_rc the members' value added summed (missing cells skipped), E_r the region's total over all
        // industries, E_c and E the sums over the 38 regions (RegionalClusters' Javadoc; Isard 1960)
        Panel p = cr.panel();
        int last = p.yearCount() - 1;
        double[][] x = p.sliceAt(cr.sizeMeasure(), last).toMatrix();
        for (int k = 0; k < top.size(); k++) {
            int c = top.get(k);
            String name = cr.definition().clusterNames()[c];
            assertThat(lisa.get(k).title()).as("map %d names its cluster", k).contains(name);
            double[] erc = new double[x.length];
            double[] er = new double[x.length];
            double ec = 0;
            double e = 0;
            for (int reg = 0; reg < x.length; reg++) {
                for (int i = 0; i < x[reg].length; i++) {
                    double v = Double.isNaN(x[reg][i]) ? 0 : x[reg][i];
                    er[reg] += v;
                    if (cr.definition().membership()[i] == c) {
                        erc[reg] += v;
                    }
                }
                ec += erc[reg];
                e += er[reg];
            }
            Map<String, Double> byName = new HashMap<>();
            for (int reg = 0; reg < x.length; reg++) {
                byName.put(p.regions().get(reg).name(), (erc[reg] / er[reg]) / (ec / e));
            }
            Table t = lisa.get(k).data();
            int lq = t.columnIndex(m.get("spatial.col.lq"));
            assertThat(t.rowCount()).as("every regency of Jawa Timur has a polygon").isEqualTo(38);
            for (int row = 0; row < t.rowCount(); row++) {
                assertThat(t.number(row, lq)).as("LQ of %s in %s", name, t.text(row, 0))
                        .isCloseTo(byName.get(t.text(row, 0)), within(1e-9));
            }
            // the sentence names exactly the high-high regions of the table
            int cls = t.columnIndex(m.get("spatial.col.lisaClass"));
            List<String> hh = new ArrayList<>();
            for (int row = 0; row < t.rowCount(); row++) {
                if (t.number(row, cls) == SpatialSection.HH) {
                    hh.add(t.text(row, 0));
                }
            }
            String caption = lisa.get(k).caption();
            if (hh.isEmpty()) {
                assertThat(caption).as("no HH region: the sentence says none").contains(m.get("spatial.none"));
            } else {
                hh.forEach(h -> assertThat(caption).as("sentence names HH %s", h).contains(h));
            }
        }
    }

    @Test
    void moranOnTheRealRegencyBoundariesEqualsItsDefinitionAndIsReproducibleWithTheSeed() throws IOException {
        AnalysisPipeline.Result r = jatim(Lang.EN);
        ClusterReport cr = r.clusters();
        Path geoFile = SharedData.require("idn-boundaries-kabkota-2020/indonesia-adm2-2020-simplified.geojson");
        Boundaries.Joined joined = Boundaries.read(geoFile, ReportBuilder.mapRegions(cr.panel()),
                SharedData.require("idn-boundaries-kabkota-2020/adm2_bps_codes.csv"));
        List<String> codes = new ArrayList<>();
        for (int k = 0; k < cr.panel().regions().size(); k++) {
            codes.add(cr.panel().regions().get(k).code());
        }
        SpatialSection.Geo geo = SpatialSection.geo(joined, codes);
        assertThat(geo.size()).isEqualTo(38);
        int c = ClusterSpatial.topClusters(cr).get(0);
        SpatialSection.Result a = SpatialSection.compute(geo, ClusterSpatial.lq(cr, c));
        SpatialSection.Result b = SpatialSection.compute(geo, ClusterSpatial.lq(cr, c));
        // Moran (1950) in the Cliff-Ord form with row-standardised W: I = (n / S0) Σ_ij w_ij z_i z_j / Σ_i z_i²
        SpatialWeights w = geo.w().transform(Transform.R);
        double[] y = a.y();
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v / n;
        }
        double num = 0;
        double den = 0;
        double s0 = 0;
        for (int i = 0; i < n; i++) {
            den += (y[i] - mean) * (y[i] - mean);
            for (int j = 0; j < n; j++) {
                double wij = w.weight(i, j);
                s0 += wij;
                num += wij * (y[i] - mean) * (y[j] - mean);
            }
        }
        assertThat(a.moran().I()).as("Moran's I by its definition").isCloseTo(n / s0 * num / den, within(1e-12));
        assertThat(a.moran().EI()).as("E[I] = -1/(n-1)").isCloseTo(-1.0 / 37, within(1e-15));
        assertThat(a.moran().p_sim()).as("same seed, same permutation p").isEqualTo(b.moran().p_sim());
        for (int k = 0; k < n; k++) {
            assertThat(a.lisa()[k].p_sim()).as("LISA p of %s reproducible", a.names().get(k))
                    .isEqualTo(b.lisa()[k].p_sim());
        }
        // the summary table of the report shows this I and p
        Table sum = null;
        for (Section s : r.model().sections()) {
            for (Block bl : s.blocks()) {
                if (bl instanceof TableBlock tb && tb.table().name().equals("spatial_clusters")) {
                    sum = tb.table();
                }
            }
        }
        assertThat(sum).as("summary table in the report").isNotNull();
        Messages m = new Messages(Lang.EN);
        assertThat(sum.number(0, sum.columnIndex(m.get("spatial.col.moranI")))).isEqualTo(a.moran().I());
        assertThat(sum.number(0, sum.columnIndex(m.get("spatial.col.pSim")))).isEqualTo(a.moran().p_sim());
        // the pattern follows the documented rule (docs/spatial.md): spills when p_sim <= 0.05 and I > E[I];
        // isolated when p_sim <= 0.05 and I < E[I], or more HL than HH regions; else random
        String pattern = sum.text(0, sum.columnIndex(m.get("spatial.col.pattern")));
        boolean sig = a.moran().p_sim() <= 0.05;
        int hh = 0;
        int hl = 0;
        for (int k = 0; k < n; k++) {
            hh += a.lisaClass(k) == SpatialSection.HH ? 1 : 0;
            hl += a.lisaClass(k) == SpatialSection.HL ? 1 : 0;
        }
        String expected = sig && a.moran().I() > a.moran().EI() ? "spills" : sig || hl > hh ? "isolated" : "random";
        assertThat(pattern).isEqualTo(m.get("spatial.pattern." + expected));
    }

    @Test
    void withoutStrongClustersTheLargestSectorIsMappedAndWithThemItIsNot() throws IOException {
        AnalysisPipeline.Result r = jatim(Lang.EN);
        Messages m = new Messages(Lang.EN);
        String sectorTitle = m.format("spatial.lisa.title", "");
        assertThat(r.model().charts()).as("the largest-sector LISA map is left out when clusters are mapped")
                .noneMatch(c -> c.title().startsWith(sectorTitle));
        // no cluster result: the section maps the largest sector of the last year instead
        Panel p = r.clusters().panel();
        Path geoFile = SharedData.require("idn-boundaries-kabkota-2020/indonesia-adm2-2020-simplified.geojson");
        Boundaries.Joined joined = Boundaries.read(geoFile, ReportBuilder.mapRegions(p),
                SharedData.require("idn-boundaries-kabkota-2020/adm2_bps_codes.csv"));
        ReportBuilder b = new ReportBuilder(Lang.EN, null);
        b.boundaries(joined, "adm2");
        SpatialSection.add(b, m, p, Measure.VALUE_ADDED, joined, null);
        List<Chart> charts = b.build().charts();
        assertThat(charts).as("LISA and Gi* maps of the largest sector").hasSize(2);
        // Jawa Timur's largest PDRB section in 2020 is C (manufacturing): 484,765 billion IDR of the 38 regency rows of
        // the data file, against 290,741 for G (trade), summed with a spreadsheet-independent script
        assertThat(charts.get(0).title()).startsWith(sectorTitle).contains(p.industries().get(p.industries().indexOf("C")).name());
    }

    @Test
    void aClusterNamedWithMarkupIsEscapedInTheMapsAndSentences() throws IOException {
        AnalysisPipeline.Result r = jatim(Lang.EN);
        ClusterReport cr = r.clusters();
        String evil = "<script>alert(1)</script>";
        String[] names = cr.definition().clusterNames().clone();
        java.util.Arrays.fill(names, evil);
        ClusterReport renamed = new ClusterReport(cr.panel(), cr.sizeMeasure(),
                cr.definition().withNames(names, names), cr.regional(), cr.roles(), cr.lifecycle(), cr.portfolio(),
                cr.competitiveness(), cr.benchmark(), cr.contribution(), cr.scenarios(), cr.growthPercent(),
                cr.notes());
        Path geoFile = SharedData.require("idn-boundaries-kabkota-2020/indonesia-adm2-2020-simplified.geojson");
        Boundaries.Joined joined = Boundaries.read(geoFile, ReportBuilder.mapRegions(cr.panel()),
                SharedData.require("idn-boundaries-kabkota-2020/adm2_bps_codes.csv"));
        ReportBuilder b = new ReportBuilder(Lang.EN, null);
        b.boundaries(joined, "adm2");
        SpatialSection.add(b, new Messages(Lang.EN), cr.panel(), Measure.VALUE_ADDED, joined, renamed);
        ReportModel model = b.build();
        assertThat(model.charts()).as("the maps carry the name").anyMatch(c -> c.title().contains(evil));
        String html = HtmlReport.render(model);
        assertThat(html).as("never as markup").doesNotContain(evil).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
}
