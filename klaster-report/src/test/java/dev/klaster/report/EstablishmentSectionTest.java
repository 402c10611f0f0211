package dev.klaster.report;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.spatial.Metric;
import dev.klaster.core.spatial.PointSet;
import dev.klaster.report.chart.EnvelopeChart;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Kd per strong cluster ({@code analyze --establishments}) on the Jawa Timur pipeline of {@link ClusterSpatialTest}
 * with generated establishments whose pattern is known by construction: the largest strong cluster's establishments
 * sit in three clumps (normal, sd 0.05° ≈ 5.5 km, around Surabaya, Kediri and Jember), every other industry's are
 * uniform over the province's box (111.2–114.4° E, 8.3–7.0° S).
 */
class EstablishmentSectionTest {

    /** lon,lat establishments as described in the class comment; types are the data's industry codes + "01". */
    static PointSet establishments(ClusterReport cr, int clumped, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] centres = {{112.75, -7.30}, {112.01, -7.82}, {113.70, -8.17}};
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Integer> type = new ArrayList<>();
        Map<String, Integer> types = new LinkedHashMap<>();
        String[] codes = cr.definition().industryCodes();
        for (int i = 0; i < codes.length; i++) {
            // a nested code (e.g. "C01" under section C) checks the prefix rule too
            int t = types.computeIfAbsent(codes[i].split("_")[0] + "01", k -> types.size());
            boolean clump = cr.definition().membership()[i] == clumped;
            for (int k = 0; k < 120; k++) {
                if (clump) {
                    double[] c = centres[k % 3];
                    x.add(c[0] + 0.05 * gauss(rnd));
                    y.add(c[1] + 0.05 * gauss(rnd));
                } else {
                    x.add(111.2 + 3.2 * rnd.nextDouble());
                    y.add(-8.3 + 1.3 * rnd.nextDouble());
                }
                type.add(t);
            }
        }
        double[] w = new double[x.size()];
        java.util.Arrays.fill(w, 1);
        return new PointSet(x.stream().mapToDouble(Double::doubleValue).toArray(),
                y.stream().mapToDouble(Double::doubleValue).toArray(), type.stream().mapToInt(Integer::intValue)
                .toArray(), new ArrayList<>(types.keySet()), w, Metric.GREAT_CIRCLE);
    }

    private static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    @Test
    void clumpedClusterIsLocalisedAtShortDistancesAndEachStrongClusterGetsOneCurve() throws IOException {
        AnalysisPipeline.Result r = ClusterSpatialTest.jatim(Lang.EN);
        ClusterReport cr = r.clusters();
        List<Integer> top = ClusterSpatial.topClusters(cr);
        int clumped = top.get(0);
        PointSet pts = establishments(cr, clumped, 42);
        AnalysisPipeline.Result withKd = EstablishmentSection.add(r, pts, "/tmp/est.csv");
        List<EnvelopeChart> curves = withKd.model().charts().stream().filter(c -> c instanceof EnvelopeChart)
                .map(c -> (EnvelopeChart) c).toList();
        assertThat(curves).as("one Kd chart per mapped strong cluster").hasSize(top.size());
        for (var t : withKd.tables().stream().filter(x -> x.name().startsWith("spatial")).toList()) {
            for (Lang l : Lang.values()) {
                assertThat(WorkbookReport.hasSheetName(t.name(), new Messages(l))).as("sheet name of %s in %s",
                        t.name(), l).isTrue();
            }
        }
        assertThat(withKd.model().charts()).as("the pipeline's charts are kept")
                .hasSize(r.model().charts().size() + top.size());
        Messages m = new Messages(Lang.EN);
        String name = cr.definition().clusterNames()[clumped];
        // by construction: pairs within a clump are about 5.5·√2 km apart, pairs of uniform sites hundreds of km, so
        // Kd of the clumped cluster is above any random-location envelope from 0 km on
        EstablishmentSection.Kd kd = EstablishmentSection.kd(cr, clumped, pts);
        assertThat(kd.reading()).isEqualTo(EstablishmentSection.Reading.LOCALISED);
        assertThat(kd.from()).as("localised from the first distance").isEqualTo(0.0);
        assertThat(kd.to()).as("and up to a few clump widths, not the whole province").isBetween(5.0, 100.0);
        assertThat(kd.establishments()).as("every establishment of the members' codes").isEqualTo(
                120 * (int) java.util.Arrays.stream(cr.definition().membership()).filter(c -> c == clumped).count());
        assertThat(curves.get(0).title()).contains(name);
        java.text.NumberFormat f = Recommendations.number(Lang.EN, 1);
        String sentence = m.format("kd.localised", name, kd.establishments(),
                EstablishmentSection.rangesText(m, kd.ranges(), f), "km", "");
        assertThat(EstablishmentSection.rangesText(m, kd.ranges(), f)).as("the first range starts at 0 km")
                .startsWith("0\u2013");
        assertThat(curves.get(0).caption()).as("the sentence says localised with the range").startsWith(sentence)
                .contains("est.csv").doesNotContain("/tmp/");
        // the envelope holds 95 % of the simulations: lo <= mean <= hi everywhere
        var cv = kd.curve();
        for (int k = 0; k < cv.r().length; k++) {
            assertThat(cv.lo()[k]).isLessThanOrEqualTo(cv.mean()[k] + 1e-12);
            assertThat(cv.mean()[k]).isLessThanOrEqualTo(cv.hi()[k] + 1e-12);
        }
        // a cluster whose establishments are uniform like everyone else's is not localised
        if (top.size() > 1) {
            EstablishmentSection.Kd other = EstablishmentSection.kd(cr, top.get(1), pts);
            assertThat(other.reading()).isNotEqualTo(EstablishmentSection.Reading.LOCALISED);
        }
        // same seed, same envelope
        EstablishmentSection.Kd again = EstablishmentSection.kd(cr, clumped, pts);
        assertThat(again.curve().hi()).containsExactly(cv.hi());
    }

    @Test
    void rangesAreTheRunsOfDistancesOutsideTheEnvelope() {
        double[] r = {0, 1, 2, 3, 4, 5};
        double[] obs = {5, 5, 1, 1, 5, 1};
        double[] hi = {2, 2, 2, 2, 2, 2};
        List<double[]> g = EstablishmentSection.ranges(obs, hi, r, true);
        assertThat(g).hasSize(2);
        assertThat(g.get(0)).containsExactly(0, 1);
        assertThat(g.get(1)).containsExactly(4, 4);
        Messages m = new Messages(Lang.ID);
        assertThat(EstablishmentSection.rangesText(m, g, Recommendations.number(Lang.ID, 1))).isEqualTo("0\u20131 dan 4");
    }

    @Test
    void typesNestUnderIndustryCodesByPrefix() {
        assertThat(EstablishmentSection.belongs("1071", "10")).as("KBLI class under its division").isTrue();
        assertThat(EstablishmentSection.belongs("C10", "C")).isTrue();
        assertThat(EstablishmentSection.belongs("N82", "M_N")).as("combined PDRB section M_N").isTrue();
        assertThat(EstablishmentSection.belongs("2010", "10")).isFalse();
        // KBLI 2015: division 10 (food) is in section C, 69 (legal and accounting) in M, 47 (retail) in G
        assertThat(EstablishmentSection.belongs("1071", "C")).as("KBLI class under its PDRB category").isTrue();
        assertThat(EstablishmentSection.belongs("6920", "M_N")).isTrue();
        assertThat(EstablishmentSection.belongs("4711", "C")).isFalse();
        // NAICS 2017: 3311 (iron and steel mills) is in the manufacturing sector 31-33
        assertThat(EstablishmentSection.belongs("3311", "31-33")).isTrue();
        assertThat(EstablishmentSection.belongs("4411", "31-33")).isFalse();
        assertThat(EstablishmentSection.belongs("G", "C")).isFalse();
    }

    @Test
    void aFileWithoutAnyIndustryOfTheDataIsBadInputNamingFileColumnAndValue() throws IOException {
        AnalysisPipeline.Result r = ClusterSpatialTest.jatim(Lang.EN);
        PointSet pts = new PointSet(new double[] {112, 113}, new double[] {-7, -7.5}, new int[] {0, 0},
                List.of("ZZ9"), new double[] {1, 1}, Metric.GREAT_CIRCLE);
        assertThatThrownBy(() -> EstablishmentSection.add(r, pts, "firms.csv"))
                .isInstanceOf(InputDataException.class).hasMessageContaining("firms.csv")
                .hasMessageContaining("type").hasMessageContaining("ZZ9");
    }

    @Test
    void blocksAddedAfterThePipelineMustHaveNewIds() throws IOException {
        AnalysisPipeline.Result r = ClusterSpatialTest.jatim(Lang.EN);
        Block first = r.model().sections().get(0).blocks().get(0);
        assertThatThrownBy(() -> r.model().withBlocks("map", List.of(first), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(first.id());
    }
}
