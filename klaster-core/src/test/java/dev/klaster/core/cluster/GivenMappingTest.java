package dev.klaster.core.cluster;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GivenMappingTest {
    @Test
    void readsUsClusterMappingCrosswalk() {
        Path f = SharedData.require("us-cluster-mapping/naics2012_to_cmp_cluster_acr1.csv");
        GivenMapping m = GivenMapping.read(f, "naics", "cluster");
        // README of us-cluster-mapping: 992 NAICS codes, one with a blank cluster -> 991 mapped, 1 skipped;
        // 51 traded + 16 local clusters plus Emsi-specific government ones = 70 distinct names in the file.
        assertThat(m.size()).isEqualTo(991);
        assertThat(m.skippedRows()).isEqualTo(1);
        assertThat(m.clusterNames()).hasSize(70).contains("Aerospace Vehicles and Defense");
        // README's first example row: 336411 Aircraft Manufacturing -> Aerospace Vehicles and Defense
        assertThat(m.clusterOf("336411")).isEqualTo("Aerospace Vehicles and Defense");
        int[] membership = m.membership(new String[] {"336411", "999999"});
        assertThat(membership[1]).isEqualTo(-1);
    }

    @Test
    void conflictingRowIsADataError(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("map.csv");
        Files.writeString(f, "code,cluster\nA,Agro\nA,Tourism\n");
        assertThatThrownBy(() -> GivenMapping.read(f, "code", "cluster")).isInstanceOf(InputDataException.class)
                .hasMessageContaining("already mapped to 'Agro'").hasMessageContaining("3");
        assertThatThrownBy(() -> GivenMapping.read(f, "naics", "cluster")).isInstanceOf(InputDataException.class)
                .hasMessageContaining("column not found");
    }
}
