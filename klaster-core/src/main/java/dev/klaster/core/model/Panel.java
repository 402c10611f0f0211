package dev.klaster.core.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Region × industry × year × measure, stored as one flat {@code double[]} per measure.
 *
 * <p>Layout: the value of region {@code r}, industry {@code i}, year index {@code y} is at
 * {@code (y * nRegions + r) * nIndustries + i}, so one year of one measure is a contiguous block and
 * {@link #slice(Measure, int)} is free. Region-level measures ({@link Measure#regionLevel()}, e.g. population) are
 * stored at {@code y * nRegions + r}. Missing cells are {@code NaN}.
 *
 * <p>A panel is immutable once built (the builder hands over its arrays and forgets them).
 */
public final class Panel {
    private final RegionSet regions;
    private final IndustrySet industries;
    private final int[] years;
    private final Map<Measure, double[]> data;
    private final Map<Measure, String> units;
    private final String source;
    private final boolean synthetic;

    private Panel(Builder b) {
        this.regions = b.regions;
        this.industries = b.industries;
        this.years = b.years.clone();
        this.data = Collections.unmodifiableMap(new EnumMap<>(b.data));
        this.units = Collections.unmodifiableMap(new EnumMap<>(b.units));
        this.source = b.source;
        this.synthetic = b.synthetic;
    }

    public static Builder builder(RegionSet regions, IndustrySet industries, int[] years) {
        return new Builder(regions, industries, years);
    }

    public RegionSet regions() {
        return regions;
    }

    public IndustrySet industries() {
        return industries;
    }

    /** Years in ascending order (a copy). */
    public int[] years() {
        return years.clone();
    }

    public int yearCount() {
        return years.length;
    }

    public int year(int yearIndex) {
        return years[yearIndex];
    }

    /** Index of a calendar year, or an exception naming the years present. */
    public int yearIndex(int year) {
        int k = Arrays.binarySearch(years, year);
        if (k < 0) {
            throw new IllegalArgumentException("year " + year + " is not in the panel (years: "
                    + Arrays.toString(years) + ")");
        }
        return k;
    }

    public Set<Measure> measures() {
        return data.keySet();
    }

    public boolean has(Measure m) {
        return data.containsKey(m);
    }

    /** Unit label of a measure as given by the data (e.g. "billion IDR, constant 2010 prices"), or the default. */
    public String unit(Measure m) {
        return units.getOrDefault(m, m.unit());
    }

    /** Where the data came from (file names), for reports. */
    public String source() {
        return source;
    }

    /** True when the panel is generated demo data, to be labelled as synthetic in every output. */
    public boolean synthetic() {
        return synthetic;
    }

    private double[] array(Measure m) {
        double[] a = data.get(m);
        if (a == null) {
            throw new IllegalArgumentException("the panel has no " + m.id() + " data (has: " + measureIds() + ")");
        }
        return a;
    }

    private String measureIds() {
        return data.keySet().stream().map(Measure::id).toList().toString();
    }

    /** One measure in one year (by calendar year) as a region × industry view. */
    public Slice slice(Measure m, int year) {
        return sliceAt(m, yearIndex(year));
    }

    /** One measure at a year index as a region × industry view. */
    public Slice sliceAt(Measure m, int yearIndex) {
        if (m.regionLevel()) {
            throw new IllegalArgumentException(m.id() + " is a region-level measure; use regionSeries");
        }
        Objects.checkIndex(yearIndex, years.length);
        return new Slice(array(m), yearIndex * regions.size() * industries.size(), regions, industries);
    }

    public double get(Measure m, int yearIndex, int region, int industry) {
        return array(m)[(yearIndex * regions.size() + region) * industries.size() + industry];
    }

    /** A region-level measure (e.g. population) at a year index, per region (a copy). */
    public double[] regionSeries(Measure m, int yearIndex) {
        if (!m.regionLevel()) {
            throw new IllegalArgumentException(m.id() + " has an industry dimension; use slice");
        }
        int n = regions.size();
        return Arrays.copyOfRange(array(m), yearIndex * n, yearIndex * n + n);
    }

    /** A new panel with only the given regions (in the given order); arrays are copied. */
    public Panel subsetRegions(int[] regionIndices) {
        RegionSet sub = regions.subset(regionIndices);
        Builder b = new Builder(sub, industries, years).source(source).synthetic(synthetic);
        int nI = industries.size();
        int nR = regions.size();
        data.forEach((m, a) -> {
            int width = m.regionLevel() ? 1 : nI;
            double[] out = b.array(m);
            for (int y = 0; y < years.length; y++) {
                for (int k = 0; k < regionIndices.length; k++) {
                    System.arraycopy(a, (y * nR + regionIndices[k]) * width, out,
                            (y * regionIndices.length + k) * width, width);
                }
            }
        });
        units.forEach(b::unit);
        return b.build();
    }

    /**
     * The same panel with other descriptions of its industries (names, parents) in the same order: the values are
     * shared, not copied (a panel never changes its arrays).
     */
    public Panel withIndustries(IndustrySet renamed) {
        if (renamed.size() != industries.size()) {
            throw new IllegalArgumentException(renamed.size() + " industries given for a panel of "
                    + industries.size());
        }
        for (int i = 0; i < renamed.size(); i++) {
            if (!renamed.get(i).code().equals(industries.get(i).code())) {
                throw new IllegalArgumentException("industry " + i + " is " + industries.get(i).code() + ", not "
                        + renamed.get(i).code());
            }
        }
        Builder b = new Builder(regions, renamed, years).source(source).synthetic(synthetic);
        b.data.putAll(data);
        b.units.putAll(units);
        return b.build();
    }

    /** A new panel with only the regions of a named group. */
    public Panel subsetGroup(String group) {
        return subsetRegions(regions.group(group));
    }

    /** A new panel with only the regions at a level (e.g. the regencies, without province and national rows). */
    public Panel atLevel(RegionLevel level) {
        return subsetRegions(regions.atLevel(level));
    }

    /** Collects values; every cell starts missing (NaN). Not thread-safe. */
    public static final class Builder {
        private final RegionSet regions;
        private final IndustrySet industries;
        private final int[] years;
        private final Map<Measure, double[]> data = new EnumMap<>(Measure.class);
        private final Map<Measure, String> units = new EnumMap<>(Measure.class);
        private String source = "";
        private boolean synthetic;

        private Builder(RegionSet regions, IndustrySet industries, int[] years) {
            this.regions = Objects.requireNonNull(regions);
            this.industries = Objects.requireNonNull(industries);
            this.years = years.clone();
            for (int k = 1; k < years.length; k++) {
                if (years[k] <= years[k - 1]) {
                    throw new IllegalArgumentException("years must be strictly ascending: " + Arrays.toString(years));
                }
            }
        }

        /** The backing array of a measure, created (all NaN) on first use; the fast path for readers. */
        public double[] array(Measure m) {
            return data.computeIfAbsent(m, k -> {
                long n = (long) years.length * regions.size() * (k.regionLevel() ? 1 : industries.size());
                if (n > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException("panel too large for one array: " + n + " cells of " + k.id());
                }
                double[] a = new double[(int) n];
                Arrays.fill(a, Double.NaN);
                return a;
            });
        }

        /** Flat index of a cell, for use with {@link #array(Measure)}. */
        public int cell(int yearIndex, int region, int industry) {
            return (yearIndex * regions.size() + region) * industries.size() + industry;
        }

        public Builder set(Measure m, int yearIndex, int region, int industry, double value) {
            if (m.regionLevel()) {
                throw new IllegalArgumentException(m.id() + " is region-level; use setRegion");
            }
            array(m)[cell(yearIndex, region, industry)] = value;
            return this;
        }

        public Builder setRegion(Measure m, int yearIndex, int region, double value) {
            if (!m.regionLevel()) {
                throw new IllegalArgumentException(m.id() + " has an industry dimension; use set");
            }
            array(m)[yearIndex * regions.size() + region] = value;
            return this;
        }

        public Builder unit(Measure m, String unit) {
            units.put(m, unit);
            return this;
        }

        public Builder source(String source) {
            this.source = source == null ? "" : source;
            return this;
        }

        public Builder synthetic(boolean synthetic) {
            this.synthetic = synthetic;
            return this;
        }

        public RegionSet regions() {
            return regions;
        }

        public IndustrySet industries() {
            return industries;
        }

        public int[] years() {
            return years.clone();
        }

        public Panel build() {
            return new Panel(this);
        }
    }
}
