package dev.klaster.core.competitiveness;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composite competitiveness index of units (regional clusters) under a {@link Framework}.
 *
 * <p>Steps: (1) each indicator is normalised across the units ({@link Framework.Normalisation}); for
 * {@code higherIsBetter = false} the normalised value is reversed (1 − v for min-max, −v for z-score);
 * (2) a factor's score is the mean of its available normalised indicators, NaN if none is available;
 * (3) composite = Σ_f w_f s_f / Σ_{f with a score} w_f, and {@code coverage} = Σ_{f with a score} w_f says how much
 * of the weight was observed — missing factors are reported, never scored 0; composite is NaN when no factor has a
 * score; (4) rank 1 = highest composite, NaN composites unranked. Composite index construction follows the OECD/JRC
 * Handbook on Constructing Composite Indicators (2008), ISBN 978-92-64-04345-9.
 */
public final class Assessment {
    private Assessment() {
    }

    /** A unit to assess. */
    public record Unit(String region, String cluster) {
    }

    /** An indicator value that is not available, with the reason. */
    public record Missing(Unit unit, String factor, String indicator, String reason) {
    }

    /** Scores per unit: factor scores [unit][factor], composite, coverage, rank; the missing list; the weights. */
    public record Result(List<Unit> units, List<String> factorIds, double[][] factorScores, double[] composite,
                         double[] coverage, double[] rank, double[] weights, List<Missing> missing) {
    }

    /** Group benchmark: mean composite and mean factor scores over a group's units with a value. */
    public record Benchmark(String group, int units, double composite, double[] factors) {
    }

    /**
     * @param computed computed indicator values per id, one value per unit (NaN = not available)
     * @param survey survey answers (may be {@link Survey#empty()})
     */
    public static Result assess(Framework framework, List<Unit> units, Map<String, double[]> computed,
                                Survey survey) {
        int nU = units.size();
        int nF = framework.factors().size();
        double[] weights = framework.factorWeights();
        double[][] scores = new double[nU][nF];
        List<Missing> missing = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int f = 0; f < nF; f++) {
            Framework.Factor factor = framework.factors().get(f);
            ids.add(factor.id());
            double[] sum = new double[nU];
            int[] count = new int[nU];
            for (Framework.Indicator ind : factor.indicators()) {
                double[] raw = new double[nU];
                double[] given = ind.source() == Framework.Source.COMPUTED ? computed.get(ind.id()) : null;
                if (given != null && given.length != nU) {
                    throw new IllegalArgumentException("computed indicator '" + ind.id() + "' has " + given.length
                            + " values for " + nU + " units");
                }
                for (int u = 0; u < nU; u++) {
                    raw[u] = ind.source() == Framework.Source.COMPUTED
                            ? (given == null ? Double.NaN : given[u])
                            : survey.mean(units.get(u).region(), units.get(u).cluster(), ind.id());
                    if (Double.isNaN(raw[u])) {
                        String reason = ind.source() == Framework.Source.SURVEY ? "no survey answers"
                                : given == null ? "not computed from the available data" : "undefined (NaN) for this unit";
                        missing.add(new Missing(units.get(u), factor.id(), ind.id(), reason));
                    }
                }
                double[] norm = normalise(raw, framework.normalisation(), ind.positive());
                for (int u = 0; u < nU; u++) {
                    if (!Double.isNaN(norm[u])) {
                        sum[u] += norm[u];
                        count[u]++;
                    }
                }
            }
            for (int u = 0; u < nU; u++) {
                scores[u][f] = count[u] > 0 ? sum[u] / count[u] : Double.NaN;
            }
        }
        double[] composite = new double[nU];
        double[] coverage = new double[nU];
        for (int u = 0; u < nU; u++) {
            double s = 0;
            double w = 0;
            for (int f = 0; f < nF; f++) {
                if (!Double.isNaN(scores[u][f])) {
                    s += weights[f] * scores[u][f];
                    w += weights[f];
                }
            }
            composite[u] = w > 0 ? s / w : Double.NaN;
            coverage[u] = w;
        }
        return new Result(List.copyOf(units), List.copyOf(ids), scores, composite, coverage, rank(composite), weights,
                List.copyOf(missing));
    }

    /** Normalises one indicator across units; NaN stays NaN. */
    public static double[] normalise(double[] x, Framework.Normalisation method, boolean higherIsBetter) {
        double[] out = new double[x.length];
        double[] v = Arrays.stream(x).filter(d -> !Double.isNaN(d)).toArray();
        if (method == Framework.Normalisation.MIN_MAX) {
            double min = Arrays.stream(v).min().orElse(Double.NaN);
            double max = Arrays.stream(v).max().orElse(Double.NaN);
            for (int i = 0; i < x.length; i++) {
                double n = max > min ? (x[i] - min) / (max - min) : Double.NaN;
                out[i] = higherIsBetter ? n : 1 - n;
            }
        } else {
            double mean = Arrays.stream(v).average().orElse(Double.NaN);
            double ss = 0;
            for (double d : v) {
                ss += (d - mean) * (d - mean);
            }
            double sd = v.length > 1 ? Math.sqrt(ss / (v.length - 1)) : Double.NaN;
            for (int i = 0; i < x.length; i++) {
                double n = sd > 0 ? (x[i] - mean) / sd : Double.NaN;
                out[i] = higherIsBetter ? n : -n;
            }
        }
        return out;
    }

    /** Rank 1 = highest; ties get the same (minimum) rank; NaN values get rank NaN. */
    public static double[] rank(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -values[i]));
        double[] rank = new double[values.length];
        Arrays.fill(rank, Double.NaN);
        int r = 0;
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            if (Double.isNaN(values[i])) {
                continue;
            }
            r++;
            rank[i] = k > 0 && values[order[k - 1]] == values[i] ? rank[order[k - 1]] : r;
        }
        return rank;
    }

    /**
     * Mean composite and factor scores per group of regions (e.g. DemoPanel.GROUP_EAST / GROUP_WEST).
     *
     * @param groups group name → region codes
     */
    public static List<Benchmark> benchmark(Result result, Map<String, List<String>> groups) {
        List<Benchmark> out = new ArrayList<>();
        int nF = result.factorIds().size();
        for (Map.Entry<String, List<String>> g : new LinkedHashMap<>(groups).entrySet()) {
            double cs = 0;
            int cn = 0;
            double[] fs = new double[nF];
            int[] fn = new int[nF];
            int units = 0;
            for (int u = 0; u < result.units().size(); u++) {
                if (!g.getValue().contains(result.units().get(u).region())) {
                    continue;
                }
                units++;
                if (!Double.isNaN(result.composite()[u])) {
                    cs += result.composite()[u];
                    cn++;
                }
                for (int f = 0; f < nF; f++) {
                    if (!Double.isNaN(result.factorScores()[u][f])) {
                        fs[f] += result.factorScores()[u][f];
                        fn[f]++;
                    }
                }
            }
            for (int f = 0; f < nF; f++) {
                fs[f] = fn[f] > 0 ? fs[f] / fn[f] : Double.NaN;
            }
            out.add(new Benchmark(g.getKey(), units, cn > 0 ? cs / cn : Double.NaN, fs));
        }
        return out;
    }
}
