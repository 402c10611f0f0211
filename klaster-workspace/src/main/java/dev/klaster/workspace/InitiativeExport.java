package dev.klaster.workspace;

import java.time.Instant;
import java.util.List;

/**
 * The JSON document of one exported initiative (format {@code klaster-initiative}): the initiative, its stage
 * history, and its live stakeholders, KPIs, observations and actions; from version 2 also its OVOP products and
 * its survey rounds with their answers (by stakeholder id; never the link tokens). No users, memberships or
 * password hashes are in it; stage changes name the user id who recorded them. Version 1 documents (without
 * products and rounds) are still read.
 */
public record InitiativeExport(String format, int formatVersion, Instant exportedAt, Initiative initiative,
                               List<StageChange> stageChanges, List<Stakeholder> stakeholders, List<Kpi> kpis,
                               List<Observation> observations, List<Action> actions, List<Product> products,
                               List<SurveyRoundExport> surveyRounds) {
    /** The value of {@link #format()}. */
    public static final String FORMAT = "klaster-initiative";
    /** The format version written. */
    public static final int VERSION = 2;

    /** A survey round with the answers of its respondents. */
    public record SurveyRoundExport(SurveyRound round, List<Answer> answers) {
        public SurveyRoundExport {
            answers = answers == null ? List.of() : List.copyOf(answers);
        }
    }

    /** One score of one respondent (a stakeholder of the document) for one survey indicator. */
    public record Answer(String stakeholderId, String indicator, int score) {
    }

    public InitiativeExport {
        stageChanges = stageChanges == null ? List.of() : List.copyOf(stageChanges);
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        observations = observations == null ? List.of() : List.copyOf(observations);
        actions = actions == null ? List.of() : List.copyOf(actions);
        products = products == null ? List.of() : List.copyOf(products);
        surveyRounds = surveyRounds == null ? List.of() : List.copyOf(surveyRounds);
    }
}
