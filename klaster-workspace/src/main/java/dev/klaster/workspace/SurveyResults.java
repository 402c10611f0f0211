package dev.klaster.workspace;

import java.util.List;

/**
 * The answers of one survey round summed up: per factor of the framework that a survey scores, the number of scores
 * and their mean (NaN when nobody scored it), and the number of invitations and of respondents.
 *
 * <p>A factor's mean is the mean of its survey indicators' means (each indicator weighs the same, as in the
 * competitiveness assessment, which averages a factor's indicators); with one survey indicator per factor, as in
 * the default framework, it is that indicator's mean score.
 */
public record SurveyResults(SurveyRound round, int invited, int respondents, List<FactorMean> factors) {
    public SurveyResults {
        factors = List.copyOf(factors);
    }

    /** A factor's scores in a round: {@code answers} scores, mean {@code mean} (NaN without any). */
    public record FactorMean(String factorId, String factorName, String factorNameId, int answers, double mean) {
    }

    /** The mean of the factor {@code factorId}, NaN when it has none. */
    public double mean(String factorId) {
        for (FactorMean f : factors) {
            if (f.factorId().equals(factorId)) {
                return f.mean();
            }
        }
        return Double.NaN;
    }
}
