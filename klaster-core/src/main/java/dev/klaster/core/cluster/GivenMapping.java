package dev.klaster.core.cluster;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A user-given industry → cluster mapping, e.g. the US Cluster Mapping Project's NAICS crosswalk (Delgado, Porter
 * &amp; Stern 2016, DOI 10.1093/jeg/lbv017).
 *
 * <p>File format: a CSV with a header; the caller names the industry-code column and the cluster column (for the
 * crosswalk {@code naics2012_to_cmp_cluster_acr1.csv}: {@code naics} and {@code cluster}). Each code may appear
 * once; a repeated code with a different cluster is an error; rows with an empty cluster are skipped and counted.
 * Industries of the data that the mapping does not list get membership −1 (outside every cluster).
 */
public final class GivenMapping {
    private final Map<String, String> clusterOfCode;
    private final String[] clusterNames;
    private final int skipped;
    private final String source;

    private GivenMapping(Map<String, String> clusterOfCode, int skipped, String source) {
        this.clusterOfCode = Map.copyOf(clusterOfCode);
        this.clusterNames = clusterOfCode.values().stream().distinct().sorted().toArray(String[]::new);
        this.skipped = skipped;
        this.source = source;
    }

    /** From an in-memory map code → cluster name. */
    public static GivenMapping of(Map<String, String> clusterOfCode) {
        return new GivenMapping(new LinkedHashMap<>(clusterOfCode), 0, "cluster mapping");
    }

    /** The file (or "cluster mapping" for an in-memory one). */
    public String source() {
        return source;
    }

    /** The formats {@link #readDefinition} recognises, by their header. */
    public enum Format {
        /** {@code klaster clusters templates} output: member_code, template_id, name_id, name_en. */
        TEMPLATES("member_code", "template_id"),
        /** US Cluster Mapping crosswalk (naics2012_to_cmp_cluster_acr1.csv): naics, cluster. */
        CMP_CROSSWALK("naics", "cluster"),
        /** US Cluster Mapping 2007 list (cmp_cluster_naics2007.csv): naics, cluster_name. */
        CMP_LIST("naics", "cluster_name"),
        /** A user's own definition: code, cluster. */
        USER("code", "cluster");

        final String codeColumn;
        final String clusterColumn;

        Format(String code, String cluster) {
            this.codeColumn = code;
            this.clusterColumn = cluster;
        }
    }

    /**
     * Reads any definition file, recognising its format by the header ({@link Format}, first match): the templates
     * output (clusters named {@code name_id} for lang "id", {@code name_en} otherwise, with the template id in front
     * so two templates never share a name), the US CMP crosswalk or list, or a user's {@code code,cluster} CSV.
     * Rows without a cluster (supporting products of the templates, blank CMP clusters) are skipped. A file that is
     * not CSV, has none of these headers, or maps no code is bad data naming file, line and column.
     */
    public static GivenMapping readDefinition(Path file, String lang) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new InputDataException(file.toString(), java.nio.file.Files.isDirectory(file)
                    ? "is a folder, not a definition file" : "file not found");
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new InputDataException(file.toString(), "a definition file must be CSV (e.g. klaster clusters "
                    + "templates --out templates.csv), not a workbook");
        }
        List<String> header;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
            header = reader.stream().findFirst().map(NamedCsvRecord::getHeader).orElse(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new InputDataException(file.toString(), 1, "", "", "not a readable CSV: " + e.getMessage());
        }
        for (Format f : Format.values()) {
            if (header.contains(f.codeColumn) && header.contains(f.clusterColumn)) {
                if (f == Format.TEMPLATES) {
                    String col = "en".equals(lang) ? "name_en" : "name_id";
                    return readTemplates(file, header.contains(col) ? col : null);
                }
                return read(file, f.codeColumn, f.clusterColumn);
            }
        }
        throw new InputDataException(file.toString(), 1, "", "", "not a cluster definition: expected columns "
                + "member_code and template_id (klaster clusters templates), naics and cluster (US Cluster Mapping "
                + "crosswalk), naics and cluster_name, or code and cluster; header: " + header);
    }

    private static GivenMapping readTemplates(Path file, String nameColumn) {
        GivenMapping ids = read(file, "member_code", "template_id");
        if (nameColumn == null) {
            return ids;
        }
        Map<String, String> names = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
            for (NamedCsvRecord rec : reader) {
                String id = rec.getField("template_id").strip();
                if (!id.isEmpty()) {
                    names.putIfAbsent(id, rec.getField(nameColumn).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        Map<String, String> map = new LinkedHashMap<>();
        ids.clusterOfCode.forEach((code, id) -> {
            String n = names.getOrDefault(id, "");
            map.put(code, n.isEmpty() ? id : id + " " + n);
        });
        return new GivenMapping(map, ids.skipped, file.toString());
    }

    /** Reads a CSV mapping file; bad rows throw {@link InputDataException} naming file, line and column. */
    public static GivenMapping read(Path file, String codeColumn, String clusterColumn) {
        Map<String, String> map = new LinkedHashMap<>();
        int skipped = 0;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(file)) {
            boolean checked = false;
            for (NamedCsvRecord rec : reader) {
                if (!checked) {
                    for (String col : List.of(codeColumn, clusterColumn)) {
                        if (!rec.getHeader().contains(col)) {
                            throw new InputDataException(file.toString(), 1, col, "",
                                    "column not found (header: " + rec.getHeader() + ")");
                        }
                    }
                    checked = true;
                }
                long line = rec.getStartingLineNumber();
                String code = rec.getField(codeColumn).strip();
                String cluster = rec.getField(clusterColumn).strip();
                if (code.isEmpty()) {
                    throw new InputDataException(file.toString(), line, codeColumn, code, "empty industry code");
                }
                if (cluster.isEmpty()) {
                    skipped++;
                    continue;
                }
                String before = map.putIfAbsent(code, cluster);
                if (before != null && !before.equals(cluster)) {
                    throw new InputDataException(file.toString(), line, clusterColumn, cluster,
                            "industry " + code + " is already mapped to '" + before + "'");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (map.isEmpty()) {
            throw new InputDataException(file.toString(), 1, clusterColumn, "", "no industry has a cluster");
        }
        return new GivenMapping(map, skipped, file.toString());
    }

    /** Cluster names, sorted. */
    public String[] clusterNames() {
        return clusterNames.clone();
    }

    /** Number of mapped codes. */
    public int size() {
        return clusterOfCode.size();
    }

    /** Rows skipped because their cluster was empty. */
    public int skippedRows() {
        return skipped;
    }

    /** Cluster of a code, or null if unmapped. */
    public String clusterOf(String code) {
        return clusterOfCode.get(code);
    }

    /** Codes of one cluster. */
    public List<String> codesOf(String cluster) {
        List<String> out = new ArrayList<>();
        clusterOfCode.forEach((k, v) -> {
            if (v.equals(cluster)) {
                out.add(k);
            }
        });
        out.sort(null);
        return out;
    }

    /** Membership index (into {@link #clusterNames()}) per code, −1 for unmapped codes. */
    public int[] membership(String[] codes) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int c = 0; c < clusterNames.length; c++) {
            index.put(clusterNames[c], c);
        }
        int[] m = new int[codes.length];
        for (int i = 0; i < codes.length; i++) {
            String c = clusterOfCode.get(codes[i]);
            m[i] = c == null ? -1 : index.get(c);
        }
        return m;
    }
}
