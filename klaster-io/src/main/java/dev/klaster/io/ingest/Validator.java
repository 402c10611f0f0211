package dev.klaster.io.ingest;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Consistency checks of an ingested panel. Each finding is reported, never fixed.
 *
 * <ul>
 *   <li>{@code sum-to-total}: the sectors of a region-year do not add up to the TOTAL reported in the same table
 *       (|Σ − TOTAL| > tolerance × |TOTAL|). ERROR for provinces and regencies; INFO for the country, whose GDP
 *       includes taxes less subsidies on products that no sector carries.</li>
 *   <li>{@code unit}: a cell that looks like a unit slip (e.g. million instead of billion rupiah): at least
 *       {@value #UNIT_FACTOR}× above or below the median of the same region/industry over the years (median of at
 *       least 3 years) while the gap is more than 1 % of the region's total, or a sector larger than the region's
 *       reported TOTAL. WARNING.</li>
 *   <li>{@code hierarchy}: children (regencies of a province, provinces of the country) whose totals do not add up
 *       to their parent's; one finding per parent and measure with the range of the ratio Σ children / parent over
 *       the years. WARNING: in BPS data the levels are compiled separately and are not additive.</li>
 *   <li>{@code coverage}: gaps between years: a year missing inside the range (a year column removed from a
 *       year-per-column file), a region or an industry with values in some years and none in others (a deleted
 *       row), and region × industry cells missing in some years only (BPS {@code -}). WARNING: change measures
 *       (shift-share, typology, growth) then compare only the cells present in every compared year.</li>
 * </ul>
 */
final class Validator {
    /** Factor from the series median from which a cell is suspected to be in the wrong unit. */
    static final double UNIT_FACTOR = 100;

    private Validator() {
    }

    static List<Finding> validate(Panel p, Map<Measure, Map<Long, Ingest.Total>> totals, double tol) {
        List<Finding> out = new ArrayList<>();
        yearGaps(p, out);
        for (Measure m : p.measures()) {
            if (m.regionLevel()) {
                continue;
            }
            coverage(p, m, out);
            Map<Long, Ingest.Total> t = totals.getOrDefault(m, Map.of());
            double[][] sums = rowSums(p, m);
            sumToTotal(p, m, t, sums, tol, out);
            unit(p, m, t, sums, tol, out);
            hierarchy(p, m, t, sums, tol, out);
        }
        return out;
    }

    /** Σ over industries per [year][region] (NaN when the region-year has no value). */
    private static double[][] rowSums(Panel p, Measure m) {
        double[][] s = new double[p.yearCount()][];
        for (int y = 0; y < s.length; y++) {
            s[y] = p.sliceAt(m, y).regionTotals();
        }
        return s;
    }

    private static void sumToTotal(Panel p, Measure m, Map<Long, Ingest.Total> totals, double[][] sums, double tol,
                                   List<Finding> out) {
        int nR = p.regions().size();
        for (int y = 0; y < p.yearCount(); y++) {
            for (int r = 0; r < nR; r++) {
                Ingest.Total t = totals.get((long) y * nR + r);
                double s = sums[y][r];
                if (t == null || Double.isNaN(s) || Math.abs(s - t.value()) <= tol * Math.abs(t.value())) {
                    continue;
                }
                Region reg = p.regions().get(r);
                boolean country = reg.level() == RegionLevel.COUNTRY;
                // a TOTAL of 0 beside non-zero sectors has no ratio (NaN, never Infinity)
                double ratio = t.value() == 0 ? Double.NaN : s / t.value();
                String msg = String.format(Locale.ROOT, "%s %s %d: sectors add up to %s, the reported TOTAL is %s "
                                + "(%s, tolerance %.2f %%)%s", reg.code(), reg.name(), p.year(y), num(s),
                        num(t.value()), Double.isNaN(ratio) ? "the TOTAL is zero: no ratio"
                                : String.format(Locale.ROOT, "ratio %.4f", ratio), tol * 100, country
                                ? "; expected for national GDP, which includes taxes less subsidies on products" : "");
                out.add(new Finding(country ? Severity.INFO : Severity.ERROR, "sum-to-total", t.file(), t.line(),
                        reg.code(), "TOTAL", p.year(y), m.id(), s, t.value(), ratio, msg));
            }
        }
    }

    private static void unit(Panel p, Measure m, Map<Long, Ingest.Total> totals, double[][] sums, double tol,
                             List<Finding> out) {
        int nR = p.regions().size();
        int nI = p.industries().size();
        int nY = p.yearCount();
        double[] series = new double[nY];
        double[] sorted = new double[nY];
        for (int r = 0; r < nR; r++) {
            for (int i = 0; i < nI; i++) {
                int n = 0;
                for (int y = 0; y < nY; y++) {
                    series[y] = p.get(m, y, r, i);
                    if (!Double.isNaN(series[y])) {
                        sorted[n++] = series[y];
                    }
                }
                double median = Double.NaN;
                if (n >= 3) {
                    Arrays.sort(sorted, 0, n);
                    median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
                }
                for (int y = 0; y < nY; y++) {
                    double v = series[y];
                    if (Double.isNaN(v) || v == 0) {
                        continue;
                    }
                    Ingest.Total t = totals.get((long) y * nR + r);
                    double scale = t != null ? Math.abs(t.value()) : Math.abs(sums[y][r]);
                    double f = Math.abs(v / median);
                    boolean jump = median != 0 && !Double.isNaN(median) && (f >= UNIT_FACTOR || f <= 1 / UNIT_FACTOR)
                            && Math.abs(v - median) > 0.01 * scale;
                    boolean aboveTotal = t != null && t.value() > 0 && v > t.value() * (1 + tol);
                    if (!jump && !aboveTotal) {
                        continue;
                    }
                    Region reg = p.regions().get(r);
                    String ind = p.industries().get(i).code();
                    String why = (jump ? String.format(Locale.ROOT, "%.0f× the median of its years (%s)",
                            f >= 1 ? f : 1 / f, num(median)).replace("×", f >= 1 ? "×" : "× below") : "")
                            + (jump && aboveTotal ? " and " : "")
                            + (aboveTotal ? "larger than the region's reported TOTAL " + num(t.value()) : "");
                    out.add(new Finding(Severity.WARNING, "unit", t == null ? "" : t.file(), t == null ? 0 : t.line(),
                            reg.code(), ind, p.year(y), m.id(), v, median,
                            median == 0 ? Double.NaN : v / median, // no ratio to a zero median (never Infinity)
                            String.format(Locale.ROOT, "%s %s %d, %s = %s is %s: possibly a wrong unit (e.g. million "
                                    + "instead of billion)", reg.code(), reg.name(), p.year(y), ind, num(v), why)));
                }
            }
        }
    }

    private static void hierarchy(Panel p, Measure m, Map<Long, Ingest.Total> totals, double[][] sums, double tol,
                                  List<Finding> out) {
        RegionSet regions = p.regions();
        int nR = regions.size();
        for (int parent = 0; parent < nR; parent++) {
            Region pr = regions.get(parent);
            int[] kids = regions.childrenOf(pr.code());
            if (kids.length == 0) {
                continue;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int yLo = 0;
            int yHi = 0;
            int outside = 0;
            for (int y = 0; y < p.yearCount(); y++) {
                double pv = value(totals, sums, y, parent, nR);
                double cs = 0;
                for (int k : kids) {
                    cs += value(totals, sums, y, k, nR);
                }
                if (Double.isNaN(pv) || Double.isNaN(cs) || pv == 0) {
                    continue;
                }
                double ratio = cs / pv;
                if (ratio < lo) {
                    lo = ratio;
                    yLo = p.year(y);
                }
                if (ratio > hi) {
                    hi = ratio;
                    yHi = p.year(y);
                }
                if (Math.abs(ratio - 1) > tol) {
                    outside++;
                }
            }
            if (outside == 0) {
                continue;
            }
            double worst = Math.abs(lo - 1) > Math.abs(hi - 1) ? lo : hi;
            String level = regions.get(kids[0]).level().label("en");
            out.add(new Finding(Severity.WARNING, "hierarchy", "", 0, pr.code(), "TOTAL",
                    worst == lo ? yLo : yHi, m.id(), Double.NaN, Double.NaN, worst,
                    String.format(Locale.ROOT, "%s %s: its %d %s rows add up to %.3f (%d) to %.3f (%d) of its total, outside "
                                    + "%.2f %% in %d of %d years; reported, not fixed (in BPS data regency, province and "
                                    + "national accounts are compiled separately and are not additive)",
                            pr.code(), pr.name(), kids.length, level, lo, yLo, hi, yHi, tol * 100, outside,
                            p.yearCount())));
        }
    }

    private static void yearGaps(Panel p, List<Finding> out) {
        int[] ys = p.years();
        List<Integer> missing = new ArrayList<>();
        for (int k = 1; k < ys.length; k++) {
            for (int y = ys[k - 1] + 1; y < ys[k]; y++) {
                missing.add(y);
            }
        }
        if (!missing.isEmpty()) {
            out.add(new Finding(Severity.WARNING, "coverage", "", 0, null, null, missing.get(0), null, Double.NaN,
                    Double.NaN, Double.NaN, String.format(Locale.ROOT, "year(s) %s missing between %d and %d (a year "
                    + "column removed?); year-to-year measures skip them", missing, ys[0], ys[ys.length - 1])));
        }
    }

    /** Regions, industries and cells present in some years and absent in others (see the class comment). */
    private static void coverage(Panel p, Measure m, List<Finding> out) {
        int nR = p.regions().size();
        int nI = p.industries().size();
        int nY = p.yearCount();
        boolean[][] regionYear = new boolean[nR][nY];
        boolean[][] industryYear = new boolean[nI][nY];
        for (int y = 0; y < nY; y++) {
            for (int r = 0; r < nR; r++) {
                for (int i = 0; i < nI; i++) {
                    if (!Double.isNaN(p.get(m, y, r, i))) {
                        regionYear[r][y] = true;
                        industryYear[i][y] = true;
                    }
                }
            }
        }
        for (int r = 0; r < nR; r++) {
            List<Integer> absent = absentYears(p, regionYear[r]);
            if (absent != null) {
                Region reg = p.regions().get(r);
                out.add(new Finding(Severity.WARNING, "coverage", "", 0, reg.code(), null, absent.get(0), m.id(),
                        Double.NaN, Double.NaN, Double.NaN, String.format(Locale.ROOT, "%s %s has no %s values in %s "
                        + "but has them in other years (a deleted row?); change measures leave it out of every "
                        + "compared year", reg.code(), reg.name(), m.id(), absent)));
            }
        }
        for (int i = 0; i < nI; i++) {
            List<Integer> absent = absentYears(p, industryYear[i]);
            if (absent != null) {
                String ind = p.industries().get(i).code();
                out.add(new Finding(Severity.WARNING, "coverage", "", 0, null, ind, absent.get(0), m.id(),
                        Double.NaN, Double.NaN, Double.NaN, String.format(Locale.ROOT, "industry %s has no %s values "
                        + "in %s but has them in other years; change measures leave it out of every compared year",
                        ind, m.id(), absent)));
            }
        }
        for (int r = 0; r < nR; r++) {
            if (absentYears(p, regionYear[r]) != null) {
                continue; // already reported as a whole
            }
            List<String> cells = new ArrayList<>();
            int count = 0;
            int firstYear = 0;
            for (int i = 0; i < nI; i++) {
                boolean any = false;
                List<Integer> gaps = new ArrayList<>();
                for (int y = 0; y < nY; y++) {
                    if (Double.isNaN(p.get(m, y, r, i))) {
                        if (regionYear[r][y] && industryYear[i][y]) {
                            gaps.add(p.year(y));
                        }
                    } else {
                        any = true;
                    }
                }
                if (any && !gaps.isEmpty()) {
                    if (count == 0) {
                        firstYear = gaps.get(0);
                    }
                    count++;
                    if (cells.size() < 5) {
                        cells.add(p.industries().get(i).code() + " " + gaps);
                    }
                }
            }
            if (count > 0) {
                Region reg = p.regions().get(r);
                out.add(new Finding(Severity.WARNING, "coverage", "", 0, reg.code(), null, firstYear, m.id(),
                        Double.NaN, Double.NaN, Double.NaN, String.format(Locale.ROOT, "%s %s: %d industr%s with %s "
                        + "missing in some years only (%s%s); change measures compare only cells present in every "
                        + "compared year", reg.code(), reg.name(), count, count == 1 ? "y" : "ies", m.id(),
                        String.join("; ", cells), count > cells.size() ? "; …" : "")));
            }
        }
    }

    /** The years a series is absent in while present in others, or null when it is present in all or none. */
    private static List<Integer> absentYears(Panel p, boolean[] present) {
        List<Integer> absent = new ArrayList<>();
        boolean any = false;
        for (int y = 0; y < present.length; y++) {
            if (present[y]) {
                any = true;
            } else {
                absent.add(p.year(y));
            }
        }
        return any && !absent.isEmpty() ? absent : null;
    }

    private static double value(Map<Long, Ingest.Total> totals, double[][] sums, int y, int r, int nR) {
        Ingest.Total t = totals.get((long) y * nR + r);
        return t != null ? t.value() : sums[y][r];
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
