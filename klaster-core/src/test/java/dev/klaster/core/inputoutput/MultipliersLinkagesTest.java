package dev.klaster.core.inputoutput;

import dev.klaster.core.demo.DemoIoTable;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MultipliersLinkagesTest {
    /** Explicit (n+1)×(n+1) closed-model inverse by Gauss–Jordan, independent of the production code. */
    static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
                    p = r;
                }
            }
            double[] tmp = a[c];
            a[c] = a[p];
            a[p] = tmp;
            double d = a[c][c];
            for (int k = 0; k < 2 * n; k++) {
                a[c][k] /= d;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r][c];
                    for (int k = 0; k < 2 * n; k++) {
                        a[r][k] -= f * a[c][k];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }

    @Test
    void typeIIAgreesWithExplicitClosedModelAndIncomeRatioIsConstant() {
        // Relation (Miller & Blair 2009 §6.2.2-6.2.3): Type II = household-closed inverse; the ratio of Type II to
        // Type I income multipliers is the same for every sector (= 1/(1 − h_R L h_C)). Tolerance 1e-9.
        IoTable t = DemoIoTable.generate();
        int n = t.size();
        double[][] a = LeontiefModel.technicalCoefficients(t);
        double[] x = t.output();
        double[] w = t.compensation();
        double[] hc = t.finalDemand(IoTable.DemandKind.HOUSEHOLDS);
        double totalW = java.util.Arrays.stream(w).sum();
        double[][] m = new double[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double abar = i < n && j < n ? a[i][j] : i < n ? hc[i] / totalW : j < n ? w[j] / x[j] : 0;
                m[i][j] = (i == j ? 1 : 0) - abar;
            }
        }
        double[][] lbar = invert(m);
        Multipliers.Result r = Multipliers.of(t);
        assertThat(r.typeII()).isTrue();
        Multiplier out = r.get(Multiplier.Kind.OUTPUT);
        Multiplier inc = r.get(Multiplier.Kind.INCOME);
        for (int j = 0; j < n; j++) {
            double colsum = 0;
            for (int i = 0; i < n; i++) {
                colsum += lbar[i][j];
            }
            assertThat(out.typeII()[j]).as("Type II output multiplier %s", t.codes().get(j))
                    .isCloseTo(colsum, within(1e-9));
            assertThat(inc.typeII()[j]).as("Type II income = household row of L̄").isCloseTo(lbar[n][j],
                    within(1e-9));
            assertThat(inc.typeIIRatio()[j] / inc.typeIRatio()[j]).as("constant Type II/Type I income ratio")
                    .isCloseTo(r.typeIIIncomeRatio(), within(1e-9));
            assertThat(out.induced()[j]).isPositive();
            assertThat(out.direct()[j] + out.indirect()[j] + out.induced()[j]).isCloseTo(out.typeII()[j],
                    within(1e-12));
        }
    }

    @Test
    void linkagesOnMillerBlairExample() {
        IoTable t = LeontiefModelTest.millerBlair();
        Linkages.Result r = Linkages.of(t, Linkages.ForwardBasis.LEONTIEF);
        // Miller & Blair 2009 §2.3: column sums of A = (.35, .30); row sums of L = (1.584158, 1.386139)
        assertThat(r.directBackward()).containsExactly(new double[] {0.35, 0.30}, within(1e-12));
        assertThat(r.totalForward()).containsExactly(new double[] {1.584158, 1.386139}, within(1e-6));
        // U_j = TBL_j / mean(TBL): 1.518152/1.4851485 = 1.022222
        assertThat(r.powerOfDispersion()[0]).isCloseTo(1.518152 / 1.4851485, within(1e-6));
        assertThat(r.type()[0]).isEqualTo(Linkages.SectorType.KEY);
        assertThat(r.type()[1]).isEqualTo(Linkages.SectorType.WEAK);
        // Ghosh basis: row sums of G = (L x)_i / x_i; by hand L x = (1914.191, 2508.251)
        Linkages.Result g = Linkages.of(t, Linkages.ForwardBasis.GHOSH);
        assertThat(g.totalForward()[0]).isCloseTo((1.254125 * 1000 + 0.330033 * 2000) / 1000, within(1e-5));
    }

    @Test
    void hypotheticalExtractionClosedFormEqualsBruteForce() {
        // Reference: re-solve the reduced economy (row and column j removed, final demand f_{-j} kept);
        // Miller & Lahr 2001 definition. Tolerance 1e-6 relative.
        IoTable t = DemoIoTable.generate();
        LeontiefModel model = LeontiefModel.of(t);
        HypotheticalExtraction.Result r = HypotheticalExtraction.of(t, model);
        double[][] a = LeontiefModel.technicalCoefficients(t);
        double[] x = t.output();
        int n = t.size();
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = x[i];
            for (int j = 0; j < n; j++) {
                f[i] -= a[i][j] * x[j];
            }
        }
        double total = java.util.Arrays.stream(x).sum();
        for (int j : new int[] {0, 2, 5, 16}) {
            int jj = j;
            int[] keep = java.util.stream.IntStream.range(0, n).filter(i -> i != jj).toArray();
            double[][] ar = new double[n - 1][n - 1];
            double[] fr = new double[n - 1];
            for (int p = 0; p < n - 1; p++) {
                fr[p] = f[keep[p]];
                for (int q = 0; q < n - 1; q++) {
                    ar[p][q] = a[keep[p]][keep[q]];
                }
            }
            double[] xr = LeontiefModel.ofCoefficients(ar, LeontiefModelTest.codes(n - 1),
                    DenseLapack.Backend.DEFAULT).solve(fr);
            double loss = total - java.util.Arrays.stream(xr).sum();
            assertThat(r.totalLoss()[j]).as("extraction of %s", t.codes().get(j)).isCloseTo(loss,
                    within(1e-6 * total));
        }
    }

    @Test
    void impactOfExportGrowth() {
        IoTable t = DemoIoTable.generate();
        double[] df = Impact.growth(t, "C", IoTable.DemandKind.EXPORTS, 0.10);
        Impact.Result r1 = Impact.of(t, df);
        LeontiefModel m = LeontiefModel.of(t);
        Impact.Result r2 = Impact.of(t, m, df, Impact.Closure.TYPE_II);
        int c = t.indexOf("C");
        // total output change = Δf_C × Type I output multiplier of C (definition of the multiplier), 1e-9
        assertThat(r1.totalOutput()).isCloseTo(df[c] * Multipliers.of(t).get(Multiplier.Kind.OUTPUT).typeI()[c],
                within(1e-9 * r1.totalOutput()));
        assertThat(r2.totalOutput()).isCloseTo(df[c] * Multipliers.of(t).get(Multiplier.Kind.OUTPUT).typeII()[c],
                within(1e-9 * r1.totalOutput()));
        assertThat(r2.totalEmployment()).isGreaterThan(r1.totalEmployment());
        assertThatThrownBy(() -> Impact.of(t, new double[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 values");
        assertThatThrownBy(() -> Impact.growth(t, "ZZ", null, 0.1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown sector 'ZZ'");
    }

    @Test
    void flqWithDeltaZeroEqualsCilq() {
        // Flegg, Webber & Elliott 1995 / Flegg & Webber 1997: FLQ_ij = CILQ_ij · λ, λ = [log2(1+TRE/TNE)]^δ,
        // so δ = 0 gives λ = 1 and FLQ = CILQ (with SLQ on the diagonal) exactly.
        IoTable t = DemoIoTable.generate();
        double[][] a = LeontiefModel.technicalCoefficients(t);
        double[] nat = t.employment();
        double[] reg = nat.clone();
        for (int i = 0; i < reg.length; i++) {
            reg[i] *= 0.01 + 0.05 * ((i * 7) % 5);
        }
        double[][] flq = Regionalization.coefficients(a, reg, nat, Regionalization.Method.FLQ, 0);
        double[][] cilq = Regionalization.coefficients(a, reg, nat, Regionalization.Method.CILQ, 0);
        double[][] flq3 = Regionalization.coefficients(a, reg, nat, Regionalization.Method.FLQ, 0.3);
        for (int i = 0; i < a.length; i++) {
            assertThat(flq[i]).containsExactly(cilq[i], within(0.0));
            for (int j = 0; j < a.length; j++) {
                assertThat(flq3[i][j]).isLessThanOrEqualTo(cilq[i][j]).isLessThanOrEqualTo(a[i][j]);
            }
        }
        // λ for a region with 5% of national employment and δ = 0.3: log2(1.05) = 0.070389, ^0.3 = exp(0.3·ln 0.070389) = 0.45107
        assertThat(Regionalization.lambda(5, 100, 0.3)).isCloseTo(Math.pow(Math.log(1.05) / Math.log(2), 0.3),
                within(1e-15)).isCloseTo(0.45107, within(1e-5));
        IoTable region = Regionalization.regionalize(t, reg, nat, Regionalization.SizeMeasure.EMPLOYMENT,
                Regionalization.Method.FLQ, 0.3, "test region");
        assertThat(region.balance(1e-9).mismatches()).isEmpty();
        assertThat(Multipliers.of(region).get(Multiplier.Kind.OUTPUT).typeI()[2])
                .as("regional multiplier below national (leakages)")
                .isLessThan(Multipliers.of(t).get(Multiplier.Kind.OUTPUT).typeI()[2]);
        assertThatThrownBy(() -> Regionalization.coefficients(a, reg, nat, Regionalization.Method.FLQ, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("δ must be in [0, 1)");
    }

    /** Property: output multipliers are ≥ 1 and scale-free (multiplying Z and x by a constant leaves L unchanged). */
    @Property(tries = 30, seed = "42")
    void multipliersAreScaleInvariant(@ForAll @DoubleRange(min = 0.01, max = 1e6) double k) {
        IoTable t = DemoIoTable.generate();
        double[][] z = t.z();
        double[] x = t.output();
        for (double[] row : z) {
            for (int j = 0; j < row.length; j++) {
                row[j] *= k;
            }
        }
        for (int i = 0; i < x.length; i++) {
            x[i] *= k;
        }
        IoTable s = IoTable.builder(t.codes(), t.names()).z(z).output(x).build();
        double[] m0 = LeontiefModel.of(t).outputMultipliers();
        double[] m1 = LeontiefModel.of(s).outputMultipliers();
        assertThat(m1).containsExactly(m0, within(1e-9));
        assertThat(java.util.Arrays.stream(m1).boxed().toList()).allSatisfy(v -> assertThat(v).isGreaterThanOrEqualTo(1.0));
        assertThat(List.of(s.codes().size())).containsExactly(17);
    }
}
