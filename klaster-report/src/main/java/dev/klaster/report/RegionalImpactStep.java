package dev.klaster.report;

import dev.klaster.core.cluster.RegionalImpact;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.RegionLevel;

import java.util.Locale;

/**
 * Builds the region's IO model for the impact section from the analysed regions' own data (shared by the report and
 * {@code klaster clusters impact}): the provincial table when given, else the national table regionalised with FLQ
 * by the analysed regions' share of the nation's value added in the same data, else — when the analysed regions
 * are the nation — the national table. See {@link RegionalImpact}.
 */
public final class RegionalImpactStep {
    private RegionalImpactStep() {
    }

    /** The region and how each panel industry maps to its table's sectors. */
    public record Prepared(RegionalImpact.Region region, int[] sectorOfIndustry, String regionName, String tableLabel) {
    }

    /**
     * @param national  the national table (may be null when {@code provincial} is given)
     * @param ioIndex   national table sector per panel industry (alignment of the national table)
     * @param context   the scope (null: the analysed regions are taken as the nation)
     * @param analysed  the analysed regions (one level)
     * @param nationalLabel name of the national table for captions
     * @throws IllegalArgumentException when value added is missing or a table cannot be matched
     */
    public static Prepared prepare(IoTable national, int[] ioIndex, ScopeContext context, Panel analysed,
                                   String nationalLabel) {
        if (!analysed.has(Measure.VALUE_ADDED)) {
            throw new IllegalArgumentException("the regional impact needs value added in the data");
        }
        boolean partial = context != null && context.scoped() != null && context.scoped().partial();
        String name = regionName(context, analysed);
        double delta = context == null ? RegionalImpact.DEFAULT_DELTA : context.flqDelta();
        if (context != null && context.regionalTable() != null) {
            IoTable t = context.regionalTable();
            IoAlignment al = IoAlignment.of(t, analysed.industries(), null);
            if (!al.matched()) {
                throw new IllegalArgumentException("the regional table " + context.regionalLabel() + " has no sector "
                        + "for industries " + al.missing() + " (sectors " + t.codes() + ")");
            }
            double[][] v = perSector(analysed, al.index(), t.size());
            return new Prepared(RegionalImpact.region(t, true, v[0], null, v[1], delta, name), al.index(), name,
                    context.regionalLabel());
        }
        double[][] reg = perSector(analysed, ioIndex, national.size());
        double[] nat = null;
        if (partial) {
            Panel full = context.scoped().full();
            int[] country = full.regions().atLevel(RegionLevel.COUNTRY);
            Panel nation = country.length == 1 ? full.subsetRegions(country)
                    : full.atLevel(context.scoped().level());
            nat = perSector(nation, ioIndex, national.size())[0];
        }
        return new Prepared(RegionalImpact.region(national, false, reg[0], nat, reg[1], delta, name), ioIndex, name,
                nationalLabel);
    }

    /** Value added [0] and employment [1] (null without) of the last year summed per table sector. */
    static double[][] perSector(Panel p, int[] index, int n) {
        int last = p.yearCount() - 1;
        double[] va = new double[n];
        double[] jobs = p.has(Measure.EMPLOYMENT) ? new double[n] : null;
        for (int r = 0; r < p.regions().size(); r++) {
            for (int i = 0; i < index.length; i++) {
                double v = p.get(Measure.VALUE_ADDED, last, r, i);
                va[index[i]] += Double.isNaN(v) ? 0 : v;
                if (jobs != null) {
                    double e = p.get(Measure.EMPLOYMENT, last, r, i);
                    jobs[index[i]] += Double.isNaN(e) ? 0 : e;
                }
            }
        }
        return new double[][] {va, jobs};
    }

    /** The region's name when the whole panel is analysed (the report says it in its language). */
    static final String ALL_ANALYSED = "Indonesia (all analysed regions)";

    static String regionName(ScopeContext c, Panel analysed) {
        if (c != null && c.scoped() != null && c.scoped().province() != null) {
            return c.scoped().province().name();
        }
        if (c != null && c.scoped() != null && c.scoped().partial()) {
            return String.format(Locale.ROOT, "%d listed regions", analysed.regions().size());
        }
        return ALL_ANALYSED;
    }
}
