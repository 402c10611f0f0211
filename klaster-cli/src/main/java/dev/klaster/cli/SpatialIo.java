package dev.klaster.cli;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.spatial.Metric;
import dev.klaster.core.spatial.PointSet;
import dev.klaster.core.table.Table;
import dev.klaster.io.export.TableWriter;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the CSV inputs of {@code klaster spatial} and writing its tables. */
final class SpatialIo {
    private SpatialIo() {
    }

    /** A CSV read whole: header (lower case) and rows with their line numbers. */
    record Csv(String file, List<String> header, List<String[]> rows, List<Long> lines) {
        int column(String... names) {
            for (String n : names) {
                int k = header.indexOf(n.toLowerCase(Locale.ROOT));
                if (k >= 0) {
                    return k;
                }
            }
            return -1;
        }

        int require(String what, String... names) {
            int k = column(names);
            if (k < 0) {
                throw new InputDataException(file, 1, null, String.join(",", header), "no " + what + " column (one of "
                        + String.join(", ", names) + ")");
            }
            return k;
        }

        double number(int row, int col, String colName) {
            String[] r = rows.get(row);
            String s = col < r.length ? r[col].trim() : "";
            try {
                double v = Double.parseDouble(s);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new InputDataException(file, lines.get(row), colName, s, s.isEmpty() ? "missing value"
                        : "not a number");
            }
        }
    }

    static Csv read(Path p) {
        String f = p.toString();
        if (Files.isDirectory(p)) {
            throw new InputDataException(f, "is a folder, not a data file");
        }
        if (!Files.exists(p)) {
            throw new InputDataException(f, "file not found");
        }
        List<String> header = null;
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(p)) {
            for (CsvRecord r : csv) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (String h : r.getFields()) {
                        header.add(h.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT));
                    }
                    continue;
                }
                if (r.getFieldCount() == 1 && r.getField(0).isBlank()) {
                    continue;
                }
                rows.add(r.getFields().toArray(new String[0]));
                lines.add(r.getStartingLineNumber());
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InputDataException(f, "cannot read: " + e.getMessage());
        }
        if (header == null) {
            throw new InputDataException(f, "empty file");
        }
        return new Csv(f, header, rows, lines);
    }

    /** region → value from {@code region,value} (or the named column); other columns ignored. */
    static Map<String, Double> values(Path p, String column) {
        Csv c = read(p);
        int reg = c.require("region", "region", "region_code", "code", "id", "from");
        int val = column != null ? c.require("'" + column + "'", column) : c.require("value", "value", "lq", "y");
        String colName = c.header().get(val);
        Map<String, Double> out = new LinkedHashMap<>();
        Map<String, Long> seen = new HashMap<>();
        for (int i = 0; i < c.rows().size(); i++) {
            String id = c.rows().get(i)[reg].trim();
            if (id.isEmpty()) {
                throw new InputDataException(c.file(), c.lines().get(i), c.header().get(reg), "", "empty region id");
            }
            Long prev = seen.put(id, c.lines().get(i));
            if (prev != null) {
                throw new InputDataException(c.file(), c.lines().get(i), c.header().get(reg), id,
                        "region given twice (also on line " + prev + ")");
            }
            out.put(id, c.number(i, val, colName));
        }
        return out;
    }

    /** Points from {@code x,y,type[,weight]} (planar) or {@code lon,lat,type[,weight]} (great-circle). */
    static PointSet points(Path p, boolean forceGreatCircle) {
        Csv c = read(p);
        int lon = c.column("lon", "longitude", "lng");
        int lat = c.column("lat", "latitude");
        boolean gc = lon >= 0 && lat >= 0;
        int x = gc ? lon : c.require("x", "x");
        int y = gc ? lat : c.require("y", "y");
        int t = c.require("type", "type", "kbli", "industry");
        int w = c.column("weight", "employment", "w");
        int n = c.rows().size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] ws = new double[n];
        int[] ts = new int[n];
        Map<String, Integer> types = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            xs[i] = c.number(i, x, c.header().get(x));
            ys[i] = c.number(i, y, c.header().get(y));
            if (gc && (Math.abs(xs[i]) > 180 || Math.abs(ys[i]) > 90)) {
                throw new InputDataException(c.file(), c.lines().get(i), c.header().get(Math.abs(xs[i]) > 180 ? x : y),
                        Double.toString(Math.abs(xs[i]) > 180 ? xs[i] : ys[i]), "not a longitude/latitude in degrees");
            }
            String[] r = c.rows().get(i);
            String type = t < r.length ? r[t].trim() : "";
            if (type.isEmpty()) {
                throw new InputDataException(c.file(), c.lines().get(i), c.header().get(t), "", "empty type");
            }
            ts[i] = types.computeIfAbsent(type, k -> types.size());
            ws[i] = w < 0 ? 1 : c.number(i, w, c.header().get(w));
            if (!(ws[i] > 0)) {
                throw new InputDataException(c.file(), c.lines().get(i), c.header().get(w), Double.toString(ws[i]),
                        "a weight must be > 0");
            }
        }
        if (n < 2) {
            throw new InputDataException(c.file(), "fewer than 2 points");
        }
        return new PointSet(xs, ys, ts, new ArrayList<>(types.keySet()), ws,
                gc || forceGreatCircle ? Metric.GREAT_CIRCLE : Metric.EUCLIDEAN);
    }

    /** Groups for blocked permutations: "province" = first two characters of the region code, or a region,group CSV. */
    static int[] groups(String within, List<String> ids) {
        if (within == null) {
            return null;
        }
        Map<String, String> g = new HashMap<>();
        if (within.equalsIgnoreCase("province")) {
            for (String id : ids) {
                if (id.length() < 3) {
                    throw new IllegalArgumentException("--within province needs BPS regency codes of 4 digits "
                            + "(province = first two); '" + id + "' is too short; give --within FILE instead");
                }
                g.put(id, id.substring(0, 2));
            }
        } else {
            Csv c = read(Path.of(within));
            int reg = c.require("region", "region", "region_code", "code", "id");
            int grp = c.require("group", "group", "province", "province_code", "block");
            for (String[] r : c.rows()) {
                g.put(r[reg].trim(), r[grp].trim());
            }
        }
        Map<String, Integer> codes = new HashMap<>();
        int[] out = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String v = g.get(ids.get(i));
            if (v == null) {
                throw new InputDataException(within, 0, "region", ids.get(i), "no group for this region");
            }
            out[i] = codes.computeIfAbsent(v, k -> codes.size());
        }
        return out;
    }

    /** Writes to --out, or CSV on standard output; notes and NaN counts go to standard error. */
    static void emit(CommandLine cl, Table table, Path out) {
        for (String n : table.notes()) {
            cl.getErr().println("note: " + n);
        }
        try {
            if (out != null) {
                TableWriter.write(table, out);
                cl.getErr().println("wrote " + out);
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                TableWriter.writeCsv(table, bytes);
                cl.getOut().print(bytes.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").replace("\r\n", "\n"));
                cl.getOut().flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses "--r 0,1,2.5" into increasing distances. */
    static double[] distances(String s) {
        if (s == null) {
            return null;
        }
        String[] parts = s.split(",");
        double[] r = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                r[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--r '" + parts[i].trim() + "' is not a distance");
            }
        }
        return r;
    }
}
