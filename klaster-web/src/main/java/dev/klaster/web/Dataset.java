package dev.klaster.web;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Panel;
import dev.klaster.io.ingest.ValidationReport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A dataset the server can analyse: the built-in synthetic demo or an upload, with what was read from it.
 *
 * @param info       what the home page and {@code GET /api/v1/datasets} show
 * @param panel      the ingested data (all levels as uploaded)
 * @param findings   validation findings of the ingestion (empty for the demo)
 * @param io         national input-output table (null: none uploaded; IO sections are left out)
 * @param ioSectors  IO sector code → the data's industry code (null: codes are equal)
 * @param boundaries boundary GeoJSON file inside the dataset folder (null: the built-in province map)
 */
public record Dataset(Info info, Panel panel, ValidationReport findings, IoTable io, Map<String, String> ioSectors,
                      Path boundaries) {

    /**
     * Summary of a dataset.
     *
     * @param id         id in URLs: {@code demo}, {@code demo-sections} or {@code u} + 16 hex digits of the SHA-256 of
     *                   the uploaded files (the same files give the same id, so results are cached by content)
     * @param title      the user's title (or the data file's name)
     * @param source     the data's source statement
     * @param builtIn    the built-in demo (cannot be deleted)
     * @param synthetic  synthetic data (every page says so)
     * @param levels     region levels present, e.g. [country, province, regency]
     * @param firstYear  first year
     * @param lastYear   last year
     * @param regions    regions of all levels
     * @param industries industries
     * @param errors     validation errors
     * @param warnings   validation warnings
     * @param files      the uploaded files' original names (role → name)
     * @param created    upload time (ISO-8601, UTC), empty for the demo
     */
    public record Info(String id, String title, String source, boolean builtIn, boolean synthetic,
                       List<String> levels, int firstYear, int lastYear, int regions, int industries, long errors,
                       long warnings, Map<String, String> files, String created) {
    }
}
