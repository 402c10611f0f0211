/**
 * Ingestion: reads tidy long CSV/Parquet, the wide layouts BPS publishes (CSV and {@code .xlsx}) and optional
 * region/industry metadata into a {@link dev.klaster.core.model.Panel}, through an in-memory DuckDB connection.
 *
 * <p>One entry point: {@link dev.klaster.io.ingest.Ingest#run(IngestRequest)} returns an
 * {@link dev.klaster.io.ingest.Ingested} (panel + {@link dev.klaster.io.ingest.ValidationReport}). Bad input throws
 * {@link dev.klaster.core.model.InputDataException} naming file, line (1-based, counting the header), column and
 * value, before anything is produced. Inconsistencies that do not stop a reading (sectors not adding up to a
 * reported total, regencies not adding up to their province, suspected unit errors) become findings of the
 * report; they are never silently fixed.
 *
 * <p>DuckDB does the parsing, dictionary encoding of region/industry/year codes and the row checks in SQL; the
 * result is streamed as (measure, flat cell index, value) into the panel builder's arrays, so a 5-million-row
 * file never exists as Java objects.
 */
package dev.klaster.io.ingest;
