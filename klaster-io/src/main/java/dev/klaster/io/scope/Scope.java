package dev.klaster.io.scope;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Reference;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.io.ingest.CodeBridge;
import dev.klaster.io.ingest.CodeSystem;
import dev.klaster.io.ingest.ValidationReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The regions one analysis compares: one level, optionally one province's regencies/cities ({@code --province}) or
 * a list of regions ({@code --region-list}), and the policy for source-error rows ({@code --on-error}). Shared by
 * {@code klaster analyze} and {@code klaster clusters …}, so both analyse the same regions for the same inputs.
 *
 * <p><b>Level rule</b> (one level per analysis). With {@code --province}: the province's regencies/cities. With a
 * region list: the level of its regions (a list mixing levels is a usage error unless {@code --level} picks one).
 * Otherwise {@code --level}, or by default <em>the finest complete level</em>: going from regencies/cities up to
 * provinces, the first level that has at least two regions and where every region has a value of the analysed
 * measure in the last year. Country rows are never compared with their own parts.
 */
public final class Scope {
    private Scope() {
    }

    /**
     * What the user asked for (null fields: not given).
     *
     * @param province   province code (BPS, Kemendagri through a bridge, BPS ×100) or name / abbreviation
     * @param regionList file with one region code or name per line (first CSV column; header and # comments
     *                   allowed)
     * @param level      region level (province, regency) or null/"auto" for the rule
     * @param onError    policy for source-error rows (null: exclude)
     * @param reference  reference of LQ and shift-share: null or "regions" (the sum of the analysed regions),
     *                   "province", "national", or the name of a file read into {@code referenceFile}
     * @param referenceFile the panel read from the reference file (null unless {@code reference} names one)
     */
    public record Request(String province, Path regionList, String level, SourceErrors.OnError onError,
                          String reference, Panel referenceFile) {
        public Request(String province, Path regionList, String level, SourceErrors.OnError onError) {
            this(province, regionList, level, onError, null, null);
        }

        public static Request none() {
            return new Request(null, null, null, SourceErrors.OnError.EXCLUDE);
        }

        /** True when {@code reference} names a file (not one of the keywords). */
        public static boolean namesFile(String reference) {
            return reference != null && !List.of("regions", "province", "national")
                    .contains(reference.strip().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The scoped analysis input.
     *
     * @param panel        the analysed regions only (one level), source-error rows masked under EXCLUDE
     * @param full         the whole panel as ingested (national and province rows, for references and the impact)
     * @param level        the analysed level
     * @param levelRule    why this level: "province", "region-list", "option" or "finest-complete"
     * @param province     the province of {@code --province} (else null)
     * @param listed       regions named in the region list (else empty)
     * @param sourceErrors the source-error rows among the analysed regions
     * @param onError      the policy applied to them
     * @param measure      the measure the level rule and the policy were applied to
     * @param reference    the reference economy of LQ and shift-share, or null for the sum of the analysed regions
     */
    public record Scoped(Panel panel, Panel full, RegionLevel level, String levelRule, Region province,
                         List<String> listed, List<SourceErrors.Row> sourceErrors, SourceErrors.OnError onError,
                         Measure measure, Reference reference) {
        /** True when the analysed regions are a part of the data's regions of that level (a province, a list). */
        public boolean partial() {
            return province != null || !listed.isEmpty();
        }

        /** What the report says at the top about the scope, in Indonesian ("id") or English. */
        public List<String> statements(String lang) {
            boolean id = "id".equals(lang);
            List<String> out = new ArrayList<>();
            String lv = level.label(lang);
            int n = panel.regions().size();
            String where = province != null
                    ? (id ? "wilayah tingkat " + lv + " di Provinsi " + RegionResolver.label(province)
                    : "regions at level " + lv + " in the province " + RegionResolver.label(province))
                    : !listed.isEmpty() ? (id ? "wilayah tingkat " + lv + " dari daftar wilayah (--region-list)"
                    : "regions at level " + lv + " from the region list (--region-list)")
                    : (id ? "wilayah tingkat " + lv : "regions at level " + lv);
            String rule = switch (levelRule) {
                case "province" -> id ? "--province menganalisis kabupaten/kota provinsi itu"
                        : "--province analyses the province's regencies/cities";
                case "region-list" -> id ? "tingkat wilayah dalam daftar" : "the level of the listed regions";
                case "option" -> id ? "dipilih dengan --level" : "chosen with --level";
                default -> id ? "aturan: tingkat terhalus yang lengkap — setiap wilayahnya punya data "
                        + measure.label(lang) + " pada tahun terakhir (pilih lain dengan --level)"
                        : "rule: the finest complete level — every region has " + measure.label(lang)
                        + " data in the last year (choose another with --level)";
            };
            out.add(String.format(Locale.ROOT, id ? "Cakupan analisis: %d %s (%s)." : "Analysis scope: %d %s (%s).",
                    n, where, rule));
            if (reference == null) {
                out.add(id ? "Rujukan LQ dan shift-share: jumlah " + n + " wilayah yang dianalisis."
                        : "Reference of LQ and shift-share: the sum of the " + n + " analysed regions.");
            } else {
                out.add(id ? "Rujukan LQ, shift-share, tipologi Klassen sektor dan spesialisasi: "
                        + reference.label("id") + " (--reference). LQ klaster (kekuatan, bintang, siklus hidup) dan "
                        + "ko-lokasi tetap dibandingkan dengan jumlah " + n + " wilayah yang dianalisis."
                        : "Reference of LQ, shift-share, the Klassen sector typology and specialisation: "
                        + reference.label("en") + " (--reference). Cluster LQs (strength, stars, life cycle) and "
                        + "co-location still compare with the sum of the " + n + " analysed regions.");
            }
            if (!sourceErrors.isEmpty()) {
                List<String> rows = sourceErrors.stream().map(r -> r.region() + " " + r.year()).toList();
                String list = String.join(", ", rows);
                out.add(switch (onError) {
                    case EXCLUDE -> id ? sourceErrors.size() + " baris dengan galat sumber (sektor tidak berjumlah "
                            + "TOTAL) dikeluarkan dari tren, pertumbuhan dan ukuran tahun itu (--on-error exclude): "
                            + list : sourceErrors.size() + " row(s) with source errors (sectors do not add up to the "
                            + "TOTAL) excluded from trends, growth and that year's measures (--on-error exclude): "
                            + list;
                    case KEEP -> id ? sourceErrors.size() + " baris dengan galat sumber dipakai apa adanya "
                            + "(--on-error keep): " + list : sourceErrors.size() + " row(s) with source errors used "
                            + "as published (--on-error keep): " + list;
                    case FAIL -> list;
                });
            }
            return out;
        }
    }

    /**
     * Applies the request.
     *
     * @param full     the ingested panel
     * @param findings its validation findings (null: none)
     * @param measure  the analysed measure (level rule and source errors)
     * @param bridges  the user's {@code --code-bridge} tables (may be empty)
     * @throws ScopeException for a name or code that matches nothing, or a contradictory request (exit 2)
     * @throws InputDataException when the data hold no regions of the scope, or under {@code --on-error fail}
     */
    public static Scoped apply(Panel full, ValidationReport findings, Measure measure, Request request,
                               List<Path> bridges) {
        if (request.province() != null && request.regionList() != null) {
            throw new ScopeException("give either --province or --region-list, not both", List.of());
        }
        RegionLevel asked = parseLevel(request.level());
        List<CodeBridge> cb = bridges(bridges);
        Region province = null;
        List<String> listed = new ArrayList<>();
        int[] chosen;
        RegionLevel level;
        String rule;
        if (request.province() != null) {
            if (asked != null && asked != RegionLevel.REGENCY) {
                throw new ScopeException("--province analyses a province's regencies/cities; --level "
                        + request.level() + " would leave one region", List.of());
            }
            province = new RegionResolver(provinces(full), cb, "province").resolve(request.province(), "--province")
                    .region();
            chosen = full.regions().childrenOf(province.code());
            level = RegionLevel.REGENCY;
            rule = "province";
            if (chosen.length == 0) {
                throw new InputDataException(full.source(), "the data have no regencies/cities of "
                        + RegionResolver.label(province) + " (only its province row?); use a regency file");
            }
        } else if (request.regionList() != null) {
            chosen = readList(full, request.regionList(), cb, listed);
            Map<RegionLevel, Integer> levels = new LinkedHashMap<>();
            for (int r : chosen) {
                levels.merge(full.regions().get(r).level(), 1, Integer::sum);
            }
            if (asked != null) {
                chosen = java.util.Arrays.stream(chosen).filter(r -> full.regions().get(r).level() == asked).toArray();
                level = asked;
                rule = "option";
            } else if (levels.size() > 1) {
                throw new ScopeException(request.regionList() + ": the list mixes levels " + levels
                        + "; one level per analysis: give --level", List.of());
            } else {
                level = levels.keySet().iterator().next();
                rule = "region-list";
            }
        } else if (asked != null) {
            chosen = full.regions().atLevel(asked);
            level = asked;
            rule = "option";
        } else {
            level = finestComplete(full, measure);
            chosen = full.regions().atLevel(level);
            rule = "finest-complete";
        }
        if (chosen.length < 2) {
            throw new ScopeException("the scope holds " + chosen.length + " region(s) at level " + level.label("en")
                    + "; LQ and shift-share compare at least two", List.of());
        }
        Panel panel = full.subsetRegions(chosen);
        List<SourceErrors.Row> rows = SourceErrors.rows(panel, findings, measure);
        SourceErrors.OnError policy = request.onError() == null ? SourceErrors.OnError.EXCLUDE : request.onError();
        panel = SourceErrors.apply(panel, rows, measure, policy);
        Reference reference = reference(full, chosen, level, province, request, panel);
        if (reference != null && !reference.has(measure)) {
            throw new ScopeException("--reference: " + reference.label("en") + " has no " + measure.id()
                    + " data, the measure analysed", List.of());
        }
        return new Scoped(panel, full, level, rule, province, List.copyOf(listed), List.copyOf(rows), policy, measure,
                reference);
    }

    /**
     * The reference of {@code --reference}: a published row where the data have one (the province row, the
     * national row), else the sum of the file's regions it stands for; null for the default (the analysed
     * regions' sum).
     */
    static Reference reference(Panel full, int[] chosen, RegionLevel level, Region province, Request request,
                               Panel analysed) {
        String kind = request.reference() == null ? "regions" : request.reference().strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "regions":
                return null;
            case "province": {
                Region prov = province;
                if (prov == null) {
                    Set<String> parents = new LinkedHashSet<>();
                    for (int r : chosen) {
                        parents.add(String.valueOf(full.regions().get(r).parentCode()));
                    }
                    if (level != RegionLevel.REGENCY || parents.size() != 1) {
                        throw new ScopeException("--reference province needs regencies/cities of one province (give "
                                + "--province); the analysed regions are at level " + level.label("en")
                                + (parents.size() > 1 ? " in " + parents.size() + " provinces" : ""), List.of());
                    }
                    String parent = parents.iterator().next();
                    prov = provinces(full).stream().filter(p -> full.regions().childrenOf(p.code()).length > 0
                            && contains(full.regions().childrenOf(p.code()), chosen[0])).findFirst()
                            .orElse(new Region(parent, parent, RegionLevel.PROVINCE, null));
                }
                String label = RegionResolver.label(prov);
                int row = full.regions().indexOf(prov.code());
                if (row >= 0 && full.regions().get(row).level() == RegionLevel.PROVINCE) {
                    return Reference.row(Reference.Kind.PROVINCE, "the published row of " + label,
                            "baris terbitan " + label, full, row, analysed.industries());
                }
                int[] members = full.regions().childrenOf(prov.code());
                return Reference.sum(Reference.Kind.PROVINCE, "the sum of the " + members.length
                                + " regencies/cities of " + label + " in the file (the file has no province row)",
                        "jumlah " + members.length + " kabupaten/kota " + label + " dalam berkas (berkas tidak memuat "
                                + "baris provinsi)", full, members, analysed.industries());
            }
            case "national": {
                int[] country = full.regions().atLevel(RegionLevel.COUNTRY);
                if (country.length == 1) {
                    Region c = full.regions().get(country[0]);
                    return Reference.row(Reference.Kind.NATIONAL, "the published national row (" + c.name() + ")",
                            "baris nasional terbitan (" + c.name() + ")", full, country[0], analysed.industries());
                }
                int[] all = full.regions().atLevel(level);
                return Reference.sum(Reference.Kind.NATIONAL, "the sum of all " + all.length + " regions at level "
                                + level.label("en") + " in the file (the file has no national row)",
                        "jumlah seluruh " + all.length + " wilayah tingkat " + level.label("id") + " dalam berkas "
                                + "(berkas tidak memuat baris nasional)", full, all, analysed.industries());
            }
            default: {
                Panel f = request.referenceFile();
                if (f == null) {
                    throw new ScopeException("--reference: give regions, province, national or a data file; "
                            + request.reference() + " is none of them", List.of());
                }
                int row = -1;
                int[] country = f.regions().atLevel(RegionLevel.COUNTRY);
                if (f.regions().size() == 1) {
                    row = 0;
                } else if (country.length == 1) {
                    row = country[0];
                } else {
                    throw new ScopeException("--reference " + request.reference() + ": the file holds "
                            + f.regions().size() + " regions; a reference file holds one region (or one national "
                            + "row among others)", List.of());
                }
                Region r = f.regions().get(row);
                String file = String.valueOf(Path.of(request.reference()).getFileName());
                String label = r.name() + " (" + r.code() + ") from " + file;
                return Reference.row(Reference.Kind.FILE, label, r.name() + " (" + r.code() + ") dari "
                        + file, f, row, analysed.industries());
            }
        }
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    /** The level of {@code --level}, or null for "auto"/absent; a bad value is a usage error. */
    static RegionLevel parseLevel(String text) {
        if (text == null || text.isBlank() || "auto".equalsIgnoreCase(text.strip())) {
            return null;
        }
        try {
            return RegionLevel.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ScopeException("--level: " + e.getMessage() + " or auto", List.of());
        }
    }

    /** The finest level (regency, then province, then country) with ≥ 2 regions all having last-year data. */
    public static RegionLevel finestComplete(Panel p, Measure m) {
        for (RegionLevel level : new RegionLevel[] {RegionLevel.REGENCY, RegionLevel.PROVINCE}) {
            int[] at = p.regions().atLevel(level);
            if (at.length >= 2 && complete(p, m, at)) {
                return level;
            }
        }
        int[] any = p.regions().atLevel(RegionLevel.REGENCY);
        if (any.length >= 2) {
            return RegionLevel.REGENCY;
        }
        return p.regions().atLevel(RegionLevel.PROVINCE).length >= 2 ? RegionLevel.PROVINCE : RegionLevel.COUNTRY;
    }

    private static boolean complete(Panel p, Measure m, int[] regions) {
        if (!p.has(m) || m.regionLevel()) {
            return false;
        }
        int last = p.yearCount() - 1;
        for (int r : regions) {
            boolean any = false;
            for (int i = 0; i < p.industries().size() && !any; i++) {
                any = !Double.isNaN(p.get(m, last, r, i));
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** Province candidates: the data's province rows, else the parent codes of its regencies. */
    static List<Region> provinces(Panel p) {
        List<Region> out = new ArrayList<>();
        for (int i : p.regions().atLevel(RegionLevel.PROVINCE)) {
            out.add(p.regions().get(i));
        }
        if (out.isEmpty()) {
            Set<String> parents = new LinkedHashSet<>();
            for (Region r : p.regions().list()) {
                if (r.level() == RegionLevel.REGENCY && r.parentCode() != null) {
                    parents.add(r.parentCode());
                }
            }
            parents.forEach(c -> out.add(new Region(c, c, RegionLevel.PROVINCE, null)));
        }
        return out;
    }

    private static List<CodeBridge> bridges(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        return List.of(CodeBridge.read(files, CodeSystem.BPS), CodeBridge.read(files, CodeSystem.KEMENDAGRI));
    }

    private static int[] readList(Panel full, Path file, List<CodeBridge> cb, List<String> listed) {
        if (!Files.isRegularFile(file)) {
            throw new ScopeException("--region-list: file not found: " + file, List.of());
        }
        List<Region> candidates = full.regions().list().stream().filter(r -> r.level() != RegionLevel.COUNTRY)
                .toList();
        RegionResolver resolver = new RegionResolver(candidates, cb, "region");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Set<Integer> seen = new LinkedHashSet<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k).replace("\uFEFF", "").strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String first = line.split(",", -1)[0].replace("\"", "").strip();
            if (seen.isEmpty() && listed.isEmpty() && Set.of("code", "kode", "region", "wilayah", "region_code",
                    "kode_wilayah", "name", "nama").contains(first.toLowerCase(Locale.ROOT))) {
                continue;
            }
            Region r = resolver.resolve(first, file.getFileName() + ":" + (k + 1) + " column 1").region();
            if (!seen.add(full.regions().indexOf(r.code()))) {
                throw new ScopeException(file.getFileName() + ":" + (k + 1) + " column 1: " + RegionResolver.label(r)
                        + " is listed twice", List.of());
            }
            listed.add(r.code());
        }
        if (seen.isEmpty()) {
            throw new ScopeException("--region-list " + file + ": no region codes or names in the file", List.of());
        }
        return seen.stream().mapToInt(Integer::intValue).toArray();
    }
}
