/**
 * The analysis report: a data model ({@link dev.klaster.report.ReportModel}: overview, warnings, ordered sections
 * of charts and tables) filled by {@link dev.klaster.report.ReportBuilder}, and its renderings: a single
 * self-contained HTML file with ECharts inlined ({@link dev.klaster.report.HtmlReport}), an .xlsx workbook with every
 * table ({@link dev.klaster.report.WorkbookReport}) and an optional PDF through headless Chromium
 * ({@link dev.klaster.report.PdfReport}).
 *
 * <p>Every chart is built from a {@link dev.klaster.core.table.Table}; the page embeds that table and offers it as a
 * CSV download, and the workbook holds it (and any larger full table behind a reduced chart).
 *
 * <p>Spatial part (issue 14): {@link dev.klaster.report.SpatialSection} and {@link dev.klaster.report.ClusterSpatial}
 * (LISA and Gi* maps, Moran's I and a sentence per strong cluster), {@link dev.klaster.report.EstablishmentSection}
 * (Kd per strong cluster from an establishment file, added after the pipeline).
 */
package dev.klaster.report;
