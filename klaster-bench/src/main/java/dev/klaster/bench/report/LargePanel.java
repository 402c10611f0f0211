package dev.klaster.bench.report;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.model.Classification;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated panel the size of Indonesia's regencies × a detailed industry classification: {@code nRegions}
 * regencies spread over the 38 provinces (codes PPRR, parent = province), {@code nIndustries} 5-digit codes,
 * two years, employment and value added drawn from a skewed (log-normal-like) distribution. Synthetic.
 */
public final class LargePanel {
    private LargePanel() {
    }

    public static Panel generate(int nRegions, int nIndustries, long seed) {
        List<DemoPanel.Province> provs = DemoPanel.provinces();
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < nRegions; r++) {
            DemoPanel.Province p = provs.get(r % provs.size());
            String code = p.code() + String.format("%02d", r / provs.size() + 1);
            regions.add(new Region(code, "Kab. " + p.name() + " " + (r / provs.size() + 1), RegionLevel.REGENCY,
                    p.code()));
        }
        List<Industry> industries = new ArrayList<>();
        for (int i = 0; i < nIndustries; i++) {
            industries.add(new Industry(String.format("%05d", 10000 + i * 7), "Industry " + i, 0, null,
                    Classification.KBLI));
        }
        int[] years = {2022, 2023};
        Panel.Builder b = Panel.builder(new RegionSet(regions, Map.of()), new IndustrySet(industries), years)
                .source("generated benchmark panel (" + nRegions + " × " + nIndustries + ", seed " + seed + ")")
                .synthetic(true);
        double[] emp = b.array(Measure.EMPLOYMENT);
        double[] va = b.array(Measure.VALUE_ADDED);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int r = 0; r < nRegions; r++) {
            for (int i = 0; i < nIndustries; i++) {
                double base = Math.exp(3 + 2 * rnd.nextDouble() + 2 * rnd.nextDouble());
                for (int y = 0; y < years.length; y++) {
                    double v = Math.round(base * (1 + y * (0.02 + 0.06 * (rnd.nextDouble() - 0.3))));
                    emp[b.cell(y, r, i)] = v;
                    va[b.cell(y, r, i)] = v * 0.08;
                }
            }
        }
        return b.build();
    }
}
