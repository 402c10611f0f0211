package dev.klaster.core.cluster;

import dev.klaster.core.competitiveness.Assessment;
import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
}
