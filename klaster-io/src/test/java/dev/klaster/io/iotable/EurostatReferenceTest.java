package dev.klaster.io.iotable;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Linkages;
import dev.klaster.core.inputoutput.Multiplier;
import dev.klaster.core.inputoutput.Multipliers;
import dev.klaster.core.testing.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every row of {@code io-reference-eurostat/expected_values.csv} (published values from the Eurostat Manual of
 * Supply, Use and Input-Output Tables 2008 ch. 15 and the Spicosa multiplier sheet, as quoted in rOpenGov/iotables
 * tests) is one dynamic test; the source is in each test's name. Values are published to 3–4 decimals, so the
 * tolerance is half a unit of the last published digit plus rounding of the table (0.6e-4 for 4 decimals,
 * 0.6e-3 for 3).
 */
class EurostatReferenceTest {
    @TestFactory
    List<DynamicTest> expectedValues() {
        Path dir = SharedData.require("io-reference-eurostat/expected_values.csv").getParent();
        CsvGrid g = CsvGrid.read(dir.resolve("expected_values.csv"));
        IoTable de = EurostatIoReader.read(dir.resolve("germany_1995_beutel_table_15_4.csv"));
        IoTable nl = EurostatIoReader.read(dir.resolve("netherlands_2000_siot.csv"));
        List<DynamicTest> tests = new ArrayList<>();
        for (int r = 0; r < g.rows.size(); r++) {
            String table = g.cell(r, 0);
            String quantity = g.cell(r, 1);
            String[] parts = g.cell(r, 3).split(";");
            double[] expected = new double[parts.length];
            int decimals = 0;
            for (int k = 0; k < parts.length; k++) {
                expected[k] = Double.parseDouble(parts[k]);
                int dot = parts[k].indexOf('.');
                decimals = Math.max(decimals, dot < 0 ? 0 : parts[k].length() - dot - 1);
            }
            double tol = 0.6 * Math.pow(10, -decimals);
            String source = g.cell(r, 4);
            IoTable t = table.equals("germany_1995") ? de : nl;
            tests.add(DynamicTest.dynamicTest(table + " " + quantity + " [" + source + "]", () -> {
                double[] actual = compute(t, quantity);
                assertThat(actual).as("%s %s, source: %s, tolerance %s", table, quantity, source, tol)
                        .containsExactly(expected, within(tol));
            }));
        }
        assertThat(tests).hasSize(9);
        return tests;
    }

    static double[] compute(IoTable t, String quantity) {
        LeontiefModel m = LeontiefModel.of(t);
        int n = t.size();
        double[] r = new double[n];
        switch (quantity) {
            case "leontief_inverse_diagonal" -> r = m.inverseDiagonal();
            case "I_minus_A_diagonal" -> {
                double[][] a = m.coefficients();
                for (int i = 0; i < n; i++) {
                    r[i] = 1 - a[i][i];
                }
            }
            case "backward_linkages_colsum_L" -> r = Linkages.of(t, m, Linkages.ForwardBasis.GHOSH).totalBackward();
            case "forward_linkages_rowsum_G" -> r = Linkages.of(t, m, Linkages.ForwardBasis.GHOSH).totalForward();
            case "gva_multipliers" -> r = Multipliers.of(t, m).get(Multiplier.Kind.VALUE_ADDED).typeI();
            case "employment_multipliers" -> r = Multipliers.of(t, m).get(Multiplier.Kind.EMPLOYMENT).typeI();
            case "income_multipliers_type_I" -> r = Multipliers.of(t, m).get(Multiplier.Kind.INCOME).typeIRatio();
            case "ghosh_inverse_agriculture_column" -> {
                double[][] gi = m.ghoshInverse(t.output());
                for (int i = 0; i < n; i++) {
                    r[i] = gi[i][0];
                }
            }
            default -> throw new IllegalArgumentException("unknown quantity " + quantity);
        }
        return r;
    }
}
