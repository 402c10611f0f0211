/**
 * Ingestion benchmark: {@link dev.klaster.bench.ingest.GenerateTidyCsv} writes a deterministic tidy CSV (default
 * 514 regions × 1,000 industries × 10 years = 5.14 million rows) and {@link dev.klaster.bench.ingest.IngestRun}
 * ingests it in a fresh JVM and prints wall time and peak heap (run with {@code -Xmx1g} to prove the heap bound).
 */
package dev.klaster.bench.ingest;
