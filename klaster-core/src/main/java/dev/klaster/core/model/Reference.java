package dev.klaster.core.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reference economy of location quotients and shift-share when it is not the sum of the analysed regions:
 * e.g. the published province row for the regencies of one province ({@code --reference province}), the national
 * row ({@code --reference national}) or a row the planner supplies. Holds, per measure and year, one value per
 * industry of the analysed panel (in the panel's industry order).
 *
 * <p>Why it matters: BPS regency and province accounts are compiled separately, so the sum of a province's regencies
 * is 0.78–1.16 of the published province total (README of {@code idn-pdrb-kabkota-2013-2020}); an LQ "against
 * Jawa Timur" should use Jawa Timur's published structure, and a regency's LQ against Indonesia is a different
 * question from its LQ against its neighbours.
 *
 * <p>Missing reference cells stay missing: an LQ or shift-share component of an industry the reference has no value
 * for is NaN, never computed against a zero.
 */
public final class Reference {
    /** Where the reference comes from. */
    public enum Kind {
        /** The province the analysed regencies belong to (its published row, else the sum of all its regencies). */
        PROVINCE,
        /** The country (its published row, else the sum of every region of the analysed level in the file). */
        NATIONAL,
        /** One region of a file the user gave. */
        FILE
    }

    private final Kind kind;
    private final String english;
    private final String indonesian;
    private final int[] years;
    private final Map<Measure, double[][]> values;
    private final List<String> notes;

    private Reference(Kind kind, String english, String indonesian, int[] years, Map<Measure, double[][]> values,
                      List<String> notes) {
        this.kind = kind;
        this.english = english;
        this.indonesian = indonesian;
        this.years = years.clone();
        this.values = values;
        this.notes = List.copyOf(notes);
    }

    /**
     * The row {@code region} of {@code source}, aligned to {@code target}'s industries by code.
     *
     * @throws IllegalArgumentException when the source lacks some of the target's industries (named)
     */
    public static Reference row(Kind kind, String english, String indonesian, Panel source, int region,
                                IndustrySet target) {
        int[] at = align(source, target, english);
        Map<Measure, double[][]> v = new EnumMap<>(Measure.class);
        for (Measure m : source.measures()) {
            if (m.regionLevel()) {
                continue;
            }
            double[][] byYear = new double[source.yearCount()][target.size()];
            for (int y = 0; y < byYear.length; y++) {
                for (int i = 0; i < at.length; i++) {
                    byYear[y][i] = source.get(m, y, region, at[i]);
                }
            }
            v.put(m, byYear);
        }
        return new Reference(kind, english, indonesian, source.years(), v, List.of());
    }

    /**
     * The sum of {@code regions} of {@code source}, aligned to {@code target}'s industries. A region × industry cell
     * missing in any year of a measure is left out of that measure's sum in every year (as {@code Period} does for
     * the default reference), so the reference never "grows" by a region that is absent in one year only; the cells
     * left out are counted in a {@linkplain #notes() note}.
     */
    public static Reference sum(Kind kind, String english, String indonesian, Panel source, int[] regions,
                                IndustrySet target) {
        int[] at = align(source, target, english);
        Map<Measure, double[][]> v = new EnumMap<>(Measure.class);
        List<String> notes = new ArrayList<>();
        int nY = source.yearCount();
        for (Measure m : source.measures()) {
            if (m.regionLevel()) {
                continue;
            }
            double[][] byYear = new double[nY][target.size()];
            int dropped = 0;
            for (int i = 0; i < at.length; i++) {
                for (int r : regions) {
                    boolean complete = true;
                    for (int y = 0; y < nY && complete; y++) {
                        complete = !Double.isNaN(source.get(m, y, r, at[i]));
                    }
                    if (!complete) {
                        dropped++;
                        continue;
                    }
                    for (int y = 0; y < nY; y++) {
                        byYear[y][i] += source.get(m, y, r, at[i]);
                    }
                }
            }
            if (dropped > 0) {
                notes.add(String.format(Locale.ROOT, "%s: %d region/industry cell(s) of %s missing in some year are "
                        + "left out of the reference in every year / %d sel kosong pada sebagian tahun dikeluarkan "
                        + "dari acuan pada semua tahun", english, dropped, m.id(), dropped));
            }
            v.put(m, byYear);
        }
        return new Reference(kind, english, indonesian, source.years(), v, notes);
    }

    private static int[] align(Panel source, IndustrySet target, String label) {
        int[] at = new int[target.size()];
        List<String> absent = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            at[i] = source.industries().indexOf(target.get(i).code());
            if (at[i] < 0) {
                absent.add(target.get(i).code());
            }
        }
        if (!absent.isEmpty()) {
            throw new IllegalArgumentException("the reference " + label + " has no values for industr"
                    + (absent.size() == 1 ? "y " : "ies ") + (absent.size() > 10 ? absent.subList(0, 10) + " and "
                    + (absent.size() - 10) + " more" : absent) + " of the analysed data; give a reference at the "
                    + "same industry level");
        }
        return at;
    }

    public Kind kind() {
        return kind;
    }

    /** The reference's name in "en" or "id" (e.g. "the published row of Jawa Timur (35)"). */
    public String label(String lang) {
        return "id".equals(lang) ? indonesian : english;
    }

    /** Notes on cells left out of a summed reference (bilingual); empty for a published row. */
    public List<String> notes() {
        return notes;
    }

    public boolean has(Measure m) {
        return values.containsKey(m);
    }

    /** True when the reference has {@code year} among its years. */
    public boolean hasYear(int year) {
        for (int y : years) {
            if (y == year) {
                return true;
            }
        }
        return false;
    }

    /**
     * The reference's values of {@code m} in {@code year}, one per industry of the analysed panel (a copy; NaN
     * where the reference has no value).
     *
     * @throws IllegalArgumentException when the reference has no such measure or year
     */
    public double[] industries(Measure m, int year) {
        double[][] v = values.get(m);
        if (v == null) {
            throw new IllegalArgumentException("the reference " + english + " has no " + m.id() + " data (it has "
                    + values.keySet().stream().map(Measure::id).toList() + ")");
        }
        for (int y = 0; y < years.length; y++) {
            if (years[y] == year) {
                return v[y].clone();
            }
        }
        throw new IllegalArgumentException("the reference " + english + " has no data for " + year + " (years "
                + years[0] + "–" + years[years.length - 1] + ")");
    }
}
