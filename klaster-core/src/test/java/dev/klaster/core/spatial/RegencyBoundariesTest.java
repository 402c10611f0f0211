package dev.klaster.core.spatial;

import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real 2020 regency/city boundaries of ../shared/data/idn-boundaries-kabkota-2020 (514 kab/kota after
 * dropping the lake and forest polygons, see its README) and the PDRB of ../shared/data/idn-pdrb-kabkota-2013-2020.
 */
class RegencyBoundariesTest {
    static Areas regencies() throws Exception {
        Path dir = SharedData.require("idn-boundaries-kabkota-2020");
        Areas a = Areas.read(dir.resolve("indonesia-adm2-2020-simplified.geojson"), "region_id", "display_name");
        Map<String, String> code = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("adm2_bps_codes.csv")).subList(1, 520)) {
            String[] f = line.split(",");
            if (f.length > 1 && !f[1].isBlank() && !f[1].endsWith("88") && !f[1].endsWith("99")) {
                code.put(f[0], f[1]);
            }
        }
        List<Integer> keep = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (code.containsKey(a.ids().get(i))) {
                keep.add(i);
                ids.add(code.get(a.ids().get(i)));
            }
        }
        return a.select(keep.stream().mapToInt(Integer::intValue).toArray()).withIds(ids);
    }

    @Test
    void queenContiguityOfTheRegenciesFindsTheIslandsByName() throws Exception {
        Areas a = regencies();
        assertThat(a.size()).as("README: 514 kab/kota codes, each with one polygon").isEqualTo(514);
        assertThat(a.lonLat()).isTrue();
        SpatialWeights w = ContiguityWeights.of(a, Contiguity.QUEEN, ContiguityWeights.DEFAULT_TOLERANCE_DEGREES);
        List<String> islands = w.islandNames();
        System.out.println("regency islands (" + islands.size() + "): " + islands);
        // island regencies without a land border: Simeulue (1101), Kepulauan Seribu (3101), Kepulauan Sangihe,
        // Biak Numfor...; a plausible count for 514 regencies of an archipelago is between 10 and 60
        assertThat(islands.size()).isBetween(10, 60);
        assertThat(islands).anyMatch(s -> s.contains("(1101)")).anyMatch(s -> s.contains("(3101)"));
        double mean = (double) w.links() / w.size();
        System.out.printf("queen: %d links, %.2f neighbours per regency on average, max %d%n", w.links(), mean,
                w.maxCardinality());
        // planar maps average just under 6 neighbours (Euler); islands pull the mean down
        assertThat(mean).isBetween(3.5, 6.0);
        assertThat(w.isSymmetric()).isTrue();
        // Kota Bandung (3273) is enclosed by Kabupaten Bandung (3204), Bandung Barat (3217) and no sea
        int kb = w.indexOf("3273");
        List<String> nb = new ArrayList<>();
        for (int j : w.neighbours(kb)) {
            nb.add(w.ids().get(j));
        }
        assertThat(nb).contains("3204", "3217").doesNotContain("3101");
        SpatialWeights rook = ContiguityWeights.of(a, Contiguity.ROOK, ContiguityWeights.DEFAULT_TOLERANCE_DEGREES);
        assertThat(rook.links()).isLessThanOrEqualTo(w.links());
        SpatialWeights k = w.applyIslands(IslandPolicy.KNN, a.representativePoints()[0], a.representativePoints()[1],
                Metric.GREAT_CIRCLE);
        assertThat(k.islands()).isEmpty();
        assertThat(k.notes()).anyMatch(s -> s.startsWith("island ") && s.contains("km)"));
    }

    @Test
    void lisaOfManufacturingLqAcrossRegencies() throws Exception {
        Areas a = regencies();
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Map<String, double[]> ct = new HashMap<>();
        double sc = 0;
        double st = 0;
        List<String> lines = Files.readAllLines(pdrb);
        List<String> header = List.of(lines.get(0).split(","));
        int c = header.indexOf("C");
        int t = header.indexOf("TOTAL");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            if (f[0].equals("2020") && f[1].equals("regency_city")) {
                double cv = Double.parseDouble(f[c]);
                double tv = Double.parseDouble(f[t]);
                ct.put(f[6], new double[] {cv, tv});
                sc += cv;
                st += tv;
            }
        }
        List<String> ids = new ArrayList<>();
        for (String id : a.ids()) {
            if (ct.containsKey(id)) {
                ids.add(id);
            }
        }
        assertThat(ids.size()).isGreaterThan(500);
        SpatialWeights w = ContiguityWeights.of(a, Contiguity.QUEEN, ContiguityWeights.DEFAULT_TOLERANCE_DEGREES)
                .subset(ids);
        double[][] pts = a.select(ids.stream().mapToInt(id -> a.ids().indexOf(id)).toArray()).representativePoints();
        w = w.applyIslands(IslandPolicy.KNN, pts[0], pts[1], Metric.GREAT_CIRCLE).transform(Transform.R);
        double[] lq = new double[ids.size()];
        for (int i = 0; i < lq.length; i++) {
            double[] v = ct.get(ids.get(i));
            lq[i] = (v[0] / v[1]) / (sc / st);
        }
        Permutations p = new Permutations(lq.length, null, 2020, 2);
        GlobalAutocorrelation.Moran m = GlobalAutocorrelation.moran(lq, w, 999, p);
        System.out.printf("Moran's I of the 2020 manufacturing LQ over %d regencies: %.4f (z_rand %.2f, p_sim %.4f)%n",
                lq.length, m.I(), m.z_rand(), m.p_sim());
        // manufacturing concentrates in contiguous belts (Jabodetabek-Karawang-Bekasi, Gerbangkertosusila): the
        // LQ must be positively autocorrelated
        assertThat(m.I()).isGreaterThan(0.1);
        assertThat(m.p_sim()).isLessThan(0.01);
        LocalMoran.Row[] l = LocalMoran.compute(lq, w, 999, p);
        int hh = 0;
        boolean bekasi = false;
        for (LocalMoran.Row r : l) {
            if ("HH".equals(LocalMoran.cluster(r.q(), r.p_sim(), 0.05))) {
                hh++;
                bekasi |= r.region().equals("3216") || r.region().equals("3215") || r.region().equals("3275");
            }
        }
        System.out.println("LISA HH regencies at 5 %: " + hh);
        // Kabupaten Bekasi (3216), Karawang (3215) and Kota Bekasi (3275) are Indonesia's manufacturing core
        assertThat(hh).isGreaterThan(5);
        assertThat(bekasi).isTrue();
    }
}
