package dev.klaster.core.measures;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Reference;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Resolves options against a panel: analysis regions, measure, years, output filters. */
final class Analysis {
    final Panel panel;
    final MeasureOptions o;
    final Measure measure;
    private final Set<Integer> shown;
    /** Notes about the data behind a result (e.g. cells left out by {@link Period}), added to its table. */
    final List<String> notes = new java.util.ArrayList<>();

    Analysis(Panel full, MeasureOptions options) {
        this.o = options;
        RegionLevel deepest = RegionLevel.COUNTRY;
        Set<RegionLevel> levels = new HashSet<>();
        for (Region r : full.regions().list()) {
            levels.add(r.level());
            if (r.level().ordinal() > deepest.ordinal()) {
                deepest = r.level();
            }
        }
        this.panel = levels.size() > 1 ? full.atLevel(deepest) : full;
        if (o.measure() != null) {
            measure = o.measure();
        } else {
            measure = panel.has(Measure.EMPLOYMENT) ? Measure.EMPLOYMENT : Measure.VALUE_ADDED;
        }
        require(measure);
        if (measure.regionLevel()) {
            throw new IllegalArgumentException(measure.id() + " has no industry dimension; choose employment, "
                    + "value_added, output, establishments or wages");
        }
        Set<Integer> s = null;
        if (o.region() != null) {
            int k = panel.regions().indexOf(o.region());
            if (k < 0) {
                throw new IllegalArgumentException("region " + o.region() + " is not among the "
                        + panel.regions().size() + " analysis regions");
            }
            s = new HashSet<>(List.of(k));
        }
        if (o.group() != null) {
            Set<Integer> g = new HashSet<>();
            for (int k : panel.regions().group(o.group())) {
                g.add(k);
            }
            if (s == null) {
                s = g;
            } else {
                s.retainAll(g);
            }
        }
        shown = s;
    }

    /** Adds a note (once) for the result table of this analysis. */
    void note(String n) {
        if (!notes.contains(n)) {
            notes.add(n);
        }
    }

    void require(Measure m) {
        if (!panel.has(m)) {
            throw new IllegalArgumentException("this measure needs " + m.id() + " data; the panel has "
                    + panel.measures().stream().map(Measure::id).toList());
        }
    }

    boolean show(int r) {
        return shown == null || shown.contains(r);
    }

    int year() {
        return check(o.year() != null ? o.year() : panel.year(panel.yearCount() - 1));
    }

    int baseYear() {
        return check(o.baseYear() != null ? o.baseYear() : panel.year(0));
    }

    int endYear() {
        int e = check(o.endYear() != null ? o.endYear() : panel.year(panel.yearCount() - 1));
        if (e <= baseYear()) {
            throw new IllegalArgumentException("end year " + e + " must be after base year " + baseYear());
        }
        return e;
    }

    private int check(int y) {
        panel.yearIndex(y);
        return y;
    }

    double[][] matrix(int year) {
        return matrix(measure, year);
    }

    double[][] matrix(Measure m, int year) {
        return panel.slice(m, year).toMatrix();
    }

    /**
     * The reference per industry in {@code year}: the given {@link Reference}, else the sum of {@code m} (the
     * analysed regions' matrix of that year, matched cells).
     */
    double[] reference(double[][] m, int year) {
        Reference ref = o.reference();
        if (ref == null) {
            return dev.klaster.core.check.Checks.columnSums(m);
        }
        for (String n : ref.notes()) {
            note(n);
        }
        note("reference = " + ref.label("en") + " / acuan = " + ref.label("id"));
        return ref.industries(measure, year);
    }

    /** True when an explicit reference economy replaces the sum of the analysed regions. */
    boolean explicitReference() {
        return o.reference() != null;
    }

    double[] population(int year) {
        require(Measure.POPULATION);
        return panel.regionSeries(Measure.POPULATION, panel.yearIndex(year));
    }

    int regions() {
        return panel.regions().size();
    }

    int industries() {
        return panel.industries().size();
    }

    String rc(int r) {
        return panel.regions().get(r).code();
    }

    String rn(int r) {
        return panel.regions().get(r).name();
    }

    String ic(int i) {
        return panel.industries().get(i).code();
    }

    /** Industry flags from {@code baseIndustries}, or null for "all". */
    boolean[] base() {
        if (o.baseIndustries().isEmpty()) {
            return null;
        }
        boolean[] b = new boolean[industries()];
        for (String c : o.baseIndustries()) {
            int i = panel.industries().indexOf(c);
            if (i < 0) {
                throw new IllegalArgumentException("base industry " + c + " is not in the panel (industries: "
                        + List.of(panel.industries().codes()) + ")");
            }
            b[i] = true;
        }
        return b;
    }

    static double[] column(double[][] m, int i) {
        double[] c = new double[m.length];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r][i];
        }
        return c;
    }

    /** Missing cells as 0 (for measures whose inputs are totals). */
    static double[] zeroNaN(double[] v) {
        double[] c = v.clone();
        for (int i = 0; i < c.length; i++) {
            if (Double.isNaN(c[i])) {
                c[i] = 0;
            }
        }
        return c;
    }
}
