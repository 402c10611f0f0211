package dev.klaster.cli;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code klaster spatial ...} end to end: real regency boundaries, a PDRB LQ, points, and bad inputs. */
class SpatialCommandTest {
    @Test
    void weightsThenLisaAndGiStarOnRealRegencies(@TempDir Path dir) throws Exception {
        Path b = SharedData.require("idn-boundaries-kabkota-2020");
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Path w = dir.resolve("w.csv");
        Run r = Run.run("spatial", "weights", "--boundaries", b.resolve("indonesia-adm2-2020-simplified.geojson")
                .toString(), "--id", "region_id", "--name", "display_name", "--id-map",
                b.resolve("adm2_bps_codes.csv").toString(), "--contiguity", "queen", "--out", w.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("islands", "Kabupaten Simeulue (1101)", "linked to its nearest region")
                .contains("518 regions"); // 514 kab/kota + 4 coded lake/forest polygons (README)
        // LQ of manufacturing (C) in 2020, computed here from the shared PDRB file
        List<String> lines = Files.readAllLines(pdrb);
        List<String> h = List.of(lines.get(0).split(","));
        double sc = 0;
        double st = 0;
        StringBuilder sb = new StringBuilder("region,value\n");
        java.util.Map<String, double[]> v = new java.util.LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("2020") && f[1].equals("regency_city")) {
                double c = Double.parseDouble(f[h.indexOf("C")]);
                double t = Double.parseDouble(f[h.indexOf("TOTAL")]);
                v.put(f[6], new double[] {c, t});
                sc += c;
                st += t;
            }
        }
        for (var e : v.entrySet()) {
            sb.append(e.getKey()).append(',').append(String.format(Locale.ROOT, "%.6f",
                    e.getValue()[0] / e.getValue()[1] / (sc / st))).append('\n');
        }
        Path lq = dir.resolve("lq.csv");
        Files.writeString(lq, sb.toString());
        Run m = Run.run("spatial", "moran", lq.toString(), "--weights", w.toString(), "--permutations", "99");
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(m.out()).startsWith("I,EI,VI_norm,z_norm,p_norm,VI_rand,z_rand,p_rand,p_sim,n,permutations");
        Path lisa = dir.resolve("lisa.csv");
        Run l = Run.run("spatial", "lisa", lq.toString(), "--weights", w.toString(), "--within", "province",
                "--correction", "fdr", "--out", lisa.toString());
        assertThat(l.code()).as(l.err()).isZero();
        List<String> out = Files.readAllLines(lisa);
        assertThat(out.get(0).replace("\uFEFF", "")).isEqualTo("region,Ii,q,EI,VI,z_sim,p_sim,p_adj,cluster");
        assertThat(out).hasSizeGreaterThan(500);
        assertThat(l.err()).contains("HH");
        Run g = Run.run("spatial", "getis-ord", lq.toString(), "--weights", w.toString(), "--permutations", "199");
        assertThat(g.code()).as(g.err()).isZero();
        assertThat(g.out()).startsWith("region,Gi,z_Gi,p_norm_Gi,Gi_star,z_Gi_star,p_norm_Gi_star");
        assertThat(g.out()).contains("3216,").contains(",hot");
        // same seed, same answer
        Run l2 = Run.run("spatial", "lisa", lq.toString(), "--weights", w.toString(), "--within", "province",
                "--correction", "fdr", "--threads", "1");
        assertThat(l2.out()).isEqualTo(String.join("\n", out).replace("\uFEFF", "").replace("\r", "") + "\n");
    }

    @Test
    void kdWithEnvelopeOnGeneratedPoints(@TempDir Path dir) throws Exception {
        Random rnd = new Random(1);
        StringBuilder sb = new StringBuilder("x,y,type,weight\n");
        for (int i = 0; i < 600; i++) {
            boolean a = i % 3 == 0;
            double x = a ? 5 + rnd.nextGaussian() : rnd.nextDouble() * 100;
            double y = a ? 5 + rnd.nextGaussian() : rnd.nextDouble() * 100;
            sb.append(String.format(Locale.ROOT, "%.4f,%.4f,%s,%d%n", x, y, a ? "C10" : "G47", 1 + rnd.nextInt(50)));
        }
        Path p = dir.resolve("points.csv");
        Files.writeString(p, sb.toString());
        Run r = Run.run("spatial", "kd", p.toString(), "--ref", "C10", "--simulations", "19", "--global",
                "--r", "0,1,2,5,10,20");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("r,obs,mean_sim,lo,hi\n");
        assertThat(r.err()).contains("above the envelope (concentration)");
        Run k = Run.run("spatial", "l", p.toString(), "--ref", "G47", "--r", "1,5,10");
        assertThat(k.code()).as(k.err()).isZero();
        assertThat(k.out()).startsWith("r,obs\n");
        Run bad = Run.run("spatial", "kd", p.toString(), "--ref", "X99");
        assertThat(bad.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(bad.err()).contains("type 'X99' is not in the points file; types: C10, G47");
    }

    @Test
    void areaCommandsReadAPanelAndUseTheLqOfOneIndustry(@TempDir Path dir) throws Exception {
        Path b = SharedData.require("idn-boundaries-kabkota-2020");
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Path w = dir.resolve("w.csv");
        Run r = Run.run("spatial", "weights", "--boundaries", b.resolve("indonesia-adm2-2020-simplified.geojson")
                .toString(), "--id", "region_id", "--name", "display_name", "--id-map",
                b.resolve("adm2_bps_codes.csv").toString(), "--contiguity", "queen", "--out", w.toString());
        assertThat(r.code()).as(r.err()).isZero();
        // the LQ of manufacturing (C) in 2019 by its definition, from the file's regency rows: region total = the sum
        // of the 17 sections (not the TOTAL column), reference = the sum over the regencies; empty cells skipped
        List<String> lines = Files.readAllLines(pdrb);
        List<String> h = List.of(lines.get(0).split(","));
        List<String> sections = h.subList(h.indexOf("A"), h.indexOf("TOTAL"));
        java.util.Map<String, double[]> v = new java.util.LinkedHashMap<>();
        double sc = 0;
        double st = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[0].equals("2019") && f[1].equals("regency_city")) {
                double t = 0;
                for (String sec : sections) {
                    String cell = f[h.indexOf(sec)];
                    t += cell.isEmpty() ? 0 : Double.parseDouble(cell);
                }
                String c = f[h.indexOf("C")];
                if (!c.isEmpty() && t > 0) {
                    v.put(f[6], new double[] {Double.parseDouble(c), t});
                }
                sc += c.isEmpty() ? 0 : Double.parseDouble(c);
                st += t;
            }
        }
        StringBuilder sb = new StringBuilder("region,value\n");
        for (var e : v.entrySet()) {
            sb.append(e.getKey()).append(',').append(String.format(Locale.ROOT, "%.17g",
                    e.getValue()[0] / e.getValue()[1] / (sc / st))).append('\n');
        }
        Path lq = dir.resolve("lq.csv");
        Files.writeString(lq, sb.toString());
        Run byHand = Run.run("spatial", "moran", lq.toString(), "--weights", w.toString(), "--permutations", "99");
        Run panel = Run.run("spatial", "moran", pdrb.toString(), "--industry", "C", "--measure", "value_added",
                "--year", "2019", "--weights", w.toString(), "--permutations", "99");
        assertThat(panel.code()).as(panel.err()).isZero();
        assertThat(panel.err()).contains("value = LQ of C").contains("2019");
        String[] a = byHand.out().split("\n")[1].split(",");
        String[] c = panel.out().split("\n")[1].split(",");
        assertThat(Double.parseDouble(c[0])).as("Moran's I of the panel LQ = of the hand-made LQ file")
                .isCloseTo(Double.parseDouble(a[0]), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(c[8]).as("same seed, same p_sim").isEqualTo(a[8]);
        assertThat(c[9]).as("same n").isEqualTo(a[9]);
        Run bad = Run.run("spatial", "lisa", pdrb.toString(), "--industry", "ZZ", "--weights", w.toString());
        assertThat(bad.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(bad.err()).contains("--industry 'ZZ' is not an industry of").contains("A, B, C");
        bad = Run.run("spatial", "lisa", pdrb.toString(), "--industry", "C", "--year", "1999", "--weights",
                w.toString());
        assertThat(bad.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(bad.err()).contains("--year 1999 is not in").contains("2013");
        bad = Run.run("spatial", "moran", lq.toString(), "--year", "2019", "--weights", w.toString());
        assertThat(bad.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(bad.err()).contains("--measure and --year need --industry");
    }

    @Test
    void badInputsNameFileLineColumnAndValue(@TempDir Path dir) throws Exception {
        Path w = dir.resolve("w.csv");
        Files.writeString(w, "from,to,weight\na,b,1\nb,a,1\nb,c,1\nc,b,1\nc,d,1\nd,c,1\n");
        Path v = dir.resolve("v.csv");
        Files.writeString(v, "region,value\na,1\nb,2\nc,x3\nd,4\n");
        Run r = Run.run("spatial", "moran", v.toString(), "--weights", w.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(r.err()).contains("v.csv, line 4, column 'value', value 'x3': not a number");
        Files.writeString(v, "region,value\na,1\nb,1\nc,1\nd,1\n");
        r = Run.run("spatial", "lisa", v.toString(), "--weights", w.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(r.err()).contains("spatial autocorrelation is undefined for a constant variable");
        Files.writeString(w, "from,to,weight\na,b,-1\n");
        r = Run.run("spatial", "moran", v.toString(), "--weights", w.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(r.err()).contains("w.csv, line 2, column 'weight', value '-1'");
        r = Run.run("spatial", "moran", v.toString(), "--weights", w.toString(), "--transform", "q");
        assertThat(r.code()).isEqualTo(Klaster.EXIT_USAGE);
        assertThat(r.err()).contains("--transform 'q' is not one of r, b, none");
        Path g = dir.resolve("b.geojson");
        Files.writeString(g, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"code\":\"1\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[\"x\",1],[0,0]]]}}]}");
        r = Run.run("spatial", "weights", "--boundaries", g.toString(), "--contiguity", "queen");
        assertThat(r.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(r.err()).contains("b.geojson, column 'features[0].geometry.coordinates'")
                .contains("is not a [x, y] pair of numbers");
        r = Run.run("spatial", "weights", "--boundaries", g.toString());
        assertThat(r.code()).isEqualTo(Klaster.EXIT_USAGE);
    }

    @Test
    void analyzeWithBoundariesAddsTheSpatialMapsWithTheirSentences(@TempDir Path dir) throws Exception {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_province_2013_2020_wide.csv");
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        for (String lang : List.of("en", "id")) {
            Path rep = dir.resolve("r-" + lang);
            Run r = Run.run("analyze", pdrb.toString(), "--boundaries", geo.toString(), "--report", rep.toString(),
                    "--lang", lang);
            assertThat(r.code()).as(r.err()).isZero();
            String html = Files.readString(rep.resolve("klaster-report.html"));
            // strong clusters (sector groups here) are mapped one by one; the largest-sector maps are left out
            if (lang.equals("en")) {
                assertThat(html).contains("concentrates: LISA clusters of its LQ").contains(": Gi* of its LQ")
                        .contains("Spatial pattern of the strong sector groups").contains("999 conditional permutations")
                        .doesNotContain("LISA clusters of the LQ of");
            } else {
                assertThat(html).contains("terpusat: klaster LISA dari LQ-nya").contains(": Gi* dari LQ-nya")
                        .contains("Pola spasial kelompok sektor kuat").doesNotContain("Klaster LISA dari LQ");
            }
        }
    }

    @Test
    void analyzeWithEstablishmentsDrawsKdPerStrongClusterAndRefusesABadFile(@TempDir Path dir) throws Exception {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_province_2013_2020_wide.csv");
        Path geo = SharedData.require("idn-boundaries/indonesia-38-provinces.geojson");
        // establishments of every PDRB section, uniform over Java and Sumatra's box (lon 95-115, lat -8 to 5)
        Random rnd = new Random(3);
        StringBuilder sb = new StringBuilder("lon,lat,type,weight\n");
        for (String t : List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q")) {
            for (int k = 0; k < 60; k++) {
                sb.append(String.format(Locale.ROOT, "%.4f,%.4f,%s,%d%n", 95 + 20 * rnd.nextDouble(),
                        -8 + 13 * rnd.nextDouble(), t, 1 + rnd.nextInt(50)));
            }
        }
        Path est = dir.resolve("firms.csv");
        Files.writeString(est, sb.toString());
        Path rep = dir.resolve("r");
        Run r = Run.run("analyze", pdrb.toString(), "--boundaries", geo.toString(), "--establishments",
                est.toString(), "--report", rep.toString(), "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(rep.resolve("klaster-report.html"));
        assertThat(html).contains("closer to each other than chance? Kd by distance").contains("\"envelope\"")
                .contains("99 simulations").contains("firms.csv");
        // a bad value: exit 1 naming file, line, column and value, and no report written
        Files.writeString(est, "lon,lat,type\n106.8,-6.2,C\n106.9,x6,C\n");
        Path bad = dir.resolve("bad");
        Run b = Run.run("analyze", pdrb.toString(), "--boundaries", geo.toString(), "--establishments",
                est.toString(), "--report", bad.toString());
        assertThat(b.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(b.err()).contains("firms.csv, line 3, column 'lat', value 'x6': not a number");
        assertThat(bad).doesNotExist();
        // no type of the data's industries: exit 1 naming the file, the type column and a value
        Files.writeString(est, "lon,lat,type\n106.8,-6.2,Z9\n106.9,-6.1,Z9\n");
        b = Run.run("analyze", pdrb.toString(), "--establishments", est.toString(), "--report", bad.toString());
        assertThat(b.code()).isEqualTo(Klaster.EXIT_DATA);
        assertThat(b.err()).contains("firms.csv").contains("column 'type', value 'Z9'")
                .contains("no establishment type is an industry code of the data");
        assertThat(bad).doesNotExist();
    }
}
