package dev.klaster.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.klaster.core.demo.DemoKind;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Panel;
import dev.klaster.core.model.Region;
import dev.klaster.core.model.RegionLevel;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.IngestRequest;
import dev.klaster.io.ingest.Ingested;
import dev.klaster.io.ingest.Severity;
import dev.klaster.io.ingest.ValidationReport;
import dev.klaster.io.iotable.BpsIoReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The datasets of a server: the two built-in synthetic demos and the uploads kept in the data folder.
 *
 * <p>Each upload lives in {@code DATA/datasets/ID/}: the files under fixed names ({@code data.csv|xlsx|parquet},
 * {@code boundaries.geojson}, {@code io.csv}, {@code io-sectors.csv}) and {@code dataset.json} with the user's title
 * and original file names. A user's file name never becomes a path; ids are checked against {@link #ID} and the
 * resolved folder must lie inside the data folder. An upload is written to {@code DATA/tmp/}, read and validated
 * there, and only then moved into place in one rename, so a failed upload leaves nothing behind.
 */
public final class DatasetStore {
    /** Ids accepted in URLs. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    public static final String DEMO = "demo";
    public static final String DEMO_SECTIONS = "demo-sections";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DATA_EXT = Set.of("csv", "tsv", "txt", "xlsx", "parquet");

    private final Path root;
    private final Path datasets;
    private final Path tmp;
    private final Map<String, Dataset> loaded = new ConcurrentHashMap<>();

    /** Opens (creating) the data folder and clears unfinished uploads left by a crash. */
    public DatasetStore(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            this.root = dataDir.toRealPath();
            this.datasets = Files.createDirectories(root.resolve("datasets"));
            this.tmp = Files.createDirectories(root.resolve("tmp"));
            try (Stream<Path> s = Files.list(tmp)) {
                for (Path p : s.toList()) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** Every dataset: the demos first, then uploads, newest first. */
    public List<Dataset.Info> list(String lang) {
        List<Dataset.Info> out = new ArrayList<>();
        out.add(get(DEMO, lang).info());
        out.add(get(DEMO_SECTIONS, lang).info());
        List<Dataset.Info> up = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(datasets)) {
            for (Path p : ds) {
                String id = p.getFileName().toString();
                if (ID.matcher(id).matches() && Files.isRegularFile(p.resolve("dataset.json"))) {
                    up.add(get(id).info());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up.sort(Comparator.comparing(Dataset.Info::created).reversed());
        out.addAll(up);
        return out;
    }

    /** The dataset, loaded on first use; 404 for an unknown or malformed id. */
    public Dataset get(String id) {
        return get(id, "id");
    }

    /**
     * The dataset with names in a language: the synthetic demo is generated with Indonesian or English industry and
     * region-group names; an upload has the names its files have, whatever the language.
     */
    public Dataset get(String id, String lang) {
        if (id == null || !ID.matcher(id).matches()) {
            throw ApiException.notFound("no dataset '" + ApiException.clip(id) + "'");
        }
        String key = id.equals(DEMO) || id.equals(DEMO_SECTIONS) ? id + "|" + ("en".equals(lang) ? "en" : "id") : id;
        Dataset d = loaded.get(key);
        if (d != null) {
            return d;
        }
        synchronized (this) {
            d = loaded.get(key);
            if (d == null) {
                d = load(id, "en".equals(lang) ? "en" : "id");
                loaded.put(key, d);
            }
            return d;
        }
    }

    private Dataset load(String id, String lang) {
        if (id.equals(DEMO) || id.equals(DEMO_SECTIONS)) {
            DemoKind k = id.equals(DEMO) ? DemoKind.FINE : DemoKind.SECTIONS;
            Panel p = k.panel(lang);
            boolean en = lang.equals("en");
            String title = id.equals(DEMO)
                    ? (en ? "Synthetic demo: 514 regencies/cities × 119 KBLI industries"
                    : "Demo sintetis: 514 kabupaten/kota × 119 industri KBLI")
                    : (en ? "Synthetic demo: 38 provinces × 17 PDRB sections"
                    : "Demo sintetis: 38 provinsi × 17 kategori PDRB");
            return new Dataset(info(id, title, p, new ValidationReport(List.of()), true, Map.of(), ""), p,
                    new ValidationReport(List.of()), k.io(lang), null, null);
        }
        Path dir = folder(id);
        if (!Files.isRegularFile(dir.resolve("dataset.json"))) {
            throw ApiException.notFound("no dataset '" + id + "'");
        }
        try {
            JsonNode meta = JSON.readTree(dir.resolve("dataset.json").toFile());
            Map<String, String> files = new LinkedHashMap<>();
            meta.path("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
            Parsed parsed = read(dir, files);
            Dataset.Info info = info(id, meta.path("title").asText(id), parsed.ingested.panel(),
                    parsed.ingested.report(), false, files, meta.path("created").asText(""));
            return new Dataset(info, parsed.ingested.panel(), parsed.ingested.report(), parsed.io, parsed.ioSectors,
                    parsed.boundaries);
        } catch (IOException e) {
            throw new UncheckedIOException("dataset " + id + ": " + e.getMessage(), e);
        }
    }

    /** What an upload holds, read and checked. */
    private record Parsed(Ingested ingested, IoTable io, Map<String, String> ioSectors, Path boundaries) {
    }

    /**
     * Reads a dataset folder. Bad data throw {@link InputDataException} whose file is the user's original file name.
     */
    private static Parsed read(Path dir, Map<String, String> files) throws IOException {
        String dataName = null;
        for (String ext : DATA_EXT) {
            if (Files.isRegularFile(dir.resolve("data." + ext))) {
                dataName = "data." + ext;
            }
        }
        if (dataName == null) {
            throw new InputDataException(files.getOrDefault("data", "data"), "no data file in the upload");
        }
        Path data = dir.resolve(dataName);
        Ingested in;
        try {
            in = Ingest.run(IngestRequest.of(data));
        } catch (InputDataException e) {
            throw renamed(e, data, files.getOrDefault("data", dataName));
        }
        in = renamed(in, dataName, files.getOrDefault("data", dataName));
        IoTable io = null;
        Path ioFile = dir.resolve("io.csv");
        if (Files.isRegularFile(ioFile)) {
            try {
                io = BpsIoReader.read(ioFile);
            } catch (InputDataException e) {
                throw renamed(e, ioFile, files.getOrDefault("io", "io.csv"));
            } catch (IllegalArgumentException e) {
                throw new InputDataException(files.getOrDefault("io", "io.csv"), e.getMessage());
            }
        }
        Map<String, String> sectors = null;
        Path sec = dir.resolve("io-sectors.csv");
        if (Files.isRegularFile(sec)) {
            sectors = sectorMap(sec, files.getOrDefault("ioSectors", "io-sectors.csv"));
        }
        Path b = dir.resolve("boundaries.geojson");
        return new Parsed(in, io, sectors, Files.isRegularFile(b) ? b : null);
    }

    /**
     * The ingested data with the user's file name where the stored name ({@code data.csv}) would show: in the
     * source statement and in every finding (the planner looks for their own file, not ours).
     */
    private static Ingested renamed(Ingested in, String stored, String original) {
        List<dev.klaster.io.ingest.Finding> fs = new ArrayList<>();
        for (dev.klaster.io.ingest.Finding f : in.report().findings()) {
            String file = f.file().endsWith(stored) ? original : f.file();
            fs.add(new dev.klaster.io.ingest.Finding(f.severity(), f.rule(), file, f.line(), f.region(), f.industry(),
                    f.year(), f.measure(), f.value(), f.reference(), f.ratio(), f.message().replace(stored, original)));
        }
        return new Ingested(in.panel(), new ValidationReport(fs));
    }

    private static String source(Panel p, Map<String, String> files) {
        String s = p.source();
        String data = files.get("data");
        if (data == null || s == null) {
            return s;
        }
        for (String ext : DATA_EXT) {
            s = s.replace("data." + ext, data);
        }
        return s;
    }

    private static InputDataException renamed(InputDataException e, Path stored, String original) {
        String msg = e.getMessage().replace(stored.toString(), original)
                .replace(stored.getFileName().toString(), original);
        InputDataException r = new InputDataException(original, e.line(), e.column(), e.value(),
                msg.contains(": ") ? msg.substring(msg.indexOf(": ") + 2) : msg);
        return r;
    }

    /** IO sector code → industry code (columns column_code|code and kbli_section|industry), as the CLI reads it. */
    static Map<String, String> sectorMap(Path file, String name) throws IOException {
        Map<String, String> map = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                String from = r.findField("column_code").orElseGet(() -> r.findField("code").orElse(null));
                String to = r.findField("kbli_section").orElseGet(() -> r.findField("industry").orElse(null));
                if (from == null || to == null) {
                    throw new InputDataException(name, r.getStartingLineNumber(), null, null,
                            "the IO sector map needs columns column_code (or code) and kbli_section (or industry)");
                }
                if (!to.isBlank()) {
                    map.put(from.trim(), to.trim());
                }
            }
        }
        return map;
    }

    private static Dataset.Info info(String id, String title, Panel p, ValidationReport findings, boolean builtIn,
                                     Map<String, String> files, String created) {
        Set<String> levels = new LinkedHashSet<>();
        for (RegionLevel l : RegionLevel.values()) {
            if (p.regions().atLevel(l).length > 0) {
                levels.add(l.name().toLowerCase(Locale.ROOT));
            }
        }
        int[] ys = p.years();
        return new Dataset.Info(id, title, source(p, files), builtIn, p.synthetic(), List.copyOf(levels), ys[0],
                ys[ys.length - 1], p.regions().size(), p.industries().size(), findings.count(Severity.ERROR),
                findings.count(Severity.WARNING), Map.copyOf(files), created);
    }

    /** One uploaded file: its role, the user's file name and its bytes. */
    public record Part(String role, String fileName, InputStream content) {
    }

    /** The result of an upload: the dataset and whether the same files were already there. */
    public record Uploaded(Dataset dataset, boolean existed) {
    }

    /**
     * Stores an upload: {@code data} (required: BPS wide CSV, tidy CSV/Parquet or .xlsx), {@code boundaries}
     * (GeoJSON), {@code io} (BPS-layout IO table CSV), {@code ioSectors} (CSV map). The files are validated before
     * the dataset appears; bad data throw {@link InputDataException} (400) and leave nothing behind.
     */
    public Uploaded upload(String title, List<Part> parts) {
        Map<String, Part> byRole = new LinkedHashMap<>();
        for (Part p : parts) {
            if (!Set.of("data", "boundaries", "io", "ioSectors").contains(p.role())) {
                throw ApiException.badParam("file", p.role(), "unknown upload field (expected data, boundaries, io, "
                        + "ioSectors)");
            }
            if (byRole.put(p.role(), p) != null) {
                throw ApiException.badParam(p.role(), p.fileName(), "given twice");
            }
        }
        Part data = byRole.get("data");
        if (data == null) {
            throw new ApiException(400, "the upload needs a data file (field 'data')", "data", null);
        }
        Path work = tmp.resolve(UUID.randomUUID().toString());
        try {
            Files.createDirectory(work);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Map<String, String> names = new LinkedHashMap<>();
            for (Part p : byRole.values()) {
                String stored = storedName(p);
                names.put(p.role(), displayName(p.fileName()));
                Path target = work.resolve(stored);
                try (InputStream in = p.content()) {
                    Files.copy(in, target);
                }
                sha.update(p.role().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(target));
            }
            String id = "u" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
            Path dir = folder(id);
            if (Files.isDirectory(dir)) {
                return new Uploaded(get(id), true);
            }
            Parsed parsed = read(work, names); // throws on bad data: the finally block removes the work folder
            ObjectNode meta = JSON.createObjectNode();
            String t = title == null || title.isBlank() ? names.get("data") : title.strip();
            if (t.length() > 200) {
                throw ApiException.badParam("title", t, "longer than 200 characters");
            }
            meta.put("title", t);
            meta.put("created", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            ObjectNode f = meta.putObject("files");
            names.forEach(f::put);
            JSON.writerWithDefaultPrettyPrinter().writeValue(work.resolve("dataset.json").toFile(), meta);
            try {
                Files.move(work, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the data folder cannot rename atomically: " + e.getMessage(), e);
            }
            Dataset d = new Dataset(info(id, t, parsed.ingested.panel(), parsed.ingested.report(), false, names,
                    meta.get("created").asText()), parsed.ingested.panel(), parsed.ingested.report(), parsed.io,
                    parsed.ioSectors, parsed.boundaries == null ? null : dir.resolve("boundaries.geojson"));
            loaded.put(id, d);
            return new Uploaded(d, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (Files.exists(work)) {
                deleteTree(work);
            }
        }
    }

    private static String storedName(Part p) {
        String name = p.fileName() == null ? "" : p.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1);
        switch (p.role()) {
            case "data":
                if (!DATA_EXT.contains(ext)) {
                    throw ApiException.badParam("data", p.fileName(), "a data file must be .csv, .tsv, .txt, .xlsx or "
                            + ".parquet");
                }
                return "data." + ext;
            case "boundaries":
                if (!ext.equals("geojson") && !ext.equals("json")) {
                    throw ApiException.badParam("boundaries", p.fileName(), "a boundary file must be .geojson");
                }
                return "boundaries.geojson";
            case "io":
                if (!ext.equals("csv")) {
                    throw ApiException.badParam("io", p.fileName(), "an IO table must be a BPS-layout .csv");
                }
                return "io.csv";
            default:
                if (!ext.equals("csv")) {
                    throw ApiException.badParam("ioSectors", p.fileName(), "the IO sector map must be .csv");
                }
                return "io-sectors.csv";
        }
    }

    /** The last path element of a browser-sent file name, control characters removed (never used as a path). */
    static String displayName(String fileName) {
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "");
        return n.isBlank() ? "upload" : ApiException.clip(n);
    }

    /** Deletes an upload (404 for unknown ids, 409 for the built-in demo). */
    public void delete(String id) {
        if (DEMO.equals(id) || DEMO_SECTIONS.equals(id)) {
            throw new ApiException(409, "the built-in demo cannot be deleted");
        }
        get(id); // 404 when absent
        Path dir = folder(id);
        Path trash = tmp.resolve("deleted-" + UUID.randomUUID());
        try {
            Files.move(dir, trash, StandardCopyOption.ATOMIC_MOVE); // one rename: gone or still whole
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaded.remove(id);
        deleteTree(trash);
    }

    /** The folder of an upload; refuses anything that would resolve outside {@code DATA/datasets}. */
    Path folder(String id) {
        if (!ID.matcher(id).matches()) {
            throw ApiException.notFound("no dataset '" + ApiException.clip(id) + "'");
        }
        Path p = datasets.resolve(id).normalize();
        if (!p.getParent().equals(datasets)) {
            throw ApiException.notFound("no dataset '" + ApiException.clip(id) + "'");
        }
        return p;
    }

    /** Regions of a level, for the pages' selectors. */
    public static List<Region> regionsAt(Panel p, RegionLevel level) {
        List<Region> out = new ArrayList<>();
        for (int i : p.regions().atLevel(level)) {
            out.add(p.regions().get(i));
        }
        return out;
    }

    private static void deleteTree(Path p) {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        } catch (IOException e) {
            // best effort: a leftover in tmp/ is removed at the next start
        }
    }
}
