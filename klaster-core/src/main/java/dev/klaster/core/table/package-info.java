/**
 * {@link dev.klaster.core.table.Table}: a small immutable tidy table (named, typed columns; rows) that every
 * result is turned into for output: CSV and XLSX files (klaster-io), the report's downloadable tables and charts,
 * and the web API.
 */
package dev.klaster.core.table;
