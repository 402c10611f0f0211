package dev.klaster.cli;

import dev.klaster.core.spatial.GlobalAutocorrelation;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.concurrent.Callable;

/** {@code klaster spatial moran}: global Moran's I (or bivariate with --with). */
@Command(name = "moran", mixinStandardHelpOptions = true,
        description = {"Global Moran's I with normality, randomisation and permutation inference (esda columns).",
                "Indeks Moran global dengan uji normalitas, randomisasi dan permutasi."},
        footer = {"", "Example: klaster spatial moran lq.csv --weights w.csv --permutations 999 --within province"})
public final class SpatialMoranCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    SpatialAreaOptions o = new SpatialAreaOptions();

    @CommandLine.Option(names = "--with", paramLabel = "COLUMN",
            description = {"Bivariate Moran: the value column against the lag of this column of VALUES.csv.",
                    "Moran bivariat terhadap lag kolom ini."})
    String with;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (with != null && o.industry != null) {
            throw new IllegalArgumentException("--with COLUMN needs a region,value file with that column, not a data "
                    + "panel (--industry)");
        }
        SpatialAreaOptions.Prepared p = o.prepare(cl);
        if (with != null) {
            Map<String, Double> v2 = SpatialIo.values(o.values, with);
            double[] y2 = new double[p.ids().size()];
            for (int i = 0; i < y2.length; i++) {
                y2[i] = v2.get(p.ids().get(i));
            }
            GlobalAutocorrelation.Bivariate b = o.data(() -> GlobalAutocorrelation.bivariate(p.y(), y2, p.w(),
                    o.permutations, p.perm()));
            Table t = Table.builder("moran_bv").number("I").number("EI_sim").number("z_sim").number("p_sim")
                    .number("n").number("permutations")
                    .row(b.I(), b.EI_sim(), b.z_sim(), b.p_sim(), (double) b.n(), (double) b.permutations())
                    .note("bivariate Moran of '" + (o.column == null ? "value" : o.column) + "' with the spatial lag"
                            + " of '" + with + "' (esda Moran_BV)").build();
            SpatialIo.emit(cl, t, o.out);
            return Klaster.EXIT_OK;
        }
        GlobalAutocorrelation.Moran m = o.data(() -> GlobalAutocorrelation.moran(p.y(), p.w(), o.permutations,
                p.perm()));
        Table t = Table.builder("moran").number("I").number("EI").number("VI_norm").number("z_norm")
                .number("p_norm").number("VI_rand").number("z_rand").number("p_rand").number("p_sim")
                .number("n").number("permutations")
                .row(m.I(), m.EI(), m.VI_norm(), m.z_norm(), m.p_norm(), m.VI_rand(), m.z_rand(), m.p_rand(),
                        m.p_sim(), (double) m.n(), (double) m.permutations())
                .note(String.format(java.util.Locale.ROOT, "Moran's I = %.4f (E[I] = %.4f), p_sim = %.4f: %s",
                        m.I(), m.EI(), m.p_sim(), m.I() > m.EI() ? "similar values cluster in space / nilai "
                                + "serupa mengelompok" : "neighbours tend to differ / tetangga cenderung berbeda"))
                .build();
        SpatialIo.emit(cl, t, o.out);
        return Klaster.EXIT_OK;
    }
}
