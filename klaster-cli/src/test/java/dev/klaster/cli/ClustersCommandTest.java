package dev.klaster.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClustersCommandTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Klaster.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void defineOnDemoWritesCsvFolder(@TempDir Path dir) throws Exception {
        Run r = run("clusters", "define", "--demo", "--method", "io", "-o", dir.resolve("out").toString());
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
            Run r = run("clusters", sub, "--demo", "-o", xlsx.toString());
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
        Run r = run("clusters", "define", "--demo", "--method", "io", "--io-csv", z.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // three planted blocks of 6, 6 and 5 sections
        assertThat(r.out()).contains("in 3 clusters");
    }

    @Test
    void givenMappingIsScored(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("map.csv");
        Files.writeString(map, "code,cluster\nA,Agro\nC,Agro\nI,Agro\nG,Trade\nH,Trade\n");
        Run r = run("clusters", "define", "--demo", "--method", "given", "--mapping", map.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // 17 sections, 5 mapped into 2 clusters; the other 12 are outside every cluster
        assertThat(r.out()).contains("Method: given, 17 industries in 2 clusters").contains("Agro").contains("Trade");
    }

    @Test
    void badUsageAndBadData(@TempDir Path dir) throws Exception {
        assertThat(run("clusters", "define").code()).isEqualTo(Klaster.EXIT_USAGE);
        Run bad = run("clusters", "define", "--demo", "--method", "nonsense");
        assertThat(bad.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(bad.err()).contains("unknown value 'nonsense'");
        Run res = run("clusters", "define", "--demo", "--resolution", "-1");
        assertThat(res.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(res.err()).contains("resolution must be a positive number, got -1.0");
        Path z = dir.resolve("z.csv");
        Files.writeString(z, "1,2\n3,x\n");
        Run data = run("clusters", "define", "--demo", "--io-csv", z.toString());
        assertThat(data.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(data.err()).contains("not a number");
    }
}
