package dev.klaster.core.competitiveness;

import dev.klaster.core.table.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Every factor of a framework with what the data could say about it (issue 9 §5: Rosenfeld's nine factors are
 * always all shown). A factor no unit could score says "no data" and what would measure it: its indicators' data
 * or survey statements ({@link Framework.Indicator#measuredBy}); for survey indicators, {@code klaster clusters
 * survey-form} writes the form and {@code --survey} reads the answers.
 */
public final class FactorCoverage {
    private FactorCoverage() {
    }

    /** How many units have a score for factor f. */
    public static int scoredUnits(Assessment.Result r, int f) {
        int n = 0;
        for (double[] row : r.factorScores()) {
            n += Double.isNaN(row[f]) ? 0 : 1;
        }
        return n;
    }

    /**
     * One row per factor, in the framework's order: factor, status ("scored for N of M regional clusters" or
     * "no data"), indicators (id and source) and what measures them.
     *
     * @param lang "id" or "en"
     */
    public static Table table(Framework fw, Assessment.Result r, String lang) {
        boolean id = "id".equals(lang);
        Table.Builder b = Table.builder("competitiveness_factors").text("factor").text("status").text("indicators")
                .text("measured_by");
        int units = r.units().size();
        for (int f = 0; f < fw.factors().size(); f++) {
            Framework.Factor fa = fw.factors().get(f);
            int n = scoredUnits(r, f);
            String status = n == 0 ? (id ? "tidak ada data" : "no data")
                    : id ? "dinilai untuk " + n + " dari " + units + " klaster regional"
                    : "scored for " + n + " of " + units + " regional clusters";
            List<String> inds = new ArrayList<>();
            List<String> how = new ArrayList<>();
            for (Framework.Indicator in : fa.indicators()) {
                inds.add(in.id() + " (" + (in.source() == Framework.Source.SURVEY ? (id ? "survei" : "survey")
                        : (id ? "data" : "data")) + ")");
                how.add(in.measuredBy(lang));
            }
            String name = id && fa.nameId() != null ? fa.nameId() : fa.name() != null ? fa.name() : fa.id();
            b.row(name, status, String.join("; ", inds), String.join(" | ", how));
        }
        b.note(id ? "Faktor tanpa data diukur dengan survei: klaster clusters survey-form --out formulir.xlsx menulis "
                + "formulirnya, --survey formulir.xlsx membaca jawabannya."
                : "Factors without data are measured by a survey: klaster clusters survey-form --out form.xlsx writes "
                + "the form, --survey form.xlsx reads the answers back.");
        return b.build();
    }
}
