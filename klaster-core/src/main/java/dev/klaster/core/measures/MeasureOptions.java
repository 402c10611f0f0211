package dev.klaster.core.measures;

import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Reference;

import java.util.List;

/**
 * Options of a registry measure; null means "default" (see each field).
 *
 * @param measure        the panel measure to analyse (default: employment if present, else value added)
 * @param year           year of a one-year measure (default: last year)
 * @param baseYear       start year of a change measure (default: first year)
 * @param endYear        end year of a change measure (default: last year)
 * @param targetYear     year to project to (default: {@code endYear + (endYear − baseYear)})
 * @param region         only output this region code (default: all)
 * @param group          only output the regions of this named group (default: all)
 * @param baseIndustries industry codes forming the LQ base (default: all)
 * @param reference      the reference economy of LQ, shift-share, Klassen and specialisation (default, null: the
 *                       sum of the analysed regions)
 */
public record MeasureOptions(Measure measure, Integer year, Integer baseYear, Integer endYear, Integer targetYear,
                             String region, String group, List<String> baseIndustries, Reference reference) {
    public MeasureOptions {
        baseIndustries = baseIndustries == null ? List.of() : List.copyOf(baseIndustries);
    }

    public MeasureOptions(Measure measure, Integer year, Integer baseYear, Integer endYear, Integer targetYear,
                          String region, String group, List<String> baseIndustries) {
        this(measure, year, baseYear, endYear, targetYear, region, group, baseIndustries, null);
    }

    public MeasureOptions withReference(Reference r) {
        return new MeasureOptions(measure, year, baseYear, endYear, targetYear, region, group, baseIndustries, r);
    }

    /** All defaults. */
    public static MeasureOptions defaults() {
        return new MeasureOptions(null, null, null, null, null, null, null, List.of());
    }

    public MeasureOptions withMeasure(Measure m) {
        return new MeasureOptions(m, year, baseYear, endYear, targetYear, region, group, baseIndustries, reference);
    }
}
