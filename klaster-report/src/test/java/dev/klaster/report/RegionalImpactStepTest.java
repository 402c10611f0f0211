package dev.klaster.report;

import dev.klaster.core.cluster.RegionalImpact;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Measure;
import dev.klaster.core.table.Table;
import dev.klaster.core.testing.SharedData;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.iotable.BpsIoReader;
import dev.klaster.io.scope.Scope;
import dev.klaster.io.scope.SourceErrors;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Regression of issue 9 §4: a Jawa Timur analysis must not add half the province's PDRB. */
class RegionalImpactStepTest {
    @Test
    void jawaTimurImpactIsInTheProvincesOwnTerms() {
        Path pdrb = SharedData.require("idn-pdrb-kabkota-2013-2020/pdrb_adhk2010_kabkota_2013_2020_wide.csv");
        Path ioFile = SharedData.require("idn-io-national-2020/io2020_indonesia_17_domestic_basic_prices.csv");
        Ingested in = Ingest.run(IngestRequest.of(pdrb));
        IoTable io = BpsIoReader.read(ioFile);
        Scope.Scoped s = Scope.apply(in.panel(), in.report(), Measure.VALUE_ADDED,
                new Scope.Request("35", null, null, SourceErrors.OnError.EXCLUDE), List.of());
        Map<String, String> sectors = new LinkedHashMap<>();
        String[] kbli = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M_N", "O", "P", "Q", "R_S_T_U"};
        for (int k = 0; k < kbli.length; k++) {
            sectors.put(Integer.toString(k + 1), kbli[k]); // io2020_columns.csv: column_code → kbli_section
        }
        AnalysisPipeline.Result r = AnalysisPipeline.run(s.panel(), in.report(), io,
                AnalysisPipeline.Options.defaults().withLang(Lang.EN).withIoSectors(sectors),
                AnalysisPipeline.Progress.NONE, ScopeContext.of(s), null); // no traded/local split: every sector clustered
        Table imp = r.tables().stream().filter(t -> t.name().equals("impact_by_cluster")).findFirst().orElseThrow();
        double vaTypeI = 0;
        double vaAll = 0;
        for (int k = 0; k < imp.rowCount(); k++) {
            vaTypeI += imp.number(k, imp.columnIndex("value_added_direct"))
                    + imp.number(k, imp.columnIndex("value_added_indirect"));
            vaAll += imp.number(k, imp.columnIndex("value_added_total"));
        }
        double pdrb2020 = 0;
        for (double v : s.panel().sliceAt(Measure.VALUE_ADDED, s.panel().yearCount() - 1).regionTotals()) {
            pdrb2020 += v;
        }
        // every sector is in some cluster: +10 % of all the region's final demand gives, in a Type I model with the
        // region's own table, exactly 10 % of the region's value added (x = L f, Miller & Blair 2009 eq. 2.11).
        // Before issue 9 the report added ≈ Rp 808 trillion, half of Jawa Timur's PDRB (the national table's totals)
        assertThat(vaTypeI).as("Type I, billion rupiah 2010 prices, rel. 1e-6").isCloseTo(0.10 * pdrb2020,
                within(1e-6 * pdrb2020));
        assertThat(vaAll).as("with induced effects still far below half the PDRB").isLessThan(0.25 * pdrb2020);
        assertThat(imp.notes()).anyMatch(n -> n.contains("Flegg") && n.contains("Jawa Timur"));
        assertThat(r.model().warnings().get(0)).contains("Analysis scope: 38").contains("Jawa Timur (35)");
        RegionalImpactStep.Prepared p = RegionalImpactStep.prepare(io, AlignmentOf.index(io, s, sectors),
                ScopeContext.of(s), s.panel(), "io2020");
        assertThat(p.region().source()).isEqualTo(RegionalImpact.Source.FLQ);
        assertThat(p.region().lambda()).as("λ = [log2(1 + share)]^0.3 for Jawa Timur's 13–16 % of output: 0.594–0.630")
                .isBetween(0.594, 0.630);
    }

    /** The alignment the pipeline uses. */
    static final class AlignmentOf {
        static int[] index(IoTable io, Scope.Scoped s, Map<String, String> sectors) {
            return IoAlignment.of(io, s.panel().industries(), sectors).index();
        }
    }
}
