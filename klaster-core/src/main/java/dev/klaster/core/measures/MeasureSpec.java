package dev.klaster.core.measures;

import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * One registry entry.
 *
 * @param id          name used on the command line and in the web API, e.g. {@code shiftshare_dunn}
 * @param family      package family (concentration, shiftshare, typology, specialization, agglomeration, growth)
 * @param english     one-line description in English
 * @param indonesian  one-line description in Indonesian
 * @param parameters  the {@link MeasureOptions} fields it reads (e.g. {@code measure, base-year, end-year})
 * @param compute     panel + options → tidy table
 */
public record MeasureSpec(String id, String family, String english, String indonesian, List<String> parameters,
                          BiFunction<Panel, MeasureOptions, Table> compute) {
    public MeasureSpec {
        Objects.requireNonNull(id);
        parameters = List.copyOf(parameters);
    }

    /** Runs the measure. */
    public Table apply(Panel panel, MeasureOptions options) {
        return compute.apply(panel, options == null ? MeasureOptions.defaults() : options);
    }
}
