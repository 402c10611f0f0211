package dev.klaster.io.iotable;

import dev.klaster.core.inputoutput.HypotheticalExtraction;
import dev.klaster.core.inputoutput.Impact;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Linkages;
import dev.klaster.core.inputoutput.Multiplier;
import dev.klaster.core.inputoutput.Multipliers;
import dev.klaster.core.inputoutput.Regionalization;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Every capability on the real BPS and BEA tables in {@code ../shared/data} (skipped visibly without them). */
class RealTablesTest {
    @Test
    void nationalBps2020AllCapabilities() {
        IoTable t = BpsIoReader.read(SharedData.require(
                "idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv"));
        assertThat(t.size()).isEqualTo(17);
        // README: total output 28,700,250,526 and GVA (row 2090) 15,049,221,956 million rupiah
        assertThat(Arrays.stream(t.output()).sum()).isCloseTo(28_700_250_526.0, within(1.0));
        assertThat(Arrays.stream(t.valueAdded()).sum()).isCloseTo(15_049_221_956.0, within(1.0));
        // README: the identities hold "to ≤ 2 units of rounding" → relative 1e-6 is ample
        assertThat(t.balance(1e-6).mismatches()).isEmpty();
        LeontiefModel m = LeontiefModel.of(t);
        Multipliers.Result mu = Multipliers.of(t, m);
        assertThat(mu.typeII()).isTrue();
        Multiplier out = mu.get(Multiplier.Kind.OUTPUT);
        for (int j = 0; j < 17; j++) {
            assertThat(out.typeI()[j]).isBetween(1.0, 3.0);
            assertThat(out.typeII()[j]).isGreaterThan(out.typeI()[j]);
        }
        // value added + imports + taxes leak out: VA multiplier < 1 per unit of final demand (identity of the model)
        assertThat(Arrays.stream(mu.get(Multiplier.Kind.VALUE_ADDED).typeI()).max().orElseThrow()).isLessThan(1.0);
        Linkages.Result lk = Linkages.of(t, m, Linkages.ForwardBasis.GHOSH);
        assertThat(Arrays.stream(lk.powerOfDispersion()).sum()).isCloseTo(17.0, within(1e-9));
        HypotheticalExtraction.Result hx = HypotheticalExtraction.of(t, m);
        int c = t.indexOf("3");
        assertThat(hx.totalLoss()[c]).isGreaterThan(t.output()[c]);
        // manufacturing (code 3 = KBLI C) exports +10%
        Impact.Result imp = Impact.of(t, m, Impact.growth(t, "3", IoTable.DemandKind.EXPORTS, 0.10),
                Impact.Closure.TYPE_II);
        assertThat(imp.totalOutput()).isGreaterThan(imp.deltaFinalDemand()[c]);
        assertThat(imp.totalIncome()).isPositive();
        // regionalise with the output of Kepulauan Riau 2016 as regional size (structure only)
        IoTable kr = BpsIoReader.read(SharedData.require(
                "idn-io-provincial-2016/io2016_kepulauan_riau_17sector_domestic_producer_prices.csv"));
        IoTable reg = Regionalization.regionalize(t, kr.output(), t.output(), Regionalization.SizeMeasure.OUTPUT,
                Regionalization.Method.FLQ, 0.3, "Kepulauan Riau");
        assertThat(reg.balance(1e-9).mismatches()).isEmpty();
        double[] regMult = LeontiefModel.of(reg).outputMultipliers();
        for (int j = 0; j < reg.size(); j++) {
            assertThat(regMult[j]).as("regional ≤ national multiplier " + reg.codes().get(j))
                    .isLessThanOrEqualTo(out.typeI()[t.indexOf(reg.codes().get(j))] + 1e-12);
        }
    }

    @Test
    void provincialBps2016BothProvinces() {
        for (String p : new String[] {"kepulauan_riau", "sulawesi_selatan"}) {
            IoTable t = BpsIoReader.read(SharedData.require(
                    "idn-io-provincial-2016/io2016_" + p + "_17sector_domestic_producer_prices.csv"));
            assertThat(t.size()).isEqualTo(17);
            assertThat(t.codes()).contains("MN", "RSTU");
            // README: total input = total output to 0.005 (Sulawesi Selatan); relative 1e-6 covers it
            assertThat(t.balance(1e-6).mismatches()).as(p).isEmpty();
            LeontiefModel m = LeontiefModel.of(t);
            Multipliers.Result mu = Multipliers.of(t, m);
            assertThat(mu.notes()).anySatisfy(s -> assertThat(s).contains("no compensation"));
            assertThat(Arrays.stream(mu.get(Multiplier.Kind.OUTPUT).typeI()).boxed().toList()).allSatisfy(v -> assertThat(v).isBetween(1.0, 3.0));
            Linkages.Result lk = Linkages.of(t, m, Linkages.ForwardBasis.LEONTIEF);
            assertThat(lk.type()).hasSize(17);
        }
    }

    @Test
    void beaMakeUse2017IndustryTechnology() {
        Path dir = SharedData.require("us-bea-io-summary-2017/Summary_Make_2017_BeforeRedef_17sch.csv").getParent();
        IoTable t = MakeUseReader.read(dir.resolve("Summary_Make_2017_BeforeRedef_17sch.csv"),
                dir.resolve("Summary_Use_2017_PRO_BeforeRedef_17sch.csv"),
                dir.resolve("Summary_IndustryCodeName_2017.csv"), 1e-3);
        assertThat(t.size()).isEqualTo(71);
        assertThat(t.names().get(0)).isEqualTo("Farms");
        assertThat(t.source()).contains("2 small negative transactions");
        // docs/input-output.md: the two clipped cells are also warnings, one per cell, naming buyer and seller
        assertThat(t.warnings()).hasSize(2).allSatisfy(w -> assertThat(w).contains(" -> ").contains("set to 0"));
        assertThat(t.warnings()).anySatisfy(w -> assertThat(w).contains("111CA -> "));
        // README: Σ industry output = 34,468,131 million USD; Make and Use totals differ by 1 (rounding), so ±1.5
        assertThat(Arrays.stream(t.output()).sum()).isCloseTo(34_468_131.0, within(1.5));
        // the 2 clipped negative cells (98.2 in total) unbalance their rows by that much (farms: 93.7 = 0.024%)
        IoTable.Balance b = t.balance(5e-4);
        assertThat(b.mismatches()).as("industry-technology balance (rounding of published tables)").isEmpty();
        LeontiefModel m = LeontiefModel.of(t);
        assertThat(Arrays.stream(Multipliers.of(t, m).get(Multiplier.Kind.OUTPUT).typeI()).boxed().toList())
                .allSatisfy(v -> assertThat(v).isBetween(1.0, 4.0));
    }
}
