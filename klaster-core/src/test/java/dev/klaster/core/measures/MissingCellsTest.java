package dev.klaster.core.measures;

import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionSet;
import dev.klaster.core.table.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Change measures take a region's and the reference's totals over the same cells in every compared year
 * ({@link Period}). Tiny panel made here: regions A, B, C; industries X, Y; 2019 → 2020. A and B: X 100 → 110,
 * Y 100 → 100. C is absent in 2019 (a deleted row / BPS "-") and has X = Y = 200 in 2020.
 *
 * <p>Expected values are Dunn's (1960) identities computed by hand over the matched cells (A and B only): the
 * reference grows 400 → 420, G = 5 %; industry X grows 10 %, Y 0 %. For A, X: national share 100 × 0.05 = 5,
 * industry mix 100 × (0.10 − 0.05) = 5, regional shift 100 × (0.10 − 0.10) = 0. Counting C's 2020 cells in the
 * reference would make it "grow" 400 → 820 (+105 %) and give A a regional shift of −100 in X.
 */
class MissingCellsTest {
    private static Panel panel() {
        RegionSet regions = RegionSet.of(List.of(Region.of("A"), Region.of("B"), Region.of("C")));
        IndustrySet industries = new IndustrySet(List.of(Industry.of("X"), Industry.of("Y")));
        Panel.Builder b = Panel.builder(regions, industries, new int[]{2019, 2020});
        double[] a = b.array(Measure.VALUE_ADDED);
        java.util.Arrays.fill(a, Double.NaN);
        for (int r = 0; r < 2; r++) {
            b.set(Measure.VALUE_ADDED, 0, r, 0, 100).set(Measure.VALUE_ADDED, 0, r, 1, 100);
            b.set(Measure.VALUE_ADDED, 1, r, 0, 110).set(Measure.VALUE_ADDED, 1, r, 1, 100);
        }
        b.set(Measure.VALUE_ADDED, 1, 2, 0, 200).set(Measure.VALUE_ADDED, 1, 2, 1, 200);
        return b.build();
    }

    private static double value(Table t, String region, String industry, String measure) {
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.text(r, t.columnIndex("region")).equals(region) && t.text(r, t.columnIndex("industry")).equals(industry)
                    && t.text(r, t.columnIndex("measure")).equals(measure)) {
                return t.number(r, t.columnIndex("value"));
            }
        }
        throw new AssertionError("no row " + region + "/" + industry + "/" + measure);
    }

    @Test
    void dunnComparesTheSameCellsInBothYearsAndNamesTheCellsLeftOut() {
        Table t = MeasureRegistry.get("shiftshare_dunn").apply(panel(), MeasureOptions.defaults());
        assertThat(value(t, "A", "X", "national_share")).isCloseTo(5, within(1e-9));
        assertThat(value(t, "A", "X", "industry_mix")).isCloseTo(5, within(1e-9));
        assertThat(value(t, "A", "X", "regional_shift")).isCloseTo(0, within(1e-9));
        assertThat(value(t, "A", "TOTAL", "regional_shift")).isCloseTo(0, within(1e-9));
        assertThat(value(t, "C", "X", "change")).as("no base-year value: undefined, not 200").isNaN();
        assertThat(t.notes()).anyMatch(n -> n.startsWith("2 region/industry cell(s)") && n.contains("C/X, C/Y"));
    }

    @Test
    void everyChangeMeasureUsesTheMatchedCells() {
        for (String id : List.of("shiftshare_esteban_marquillas", "shiftshare_arcelus", "shiftshare_dynamic",
                "klassen_sectors", "leading_sectors", "growth_contribution", "lq_dynamic")) {
            Table t = MeasureRegistry.get(id).apply(panel(), MeasureOptions.defaults());
            assertThat(t.notes()).as(id).anyMatch(n -> n.contains("C/X, C/Y"));
        }
        Table k = MeasureRegistry.get("klassen_sectors").apply(panel(), MeasureOptions.defaults());
        assertThat(value(k, "A", "X", "reference_growth_percent")).as("reference X 200 → 220")
                .isCloseTo(10, within(1e-9));
        Table dyn = MeasureRegistry.get("shiftshare_dynamic").apply(panel(), MeasureOptions.defaults());
        assertThat(value(dyn, "A", "X", "regional_shift")).isCloseTo(0, within(1e-9));
    }

    @Test
    void aCompletePanelGetsNoNote() {
        Panel.Builder b = Panel.builder(RegionSet.of(List.of(Region.of("A"), Region.of("B"))),
                new IndustrySet(List.of(Industry.of("X"))), new int[]{2019, 2020});
        b.set(Measure.VALUE_ADDED, 0, 0, 0, 1).set(Measure.VALUE_ADDED, 0, 1, 0, 2)
                .set(Measure.VALUE_ADDED, 1, 0, 0, 1).set(Measure.VALUE_ADDED, 1, 1, 0, 2);
        Table t = MeasureRegistry.get("shiftshare_dunn").apply(b.build(), MeasureOptions.defaults());
        assertThat(t.notes()).noneMatch(n -> n.contains("region/industry cell(s)"));
    }
}
