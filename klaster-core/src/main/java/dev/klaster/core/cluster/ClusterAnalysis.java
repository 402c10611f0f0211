package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;
import dev.klaster.core.competitiveness.Assessment;
import dev.klaster.core.competitiveness.Framework;
import dev.klaster.core.competitiveness.Survey;
import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.lifecycle.Lifecycle;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole cluster chain on one panel: definition → regional clusters → roles → life cycle → competitiveness →
 * impact. Entry point for {@code klaster analyze} and the report: {@link #run}.
 *
 * <p>The panel should hold the regions to compare (e.g. {@code panel.atLevel(RegionLevel.PROVINCE)}); LQs use the
 * sum of those regions as reference. Z is the national intermediate-flow matrix in the panel's industry order
 * (null: IO-based steps are skipped and say so in the notes). Z may be in any unit (e.g. the IO table's million
 * IDR): definition and roles use only its ratios, and the impact scenario uses A and relative output changes with
 * {@link Options#output()} in Z's units, giving value added and jobs in the panel's units ({@link Impact#basis}).
 */
public final class ClusterAnalysis {
    private ClusterAnalysis() {
    }

    /** How clusters are defined. */
    public enum Method { IO, COLOCATION, COMBINED, GIVEN }

    /** Step notifications for progress bars: step name, steps done, steps total. */
    @FunctionalInterface
    public interface Progress {
        void step(String name, int done, int total);

        Progress NONE = (n, d, t) -> { };
    }

    /**
     * Settings of the chain.
     *
     * @param method definition method (IO and COMBINED need Z; GIVEN needs {@code given})
     * @param given user mapping for GIVEN (else null)
     * @param communities Leiden/Louvain settings
     * @param ioWeight weight of IO linkage in COMBINED
     * @param sizeMeasure employment or value added (null: employment if present, else value added)
     * @param strongRule strong-cluster percentiles
     * @param stars star thresholds
     * @param roles role thresholds
     * @param lifecycle life-cycle thresholds
     * @param framework competitiveness framework
     * @param survey survey answers (may be empty)
     * @param growthPercent X for the impact scenario (e.g. 10)
     * @param output national gross output per industry in the same units as Z (the IO table's, or the panel's
     *               when the table was rescaled to it); needed by the impact scenario, which uses Z and output
     *               only through A = Z x̂⁻¹ and Δx / x and reports value added and jobs in the panel's units
     *               ({@link Impact#basis}). Null: the scenario is not computed (noted) — no output proxy is
     *               formed from the panel's value added, which is in other units than Z
     */
    public record Options(Method method, GivenMapping given, Communities.Options communities, double ioWeight,
                          Measure sizeMeasure, RegionalClusters.StrongRule strongRule,
                          RegionalClusters.StarThresholds stars, Roles.Options roles, Lifecycle.Thresholds lifecycle,
                          Framework framework, Survey survey, double growthPercent, double[] output) {
        public static Options defaults() {
            return new Options(Method.COMBINED, null, Communities.Options.defaults(), 0.5, null,
                    RegionalClusters.StrongRule.defaults(), RegionalClusters.StarThresholds.defaults(),
                    Roles.Options.defaults(), Lifecycle.Thresholds.defaults(), Framework.defaults(), Survey.empty(),
                    10, null);
        }

        public Options withMethod(Method m) {
            return new Options(m, given, communities, ioWeight, sizeMeasure, strongRule, stars, roles, lifecycle,
                    framework, survey, growthPercent, output);
        }

        public Options withCommunities(Communities.Options c) {
            return new Options(method, given, c, ioWeight, sizeMeasure, strongRule, stars, roles, lifecycle,
                    framework, survey, growthPercent, output);
        }

        public Options withGiven(GivenMapping g) {
            return new Options(method, g, communities, ioWeight, sizeMeasure, strongRule, stars, roles, lifecycle,
                    framework, survey, growthPercent, output);
        }

        public Options withFramework(Framework f, Survey s) {
            return new Options(method, given, communities, ioWeight, sizeMeasure, strongRule, stars, roles, lifecycle,
                    f, s, growthPercent, output);
        }

        public Options withGrowthPercent(double x) {
            return new Options(method, given, communities, ioWeight, sizeMeasure, strongRule, stars, roles, lifecycle,
                    framework, survey, x, output);
        }

        public Options withLifecycle(Lifecycle.Thresholds t) {
            return new Options(method, given, communities, ioWeight, sizeMeasure, strongRule, stars, roles, t,
                    framework, survey, growthPercent, output);
        }

        public Options withSizeMeasure(Measure m) {
            return new Options(method, given, communities, ioWeight, m, strongRule, stars, roles, lifecycle,
                    framework, survey, growthPercent, output);
        }
    }

    public static ClusterReport run(Panel panel, double[][] z, Options options) {
        return run(panel, z, options, Progress.NONE);
    }

    public static ClusterReport run(Panel panel, double[][] z, Options options, Progress progress) {
        return run(panel, z, options, progress, "id", null);
    }

    /**
     * The chain, with data-driven clusters named ({@link ClusterNames}) in {@code lang} ("id" or "en"; the other
     * language in {@link ClusterDefinition#alternateNames}).
     */
    public static ClusterReport run(Panel panel, double[][] z, Options options, Progress progress, String lang) {
        return run(panel, z, options, progress, lang, null);
    }

    /** As {@link #run(Panel, double[][], Options, Progress, String, TradedLocal.Result)}, names in Indonesian. */
    public static ClusterReport run(Panel panel, double[][] z, Options options, Progress progress,
                                    TradedLocal.Result traded) {
        return run(panel, z, options, progress, "id", traded);
    }

    /**
     * The chain with clusters of traded industries only ({@link TradedLocal}): found definitions (IO, co-location,
     * combined) group the traded industries, local ones are in no cluster (membership −1) and are named in a note;
     * a given mapping is applied as given. Region totals (LQ denominators) still count all industries. Data-driven
     * clusters are named ({@link ClusterNames}) in {@code lang} ("id" or "en").
     *
     * @param traded true per industry that is traded (null: every industry may join a cluster)
     */
    public static ClusterReport run(Panel panel, double[][] z, Options options, Progress progress, String lang,
                                    TradedLocal.Result traded) {
        final int total = 6;
        List<String> notes = new ArrayList<>();
        if (panel.synthetic()) {
            notes.add("synthetic demo data — not real statistics");
        }
        String[] codes = panel.industries().codes();
        String[] regions = panel.regions().list().stream().map(r -> r.code()).toArray(String[]::new);
        int nI = codes.length;
        int nR = regions.length;
        if (z != null && z.length != nI) {
            throw new IllegalArgumentException("Z is " + z.length + " × " + z.length + " but the panel has " + nI
                    + " industries; Z must follow the panel's industry order " + List.of(codes));
        }
        Measure size = options.sizeMeasure() != null ? options.sizeMeasure()
                : panel.has(Measure.EMPLOYMENT) ? Measure.EMPLOYMENT : Measure.VALUE_ADDED;
        int nY = panel.yearCount();
        int last = nY - 1;
        double[][] end = panel.sliceAt(size, last).toMatrix();
        double[][] start = panel.sliceAt(size, 0).toMatrix();
        double[][] lqIndustry = LocationQuotient.matrix(end);

        // 1. definition
        progress.step("define clusters", 0, total);
        double[][] ioLink = z == null ? null : IoLinkage.linkage(z);
        double[][] coloc = CoLocation.relatedness(lqIndustry);
        Method method = options.method();
        if (z == null && (method == Method.IO || method == Method.COMBINED)) {
            notes.add("no IO table: clusters defined from co-location only (method " + method + " needs Z)");
            method = Method.COLOCATION;
        }
        boolean[] mask = traded == null ? null : traded.tradedMask();
        if (traded != null && method != Method.GIVEN && !traded.localCodes().isEmpty()) {
            notes.add("local industries (serve the local market; in no cluster, never a region's industrial strength): "
                    + String.join(", ", traded.localCodes()));
        }
        ClusterDefinition def = switch (method) {
            case IO -> Definitions.groupedTraded("io", codes, ioLink, options.communities(), mask);
            case COLOCATION -> Definitions.groupedTraded("colocation", codes, coloc, options.communities(), mask);
            case COMBINED -> Definitions.groupedTraded("combined", codes,
                    Relatedness.combine(ioLink, coloc, options.ioWeight()), options.communities(), mask);
            case GIVEN -> {
                if (options.given() == null) {
                    throw new IllegalArgumentException("method GIVEN needs a cluster mapping file");
                }
                int[] mapped = options.given().membership(codes);
                long hits = java.util.Arrays.stream(mapped).filter(x -> x >= 0).count();
                if (hits == 0) {
                    throw new dev.klaster.core.model.InputDataException(options.given().source(), "none of the "
                            + options.given().size() + " industry codes of the definition matches the panel's "
                            + nI + " industries " + List.of(codes).subList(0, Math.min(6, nI))
                            + (nI > 6 ? " …" : "") + " (is the definition for another classification or level?)");
                }
                if (hits < nI) {
                    notes.add((nI - hits) + " of the panel's " + nI + " industries are in no cluster of the"
                            + " definition " + options.given().source());
                }
                yield Definitions.given(options.given(), codes, ioLink != null ? ioLink : coloc);
            }
        };
        if (def.dataDriven()) {
            String[] labels = panel.industries().list().stream().map(i -> i.name()).toArray(String[]::new);
            ClusterNames.Name[] nm = ClusterNames.name(codes, labels, Checks.columnSums(end), def.membership());
            String[] ids = java.util.Arrays.stream(nm).map(ClusterNames.Name::nameId).toArray(String[]::new);
            String[] ens = java.util.Arrays.stream(nm).map(ClusterNames.Name::nameEn).toArray(String[]::new);
            def = "en".equals(lang) ? def.withNames(unique(ens), unique(ids)) : def.withNames(unique(ids), unique(ens));
        }
        if (def.sectionLevel()) {
            notes.add("id".equals(lang) ? "data pada tingkat 17 lapangan usaha PDRB: kelompok di bawah ini adalah "
                    + "kelompok sektor, bukan klaster industri (klaster perlu data industri yang lebih rinci, mis. "
                    + "KBLI 4 digit atau 185 produk IO)" : "data at the level of the 17 PDRB sections: the groups "
                    + "below are sector groups, not industrial clusters (clusters need finer industries, e.g. KBLI "
                    + "4-digit or the 185 IO products)");
        }
        DefinitionQuality.Verdict verdict = def.quality();
        if (verdict.poor()) {
            notes.add(verdict.statement(lang));
        }
        int k = def.clusterCount();

        // 2. regional clusters
        progress.step("regional clusters", 1, total);
        double[][] va = panel.has(Measure.VALUE_ADDED) ? panel.sliceAt(Measure.VALUE_ADDED, last).toMatrix() : null;
        double[][] emp = panel.has(Measure.EMPLOYMENT) ? panel.sliceAt(Measure.EMPLOYMENT, last).toMatrix() : null;
        if (va == null || emp == null) {
            notes.add("productivity needs both value added and employment: not computed");
        }
        RegionalClusters.Result regional = RegionalClusters.compute(start, end, Math.max(1, panel.year(last)
                - panel.year(0)), va, emp, def.membership(), k, options.strongRule(), options.stars());

        // 3. roles of strong regional clusters
        progress.step("member roles", 2, total);
        Map<String, List<Roles.Member>> roles = new LinkedHashMap<>();
        if (z == null) {
            notes.add("no IO table: member roles not computed");
        } else {
            Roles.Prepared prepared = Roles.prepare(z);
            for (int r = 0; r < nR; r++) {
                for (int c = 0; c < k; c++) {
                    if (regional.strong()[r][c]) {
                        roles.put(key(regions[r], c), Roles.classify(codes, prepared, lqIndustry[r],
                                def.membership(), c, options.roles()));
                    }
                }
            }
        }

        // 4. life cycle
        progress.step("life cycle", 3, total);
        double[][][] sizeByYear = new double[nY][][];
        double[][][] lqByYear = new double[nY][][];
        for (int y = 0; y < nY; y++) {
            double[][] m = panel.sliceAt(size, y).toMatrix();
            sizeByYear[y] = RegionalClusters.aggregate(m, def.membership(), k);
            lqByYear[y] = RegionalClusters.lq(m, sizeByYear[y]);
        }
        Lifecycle.History[][] histories = new Lifecycle.History[nR][k];
        Lifecycle.PortfolioPoint[][] portfolio = new Lifecycle.PortfolioPoint[nR][k];
        for (int r = 0; r < nR; r++) {
            for (int c = 0; c < k; c++) {
                double[] lqs = new double[nY];
                double[] sizes = new double[nY];
                for (int y = 0; y < nY; y++) {
                    lqs[y] = lqByYear[y][r][c];
                    sizes[y] = sizeByYear[y][r][c];
                }
                histories[r][c] = Lifecycle.history(lqs, sizes, options.lifecycle());
                portfolio[r][c] = Lifecycle.portfolio(lqs, sizes);
            }
        }

        // 5. competitiveness
        progress.step("competitiveness", 4, total);
        List<Assessment.Unit> units = new ArrayList<>();
        Map<String, double[]> computed = new HashMap<>();
        double[] lq = new double[nR * k];
        double[] share = new double[nR * k];
        double[] growth = new double[nR * k];
        double[] prod = new double[nR * k];
        double[] sz = new double[nR * k];
        double[] prox = new double[nR * k];
        double[][] clusterInputs = new double[k][nI]; // Σ_{j∈c} Z_ij per cluster c and supplier i
        if (z != null) {
            for (int i = 0; i < nI; i++) {
                for (int j = 0; j < nI; j++) {
                    int c = def.membership()[j];
                    if (c >= 0) {
                        clusterInputs[c][i] += z[i][j];
                    }
                }
            }
        }
        for (int r = 0; r < nR; r++) {
            for (int c = 0; c < k; c++) {
                int u = r * k + c;
                units.add(new Assessment.Unit(regions[r], def.clusterNames()[c]));
                lq[u] = regional.lq()[r][c];
                share[u] = regional.nationalShare()[r][c];
                growth[u] = regional.growth()[r][c];
                prod[u] = regional.productivity()[r][c];
                sz[u] = regional.size()[r][c];
                prox[u] = z == null ? Double.NaN : slqSupplierProximity(clusterInputs[c], lqIndustry[r]);
            }
        }
        computed.put("lq", lq);
        computed.put("national_share", share);
        computed.put("growth", growth);
        computed.put("productivity", prod);
        computed.put("size", sz);
        if (z != null) {
            computed.put("supplier_proximity", prox);
            notes.add("supplier proximity from a simple-LQ regionalisation of the national Z (local_ij = min(1, LQ_i)"
                    + " · Z_ij, Miller & Blair 2009 §8.3); use the IO module's FLQ tables where available");
        }
        Assessment.Result assessment = Assessment.assess(options.framework(), units, computed, options.survey());
        List<Assessment.Benchmark> benchmark = Assessment.benchmark(assessment, panel.regions().groups());

        // 6. impact
        progress.step("impact", 5, total);
        Impact.Contribution[][] contribution = new Impact.Contribution[nR][k];
        if (panel.has(Measure.VALUE_ADDED)) {
            double[][] va0 = panel.sliceAt(Measure.VALUE_ADDED, 0).toMatrix();
            double[][] vaC0 = RegionalClusters.aggregate(va0, def.membership(), k);
            double[][] vaC1 = RegionalClusters.aggregate(va, def.membership(), k);
            for (int r = 0; r < nR; r++) {
                double t0 = Checks.sum(va0[r]);
                double t1 = Checks.sum(va[r]);
                for (int c = 0; c < k; c++) {
                    contribution[r][c] = Impact.contribution(vaC0[r][c], vaC1[r][c], t0, t1);
                }
            }
        } else {
            notes.add("no value added: GRDP contribution not computed");
        }
        List<Impact.Scenario> scenarios = new ArrayList<>();
        if (z != null && va != null && options.output() != null) {
            // unit-consistent: the table enters only through A and Δx/x, the panel through VA and employment
            // (Impact.basis); results are in the panel's units
            Impact.Basis basis = Impact.basis(z, options.output(), List.of(codes), Checks.columnSums(va),
                    emp == null ? null : Checks.columnSums(emp));
            for (int c = 0; c < k; c++) {
                scenarios.add(basis.growth(def.members(c), options.growthPercent()));
            }
            notes.add("cluster_impact scenario rows: national coefficients applied to the analysed regions' totals of "
                    + panel.year(last) + " (" + panel.unit(Measure.VALUE_ADDED)
                    + (emp == null ? "" : "; " + panel.unit(Measure.EMPLOYMENT)) + "); the region's own effect,"
                    + " with a regional table (provincial or FLQ), is in cluster_regional_impact / the report");
        } else if (z != null && va != null) {
            notes.add("impact scenario needs the IO table's output in the units of Z (Options.output): not computed"
                    + " (a proxy from the panel's value added would mix the panel's and the table's units)");
        } else {
            notes.add("impact scenario needs Z and value added: not computed");
        }
        progress.step("done", total, total);
        return new ClusterReport(panel, size, def, regional, roles, histories, portfolio, assessment, benchmark,
                contribution, scenarios, options.growthPercent(), List.copyOf(notes));
    }

    /** Names made unique by a numeral where two clusters would share one ("Tekstil (2)"). */
    static String[] unique(String[] names) {
        String[] out = names.clone();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (int c = 0; c < out.length; c++) {
            int n = seen.merge(names[c], 1, Integer::sum);
            if (n > 1) {
                out[c] = names[c] + " (" + n + ")";
            }
        }
        return out;
    }

    /** Key of a regional cluster in {@link ClusterReport#roles()}. */
    public static String key(String region, int cluster) {
        return region + "#" + cluster;
    }

    /**
     * Local share of a cluster's inputs under a simple-LQ regionalisation (local_ij = min(1, LQ_i) · Z_ij):
     * Σ_i min(1, LQ_i) · in_i / Σ_i in_i with in_i = Σ_{j∈c} Z_ij. Same value as
     * {@link dev.klaster.core.competitiveness.Indicators#supplierProximity} on the regionalised matrix, without
     * building it (O(n) per region and cluster).
     */
    static double slqSupplierProximity(double[] clusterInputs, double[] lq) {
        double local = 0;
        double total = 0;
        for (int i = 0; i < clusterInputs.length; i++) {
            double f = Double.isNaN(lq[i]) ? 0 : Math.min(1, lq[i]);
            local += f * clusterInputs[i];
            total += clusterInputs[i];
        }
        return total > 0 ? local / total : Double.NaN;
    }
}
