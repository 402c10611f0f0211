package dev.klaster.cli;

import dev.klaster.core.model.InputDataException;
import dev.klaster.core.spatial.Permutations;
import dev.klaster.core.spatial.PointPatterns;
import dev.klaster.core.spatial.PointSet;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code klaster spatial kd|m|k|l}: distance-based point-pattern functions with envelopes. */
public abstract class SpatialPointsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "POINTS.csv", description = {"x,y,type[,weight] (planar) or "
            + "lon,lat,type[,weight] (great-circle, km).", "Titik usaha: koordinat, jenis, bobot."})
    Path points;

    @Option(names = "--ref", required = true, paramLabel = "TYPE", description = {"Reference type.", "Jenis acuan."})
    String ref;

    @Option(names = "--nbr", paramLabel = "TYPE", description = {"Neighbour type (default: the reference type).",
            "Jenis tetangga."})
    String nbr;

    @Option(names = "--r", paramLabel = "LIST", description = "Comma-separated distances (default: see docs).")
    String r;

    @Option(names = "--simulations", paramLabel = "N", defaultValue = "0",
            description = {"Monte-Carlo simulations for the envelope (e.g. 99; default 0).", "Jumlah simulasi."})
    int simulations;

    @Option(names = "--global", description = "Duranton-Overman global envelope instead of local quantiles.")
    boolean global;

    @Option(names = "--weighted", description = "Weight points (Kemp for kd; weighted M).")
    boolean weighted;

    @Option(names = "--null", paramLabel = "MODEL", defaultValue = "random-location",
            description = "random-location (default), random-labelling, csr (k and l only).")
    String nullModel;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05", description = "Envelope level (0.05).")
    double alpha;

    @Option(names = "--original", description = "kd only: no reflection at 0 (dbmss Original = TRUE).")
    boolean original;

    @Option(names = "--great-circle", description = "x,y are lon,lat degrees (automatic with lon,lat columns).")
    boolean greatCircle;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "12345", description = "Random seed.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all processors).")
    Integer threads;

    @Option(names = "--out", paramLabel = "FILE", description = "Output .csv or .xlsx: r,obs[,mean_sim,lo,hi].")
    Path out;

    abstract PointPatterns.Function function();

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (simulations < 0 || simulations > 100_000) {
            throw new IllegalArgumentException("--simulations " + simulations + " is outside [0, 100,000]");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("--alpha " + alpha + " is outside (0, 1)");
        }
        PointSet p = SpatialIo.points(points, greatCircle);
        PointPatterns.Options o = new PointPatterns.Options(SpatialIo.distances(r), simulations, alpha, global,
                weighted, original, PointPatterns.Null.parse(nullModel), seed,
                threads == null ? Permutations.defaultThreads() : threads);
        p.typeIndex(ref); // an unknown type is bad usage (exit 2), listing the types
        if (nbr != null) {
            p.typeIndex(nbr);
        }
        PointPatterns.Curve c;
        try {
            c = PointPatterns.compute(function(), p, ref, nbr, o);
        } catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith("--")) {
                throw e;
            }
            throw new InputDataException(points.toString(), e.getMessage());
        }
        String unit = p.metric() == dev.klaster.core.spatial.Metric.GREAT_CIRCLE ? "km" : "coordinate units";
        Table.Builder t = Table.builder(function().name().toLowerCase(java.util.Locale.ROOT)).number("r").number("obs");
        if (c.mean() != null) {
            t.number("mean_sim").number("lo").number("hi");
        }
        int above = 0;
        int below = 0;
        for (int k = 0; k < c.r().length; k++) {
            if (c.mean() != null) {
                t.row(c.r()[k], c.obs()[k], c.mean()[k], c.lo()[k], c.hi()[k]);
                above += c.obs()[k] > c.hi()[k] ? 1 : 0;
                below += c.obs()[k] < c.lo()[k] ? 1 : 0;
            } else {
                t.row(c.r()[k], c.obs()[k]);
            }
        }
        for (String n : c.notes()) {
            t.note(n);
        }
        t.note("distances r in " + unit + " / jarak r dalam " + (unit.equals("km") ? "km" : "satuan koordinat"));
        if (c.mean() != null) {
            t.note(above + " of " + c.r().length + " distances above the envelope (concentration), " + below
                    + " below (dispersion) / di atas selubung: pemusatan; di bawah: penyebaran");
        }
        SpatialIo.emit(cl, t.build(), out);
        return Klaster.EXIT_OK;
    }

    @Command(name = "kd", mixinStandardHelpOptions = true,
            description = {"Duranton-Overman Kd (Kemp with --weighted): density of pair distances, with envelope.",
                    "Kd Duranton-Overman: kepadatan jarak antar-pasangan titik, dengan selubung."})
    public static final class Kd extends SpatialPointsCommand {
        PointPatterns.Function function() {
            return PointPatterns.Function.KD;
        }
    }

    @Command(name = "m", mixinStandardHelpOptions = true,
            description = {"Marcon-Puech M: relative concentration within distance r (1 = like all points).",
                    "M Marcon-Puech: pemusatan relatif dalam jarak r."})
    public static final class M extends SpatialPointsCommand {
        PointPatterns.Function function() {
            return PointPatterns.Function.M;
        }
    }

    @Command(name = "k", mixinStandardHelpOptions = true,
            description = {"Ripley's K with translation edge correction (planar).", "Fungsi K Ripley."})
    public static final class K extends SpatialPointsCommand {
        PointPatterns.Function function() {
            return PointPatterns.Function.K;
        }
    }

    @Command(name = "l", mixinStandardHelpOptions = true,
            description = {"Besag's L = sqrt(K/pi) (planar; equals r under randomness).", "Fungsi L Besag."})
    public static final class L extends SpatialPointsCommand {
        PointPatterns.Function function() {
            return PointPatterns.Function.L;
        }
    }
}
