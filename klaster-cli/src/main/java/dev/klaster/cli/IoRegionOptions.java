package dev.klaster.cli;

import dev.klaster.core.demo.DemoPanel;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.inputoutput.Regionalization;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.io.iotable.CsvGrid;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Options that derive a regional table from the national one (shared by {@code regionalize} and {@code impact}). */
public final class IoRegionOptions {
    @Option(names = "--method", defaultValue = "FLQ", description = "SLQ, CILQ or FLQ (default: ${DEFAULT-VALUE}).")
    Regionalization.Method method;

    @Option(names = "--delta", defaultValue = "0.3", description = "FLQ δ in [0,1) (default: ${DEFAULT-VALUE}).")
    double delta;

    @Option(names = "--regional", paramLabel = "FILE",
            description = "Regional size per sector: CSV code,value (national sizes from --national).")
    Path regional;

    @Option(names = "--national", paramLabel = "FILE",
            description = "National size per sector (code,value); default: the table's employment or output.")
    Path national;

    @Option(names = "--measure", defaultValue = "EMPLOYMENT",
            description = "What the sizes measure: EMPLOYMENT or OUTPUT (default: ${DEFAULT-VALUE}).")
    Regionalization.SizeMeasure measure;

    @Option(names = "--province", description = "With --demo: a demo province code (e.g. 64) as the region.")
    String province;

    /** True when the options ask for a region. */
    boolean requested(boolean demo) {
        return regional != null || (demo && province != null);
    }

    /** The regional table; {@code demoDefault} picks province 64 with --demo when no region is given. */
    IoTable regionalize(IoTable t, boolean demo, boolean demoDefault, CommandLine cl) {
        double[] reg;
        double[] nat;
        String name;
        Regionalization.SizeMeasure m = measure;
        if (demo && regional == null && (province != null || demoDefault)) {
            Panel p = DemoPanel.generate();
            String code = province == null ? "64" : province;
            int r = p.regions().indexOf(code);
            int c = p.regions().indexOf(DemoPanel.COUNTRY);
            if (r < 0) {
                throw new CommandLine.ParameterException(cl, "unknown demo province '" + code + "'");
            }
            double[][] emp = p.sliceAt(Measure.EMPLOYMENT, p.years().length - 1).toMatrix();
            reg = emp[r];
            nat = emp[c];
            name = p.regions().get(r).name() + " (demo)";
            m = Regionalization.SizeMeasure.EMPLOYMENT;
        } else {
            if (regional == null) {
                throw new CommandLine.ParameterException(cl, "give --regional FILE (or --demo)");
            }
            reg = vector(regional, t.codes());
            if (national != null) {
                nat = vector(national, t.codes());
            } else if (m == Regionalization.SizeMeasure.OUTPUT) {
                nat = t.output();
            } else if (t.employment() != null) {
                nat = t.employment();
            } else {
                throw new CommandLine.ParameterException(cl, "the table has no employment: give --national FILE");
            }
            name = regional.getFileName().toString();
        }
        return Regionalization.regionalize(t, reg, nat, m, method, delta, name);
    }

    static double[] vector(Path file, List<String> codes) {
        CsvGrid g = CsvGrid.read(file);
        double[] v = new double[codes.size()];
        boolean[] seen = new boolean[codes.size()];
        for (int r = 0; r < g.rowCount(); r++) {
            if (g.row(r).size() < 2) {
                continue;
            }
            String code = g.cell(r, 0);
            int i = codes.indexOf(code);
            if (i < 0) {
                throw new InputDataException(file.toString(), g.line(r), "code", code, "unknown sector code; "
                        + "sectors are " + codes);
            }
            try {
                v[i] = Double.parseDouble(g.cell(r, 1));
            } catch (NumberFormatException e) {
                throw new InputDataException(file.toString(), g.line(r), "value", g.cell(r, 1), "not a number");
            }
            seen[i] = true;
        }
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                throw new InputDataException(file.toString(), 0, "code", codes.get(i), "sector missing");
            }
        }
        return v;
    }
}
