package dev.klaster.io.ingest;

import dev.klaster.core.model.Panel;

import java.util.Objects;

/** The result of an ingestion: the panel and its validation report. */
public record Ingested(Panel panel, ValidationReport report) {
    public Ingested {
        Objects.requireNonNull(panel, "panel");
        Objects.requireNonNull(report, "report");
    }
}
