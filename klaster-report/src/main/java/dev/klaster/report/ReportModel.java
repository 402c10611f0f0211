package dev.klaster.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a report says, independent of how it is rendered: title, language, data sources, years, number of regions
 * and industries, validation warnings (always shown, never hidden), whether the data are synthetic (which puts a
 * "DATA DEMO SINTETIS / SYNTHETIC DEMO DATA" banner on every rendering), maps (GeoJSON registered by name), and the
 * ordered sections. Immutable; build with {@link #builder(String, Lang)}.
 */
public final class ReportModel {
    private final String title;
    private final Lang lang;
    private final List<String> dataSources;
    private final List<Integer> years;
    private final int regionCount;
    private final int industryCount;
    private final List<String> warnings;
    private final String verdict;
    private final boolean synthetic;
    private final List<Section> sections;
    private final Map<String, String> maps;
    private final ExecutiveSummary summary;
    private final Recommendations recommendations;
    private final String subtitle;

    private ReportModel(Builder b) {
        this.title = b.title;
        this.lang = b.lang;
        this.dataSources = List.copyOf(b.dataSources);
        this.years = List.copyOf(b.years);
        this.regionCount = b.regionCount;
        this.industryCount = b.industryCount;
        this.warnings = List.copyOf(b.warnings);
        this.verdict = b.verdict;
        this.synthetic = b.synthetic;
        this.sections = List.copyOf(b.sections);
        this.maps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(b.maps));
        this.summary = b.summary;
        this.recommendations = b.recommendations;
        this.subtitle = b.subtitle;
    }

    /** The line under the title: region, level, period and data source (null: none). */
    public String subtitle() {
        return subtitle;
    }

    /** A copy with other sections and extra warnings (every other field the same). */
    private ReportModel(ReportModel base, List<Section> sections, List<String> moreWarnings) {
        this.title = base.title;
        this.lang = base.lang;
        this.dataSources = base.dataSources;
        this.years = base.years;
        this.regionCount = base.regionCount;
        this.industryCount = base.industryCount;
        List<String> w = new ArrayList<>(base.warnings);
        w.addAll(moreWarnings);
        this.warnings = List.copyOf(w);
        this.verdict = base.verdict;
        this.synthetic = base.synthetic;
        this.sections = List.copyOf(sections);
        this.maps = base.maps;
        this.summary = base.summary;
        this.recommendations = base.recommendations;
        this.subtitle = base.subtitle;
    }

    /**
     * This report with {@code blocks} appended to the section {@code sectionId} (which must exist) and
     * {@code moreWarnings} added to the warnings: for parts computed after the pipeline (e.g. the Kd curves of an
     * establishment file). Block ids must stay unique and maps registered, as {@link Builder#build} checks.
     */
    public ReportModel withBlocks(String sectionId, List<Block> blocks, List<String> moreWarnings) {
        List<Section> out = new ArrayList<>();
        boolean found = false;
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Section s : sections) {
            s.blocks().forEach(b -> ids.add(b.id()));
        }
        for (Block b : blocks) {
            if (!ids.add(b.id())) {
                throw new IllegalArgumentException("duplicate chart/table id '" + b.id() + "'");
            }
            if (b instanceof Chart c && c.mapName() != null && !maps.containsKey(c.mapName())) {
                throw new IllegalArgumentException("chart '" + c.id() + "' needs map '" + c.mapName() + "'");
            }
        }
        for (Section s : sections) {
            if (s.id().equals(sectionId)) {
                List<Block> all = new ArrayList<>(s.blocks());
                all.addAll(blocks);
                out.add(new Section(s.id(), s.title(), s.intro(), all));
                found = true;
            } else {
                out.add(s);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no report section '" + sectionId + "'");
        }
        return new ReportModel(this, out, moreWarnings);
    }

    public static Builder builder(String title, Lang lang) {
        return new Builder(title, lang);
    }

    public String title() {
        return title;
    }

    public Lang lang() {
        return lang;
    }

    public List<String> dataSources() {
        return dataSources;
    }

    /** Years covered, ascending. */
    public List<Integer> years() {
        return years;
    }

    public int regionCount() {
        return regionCount;
    }

    public int industryCount() {
        return industryCount;
    }

    /**
     * The data-quality verdict shown up front (counts of validation errors and warnings about the analysed regions,
     * with the appendix that lists them), or null when no validation ran.
     */
    public String verdict() {
        return verdict;
    }

    /** Notes and warnings about the analysis (scope, missing data, skipped parts), in the order found; all shown. */
    public List<String> warnings() {
        return warnings;
    }

    public boolean synthetic() {
        return synthetic;
    }

    public List<Section> sections() {
        return sections;
    }

    /** GeoJSON texts by map name, registered with {@code echarts.registerMap} before any chart is drawn. */
    public Map<String, String> maps() {
        return maps;
    }

    /** The executive summary shown first after the title (null: none, e.g. a report of fixture tables). */
    public ExecutiveSummary summary() {
        return summary;
    }

    /** The recommendations per strong regional cluster, shown after the summary (null: none). */
    public Recommendations recommendations() {
        return recommendations;
    }

    /** Every chart of every section, in order. */
    public List<Chart> charts() {
        List<Chart> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Chart c) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Collects the parts of a report. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private final Lang lang;
        private final List<String> dataSources = new ArrayList<>();
        private final List<Integer> years = new ArrayList<>();
        private int regionCount;
        private int industryCount;
        private final List<String> warnings = new ArrayList<>();
        private String verdict;
        private boolean synthetic;
        private final List<Section> sections = new ArrayList<>();
        private final Map<String, String> maps = new LinkedHashMap<>();
        private ExecutiveSummary summary;
        private Recommendations recommendations;
        private String subtitle;

        private Builder(String title, Lang lang) {
            this.title = Objects.requireNonNull(title, "title");
            this.lang = Objects.requireNonNull(lang, "lang");
        }

        public Builder dataSource(String source) {
            if (source != null && !source.isBlank()) {
                dataSources.add(source);
            }
            return this;
        }

        public Builder years(int... ys) {
            years.clear();
            for (int y : ys) {
                years.add(y);
            }
            return this;
        }

        public Builder regionCount(int n) {
            this.regionCount = n;
            return this;
        }

        public Builder industryCount(int n) {
            this.industryCount = n;
            return this;
        }

        public Builder warning(String warning) {
            warnings.add(Objects.requireNonNull(warning, "warning"));
            return this;
        }

        public Builder summary(ExecutiveSummary s) {
            this.summary = s;
            return this;
        }

        public Builder subtitle(String s) {
            this.subtitle = s;
            return this;
        }

        public Builder recommendations(Recommendations r) {
            this.recommendations = r;
            return this;
        }

        /** Notes and warnings so far (e.g. to count them in the summary). */
        public List<String> warnings() {
            return List.copyOf(warnings);
        }

        public Builder verdict(String verdict) {
            this.verdict = verdict;
            return this;
        }

        /** A warning shown before all others (e.g. "sections are sector groups, not clusters"). */
        public Builder leadWarning(String warning) {
            warnings.add(leading++, Objects.requireNonNull(warning, "warning"));
            return this;
        }

        private int leading;

        public Builder synthetic(boolean synthetic) {
            this.synthetic = synthetic;
            return this;
        }

        public Builder section(Section section) {
            for (Section s : sections) {
                if (s.id().equals(section.id())) {
                    throw new IllegalArgumentException("duplicate report section id '" + section.id() + "'");
                }
            }
            sections.add(section);
            return this;
        }

        /** Registers a map (GeoJSON FeatureCollection text) under a name that map charts refer to. */
        public Builder map(String name, String geoJson) {
            maps.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(geoJson, "geoJson"));
            return this;
        }

        public ReportModel build() {
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Section s : sections) {
                for (Block b : s.blocks()) {
                    if (!ids.add(b.id())) {
                        throw new IllegalArgumentException("duplicate chart/table id '" + b.id() + "' in section '"
                                + s.id() + "'");
                    }
                    if (b instanceof Chart c && c.mapName() != null && !maps.containsKey(c.mapName())) {
                        throw new IllegalArgumentException("chart '" + c.id() + "' needs map '" + c.mapName()
                                + "', which is not registered (maps: " + maps.keySet() + ")");
                    }
                }
            }
            return new ReportModel(this);
        }
    }
}
