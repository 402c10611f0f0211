package dev.klaster.cli;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.LeontiefModel;
import dev.klaster.core.inputoutput.Linkages;
import dev.klaster.core.inputoutput.Multiplier;
import dev.klaster.core.inputoutput.Multipliers;
import dev.klaster.core.inputoutput.Regionalization;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.core.table.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code klaster io regionalize}: a regional table from the national one (SLQ / CILQ / FLQ). */
@Command(name = "regionalize", mixinStandardHelpOptions = true,
        description = {"Derive a regional table from the national one with SLQ, CILQ or FLQ and report its "
                + "multipliers and linkages.",
                "Turunkan tabel regional dari tabel nasional (SLQ, CILQ, FLQ) beserta pengganda dan keterkaitan."})
public final class IoRegionalizeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    IoInputOptions in;

    @Option(names = "--method", defaultValue = "FLQ", description = "SLQ, CILQ or FLQ (default: ${DEFAULT-VALUE}).")
    Regionalization.Method method;

    @Option(names = "--delta", defaultValue = "0.3", description = "FLQ δ in [0,1) (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--regional", paramLabel = "FILE",
            description = "Regional size per sector: CSV code,value (and national sizes from --national).")
    Path regional;

    @Option(names = "--national", paramLabel = "FILE",
            description = "National size per sector (code,value); default: the table's employment or output.")
    Path national;

    @Option(names = "--measure", defaultValue = "EMPLOYMENT",
            description = "What the sizes measure: EMPLOYMENT or OUTPUT (default: ${DEFAULT-VALUE}).")
    Regionalization.SizeMeasure measure;

    @Option(names = "--province", description = "With --demo: a demo province code (e.g. 64); default 64.")
    String province;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        IoTable t = in.table(cl);
        double[] reg;
        double[] nat;
        String name;
        if (in.demo && regional == null) {
            Panel p = DemoPanel.generate();
            String code = province == null ? "64" : province;
            int r = p.regions().indexOf(code);
            int c = p.regions().indexOf(DemoPanel.COUNTRY);
            if (r < 0) {
                throw new CommandLine.ParameterException(cl, "unknown demo province '" + code + "'");
            }
            int y = p.years().length - 1;
            double[][] emp = p.sliceAt(Measure.EMPLOYMENT, y).toMatrix();
            reg = emp[r];
            nat = emp[c];
            name = p.regions().get(r).name() + " (demo)";
            measure = Regionalization.SizeMeasure.EMPLOYMENT;
        } else {
            if (regional == null) {
                throw new CommandLine.ParameterException(cl, "give --regional FILE (or --demo)");
            }
            reg = vector(regional, t.codes());
            if (national != null) {
                nat = vector(national, t.codes());
            } else if (measure == Regionalization.SizeMeasure.OUTPUT) {
                nat = t.output();
            } else if (t.employment() != null) {
                nat = t.employment();
            } else {
                throw new CommandLine.ParameterException(cl, "the table has no employment: give --national FILE");
            }
            name = regional.getFileName().toString();
        }
        IoTable rt = Regionalization.regionalize(t, reg, nat, measure, method, delta, name);
        LeontiefModel rm = in.model(rt);
        Multipliers.Result mr = Multipliers.of(rt, rm);
        double[] natMult = in.model(t).outputMultipliers();
        Linkages.Result lr = Linkages.of(rt, rm, Linkages.ForwardBasis.GHOSH);
        Multiplier out = mr.get(Multiplier.Kind.OUTPUT);
        Table.Builder tb = Table.builder("io_regional").text("code").text("name").number("regional_output")
                .number("output_multiplier_type_i").number("output_multiplier_type_ii")
                .number("national_output_multiplier").number("power_of_dispersion")
                .number("sensitivity_of_dispersion").text("sector_type");
        for (int i = 0; i < rt.size(); i++) {
            tb.row(rt.codes().get(i), rt.names().get(i), rt.output()[i], out.typeI()[i], out.typeII()[i],
                    natMult[t.indexOf(rt.codes().get(i))], lr.powerOfDispersion()[i],
                    lr.sensitivityOfDispersion()[i], lr.type()[i].label());
        }
        tb.note(rt.source());
        mr.notes().forEach(tb::note);
        in.emit(cl, tb.build());
        return Klaster.EXIT_OK;
    }

    private static double[] vector(Path file, List<String> codes) {
        try {
            List<String> lines = Files.readAllLines(file);
            double[] v = new double[codes.size()];
            boolean[] seen = new boolean[codes.size()];
            for (int l = 1; l < lines.size(); l++) {
                String[] p = lines.get(l).replace("\uFEFF", "").split(",");
                if (p.length < 2) {
                    continue;
                }
                int i = codes.indexOf(p[0].strip());
                if (i < 0) {
                    throw new InputDataException(file.toString(), l + 1, "code", p[0], "unknown sector code; "
                            + "sectors are " + codes);
                }
                try {
                    v[i] = Double.parseDouble(p[1].strip());
                } catch (NumberFormatException e) {
                    throw new InputDataException(file.toString(), l + 1, "value", p[1], "not a number");
                }
                seen[i] = true;
            }
            for (int i = 0; i < seen.length; i++) {
                if (!seen[i]) {
                    throw new InputDataException(file.toString(), 0, "code", codes.get(i), "sector missing");
                }
            }
            return v;
        } catch (java.io.IOException e) {
            throw new InputDataException(file.toString(), "cannot read: " + e.getMessage());
        }
    }
}
