package dev.klaster.core.cluster;

import dev.klaster.core.inputoutput.Impact;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Regionalization;

import java.util.ArrayList;
import java.util.List;

/**
 * The impact of X % growth of a regional cluster in the <em>region's</em> economy (issue 9 §4), never in national
 * totals.
 *
 * <p><b>The regional table.</b> A survey-based regional table (e.g. a BPS provincial table) is used as it is.
 * Otherwise the national table is regionalised with Flegg's location quotient (Flegg, Webber &amp; Elliott 1995,
 * Regional Studies 29(6) 547–561; {@link Regionalization}): with s_i = VA^r_i / VA^n_i the region's share of the
 * nation's value added of sector i <em>in the analysed data</em> (the analysed regions' sum over the national row of
 * the same file), regional output x^r_i = s_i · x_i, r_ij = a_ij · min(1, FLQ_ij), FLQ_ij = CILQ_ij · λ,
 * λ = [log₂(1 + Σ x^r / Σ x)]^δ. The default δ = 0.3 is the value Flegg &amp; Webber (1997, Regional Studies 31(8)
 * 795–805) proposed and Bonfiglio &amp; Chelli (2008, Economic Systems Research 20(3) 243–258) found best on average;
 * Flegg &amp; Tohmo (2013, Regional Studies 47(5) 703–721) estimate δ between 0.2 and 0.3 for Finnish regions of
 * comparable size. When the analysed regions are the whole nation the national table is the region's table.
 *
 * <p><b>The scenario.</b> Δf_j = X/100 · f^r_j for the cluster's sectors j (f^r = the table's final demand, local
 * demand plus exports; negative residuals count as 0), Type I Δx¹ = (I − A^r)⁻¹ Δf, and where the table has
 * compensation of employees and household consumption the Type II Δx² of the model closed for households
 * ({@link Impact}). <b>Direct</b> = Δf, <b>indirect</b> = Δx¹ − Δf, <b>induced</b> = Δx² − Δx¹ (NaN without Type II).
 *
 * <p><b>Units.</b> The table enters only through coefficients and Δx / x^r; the data (e.g. PDRB in billion rupiah at
 * constant 2010 prices) through the region's own value added VA^r_i and employment E^r_i per sector: ΔVA =
 * Σ_i VA^r_i · Δx_i / x^r_i, Δoutput = Σ_i (VA^r_i / v_i) · Δx_i / x^r_i with v_i the table's value-added share of
 * output, Δjobs = Σ_i E^r_i · Δx_i / x^r_i (employment/output ratios from the data). So every result is in the
 * data's currency and units. A scenario whose output or value-added change exceeds the region's own is refused
 * ({@link #check}).
 */
public final class RegionalImpact {
    /** Default FLQ δ (Flegg &amp; Webber 1997; Bonfiglio &amp; Chelli 2008). */
    public static final double DEFAULT_DELTA = 0.3;

    private RegionalImpact() {
    }

    /** Where the regional table came from. */
    public enum Source { PROVINCIAL_TABLE, FLQ, NATIONAL_IS_REGION }

    /**
     * The region's table and its sectors' own data.
     *
     * @param table    regional table (its codes are a subset of the sectors passed in, in order)
     * @param sectors  per table sector, the index of the input sector it stands for
     * @param va       the region's value added per table sector, data units
     * @param jobs     the region's employment per table sector (null without employment)
     * @param source   how the table was made
     * @param lambda   FLQ λ (NaN unless FLQ)
     * @param delta    FLQ δ (NaN unless FLQ)
     */
    public record Region(IoTable table, int[] sectors, double[] va, double[] jobs, Source source, double lambda,
                         double delta) {
        /** The region's output per table sector in data units: VA^r_i / v_i. */
        public double[] outputInDataUnits() {
            double[] v = table.valueAdded();
            double[] x = table.output();
            double[] out = new double[va.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = v == null || !(v[k] > 0) ? Double.NaN : va[k] * x[k] / v[k];
            }
            return out;
        }
    }

    /** Direct, indirect and induced effect (induced NaN without Type II), in data units. */
    public record Split(double direct, double indirect, double induced) {
        public double total() {
            return direct + indirect + (Double.isNaN(induced) ? 0 : induced);
        }
    }

    /** The effect of one cluster's growth. */
    public record Effect(String cluster, Split output, Split valueAdded, Split jobs) {
    }

    /**
     * The region's table.
     *
     * @param table       the national table, or a survey-based regional one ({@code provincial} true)
     * @param provincial  true when {@code table} is already the region's table
     * @param regionalVa  the region's value added per table sector (data units, ≥ 0)
     * @param nationalVa  the nation's value added per table sector in the same data (null when the region is the
     *                    nation or the table is provincial)
     * @param regionalJobs the region's employment per table sector (null: no jobs)
     * @param delta       FLQ δ in [0, 1)
     */
    public static Region region(IoTable table, boolean provincial, double[] regionalVa, double[] nationalVa,
                                double[] regionalJobs, double delta, String name) {
        int n = table.size();
        if (regionalVa.length != n || (nationalVa != null && nationalVa.length != n)) {
            throw new IllegalArgumentException("value added has " + regionalVa.length + " sectors, the table " + n);
        }
        if (provincial || nationalVa == null) {
            int[] all = java.util.stream.IntStream.range(0, n).toArray();
            return new Region(table, all, regionalVa.clone(), regionalJobs == null ? null : regionalJobs.clone(),
                    provincial ? Source.PROVINCIAL_TABLE : Source.NATIONAL_IS_REGION, Double.NaN, Double.NaN);
        }
        double[] x = table.output();
        double[] xr = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(regionalVa[i] >= 0) || !(nationalVa[i] > 0) || regionalVa[i] > nationalVa[i] * (1 + 1e-9)) {
                throw new IllegalArgumentException("sector " + table.codes().get(i) + ": the region's value added "
                        + regionalVa[i] + " must be between 0 and the nation's " + nationalVa[i]
                        + " for the FLQ regionalisation");
            }
            xr[i] = x[i] * Math.min(1, regionalVa[i] / nationalVa[i]);
        }
        IoTable rt = Regionalization.regionalize(table, xr, x, Regionalization.SizeMeasure.OUTPUT,
                Regionalization.Method.FLQ, delta, name);
        int[] kept = new int[rt.size()];
        double[] va = new double[rt.size()];
        double[] jobs = regionalJobs == null ? null : new double[rt.size()];
        for (int k = 0; k < kept.length; k++) {
            kept[k] = table.indexOf(rt.codes().get(k));
            va[k] = regionalVa[kept[k]];
            if (jobs != null) {
                jobs[k] = regionalJobs[kept[k]];
            }
        }
        double lambda = Regionalization.lambda(sum(xr), sum(x), delta);
        return new Region(rt, kept, va, jobs, Source.FLQ, lambda, delta);
    }

    /**
     * The effect of X % growth of the final demand of the cluster's sectors.
     *
     * @param members input-sector indices of the cluster's members (the indices {@link Region#sectors} refers to)
     */
    public static Effect growth(Region region, LeontiefModel model, String cluster, int[] members,
                                double growthPercent) {
        IoTable t = region.table();
        int n = t.size();
        double[] f = t.finalDemand();
        double[] df = new double[n];
        java.util.Set<Integer> in = new java.util.HashSet<>();
        for (int m : members) {
            in.add(m);
        }
        for (int k = 0; k < n; k++) {
            if (in.contains(region.sectors()[k])) {
                df[k] = growthPercent / 100.0 * Math.max(0, f[k]);
            }
        }
        double[] dx1 = Impact.of(t, model, df, Impact.Closure.TYPE_I).deltaOutput();
        double[] dx2 = null;
        if (t.compensation() != null && t.hasDemand(IoTable.DemandKind.HOUSEHOLDS)) {
            dx2 = Impact.of(t, model, df, Impact.Closure.TYPE_II).deltaOutput();
        }
        double[] x = t.output();
        double[] outData = region.outputInDataUnits();
        double[] perOut = new double[n];
        double[] perVa = new double[n];
        double[] perJob = new double[n];
        for (int k = 0; k < n; k++) {
            perOut[k] = outData[k] / x[k];
            perVa[k] = region.va()[k] / x[k];
            perJob[k] = region.jobs() == null ? Double.NaN : region.jobs()[k] / x[k];
        }
        return new Effect(cluster, split(perOut, df, dx1, dx2), split(perVa, df, dx1, dx2),
                region.jobs() == null ? new Split(Double.NaN, Double.NaN, Double.NaN) : split(perJob, df, dx1, dx2));
    }

    private static Split split(double[] per, double[] df, double[] dx1, double[] dx2) {
        double d = 0;
        double i1 = 0;
        double i2 = dx2 == null ? Double.NaN : 0;
        for (int k = 0; k < df.length; k++) {
            double c = Double.isNaN(per[k]) ? 0 : per[k];
            d += c * df[k];
            i1 += c * (dx1[k] - df[k]);
            if (dx2 != null) {
                i2 += c * (dx2[k] - dx1[k]);
            }
        }
        return new Split(d, i1, i2);
    }

    /**
     * Refuses an effect larger than the region's own economy: the total output change must not exceed the region's
     * output and the value-added change not its value added (both in data units).
     *
     * @throws IllegalArgumentException naming the cluster and both figures
     */
    public static void check(Region region, Effect e) {
        double regionVa = sum(region.va());
        double regionOut = 0;
        for (double v : region.outputInDataUnits()) {
            regionOut += Double.isNaN(v) ? 0 : v;
        }
        if (e.valueAdded().total() > regionVa || e.output().total() > regionOut) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "impact of cluster %s refused: "
                    + "value added +%.1f and output +%.1f exceed the region's value added %.1f or output %.1f",
                    e.cluster(), e.valueAdded().total(), e.output().total(), regionVa, regionOut));
        }
    }

    /** Effects of every cluster of a definition, each checked. */
    public static List<Effect> all(Region region, ClusterDefinition def, int[] sectorOfIndustry, double growthPercent) {
        LeontiefModel model = LeontiefModel.of(region.table());
        List<Effect> out = new ArrayList<>();
        for (int c = 0; c < def.clusterCount(); c++) {
            int[] mem = def.members(c);
            int[] sec = new int[mem.length];
            for (int k = 0; k < mem.length; k++) {
                sec[k] = sectorOfIndustry[mem[k]];
            }
            Effect e = growth(region, model, def.clusterNames()[c], sec, growthPercent);
            check(region, e);
            out.add(e);
        }
        return out;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += Double.isNaN(d) ? 0 : d;
        }
        return s;
    }
}
