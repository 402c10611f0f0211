package dev.klaster.web;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.specialization.Krugman;
import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Regions side by side, and the regions most like one: both on the economic structure of the last year, i.e. each
 * industry's share of the region's total of a measure. Similarity is the Krugman dissimilarity index (Krugman 1991;
 * {@link Krugman}: K = Σ|a_i − b_i| of the shares, 0 = the same structure, 2 = nothing in common), computed among the
 * regions of the same level. LQ is against the sum of the regions of that level.
 */
final class Comparisons {
    static final int MAX_COMPARED = 6;

    private Comparisons() {
    }

    /** The panel of the regions' level and the region indices in it; 400 for unknown codes or mixed levels. */
    private static Panel levelOf(Panel full, List<String> codes) {
        if (codes.isEmpty()) {
            throw ApiException.badParam("regions", "", "name 2 to " + MAX_COMPARED + " region codes");
        }
        RegionLevel level = null;
        for (String c : codes) {
            if (!full.regions().contains(c)) {
                throw ApiException.badParam("regions", c, "no such region code in the dataset");
            }
            RegionLevel l = full.regions().byCode(c).level();
            if (level != null && l != level) {
                throw ApiException.badParam("regions", c, "regions of different levels cannot be compared");
            }
            level = l;
        }
        return full.atLevel(level);
    }

    static Measure measure(Panel p, String variable) {
        if (variable == null || variable.isBlank()) {
            return Analyses.measure(p);
        }
        Measure m;
        try {
            m = Measure.parse(variable);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParam("variable", variable, e.getMessage());
        }
        if (!p.has(m) || m.regionLevel()) {
            throw ApiException.badParam("variable", variable, "the dataset has no industry data of " + m.id());
        }
        return m;
    }

    private static double[] row(Panel p, Measure m, int y, int r) {
        double[] v = new double[p.industries().size()];
        for (int i = 0; i < v.length; i++) {
            double x = p.get(m, y, r, i);
            v[i] = Double.isNaN(x) ? 0 : x;
        }
        return v;
    }

    /** industry, industry_name, then per region: its share (%) and LQ, in the last year. */
    static Table compare(Panel full, List<String> asked, String variable) {
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(asked));
        if (codes.size() < 2 || codes.size() > MAX_COMPARED) {
            throw ApiException.badParam("regions", String.join(",", codes), "name 2 to " + MAX_COMPARED
                    + " different region codes");
        }
        Panel p = levelOf(full, codes);
        Measure m = measure(p, variable);
        int y = p.yearCount() - 1;
        int n = p.industries().size();
        double[] all = new double[n];
        for (int r = 0; r < p.regions().size(); r++) {
            double[] v = row(p, m, y, r);
            for (int i = 0; i < n; i++) {
                all[i] += v[i];
            }
        }
        double total = Arrays.stream(all).sum();
        Table.Builder b = Table.builder("compare_" + m.id() + "_" + p.year(y)).text("industry").text("industry_name");
        double[][] rows = new double[codes.size()][];
        for (int k = 0; k < codes.size(); k++) {
            b.number(codes.get(k) + "_share_pct").number(codes.get(k) + "_lq");
            rows[k] = row(p, m, y, p.regions().indexOf(codes.get(k)));
        }
        for (int i = 0; i < n; i++) {
            Object[] cells = new Object[2 + 2 * codes.size()];
            cells[0] = p.industries().get(i).code();
            cells[1] = p.industries().get(i).name();
            for (int k = 0; k < codes.size(); k++) {
                double sum = Arrays.stream(rows[k]).sum();
                double share = sum == 0 ? Double.NaN : rows[k][i] / sum;
                cells[2 + 2 * k] = share * 100;
                cells[3 + 2 * k] = all[i] == 0 || total == 0 ? Double.NaN : share / (all[i] / total);
            }
            b.row(cells);
        }
        b.note("Shares (%) of each region's " + m.id() + " in " + p.year(y) + "; LQ against the sum of the "
                + p.regions().size() + " regions of the level.");
        return b.build();
    }

    /** The regions whose structure is closest to {@code code}'s: region, region_name, krugman (0-2), rank. */
    static Table similar(Panel full, String code, String variable, int top) {
        Panel p = levelOf(full, List.of(code));
        Measure m = measure(p, variable);
        int y = p.yearCount() - 1;
        int self = p.regions().indexOf(code);
        double[] a = row(p, m, y, self);
        List<double[]> scored = new ArrayList<>();
        for (int r = 0; r < p.regions().size(); r++) {
            if (r != self) {
                double k = Krugman.index(a, row(p, m, y, r));
                if (!Double.isNaN(k)) {
                    scored.add(new double[] {r, k});
                }
            }
        }
        scored.sort(Comparator.comparingDouble(x -> x[1]));
        Table.Builder b = Table.builder("similar_" + code).number("rank").text("region").text("region_name")
                .number("krugman");
        for (int i = 0; i < Math.min(top, scored.size()); i++) {
            Region r = p.regions().get((int) scored.get(i)[0]);
            b.row((double) (i + 1), r.code(), r.name(), scored.get(i)[1]);
        }
        b.note("Krugman dissimilarity of the industry shares of " + m.id() + " in " + p.year(y)
                + " (0 = same structure, 2 = nothing in common), among the " + p.regions().size()
                + " regions of the level.");
        return b.build();
    }
}
