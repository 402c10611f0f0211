package dev.klaster.io.ingest;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.core.model.RegionSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates region codes between BPS and Kemendagri through bridge tables ({@code kode_bps,nama_bps,kode_dagri,
 * nama_dagri}, as BPS's "bridging kode" service publishes them), never by equal numbers: the two systems give
 * different numbers to most regencies (BPS 1101 = Simeulue, Kemendagri 11.01 = Aceh Selatan). Several bridges
 * (provinces, regencies) are merged. Codes are compared without dots ({@code 32.73} = {@code 3273}). Country-level
 * regions are not translated; every other code must be in the bridge, else the ingestion fails naming them.
 */
public final class CodeBridge {
    private final Map<String, String> map;
    private final String files;

    private CodeBridge(Map<String, String> map, String files) {
        this.map = map;
        this.files = files;
    }

    /** Reads bridge tables for translating to the given system. */
    public static CodeBridge read(List<Path> bridgeFiles, CodeSystem to) {
        Map<String, String> map = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Path p : bridgeFiles) {
            CsvTable t = CsvTable.read(p, "kode_bps", "kode_dagri");
            names.add(t.name);
            String from = to == CodeSystem.KEMENDAGRI ? "kode_bps" : "kode_dagri";
            String into = to == CodeSystem.KEMENDAGRI ? "kode_dagri" : "kode_bps";
            for (int r = 0; r < t.rows.size(); r++) {
                String a = norm(t.get(r, from));
                String b = norm(t.get(r, into));
                if (a.isEmpty() || b.isEmpty()) {
                    throw new InputDataException(t.name, t.lines.get(r), a.isEmpty() ? from : into, "",
                            "empty code in the bridge table");
                }
                String old = map.put(a, b);
                if (old != null && !old.equals(b)) {
                    throw new InputDataException(t.name, t.lines.get(r), from, a,
                            "code bridged twice, to " + old + " and " + b);
                }
            }
        }
        return new CodeBridge(map, String.join(", ", names));
    }

    static String norm(String code) {
        return code == null ? "" : code.replace(".", "").trim();
    }

    /** The translated code, or null when the bridge does not know it. */
    public String translate(String code) {
        return map.get(norm(code));
    }

    /** The region set with every non-country code (and parent code) translated; unmatched codes are an error. */
    RegionSet apply(RegionSet regions) {
        Map<String, String> tr = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Region r : regions.list()) {
            String t = r.level() == RegionLevel.COUNTRY ? r.code() : translate(r.code());
            if (t == null) {
                missing.add(r.code() + " (" + r.name() + ")");
            }
            tr.put(r.code(), t);
        }
        if (!missing.isEmpty()) {
            throw new InputDataException(files, missing.size() + " region code(s) not in the code bridge: "
                    + String.join(", ", missing.subList(0, Math.min(20, missing.size())))
                    + (missing.size() > 20 ? ", ..." : "")
                    + " (province codes need the province bridge too, e.g. bps_kemendagri_bridge_provinsi_2020.csv)");
        }
        List<Region> out = new ArrayList<>();
        for (Region r : regions.list()) {
            out.add(new Region(tr.get(r.code()), r.name(), r.level(), r.parentCode() == null ? null : tr.get(r.parentCode())));
        }
        Map<String, List<String>> groups = new LinkedHashMap<>();
        regions.groups().forEach((g, codes) -> groups.put(g, codes.stream().map(tr::get).toList()));
        try {
            return new RegionSet(out, groups);
        } catch (IllegalArgumentException e) {
            throw new InputDataException(files, "the bridge maps two regions to one code: " + e.getMessage());
        }
    }
}
