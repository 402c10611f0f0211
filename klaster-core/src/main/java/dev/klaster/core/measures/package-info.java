/**
 * The labelled layer over {@link dev.klaster.core.model.Panel}: one explicit registry
 * ({@link dev.klaster.core.measures.MeasureRegistry}) of every regional measure with its id, one-line description
 * in English and Indonesian, parameters and a function {@code Panel + MeasureOptions → Table}. The CLI
 * ({@code klaster measures}, {@code klaster measure NAME}) and the web API both read this registry; it does not
 * depend on any shell. Computation is delegated to the pure functions of the measure packages.
 *
 * <p>Conventions of the layer: the analysis regions are the regions at the deepest level in the panel (e.g. the
 * regencies when national, province and regency rows are all present), and the reference is their sum (column
 * totals). {@code --region} and {@code --group} filter the output rows, never the reference. Results are tidy:
 * key columns, then {@code measure,value}; undefined values are NaN (empty cells) and counted in a table note.
 */
package dev.klaster.core.measures;
