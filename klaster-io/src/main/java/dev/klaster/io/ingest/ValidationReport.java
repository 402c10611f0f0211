package dev.klaster.io.ingest;

import dev.klaster.core.table.Table;

import java.util.List;

/** Findings of the consistency checks of one ingestion, in the order they were found. */
public record ValidationReport(List<Finding> findings) {
    public ValidationReport {
        findings = List.copyOf(findings);
    }

    public List<Finding> bySeverity(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).toList();
    }

    public List<Finding> byRule(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The findings as a tidy table (one row per finding) for CSV/XLSX output. */
    public Table toTable() {
        Table.Builder b = Table.builder("validation").text("severity").text("rule").text("file").number("line")
                .text("region").text("industry").number("year").text("measure").number("value")
                .number("reference").number("ratio").text("message");
        for (Finding f : findings) {
            b.row(f.severity().name(), f.rule(), f.file(), f.line() > 0 ? (double) f.line() : Double.NaN,
                    f.region(), f.industry(), f.year() > 0 ? (double) f.year() : Double.NaN, f.measure(),
                    f.value(), f.reference(), f.ratio(), f.message());
        }
        b.note("Findings are reported, never fixed: the panel holds the values as published.");
        return b.build();
    }
}
