package dev.klaster.cli;

import dev.klaster.core.spatial.GlobalAutocorrelation;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

/** {@code klaster spatial geary}: Geary's C. */
@Command(name = "geary", mixinStandardHelpOptions = true,
        description = {"Geary's C with normality, randomisation and permutation inference (esda columns).",
                "Indeks Geary C dengan uji normalitas, randomisasi dan permutasi."})
public final class SpatialGearyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SpatialAreaOptions o = new SpatialAreaOptions();

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        SpatialAreaOptions.Prepared p = o.prepare(cl);
        GlobalAutocorrelation.Geary g = o.data(() -> GlobalAutocorrelation.geary(p.y(), p.w(), o.permutations,
                p.perm()));
        Table t = Table.builder("geary").number("C").number("EC").number("VC_norm").number("z_norm")
                .number("p_norm").number("VC_rand").number("z_rand").number("p_rand").number("p_sim")
                .number("n").number("permutations")
                .row(g.C(), g.EC(), g.VC_norm(), g.z_norm(), g.p_norm(), g.VC_rand(), g.z_rand(), g.p_rand(),
                        g.p_sim(), (double) g.n(), (double) g.permutations())
                .note("C < 1: positive autocorrelation (neighbours alike) / C < 1: autokorelasi positif").build();
        SpatialIo.emit(cl, t, o.out);
        return Klaster.EXIT_OK;
    }
}
