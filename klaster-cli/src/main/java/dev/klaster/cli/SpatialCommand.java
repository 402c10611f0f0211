package dev.klaster.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code klaster spatial}: spatial weights, area statistics and point patterns (issue 14, docs/spatial.md). */
@Command(name = "spatial", mixinStandardHelpOptions = true,
        description = {"Spatial statistics: weights, Moran/Geary/Getis-Ord, LISA hot spots, Kd/M/K/L point patterns.",
                "Statistik spasial: pembobot, Moran/Geary/Getis-Ord, LISA dan titik panas, pola titik Kd/M/K/L."},
        subcommands = {SpatialWeightsCommand.class, SpatialMoranCommand.class, SpatialGearyCommand.class,
                SpatialLisaCommand.class, SpatialGetisOrdCommand.class, SpatialPointsCommand.Kd.class,
                SpatialPointsCommand.M.class, SpatialPointsCommand.K.class, SpatialPointsCommand.L.class})
public final class SpatialCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
