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
 * </ul>
 */
final class Validator {
    /** Factor from the series median from which a cell is suspected to be in the wrong unit. */
    static final double UNIT_FACTOR = 100;

    private Validator() {
    }

    static List<Finding> validate(Panel p, Map<Measure, Map<Long, Ingest.Total>> totals, double tol) {
        List<Finding> out = new ArrayList<>();
        for (Measure m : p.measures()) {
            if (m.regionLevel()) {
                continue;
            }
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
                String msg = String.format(Locale.ROOT, "%s %s %d: sectors add up to %s, the reported TOTAL is %s "
                                + "(ratio %.4f, tolerance %.2f %%)%s", reg.code(), reg.name(), p.year(y), num(s),
                        num(t.value()), s / t.value(), tol * 100, country
                                ? "; expected for national GDP, which includes taxes less subsidies on products" : "");
                out.add(new Finding(country ? Severity.INFO : Severity.ERROR, "sum-to-total", t.file(), t.line(),
                        reg.code(), "TOTAL", p.year(y), m.id(), s, t.value(), s / t.value(), msg));
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
                            reg.code(), ind, p.year(y), m.id(), v, median, v / median,
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

    private static double value(Map<Long, Ingest.Total> totals, double[][] sums, int y, int r, int nR) {
        Ingest.Total t = totals.get((long) y * nR + r);
        return t != null ? t.value() : sums[y][r];
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
