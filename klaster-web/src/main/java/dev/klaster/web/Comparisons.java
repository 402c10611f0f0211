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

    /** At most this many regions merged into one custom region. */
    static final int MAX_MERGED = 200;

    /**
     * One compared unit: a region of the data, or a custom region (a metropolitan area, an economic corridor) that is
     * the sum of several regions of one level. Custom regions are written {@code NAME:code,code,...} in the URL.
     *
     * @param label   the column label (the region code, or the custom region's name)
     * @param name    the display name
     * @param members the regions summed (one for a plain region)
     */
    record Group(String label, String name, List<String> members) {
        Group {
            members = List.copyOf(members);
        }

        boolean custom() {
            return members.size() > 1 || !label.equals(members.get(0));
        }

        static Group of(Panel full, String code) {
            if (!full.regions().contains(code)) {
                throw ApiException.badParam("regions", code, "no such region code in the dataset");
            }
            return new Group(code, full.regions().byCode(code).name(), List.of(code));
        }

        /** Parses {@code NAME:code,code,...}; 400 naming the value when it is malformed. */
        static Group parseCustom(Panel full, String spec) {
            int colon = spec == null ? -1 : spec.indexOf(':');
            if (colon <= 0) {
                throw ApiException.badParam("custom", spec, "write a custom region as NAME:code,code,...");
            }
            String name = spec.substring(0, colon).strip();
            if (name.isEmpty() || name.length() > 80) {
                throw ApiException.badParam("custom", name, "the name of a custom region has 1 to 80 characters");
            }
            List<String> codes = new ArrayList<>(new LinkedHashSet<>(split(spec.substring(colon + 1))));
            if (codes.isEmpty() || codes.size() > MAX_MERGED) {
                throw ApiException.badParam("custom", spec, "a custom region merges 1 to " + MAX_MERGED
                        + " regions");
            }
            RegionLevel level = null;
            for (String c : codes) {
                if (!full.regions().contains(c)) {
                    throw ApiException.badParam("custom", c, "no such region code in the dataset");
                }
                RegionLevel l = full.regions().byCode(c).level();
                if (level != null && l != level) {
                    throw ApiException.badParam("custom", c, "a custom region merges regions of one level");
                }
                level = l;
            }
            return new Group(name, name, codes);
        }
    }

    /** Comma-separated values, blanks dropped. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String c : (s == null ? "" : s).split(",")) {
            if (!c.isBlank()) {
                out.add(c.strip());
            }
        }
        return out;
    }

    /** The regions named in {@code regions} and the custom regions, as groups (duplicates dropped). */
    static List<Group> groups(Panel full, List<String> regions, List<String> customs) {
        List<Group> out = new ArrayList<>();
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        for (String c : regions) {
            if (labels.add(c)) {
                out.add(Group.of(full, c));
            }
        }
        for (String spec : customs) {
            Group g = Group.parseCustom(full, spec);
            if (!labels.add(g.label())) {
                throw ApiException.badParam("custom", g.label(), "two compared regions have the same name");
            }
            out.add(g);
        }
        return out;
    }

    /** The panel of the groups' level; 400 for mixed levels. */
    private static Panel levelOf(Panel full, List<Group> groups) {
        if (groups.isEmpty()) {
            throw ApiException.badParam("regions", "", "name 2 to " + MAX_COMPARED + " region codes");
        }
        RegionLevel level = null;
        for (Group g : groups) {
            RegionLevel l = full.regions().byCode(g.members().get(0)).level();
            if (level != null && l != level) {
                throw ApiException.badParam(g.custom() ? "custom" : "regions", g.label(),
                        "regions of different levels cannot be compared");
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

    /** The measure's name with its unit, in the page's language. */
    static String variableName(WebText t, Measure m) {
        return t.get("var." + m.id());
    }

    /**
     * A region's values of each industry in year {@code y}; a missing cell counts as no activity here (the shares
     * of a region whose data have gaps are therefore shares of what is published, as the note says).
     */
    private static double[] row(Panel p, Measure m, int y, int r) {
        double[] v = new double[p.industries().size()];
        for (int i = 0; i < v.length; i++) {
            double x = p.get(m, y, r, i);
            v[i] = Double.isNaN(x) ? 0 : x;
        }
        return v;
    }

    /** The sum of the group's members' rows. */
    private static double[] row(Panel p, Measure m, int y, Group g) {
        double[] v = new double[p.industries().size()];
        for (String code : g.members()) {
            double[] x = row(p, m, y, p.regions().indexOf(code));
            for (int i = 0; i < v.length; i++) {
                v[i] += x[i];
            }
        }
        return v;
    }

    private static int missingCells(Panel p, Measure m, int y, List<Group> groups) {
        int n = 0;
        for (Group g : groups) {
            for (String code : g.members()) {
                int r = p.regions().indexOf(code);
                for (int i = 0; i < p.industries().size(); i++) {
                    if (Double.isNaN(p.get(m, y, r, i))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    /** industry, industry_name, then per region or custom region: its share (%) and LQ, in the last year. */
    static Table compare(Panel full, List<Group> groups, String variable, WebText t) {
        if (groups.size() < 2 || groups.size() > MAX_COMPARED) {
            throw ApiException.badParam("regions", String.join(",", groups.stream().map(Group::label).toList()),
                    "name 2 to " + MAX_COMPARED + " different regions (custom regions included)");
        }
        Panel p = levelOf(full, groups);
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
        double[][] rows = new double[groups.size()][];
        for (int k = 0; k < groups.size(); k++) {
            b.number(groups.get(k).label() + "_share_pct").number(groups.get(k).label() + "_lq");
            rows[k] = row(p, m, y, groups.get(k));
        }
        for (int i = 0; i < n; i++) {
            Object[] cells = new Object[2 + 2 * groups.size()];
            cells[0] = p.industries().get(i).code();
            cells[1] = p.industries().get(i).name();
            for (int k = 0; k < groups.size(); k++) {
                double sum = Arrays.stream(rows[k]).sum();
                double share = sum == 0 ? Double.NaN : rows[k][i] / sum;
                cells[2 + 2 * k] = share * 100;
                cells[3 + 2 * k] = all[i] == 0 || total == 0 ? Double.NaN : share / (all[i] / total);
            }
            b.row(cells);
        }
        b.note(t.format("cmp.note", variableName(t, m), String.valueOf(p.year(y)), p.regions().size()));
        for (Group g : groups) {
            if (g.custom()) {
                b.note(t.format("cmp.custom", g.name(), g.members().size(), String.join(", ",
                        g.members().stream().map(c -> p.regions().byCode(c).name() + " (" + c + ")").toList())));
            }
        }
        int missing = missingCells(p, m, y, groups);
        if (missing > 0) {
            b.note(t.format("cmp.missing", missing));
        }
        return b.build();
    }

    /** The regions whose structure is closest to {@code code}'s: region, region_name, krugman (0-2), rank. */
    static Table similar(Panel full, String code, String variable, int top, WebText t) {
        return similar(full, Group.of(full, code), variable, top, t);
    }

    /**
     * The regions whose structure is closest to the group's (a region or a custom region; its members are left out):
     * region, region_name, krugman (0-2), rank.
     */
    static Table similar(Panel full, Group g, String variable, int top, WebText t) {
        Panel p = levelOf(full, List.of(g));
        Measure m = measure(p, variable);
        int y = p.yearCount() - 1;
        double[] a = row(p, m, y, g);
        List<double[]> scored = new ArrayList<>();
        for (int r = 0; r < p.regions().size(); r++) {
            if (!g.members().contains(p.regions().get(r).code())) {
                double k = Krugman.index(a, row(p, m, y, r));
                if (!Double.isNaN(k)) {
                    scored.add(new double[] {r, k});
                }
            }
        }
        scored.sort(Comparator.comparingDouble(x -> x[1]));
        Table.Builder b = Table.builder("similar_" + g.label()).number("rank").text("region").text("region_name")
                .number("krugman");
        for (int i = 0; i < Math.min(top, scored.size()); i++) {
            Region r = p.regions().get((int) scored.get(i)[0]);
            b.row((double) (i + 1), r.code(), r.name(), scored.get(i)[1]);
        }
        b.note(t.format("sim.note", variableName(t, m), String.valueOf(p.year(y)), p.regions().size()));
        if (g.custom()) {
            b.note(t.format("sim.custom", g.members().size(), g.name()));
        }
        return b.build();
    }
}
