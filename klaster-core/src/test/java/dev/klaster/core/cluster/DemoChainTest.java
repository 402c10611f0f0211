package dev.klaster.core.cluster;

import dev.klaster.core.competitiveness.Assessment;
import dev.klaster.core.demo.DemoIoTable;
import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Measure;
import dev.klaster.core.table.Table;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The chain on the synthetic demo without an IO table: co-location only, IO steps skipped with notes. */
class DemoChainTest {
    @Test
    void withoutIoTableFallsBackToCoLocationAndSaysSo() {
        Panel panel = DemoPanel.generate().atLevel(RegionLevel.PROVINCE);
        ClusterReport r = ClusterAnalysis.run(panel, null, ClusterAnalysis.Options.defaults());
        assertThat(r.definition().method()).isEqualTo("colocation");
        assertThat(r.notes()).anyMatch(n -> n.contains("synthetic"))
                .anyMatch(n -> n.contains("co-location only"))
                .anyMatch(n -> n.contains("member roles not computed"));
        assertThat(r.roles()).isEmpty();
        assertThat(r.scenarios()).isEmpty();
        // supplier proximity is not computed without Z: reported missing for every unit, not scored 0
        long units = r.competitiveness().units().size();
        assertThat(r.competitiveness().missing()).filteredOn(m -> m.indicator().equals("supplier_proximity"))
                .hasSize((int) units);
        // East vs West benchmark covers the demo's groups with their province counts
        for (String g : new String[] {DemoPanel.GROUP_EAST, DemoPanel.GROUP_WEST}) {
            Assessment.Benchmark b = r.benchmark().stream().filter(x -> x.group().equals(g)).findFirst().orElseThrow();
            assertThat(b.units()).isEqualTo(panel.regions().group(g).length * r.definition().clusterCount());
            assertThat(b.composite()).isBetween(0.0, 1.0);
        }
    }

    private static ClusterAnalysis.Options withOutput(double[] x) {
        ClusterAnalysis.Options o = ClusterAnalysis.Options.defaults();
        return new ClusterAnalysis.Options(o.method(), o.given(), o.communities(), o.ioWeight(), o.sizeMeasure(),
                o.strongRule(), o.stars(), o.roles(), o.lifecycle(), o.framework(), o.survey(), o.growthPercent(), x);
    }

    @Test
    void impactIsInPanelUnitsWhateverTheTablesUnits() {
        // DemoIoTable has the panel's 17 sector codes in the panel's order (checked below). The same table once as
        // it is and once × 1000 (e.g. million vs thousand IDR) must give the same scenario in the panel's units.
        Panel panel = DemoPanel.generate().atLevel(RegionLevel.PROVINCE);
        IoTable io = DemoIoTable.generate();
        assertThat(io.codes()).containsExactly(panel.industries().codes());
        double[][] z = io.z();
        double[] x = io.output();
        double[][] z1000 = new double[z.length][];
        double[] x1000 = new double[x.length];
        for (int i = 0; i < z.length; i++) {
            z1000[i] = Arrays.stream(z[i]).map(v -> v * 1000).toArray();
            x1000[i] = x[i] * 1000;
        }
        ClusterReport a = ClusterAnalysis.run(panel, z, withOutput(x));
        ClusterReport b = ClusterAnalysis.run(panel, z1000, withOutput(x1000));
        assertThat(b.definition().membership()).containsExactly(a.definition().membership());
        assertThat(a.scenarios()).hasSize(a.definition().clusterCount());
        for (int c = 0; c < a.scenarios().size(); c++) {
            Impact.Scenario s = a.scenarios().get(c);
            assertThat(b.scenarios().get(c).valueAdded()).as("cluster %d, relative 1e-9", c)
                    .isCloseTo(s.valueAdded(), within(1e-9 * Math.abs(s.valueAdded())));
            assertThat(b.scenarios().get(c).jobs()).as("cluster %d, relative 1e-9", c)
                    .isCloseTo(s.jobs(), within(1e-9 * Math.abs(s.jobs())));
        }
        // the table labels the units: the panel's value-added and employment units
        Table t = a.impactTable();
        assertThat(t.columnIndex("unit")).isPositive();
        int found = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.text(r, t.columnIndex("measure")).equals("value_added_total")) {
                assertThat(t.text(r, t.columnIndex("unit"))).contains(panel.unit(Measure.VALUE_ADDED));
                found++;
            }
        }
        assertThat(found).isEqualTo(a.definition().clusterCount());
    }

    @Test
    void withoutTheTablesOutputNoScenarioIsMixedFromPanelAndTableUnits() {
        // the former proxy x = panel VA + Σ_i Z_ij added the panel's value added to the table's flows; without the
        // table's output the scenario is now skipped with a note
        Panel panel = DemoPanel.generate().atLevel(RegionLevel.PROVINCE);
        ClusterReport r = ClusterAnalysis.run(panel, DemoIoTable.generate().z(), ClusterAnalysis.Options.defaults());
        assertThat(r.scenarios()).isEmpty();
        assertThat(r.notes()).anyMatch(n -> n.contains("needs the IO table's output in the units of Z"));
    }
}
