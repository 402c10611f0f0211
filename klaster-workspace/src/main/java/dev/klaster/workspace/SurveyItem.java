package dev.klaster.workspace;

/**
 * One question of a survey round: a survey indicator of the competitiveness framework (klaster-core
 * {@code rosenfeld-default.json}) with its factor and the statement respondents score, in Indonesian and English.
 */
public record SurveyItem(String factorId, String factorName, String factorNameId, String indicatorId,
                         String statement, String statementId) {
    /** The factor's name in the language ({@code id} or {@code en}). */
    public String factor(String lang) {
        return "id".equals(lang) && factorNameId != null ? factorNameId : factorName == null ? factorId : factorName;
    }

    /** The statement in the language ({@code id} or {@code en}). */
    public String statement(String lang) {
        return "id".equals(lang) ? statementId : statement;
    }
}
