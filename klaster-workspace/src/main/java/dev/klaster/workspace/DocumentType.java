package dev.klaster.workspace;

/** Kind of document endorsed by the governance body at a stage change. */
public enum DocumentType { DIAGNOSTIC_STUDY, ACTION_PLAN, PROGRESS_REPORT, OTHER }
