package dev.klaster.io.ingest;

/** How serious a validation finding is. */
public enum Severity {
    /** Explained, expected property of the data (e.g. national GDP includes taxes less subsidies). */
    INFO,
    /** Suspicious but possibly legitimate (e.g. regencies not adding up to their province in BPS data). */
    WARNING,
    /** The data contradicts itself (e.g. sectors not adding up to the total reported in the same row). */
    ERROR
}
