package dev.klaster.workspace;

/** The verdict of an evaluation on one KPI or on the whole initiative; labels in the messages bundles. */
public enum Verdict {
    ON_TRACK, AT_RISK, OFF_TRACK, ACHIEVED, NOT_MEASURED
}
