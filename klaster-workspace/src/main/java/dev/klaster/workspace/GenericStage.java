package dev.klaster.workspace;

/**
 * The four generic stages of cluster development in seed article 004: initiation (perkuatan awal), framework and
 * agenda (penyusunan kerangka dan agenda), implementation, monitoring-evaluation-improvement. An alternative view
 * of {@link Stage}.
 */
public enum GenericStage { INITIATION, FRAMEWORK_AGENDA, IMPLEMENTATION, MONITORING_EVALUATION }
