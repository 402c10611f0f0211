package dev.klaster.cli;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.klaster.cli.Run.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code klaster clusters templates} on the BPS 185-product table (../shared/data/idn-io-national-2016-185/), its
 * output applied with {@code --definition}, and the quality flags on the 17-section regency PDRB.
 */
class ClustersTemplatesCommandTest {
    static final String IO = "idn-io-national-2016-185/io2016_185_domestic_basic_prices.csv";

    @Test
    void templatesAreWrittenOneRowPerMemberAndApplyAsADefinition(@TempDir Path dir) throws Exception {
        Path io = SharedData.require(IO);
        Path csv = dir.resolve("templates.csv");
        Run r = run("clusters", "templates", "--io", io.toString(), "--out", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Pengolahan kelapa sawit dan oleokimia")
                .contains("Palm oil processing and oleochemicals").contains("Definition quality good")
                .doesNotContainPattern("C\\d+ \\(");
        List<String> lines = Files.readAllLines(csv);
        // one row per product: 185 products of the table (members, supporting and ungrouped) + header
        assertThat(lines).hasSize(186);
        assertThat(lines.get(0)).contains("template_id,name_id,name_en,member_code,member_label");
        assertThat(lines).anyMatch(l -> l.contains(",020,Kelapa Sawit,member,"));
        // a small panel of six IO products in two regions, the templates applied to it
        StringBuilder p = new StringBuilder("region,industry,year,value\n");
        String[] codes = {"020", "058", "075", "076", "078", "082"};
        for (String region : new String[] {"1101", "1102", "1103"}) {
            for (int i = 0; i < codes.length; i++) {
                for (int y = 2019; y <= 2020; y++) {
                    p.append(region).append(',').append(codes[i]).append(',').append(y).append(',')
                            .append(10 + i * 3 + region.charAt(3) * (i % 2) + y % 2).append('\n');
                }
            }
        }
        Path panel = dir.resolve("panel.csv");
        Files.writeString(panel, p);
        Path out = dir.resolve("def");
        Run d = run("clusters", "define", panel.toString(), "--definition", csv.toString(), "-o", out.toString());
        assertThat(d.code()).as(d.err()).isZero();
        List<String> def = Files.readAllLines(out.resolve("cluster_definition.csv"));
        String palm = def.stream().filter(l -> l.contains("020,")).findFirst().orElseThrow();
        assertThat(palm).contains("Pengolahan kelapa sawit dan oleokimia");
        assertThat(def.stream().filter(l -> l.contains("058,")).findFirst().orElseThrow())
                .contains("Pengolahan kelapa sawit dan oleokimia");
        assertThat(d.out()).contains("Method: given, 6 industries in 3 clusters");
    }

    @Test
    void qualityFlagsFireOnTheSectionLevelRegencyPanel(@TempDir Path dir) throws Exception {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Run r = run("analyze", pdrb.toString(), "--province", "35", "--report", dir.resolve("r").toString());
        assertThat(r.code()).as(r.err()).isZero();
        // in the report's language (Indonesian for BPS data)
        assertThat(r.out()).contains("KELOMPOK SEKTOR, bukan klaster industri").contains("DEFINISI LEMAH")
                .doesNotContainPattern("C\\d+ \\([A-Z]");
        // leading sectors come first (the summary's second finding), then the truth about the groups
        assertThat(r.out().indexOf("Sektor unggulan")).isLessThan(r.out().indexOf("KELOMPOK SEKTOR"));
        String html = Files.readString(dir.resolve("r/klaster-report.html"));
        assertThat(html).contains("kelompok sektor, bukan klaster industri").contains("DEFINISI LEMAH")
                .doesNotContainPattern("C\\d+ \\([A-Z]");
    }

    @Test
    void badDefinitionFilesAreClearErrors(@TempDir Path dir) throws Exception {
        Path wrong = dir.resolve("wrong.csv");
        Files.writeString(wrong, "kode,kelompok\nA,Agro\n");
        Run r = run("clusters", "define", "--demo", "sections", "--definition", wrong.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(r.err()).contains("wrong.csv").contains("not a cluster definition").contains("[kode, kelompok]");
        Path other = dir.resolve("naics.csv");
        Files.writeString(other, "naics,cluster\n336411,Aerospace Vehicles and Defense\n");
        Run n = run("clusters", "define", "--demo", "sections", "--definition", other.toString());
        assertThat(n.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(n.err()).contains("naics.csv").contains("none of the 1 industry codes of the definition matches");
        Path twice = dir.resolve("twice.csv");
        Files.writeString(twice, "code,cluster\nA,Agro\nA,Trade\n");
        Run t = run("clusters", "define", "--demo", "sections", "--definition", twice.toString());
        assertThat(t.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(t.err()).contains("twice.csv, line 3").contains("already mapped to 'Agro'");
        Run missing = run("clusters", "define", "--demo", "sections", "--definition", dir.resolve("none.csv").toString());
        assertThat(missing.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(missing.err()).contains("none.csv").contains("file not found");
    }
}
