/**
 * Writing {@link dev.klaster.core.table.Table}s to CSV (UTF-8 with BOM so Excel opens it with the right
 * encoding) and XLSX (Apache POI), atomically: a file appears complete or not at all.
 */
package dev.klaster.io.export;
