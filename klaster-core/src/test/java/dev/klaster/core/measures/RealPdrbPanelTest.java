package dev.klaster.core.measures;

import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Reference;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;
import dev.klaster.core.table.Table;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Runs every registry measure on the real BPS PDRB panel (514 regencies/cities × 17 sectors × 2013–2020, constant
 * 2010 prices; {@code idn-pdrb-kabkota-2013-2020}). The simple wide CSV (no quoted fields) is parsed here because
 * klaster-core cannot depend on klaster-io. Hand-checkable numbers were computed from the same CSV with an
 * independent short Python script (plain sums and the textbook formulas) and are named at each assertion.
 */
class RealPdrbPanelTest {
    private static final String FILE = "idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv";
    private static final String[] SECTORS = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M_N",
            "O", "P", "Q", "R_S_T_U"};
    private static Panel panel;
    /** The published province row of Jawa Barat (region_code 3200) in the same CSV. */
    private static Panel jabar;

    @BeforeAll
    static void load() throws IOException {
        Path file = SharedData.require(FILE);
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",", -1);
        Map<String, Integer> col = new LinkedHashMap<>();
        for (int c = 0; c < header.length; c++) {
            col.put(header[c], c);
        }
        Map<String, Region> regions = new LinkedHashMap<>();
        Map<String, List<String>> islands = new LinkedHashMap<>();
        Set<Integer> years = new TreeSet<>();
        List<String[]> rows = new ArrayList<>();
        List<String[]> jabarRows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[col.get("region_code")].equals("3200")) {
                jabarRows.add(f);
            }
            if (!f[col.get("level")].equals("regency_city")) {
                continue;
            }
            rows.add(f);
            String code = f[col.get("region_code")];
            years.add(Integer.parseInt(f[col.get("year")]));
            if (!regions.containsKey(code)) {
                regions.put(code, new Region(code, f[col.get("region_name")], RegionLevel.REGENCY,
                        f[col.get("province_code")]));
                islands.computeIfAbsent(f[col.get("island")], k -> new ArrayList<>()).add(code);
            }
        }
        List<Industry> ind = new ArrayList<>();
        for (String s : SECTORS) {
            ind.add(Industry.of(s));
        }
        int[] ys = years.stream().mapToInt(Integer::intValue).toArray();
        Panel.Builder b = Panel.builder(new RegionSet(new ArrayList<>(regions.values()), islands),
                new IndustrySet(ind), ys).source(FILE);
        double[] va = b.array(Measure.VALUE_ADDED);
        for (String[] f : rows) {
            int y = java.util.Arrays.binarySearch(ys, Integer.parseInt(f[col.get("year")]));
            int r = b.regions().indexOf(f[col.get("region_code")]);
            for (int i = 0; i < SECTORS.length; i++) {
                va[b.cell(y, r, i)] = Double.parseDouble(f[col.get(SECTORS[i])]);
            }
        }
        panel = b.build();
        Panel.Builder j = Panel.builder(RegionSet.of(List.of(new Region("3200", "Jawa Barat", RegionLevel.PROVINCE,
                null))), new IndustrySet(ind), ys).source(FILE);
        double[] jva = j.array(Measure.VALUE_ADDED);
        for (String[] f : jabarRows) {
            int y = java.util.Arrays.binarySearch(ys, Integer.parseInt(f[col.get("year")]));
            for (int i = 0; i < SECTORS.length; i++) {
                jva[j.cell(y, 0, i)] = Double.parseDouble(f[col.get(SECTORS[i])]);
            }
        }
        jabar = j.build();
    }

    private static MeasureOptions againstJabar(Integer year, Integer y0, Integer y1) {
        Reference ref = Reference.row(Reference.Kind.PROVINCE, "the published row of Jawa Barat (32)",
                "baris terbitan Jawa Barat (32)", jabar, 0, panel.industries());
        return new MeasureOptions(Measure.VALUE_ADDED, year, y0, y1, null, "3273", null, null, ref);
    }

    @Test
    void lqOfKotaBandungFinanceAgainstThePublishedProvinceRow() {
        // BPS CSV 2020: Kota Bandung (3273) K = 10,551.96 of 193,144.95 (17 sectors); the published Jawa Barat row
        // (3200) K = 36,915 of 1,453,379 → LQ = 2.1509275722580337 (independent Python check on the CSV). Against
        // the sum of the 514 regencies the same cell is 1.3446 (test above): the reference changes the answer.
        Table t = MeasureRegistry.get("lq").apply(panel, againstJabar(2020, null, null));
        assertThat(value(t, "K", "lq")).isCloseTo(2.1509275722580337, within(1e-9));
        assertThat(t.notes()).anyMatch(n -> n.contains("reference = the published row of Jawa Barat (32)"));
    }

    @Test
    void dunnShiftShareOfKotaBandungAgainstThePublishedProvinceRow() {
        // BPS CSV 2013 → 2020, reference = the published Jawa Barat row (independent Python check on the CSV):
        // national share = 129,005.45 × (1,453,379 / 1,093,044 − 1) = 42,528.1862630873;
        // regional shift = Σ_i (x1_i − x0_i · N1_i / N0_i) = 4,077.778855988159
        Table t = MeasureRegistry.get("shiftshare_dunn").apply(panel, againstJabar(null, 2013, 2020));
        assertThat(value(t, "TOTAL", "national_share")).isCloseTo(42528.1862630873, within(1e-6));
        assertThat(value(t, "TOTAL", "regional_shift")).isCloseTo(4077.778855988159, within(1e-6));
    }

    @Test
    void panelShape() {
        assertThat(panel.regions().size()).as("514 regencies/cities (README)").isEqualTo(514);
        assertThat(panel.years()).containsExactly(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020);
    }

    @Test
    void everyMeasureRunsAndIsFiniteWhereDefined() {
        Set<String> needMissingData = new TreeSet<>();
        MeasureOptions o = MeasureOptions.defaults().withMeasure(Measure.VALUE_ADDED);
        for (MeasureSpec s : MeasureRegistry.all()) {
            Table t;
            try {
                t = s.apply(panel, o);
            } catch (IllegalArgumentException e) {
                assertThat(e.getMessage()).as(s.id()).contains("needs");
                needMissingData.add(s.id());
                continue;
            }
            int v = t.columnIndex("value");
            int nan = 0;
            for (int r = 0; r < t.rowCount(); r++) {
                double x = t.number(r, v);
                assertThat(Double.isInfinite(x)).as(s.id() + " row " + r + " is infinite").isFalse();
                if (Double.isNaN(x)) {
                    nan++;
                }
            }
            assertThat(t.rowCount()).as(s.id() + " has rows").isPositive();
            assertThat(nan).as(s.id() + ": undefined values are rare in this panel (" + nan + " of "
                    + t.rowCount() + ")").isLessThan(Math.max(1, t.rowCount() / 20));
            if (nan > 0) {
                assertThat(t.notes()).as(s.id() + " warns about undefined values").anyMatch(n -> n.contains("undefined"));
            }
        }
        // the panel has value added only: no population, employment or establishments
        assertThat(needMissingData).containsExactlyInAnyOrder("klassen_regions", "inequality", "theil_decomposition",
                "ellison_glaeser", "maurel_sedillot", "coagglomeration", "employment_elasticity");
    }

    @Test
    void lqOfKotaBandungFinance2020() {
        // BPS CSV 2020: Kota Bandung (3273) K = 10,551.96; its total over 17 sectors 193,144.95; K over the 514
        // regencies 442,563.30; grand total 10,892,544.10 → LQ = 1.3446328246317722 (independent Python check)
        Table t = MeasureRegistry.get("lq").apply(panel, new MeasureOptions(Measure.VALUE_ADDED, 2020, null, null,
                null, "3273", null, null));
        assertThat(value(t, "K", "lq")).isCloseTo(1.3446328246317722, within(1e-9));
    }

    @Test
    void dunnShiftShareOfKotaBandung2013to2020() {
        // BPS CSV, Kota Bandung (3273) 2013 → 2020 against the sum of the 514 regencies (independent Python check):
        // change 64,139.5; national share 43,151.28788608985; industry mix 8,760.844412335156;
        // regional shift 12,227.367701575
        Table t = MeasureRegistry.get("shiftshare_dunn").apply(panel, new MeasureOptions(Measure.VALUE_ADDED, null,
                2013, 2020, null, "3273", null, null));
        assertThat(value(t, "TOTAL", "change")).isCloseTo(64139.5, within(1e-6));
        assertThat(value(t, "TOTAL", "national_share")).isCloseTo(43151.28788608985, within(1e-6));
        assertThat(value(t, "TOTAL", "industry_mix")).isCloseTo(8760.844412335156, within(1e-6));
        assertThat(value(t, "TOTAL", "regional_shift")).isCloseTo(12227.367701575, within(1e-6));
    }

    @Test
    void covidYearShowsInContributions() {
        // 2019 → 2020 the sum of the regencies' PDRB fell (COVID contraction, README): the reference growth of the
        // Klassen sector table is negative for I (accommodation and food) in every region
        Table t = MeasureRegistry.get("klassen_sectors").apply(panel, new MeasureOptions(Measure.VALUE_ADDED, null,
                2019, 2020, null, "3273", null, null));
        assertThat(value(t, "I", "reference_growth_percent")).isNegative();
    }

    private static double value(Table t, String industry, String measure) {
        int ci = t.columnIndex("industry");
        int cm = t.columnIndex("measure");
        int cv = t.columnIndex("value");
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.text(r, ci).equals(industry) && t.text(r, cm).equals(measure)) {
                return t.number(r, cv);
            }
        }
        throw new AssertionError("no row " + industry + "/" + measure + " in " + t.name());
    }
}
