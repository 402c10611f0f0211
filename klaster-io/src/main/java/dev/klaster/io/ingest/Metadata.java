package dev.klaster.io.ingest;

import dev.klaster.core.model.Classification;
import dev.klaster.core.model.Industry;
import dev.klaster.core.model.IndustrySet;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Region and industry metadata files. */
final class Metadata {
    private Metadata() {
    }

    /**
     * Regions file {@code code,name,level,parent[,group]}: level as {@link RegionLevel#parse}, parent the code of a
     * region listed in the same file (empty at the top), group an optional list of group names separated by
     * {@code ;}. Order of the file is the order of the panel.
     */
    static RegionSet regions(Path file) {
        CsvTable t = CsvTable.read(file, "code", "name", "level", "parent");
        List<Region> list = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < t.rows.size(); r++) {
            long line = t.lines.get(r);
            String code = t.get(r, "code");
            if (code.isEmpty()) {
                throw new InputDataException(t.name, line, "code", code, "empty region code");
            }
            if (!seen.add(code)) {
                throw new InputDataException(t.name, line, "code", code, "duplicate region code");
            }
            RegionLevel level;
            try {
                level = RegionLevel.parse(t.get(r, "level"));
            } catch (IllegalArgumentException e) {
                throw new InputDataException(t.name, line, "level", t.get(r, "level"), e.getMessage());
            }
            String parent = t.get(r, "parent");
            list.add(new Region(code, t.get(r, "name"), level, parent.isEmpty() ? null : parent));
            for (String g : t.get(r, "group").split(";")) {
                if (!g.isBlank()) {
                    groups.computeIfAbsent(g.trim(), k -> new ArrayList<>()).add(code);
                }
            }
        }
        for (int r = 0; r < t.rows.size(); r++) {
            String parent = t.get(r, "parent");
            if (!parent.isEmpty() && !seen.contains(parent)) {
                throw new InputDataException(t.name, t.lines.get(r), "parent", parent,
                        "parent is not a region code of this file");
            }
        }
        if (list.isEmpty()) {
            throw new InputDataException(t.name, "no regions (header only)");
        }
        return new RegionSet(list, groups);
    }

    /**
     * Industries file {@code code,name,parent,classification}: classification KBLI, NAICS, NACE or USER (empty =
     * USER); depth is computed from the parent chain (0 = top).
     */
    static IndustrySet industries(Path file) {
        CsvTable t = CsvTable.read(file, "code", "name", "parent", "classification");
        Map<String, String> parents = new HashMap<>();
        for (int r = 0; r < t.rows.size(); r++) {
            String code = t.get(r, "code");
            long line = t.lines.get(r);
            if (code.isEmpty()) {
                throw new InputDataException(t.name, line, "code", code, "empty industry code");
            }
            if (parents.put(code, t.get(r, "parent")) != null) {
                throw new InputDataException(t.name, line, "code", code, "duplicate industry code");
            }
        }
        List<Industry> list = new ArrayList<>();
        for (int r = 0; r < t.rows.size(); r++) {
            String code = t.get(r, "code");
            long line = t.lines.get(r);
            String parent = t.get(r, "parent");
            int depth = 0;
            for (String p = parent; !p.isEmpty(); p = parents.getOrDefault(p, "")) {
                if (!parents.containsKey(p)) {
                    throw new InputDataException(t.name, line, "parent", parent,
                            "parent is not an industry code of this file");
                }
                if (++depth > 20) {
                    throw new InputDataException(t.name, line, "parent", parent, "parent chain has a cycle");
                }
            }
            String cls = t.get(r, "classification");
            Classification c;
            try {
                c = cls.isEmpty() ? Classification.USER : Classification.valueOf(cls.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InputDataException(t.name, line, "classification", cls,
                        "unknown classification (expected KBLI, NAICS, NACE or USER)");
            }
            list.add(new Industry(code, t.get(r, "name"), depth, parent.isEmpty() ? null : parent, c));
        }
        if (list.isEmpty()) {
            throw new InputDataException(t.name, "no industries (header only)");
        }
        return new IndustrySet(list);
    }
}
