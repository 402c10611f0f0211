package dev.klaster.report;

import dev.klaster.core.table.Table;

import java.util.List;

/** Something shown in a section: a {@link Chart} or a {@link TableBlock}. */
public sealed interface Block permits Chart, TableBlock {
    /** Unique id in the report (HTML element id, CSV file stem). */
    String id();

    String title();

    /** The numbers behind what is shown; embedded in the page and offered as a CSV download. */
    Table data();

    /** Tables written to the workbook for this block: the shown data, plus any larger full table behind it. */
    List<Table> workbookTables();

    /** Checks an id is usable as an HTML id and file stem. */
    static String checkId(String id) {
        if (id == null || !id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("report id '" + id
                    + "' must start with a letter and use only letters, digits, '-' and '_'");
        }
        return id;
    }
}
