package dev.klaster.report;

import java.util.List;
import java.util.Objects;

/**
 * One section of the report: a heading, an introductory paragraph (may be empty) and its charts and tables in
 * display order.
 *
 * @param id anchor id, letters, digits, '-' and '_'
 * @param title heading
 * @param intro short explanation for the reader (plain text)
 * @param blocks charts and tables, in order
 */
public record Section(String id, String title, String intro, List<Block> blocks) {
    public Section {
        Block.checkId(id);
        Objects.requireNonNull(title, "title");
        intro = intro == null ? "" : intro;
        blocks = List.copyOf(blocks);
    }
}
