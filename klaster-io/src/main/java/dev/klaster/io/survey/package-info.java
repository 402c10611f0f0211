/**
 * The bilingual survey form of the competitiveness factors only a survey can score (Rosenfeld's nine factors,
 * issue 9 §5): {@link dev.klaster.io.survey.SurveyForm#write} makes the .xlsx (Apache POI) for the planner to fill,
 * {@link dev.klaster.io.survey.SurveyForm#read} reads it back, validated like any input (file, sheet, cell, value).
 */
package dev.klaster.io.survey;
