package dev.klaster.core.cluster;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RegionalImpactTest {
    /** Miller &amp; Blair (2009) §2.3: Z = [[150,500],[200,100]], x = (1000, 2000), f = (350, 1700), VA = (650, 1400). */
    static IoTable millerBlair() {
        return IoTable.builder(List.of("1", "2"), null).source("Miller & Blair 2009 §2.3", false)
                .z(new double[][] {{150, 500}, {200, 100}}).output(new double[] {1000, 2000})
                .demand("f", "final demand", IoTable.DemandKind.OTHER, new double[] {350, 1700})
                .input("va", "value added", IoTable.InputKind.VALUE_ADDED, new double[] {650, 1400})
                .build();
    }

    @Test
    void typeOneSplitAndDataUnits() {
        // the region is the nation; the data's value added is the table's / 1000 (other units, e.g. billion vs
        // million): 10 % of sector 1's final demand, Δf = (35, 0); L (Miller & Blair eq. 2.13) gives
        // Δx = (1.254125·35, 0.264026·35) = (43.894, 9.241)
        RegionalImpact.Region r = RegionalImpact.region(millerBlair(), false, new double[] {0.65, 1.4}, null,
                new double[] {10, 40}, 0.3, "test");
        assertThat(r.source()).isEqualTo(RegionalImpact.Source.NATIONAL_IS_REGION);
        RegionalImpact.Effect e = RegionalImpact.growth(r, LeontiefModel.of(r.table()), "c", new int[] {0}, 10);
        // output in data units = Δx · (VA_data / VA_table) = Δx / 1000
        assertThat(e.output().direct()).isCloseTo(0.035, within(1e-12));
        assertThat(e.output().direct() + e.output().indirect()).isCloseTo((43.894375 + 9.240924) / 1000, within(1e-6));
        // no imports in the table: value added of the whole economy = final demand (Miller & Blair §2.2), so the
        // Type I value-added change equals Δf in data units, 35 / 1000
        assertThat(e.valueAdded().direct() + e.valueAdded().indirect()).isCloseTo(0.035, within(1e-12));
        assertThat(e.valueAdded().induced()).as("no households in the table: no Type II").isNaN();
        // jobs: employment/output ratios of the data: 10/1000 · 43.894 + 40/2000 · 9.241
        assertThat(e.jobs().direct() + e.jobs().indirect()).isCloseTo(0.43894375 + 0.18481848, within(1e-6));
    }

    @Test
    void flqRegionalisationFromTheRegionsShares() {
        // region with half the nation's value added in both sectors: SLQ = CILQ = 1, λ = [log2(1.5)]^0.3 = 0.85141
        // (Flegg & Webber 1997 formula: log2(1.5) = 0.584963, ^0.3), so every regional coefficient is λ · a_ij
        RegionalImpact.Region r = RegionalImpact.region(millerBlair(), false, new double[] {325, 700},
                new double[] {650, 1400}, null, 0.3, "half");
        assertThat(r.source()).isEqualTo(RegionalImpact.Source.FLQ);
        assertThat(r.lambda()).isCloseTo(Math.pow(Math.log(1.5) / Math.log(2), 0.3), within(1e-12))
                .isCloseTo(0.85141, within(1e-5));
        double[][] a = LeontiefModel.technicalCoefficients(r.table());
        assertThat(a[0][1]).isCloseTo(0.25 * r.lambda(), within(1e-12));
        assertThat(a[1][0]).isCloseTo(0.20 * r.lambda(), within(1e-12));
        RegionalImpact.Effect e = RegionalImpact.growth(r, LeontiefModel.of(r.table()), "c", new int[] {0, 1}, 10);
        // all sectors grow: Δx = L·0.1 f = 0.1 x^r (Leontief identity, Miller & Blair eq. 2.11), so the region's
        // value added grows by exactly 10 % of its own 325 + 700 — not of the nation's 2,050
        assertThat(e.valueAdded().direct() + e.valueAdded().indirect()).isCloseTo(102.5, within(1e-9));
        assertThatThrownBy(() -> RegionalImpact.region(millerBlair(), false, new double[] {700, 700},
                new double[] {650, 1400}, null, 0.3, "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and the nation's");
    }

    @Test
    void anImpactLargerThanTheRegionIsRefused() {
        RegionalImpact.Region r = RegionalImpact.region(millerBlair(), false, new double[] {650, 1400}, null, null,
                0.3, "n");
        RegionalImpact.Effect e = RegionalImpact.growth(r, LeontiefModel.of(r.table()), "huge", new int[] {0, 1},
                500);
        assertThatThrownBy(() -> RegionalImpact.check(r, e)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("huge").hasMessageContaining("refused");
        RegionalImpact.check(r, RegionalImpact.growth(r, LeontiefModel.of(r.table()), "ok", new int[] {0}, 10));
    }
}
