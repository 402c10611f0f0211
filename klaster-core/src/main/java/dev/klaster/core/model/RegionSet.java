package dev.klaster.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An ordered, immutable set of regions with their hierarchy and named groups. The position of a region in
 * {@link #list()} is its index in every {@link Panel} array built on this set.
 */
public final class RegionSet {
    private final List<Region> regions;
    private final Map<String, Integer> index;
    private final Map<String, List<String>> groups;

    public RegionSet(List<Region> regions, Map<String, List<String>> groups) {
        this.regions = List.copyOf(regions);
        Map<String, Integer> idx = new HashMap<>(regions.size() * 2);
        for (int i = 0; i < this.regions.size(); i++) {
            Region r = this.regions.get(i);
            if (idx.put(r.code(), i) != null) {
                throw new IllegalArgumentException("duplicate region code " + r.code());
            }
        }
        this.index = idx;
        Map<String, List<String>> g = new LinkedHashMap<>();
        groups.forEach((name, codes) -> {
            for (String c : codes) {
                if (!idx.containsKey(c)) {
                    throw new IllegalArgumentException("region group '" + name + "' names unknown region " + c);
                }
            }
            g.put(name, List.copyOf(codes));
        });
        this.groups = Collections.unmodifiableMap(g);
    }

    public static RegionSet of(List<Region> regions) {
        return new RegionSet(regions, Map.of());
    }

    public int size() {
        return regions.size();
    }

    public List<Region> list() {
        return regions;
    }

    public Region get(int i) {
        return regions.get(i);
    }

    /** Index of a code, or -1. */
    public int indexOf(String code) {
        Integer i = index.get(code);
        return i == null ? -1 : i;
    }

    public Region byCode(String code) {
        int i = indexOf(code);
        if (i < 0) {
            throw new IllegalArgumentException("unknown region code " + code);
        }
        return regions.get(i);
    }

    public boolean contains(String code) {
        return index.containsKey(code);
    }

    public Map<String, List<String>> groups() {
        return groups;
    }

    /** Indices of the regions of a named group. */
    public int[] group(String name) {
        List<String> codes = groups.get(name);
        if (codes == null) {
            throw new IllegalArgumentException("unknown region group '" + name + "'; known: " + groups.keySet());
        }
        return codes.stream().mapToInt(this::indexOf).toArray();
    }

    /** Indices of regions at a level, in order. */
    public int[] atLevel(RegionLevel level) {
        return indicesWhere(r -> r.level() == level);
    }

    /** Indices of the direct children of a region. */
    public int[] childrenOf(String parentCode) {
        return indicesWhere(r -> Objects.equals(r.parentCode(), parentCode));
    }

    private int[] indicesWhere(java.util.function.Predicate<Region> p) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            if (p.test(regions.get(i))) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The subset at the given indices, keeping the groups restricted to the members that remain. */
    public RegionSet subset(int[] indices) {
        List<Region> sub = new ArrayList<>(indices.length);
        for (int i : indices) {
            sub.add(regions.get(i));
        }
        java.util.Set<String> kept = new java.util.HashSet<>();
        sub.forEach(r -> kept.add(r.code()));
        Map<String, List<String>> g = new LinkedHashMap<>();
        groups.forEach((name, codes) -> {
            List<String> k = codes.stream().filter(kept::contains).toList();
            if (!k.isEmpty()) {
                g.put(name, k);
            }
        });
        return new RegionSet(sub, g);
    }

    /** The same regions with one more named group. */
    public RegionSet withGroup(String name, List<String> codes) {
        Map<String, List<String>> g = new LinkedHashMap<>(groups);
        g.put(name, codes);
        return new RegionSet(regions, g);
    }
}
