package dev.klaster.io.us;

import dev.klaster.core.cluster.TradedLocal;
import dev.klaster.core.model.InputDataException;
import dev.klaster.io.ingest.TradedLocalList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The US readers and the traded/local list on small hand-made files: good ones read, bad ones named exactly. */
class UsReadersTest {
    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    static final String TOTALS = "region,industry,naics_level,year,emp,estab\n10100,00,2,2019,1000,90\n"
            + "10140,00,2,2019,500,40\n10100,11,2,2019,16,8\n";

    @Test
    void cbpCellsAreMissingNotZero(@TempDir Path dir) throws IOException {
        Path cells = write(dir, "c.csv", "region,industry,year,emp,estab\n10100,336411,2019,20,3\n"
                + "10140,722511,2019,80,9\n10100,722511,2019,150,12\n");
        CbpCbsa.Data d = CbpCbsa.read(cells, write(dir, "t.csv", TOTALS), null);
        assertThat(d.regions()).containsExactly("10100", "10140");
        assertThat(d.industries()).containsExactly("336411", "722511");
        assertThat(d.employment()[1][0]).as("10140 × 336411 is not published").isNaN();
        assertThat(d.employment()[0][1]).isEqualTo(150);
        assertThat(d.regionTotal()).containsExactly(1000, 500);
        assertThat(d.publishedCells()).isEqualTo(3);
    }

    @Test
    void malformedCbpFilesNameFileLineColumnAndValue(@TempDir Path dir) throws IOException {
        Path t = write(dir, "t.csv", TOTALS);
        assertThatThrownBy(() -> CbpCbsa.read(write(dir, "a.csv", "region,industry,year,emp,estab\n"
                + "10100,336411,2019,-5,3\n"), t, null)).isInstanceOf(InputDataException.class)
                .hasMessageContaining("a.csv").hasMessageContaining("line 2").hasMessageContaining("emp")
                .hasMessageContaining("-5");
        assertThatThrownBy(() -> CbpCbsa.read(write(dir, "b.csv", "region,industry,year,emp,estab\n"
                + "10100,3364,2019,5,3\n"), t, null)).hasMessageContaining("6-digit").hasMessageContaining("3364");
        assertThatThrownBy(() -> CbpCbsa.read(write(dir, "c.csv", "region,naics,year,emp,estab\n"), t, null))
                .hasMessageContaining("expected the header region,industry,year,emp,estab");
        assertThatThrownBy(() -> CbpCbsa.read(write(dir, "d.csv", "region,industry,year,emp,estab\n"
                + "10100,336411,2019,5,3\n10100,336411,2019,6,3\n"), t, null)).hasMessageContaining("line 3")
                .hasMessageContaining("appears twice");
        assertThatThrownBy(() -> CbpCbsa.read(write(dir, "e.csv", "region,industry,year,emp,estab\n"
                + "99999,336411,2019,5,3\n"), t, null)).hasMessageContaining("99999")
                .hasMessageContaining("no published all-sector");
    }

    @Test
    void crosswalkAndRelatedness(@TempDir Path dir) throws IOException {
        Path cw = write(dir, "cw.csv", "naics,traded_local,cluster,subcluster,emsi_specific_nonstandard_naics,"
                + "naics_description\n336411,Traded,Aerospace,Aircraft,False,Aircraft\n111000,Local,Farms,,True,x\n"
                + "722511,Local,Local Hospitality,,False,Restaurants\n");
        ClusterMapping.Crosswalk c = ClusterMapping.readCrosswalk(cw);
        assertThat(c.entries()).hasSize(2);
        assertThat(c.nonStandard()).isEqualTo(1);
        assertThat(c.tradedClusters()).containsExactly("Aerospace");
        assertThatThrownBy(() -> ClusterMapping.readCrosswalk(write(dir, "bad.csv", "naics,traded_local,cluster,"
                + "subcluster,emsi_specific_nonstandard_naics\n336411,Exported,A,,False\n")))
                .hasMessageContaining("bad.csv").hasMessageContaining("line 2").hasMessageContaining("traded_local")
                .hasMessageContaining("Exported");
        Path rel = write(dir, "rel.csv", "cluster_code,cluster_name,cluster_code_2,cluster_name_2,cr_lc,cr_io,cr_all\n"
                + "1,A,2,B,0.5,0.1,1.2\n2,B,1,A,0.5,,1.2\n");
        ClusterMapping.Relatedness r = ClusterMapping.readRelatedness(rel);
        assertThat(r.names()).containsExactly("A", "B");
        assertThat(r.colocation()[0][1]).isEqualTo(0.5);
        assertThat(r.inputOutput()[1][0]).as("empty score is missing, not 0").isNaN();
        assertThat(r.colocation()[0][0]).isNaN();
        assertThatThrownBy(() -> ClusterMapping.readRelatedness(write(dir, "rel2.csv", "cluster_code,cluster_name,"
                + "cluster_code_2,cluster_name_2,cr_lc,cr_io,cr_all\n1,A,2,B,high,0.1,1\n")))
                .hasMessageContaining("line 2").hasMessageContaining("cr_lc").hasMessageContaining("high");
    }

    @Test
    void tradedLocalList(@TempDir Path dir) throws IOException {
        assertThat(TradedLocalList.read(write(dir, "l.csv", "industry,class\nC,traded\nO,Lokal\n")))
                .containsEntry("C", TradedLocal.Kind.TRADED).containsEntry("O", TradedLocal.Kind.LOCAL);
        assertThatThrownBy(() -> TradedLocalList.read(write(dir, "b.csv", "industry,class\nC,exported\n")))
                .isInstanceOf(InputDataException.class).hasMessageContaining("b.csv").hasMessageContaining("line 2")
                .hasMessageContaining("class").hasMessageContaining("exported");
        assertThatThrownBy(() -> TradedLocalList.read(write(dir, "c.csv", "industry,class\nC,traded\nC,local\n")))
                .hasMessageContaining("line 3").hasMessageContaining("listed before");
        assertThatThrownBy(() -> TradedLocalList.read(write(dir, "d.csv", "sector,kind\nC,traded\n")))
                .hasMessageContaining("needs columns industry");
        assertThat(BeaSectors.of("336411")).isEqualTo("3364OT");
        assertThat(BeaSectors.of("336111")).isEqualTo("3361MV");
        assertThat(BeaSectors.of("448140")).isEqualTo("4A0");
        assertThat(BeaSectors.of("541110")).isEqualTo("5411");
        assertThat(BeaSectors.of("541330")).isEqualTo("5412OP");
        assertThat(BeaSectors.of("491110")).isNull();
    }
}
