package dev.klaster.cli;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.spatial.Areas;
import dev.klaster.core.spatial.Contiguity;
import dev.klaster.core.spatial.ContiguityWeights;
import dev.klaster.core.spatial.IslandPolicy;
import dev.klaster.core.spatial.Metric;
import dev.klaster.core.spatial.PointWeights;
import dev.klaster.core.spatial.SpatialWeights;
import dev.klaster.core.spatial.WeightsCsv;
import dev.klaster.io.export.TableWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code klaster spatial weights}: builds spatial weights and writes them as an edge list. */
@Command(name = "weights", mixinStandardHelpOptions = true,
        description = {"Spatial weights from boundaries (queen/rook) or points (kNN, distance band, inverse distance).",
                "Pembobot spasial dari batas wilayah (queen/rook) atau titik (kNN, jarak, invers jarak)."},
        footer = {"", "Examples:",
                "  klaster spatial weights --boundaries kabkota.geojson --id region_id --id-map codes.csv "
                        + "--contiguity queen --out w.csv",
                "  klaster spatial weights --points centroids.csv --knn 6 --great-circle --out w6.csv",
                "Islands (regions without a neighbour) are listed by name; --islands knn (default) links each to its "
                        + "nearest region / pulau tanpa tetangga dihubungkan ke wilayah terdekat."})
public final class SpatialWeightsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--boundaries", paramLabel = "F.geojson", description = {"GeoJSON FeatureCollection of polygons.",
            "Berkas batas wilayah GeoJSON."})
    Path boundaries;

    @Option(names = "--points", paramLabel = "F.csv", description = {"region,x,y (or region,lon,lat) per region.",
            "Titik wakil per wilayah."})
    Path points;

    @Option(names = "--id", paramLabel = "PROPERTY", description = "Feature property with the region id "
            + "(default: code, bps_code, kode, region, region_id, id, name, the first present in every feature).")
    String id;

    @Option(names = "--name", paramLabel = "PROPERTY", description = "Feature property with the display name.")
    String name;

    @Option(names = "--id-map", paramLabel = "FILE", description = {"CSV whose first two columns map feature ids to "
            + "region codes (e.g. adm2_bps_codes.csv: region_id,bps_code); unmapped features are dropped.",
            "Peta id fitur ke kode wilayah."})
    Path idMap;

    @Option(names = "--contiguity", paramLabel = "queen|rook", description = "Contiguity rule (with --boundaries).")
    String contiguity;

    @Option(names = "--snap", paramLabel = "T", description = {"Snapping tolerance for contiguity in coordinate "
            + "units (default 0.005 for lon/lat, about 550 m; 0 for projected files).", "Toleransi celah batas."})
    Double snap;

    @Option(names = "--knn", paramLabel = "K", description = "K nearest neighbours.")
    Integer knn;

    @Option(names = "--distance", paramLabel = "D", description = "Distance band (km with --great-circle).")
    Double distance;

    @Option(names = "--inverse", paramLabel = "ALPHA", description = "Inverse-distance weights d^-ALPHA within "
            + "--distance (or all pairs).")
    Double inverse;

    @Option(names = "--great-circle", description = "Coordinates are lon/lat degrees; distances in km "
            + "(automatic for lon/lat columns and lon/lat boundaries).")
    boolean greatCircle;

    @Option(names = "--islands", paramLabel = "knn|drop|keep", defaultValue = "knn",
            description = {"What to do with regions without neighbours (default knn: link to the nearest region).",
                    "Perlakuan wilayah tanpa tetangga."})
    String islands;

    @Option(names = "--out", paramLabel = "FILE", description = "Edge list CSV from,to,weight (default: stdout).")
    Path out;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if ((boundaries == null) == (points == null)) {
            throw new IllegalArgumentException("give exactly one of --boundaries F or --points F");
        }
        int methods = (contiguity != null ? 1 : 0) + (knn != null ? 1 : 0)
                + (distance != null || inverse != null ? 1 : 0);
        if (methods != 1) {
            throw new IllegalArgumentException("give exactly one of --contiguity queen|rook, --knn K, --distance D "
                    + "(with --inverse ALPHA for inverse distance)");
        }
        IslandPolicy policy = IslandPolicy.parse(islands);
        List<String> ids;
        List<String> names;
        double[] x;
        double[] y;
        Metric metric;
        SpatialWeights w;
        if (boundaries != null) {
            Areas a = Areas.read(boundaries, id, name);
            if (idMap != null) {
                a = mapIds(a);
            }
            metric = a.lonLat() || greatCircle ? Metric.GREAT_CIRCLE : Metric.EUCLIDEAN;
            double[][] pts = a.representativePoints();
            x = pts[0];
            y = pts[1];
            ids = a.ids();
            names = a.names();
            if (contiguity != null) {
                Contiguity rule = Contiguity.parse(contiguity);
                double t = snap != null ? snap : a.lonLat() ? ContiguityWeights.DEFAULT_TOLERANCE_DEGREES : 0;
                w = ContiguityWeights.of(a, rule, t);
            } else {
                w = fromPoints(ids, names, x, y, metric);
            }
        } else {
            if (contiguity != null) {
                throw new IllegalArgumentException("--contiguity needs --boundaries; with --points use --knn or "
                        + "--distance");
            }
            SpatialIo.Csv c = SpatialIo.read(points);
            int reg = c.require("region", "region", "region_code", "code", "id");
            int lon = c.column("lon", "longitude");
            int lat = c.column("lat", "latitude");
            boolean gc = greatCircle || (lon >= 0 && lat >= 0);
            int xi = lon >= 0 && lat >= 0 ? lon : c.require("x", "x");
            int yi = lon >= 0 && lat >= 0 ? lat : c.require("y", "y");
            ids = new ArrayList<>();
            x = new double[c.rows().size()];
            y = new double[c.rows().size()];
            for (int i = 0; i < x.length; i++) {
                ids.add(c.rows().get(i)[reg].trim());
                x[i] = c.number(i, xi, c.header().get(xi));
                y[i] = c.number(i, yi, c.header().get(yi));
            }
            names = ids;
            metric = gc ? Metric.GREAT_CIRCLE : Metric.EUCLIDEAN;
            try {
                w = fromPoints(ids, names, x, y, metric);
            } catch (IllegalArgumentException e) {
                if (e.getMessage().startsWith("--")) {
                    throw e;
                }
                throw new InputDataException(points.toString(), e.getMessage());
            }
        }
        w = w.applyIslands(policy, x, y, metric);
        for (String n : w.notes()) {
            cl.getErr().println("note: " + n);
        }
        cl.getErr().printf(java.util.Locale.ROOT, "%d regions, %d links, %.2f neighbours on average, max %d%n",
                w.size(), w.links(), (double) w.links() / w.size(), w.maxCardinality());
        StringWriter sw = new StringWriter();
        WeightsCsv.write(w, sw);
        if (out != null) {
            TableWriter.atomically(out, s -> s.write(sw.toString().getBytes(StandardCharsets.UTF_8)));
            cl.getErr().println("wrote " + out);
        } else {
            cl.getOut().print(sw);
            cl.getOut().flush();
        }
        return Klaster.EXIT_OK;
    }

    private SpatialWeights fromPoints(List<String> ids, List<String> names, double[] x, double[] y, Metric m) {
        if (knn != null) {
            return PointWeights.knn(ids, names, x, y, knn, m);
        }
        if (inverse != null) {
            return PointWeights.inverseDistance(ids, names, x, y, distance == null ? Double.POSITIVE_INFINITY
                    : distance, inverse, m);
        }
        return PointWeights.distanceBand(ids, names, x, y, distance, m);
    }

    private Areas mapIds(Areas a) {
        SpatialIo.Csv c = SpatialIo.read(idMap);
        if (c.header().size() < 2) {
            throw new InputDataException(idMap.toString(), 1, null, String.join(",", c.header()),
                    "the id map needs two columns: feature id, region code");
        }
        Map<String, String> m = new HashMap<>();
        for (String[] r : c.rows()) {
            if (r.length >= 2 && !r[1].isBlank()) {
                m.put(r[0].trim(), r[1].trim());
            }
        }
        List<Integer> keep = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            String code = m.get(a.ids().get(i));
            if (code == null) {
                dropped.add(a.names().get(i));
            } else {
                keep.add(i);
                ids.add(code);
            }
        }
        if (!dropped.isEmpty()) {
            spec.commandLine().getErr().println("note: " + dropped.size() + " feature(s) without a code in "
                    + idMap.getFileName() + " dropped: " + SpatialAreaOptions.head(dropped));
        }
        return a.select(keep.stream().mapToInt(Integer::intValue).toArray()).withIds(ids);
    }
}
