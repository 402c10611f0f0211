package dev.klaster.cli;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.klaster.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

class ClustersCommandTest {
    @Test
    void defineOnDemoWritesCsvFolder(@TempDir Path dir) throws Exception {
        Run r = run("clusters", "define", "--demo", "sections", "--method", "io", "-o", dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("modularity").contains("synthetic demo data");
        Path csv = dir.resolve("out/cluster_definition.csv");
        assertThat(Files.readAllLines(csv)).hasSize(1 + 17); // header + 17 PDRB sections
        assertThat(Files.readString(dir.resolve("out/cluster_linkage.csv"))).contains("internal_external_ratio");
    }

    @Test
    void everySubcommandRunsOnDemo(@TempDir Path dir) {
        for (String sub : new String[] {"strength", "roles", "lifecycle", "competitiveness", "impact"}) {
            Path xlsx = dir.resolve(sub + ".xlsx");
            Run r = run("clusters", sub, "--demo", "sections", "-o", xlsx.toString());
            assertThat(r.code()).as(sub + ": " + r.err()).isZero();
            assertThat(xlsx).exists();
        }
    }

    @Test
    void ioCsvIsRead(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 17; i++) {
            for (int j = 0; j < 17; j++) {
                sb.append(j > 0 ? "," : "").append(i / 6 == j / 6 ? 100 : 1);
            }
            sb.append('\n');
        }
        Path z = dir.resolve("z.csv");
        Files.writeString(z, sb);
        Run r = run("clusters", "define", "--demo", "sections", "--method", "io", "--io-csv", z.toString(), "--traded-local",
                "none");
        assertThat(r.code()).as(r.err()).isZero();
        // three planted blocks of 6, 6 and 5 sections (no traded/local split: every section may join a cluster)
        assertThat(r.out()).contains("in 3 clusters");
    }

    @Test
    void givenMappingIsScored(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "code,cluster\nA,Agro\nC,Agro\nI,Agro\nG,Trade\nH,Trade\n");
        Run r = run("clusters", "define", "--demo", "sections", "--method", "given", "--mapping", map.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // 17 sections, 5 mapped into 2 clusters; the other 12 are outside every cluster
        assertThat(r.out()).contains("Method: given, 17 industries in 2 clusters").contains("Agro").contains("Trade");
    }

    @Test
    void badUsageAndBadData(@TempDir Path dir) throws Exception {
        assertThat(run("clusters", "define").code()).isEqualTo(Klaster.EXIT_USAGE);
        Run bad = run("clusters", "define", "--demo", "sections", "--method", "nonsense");
        assertThat(bad.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(bad.err()).contains("unknown value 'nonsense'");
        Run res = run("clusters", "define", "--demo", "sections", "--resolution", "-1");
        assertThat(res.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(res.err()).contains("--resolution -1.0 is outside the valid range (0, 1,000]");
        Path z = dir.resolve("z.csv");
        Files.writeString(z, "1,2\n3,x\n");
        Run data = run("clusters", "define", "--demo", "sections", "--io-csv", z.toString());
        assertThat(data.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(data.err()).contains("not a number");
    }

    static final String PDRB = "idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_province_2013_2020_wide.csv";
    static final String IO = "idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv";

    @Test
    void realPdrbAndNationalIoTable(@TempDir Path dir) throws Exception {
        Path pdrb = SharedData.require(PDRB);
        Path io = SharedData.require(IO);
        Run d = run("clusters", "define", pdrb.toString(), "--io", io.toString(), "--io-format", "bps", "--method", "io",
                "-o", dir.resolve("def").toString());
        assertThat(d.code()).as(d.err()).isZero();
        // the BPS table numbers its 17 sectors 1..17: paired by position with the PDRB sections, and said so
        assertThat(d.err()).contains("paired with the panel's industries by position").contains("1=A, 2=B, 3=C")
                .contains("17=R_S_T_U").contains("Analysis scope: 34 regions at level province");
        assertThat(d.out()).contains("Method: io, 17 industries in").contains("modularity");
        assertThat(Files.readAllLines(dir.resolve("def/cluster_definition.csv"))).hasSize(1 + 17);
        Path strength = dir.resolve("strength.csv");
        Run s = run("clusters", "strength", pdrb.toString(), "--io", io.toString(), "-o", strength.toString());
        assertThat(s.code()).as(s.err()).isZero();
        List<String> rows = Files.readAllLines(strength);
        assertThat(rows.get(0)).contains("region,region_name,cluster,value_added,lq");
        // 34 provinces (README) × the clusters of the definition: a multiple of 34 data rows
        assertThat((rows.size() - 1) % 34).isZero();
        assertThat(rows).anySatisfy(l -> assertThat(l).contains("Aceh"));
        Run i = run("clusters", "impact", pdrb.toString(), "--io", io.toString());
        assertThat(i.code()).as(i.err()).isZero();
        // the 34 provinces are the nation: the national table is the region's table; no employment: jobs NaN
        assertThat(i.out()).contains("Effect in Indonesia (all analysed regions) of +10.0% final demand per cluster")
                .contains("national_is_region").contains("NaN");
        assertThat(i.out()).contains("undefined values");
    }

    @Test
    void badPanelOrIoFileExitsWithOneAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "year,region_code,region_name,A,B\n2020,1101,Simeulue,1,2\n2020,1102,Singkil,3,y\n");
        Path out = dir.resolve("out.xlsx");
        Run r = run("clusters", "strength", bad.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(r.err()).contains("bad.csv, line 3, column 'B', value 'y'");
        assertThat(out).doesNotExist();
        // an IO table whose sectors do not match the panel's industries is bad data too
        Path pdrb = SharedData.require(PDRB);
        Path io = dir.resolve("io.csv");
        Files.writeString(io, "code,x1,x2\nx1,1,2\nx2,3,4\n");
        Path vectors = dir.resolve("v.csv");
        Files.writeString(vectors, "code,output\nx1,10\nx2,10\n");
        Run m = run("clusters", "define", pdrb.toString(), "--io", io.toString(), "--io-format", "plain",
                "--io-vectors", vectors.toString(), "-o", out.toString());
        assertThat(m.code()).as(m.err()).isEqualTo(Klaster.EXIT_DATA);
        // the same coverage check and message as klaster analyze (IoSectorCheck)
        assertThat(m.err()).contains("17 of the data's 17 industries have no sector in the input-output table"
                + " (give --io-sectors FILE mapping its codes [x1, x2] to the data's)");
        assertThat(out).doesNotExist();
        Run both = run("clusters", "define", "--demo", pdrb.toString());
        assertThat(both.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(both.err()).contains("give either --demo or data FILE(s)");
    }

    @Test
    void unproductiveIoTableIsBadData(@TempDir Path dir) throws Exception {
        // same 2-sector table as IoCommandTest.badInputExitCodes: column A spends 900 + 200 of its output 1000,
        // so column sum a_AA + a_BA = 1.1 > 1 (not productive; Miller & Blair 2009, ch. 2, Hawkins–Simon)
        Path z = Files.writeString(dir.resolve("z.csv"), "code,A,B\nA,900,10\nB,200,10\n");
        Path v = Files.writeString(dir.resolve("v.csv"), "code,output\nA,1000\nB,100\n");
        Path out = dir.resolve("out.xlsx");
        Run r = run("clusters", "define", "--demo", "sections", "--io", z.toString(), "--io-format", "plain",
                "--io-vectors", v.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(r.err()).contains("sector A is not productive");
        assertThat(out).doesNotExist();
    }
}
