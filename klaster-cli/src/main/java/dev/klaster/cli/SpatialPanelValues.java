package dev.klaster.cli;

import dev.klaster.core.concentration.LocationQuotient;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.io.ingest.Ingest;
import dev.klaster.io.ingest.Ingested;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The panel input of the area commands ({@code klaster spatial moran DATA.csv --industry 10 --measure employment
 * --year 2020 --weights W.csv}): the data file is read as any {@code klaster} input, and the value of each region is
 * the location quotient of the industry, {@code LQ_ri = (x_ri / Σ_j x_rj) / (Σ_s x_si / Σ_s Σ_j x_sj)} over the
 * regions that are both in the data and in the weights (the analysed regions are the reference, as in
 * {@code klaster analyze}); region totals are the sum over the data's industries (missing cells skipped). A region
 * whose cell of the industry is missing, or whose total is 0, has no LQ and is left out with a warning.
 */
final class SpatialPanelValues {
    private SpatialPanelValues() {
    }

    static Map<String, Double> lq(Path file, String industry, String measureName, Integer year, List<String> ids,
                                  PrintWriter err) {
        ReadOptions read = new ReadOptions(); // with the defaults of its options (layout auto, tolerance ...)
        new picocli.CommandLine(read).parseArgs(measureName == null ? new String[0]
                : new String[] {"--measure", measureName});
        Ingested in = Ingest.run(read.request(List.of(file)));
        Panel p = in.panel();
        Measure m = measureName != null ? Measure.parse(measureName)
                : p.has(Measure.EMPLOYMENT) ? Measure.EMPLOYMENT : Measure.VALUE_ADDED;
        if (!p.has(m)) {
            throw new IllegalArgumentException("--measure " + m.id() + " is not in " + file.getFileName() + " (has "
                    + p.measures().stream().map(Measure::id).toList() + ")");
        }
        int i = p.industries().indexOf(industry);
        if (i < 0) {
            List<String> codes = List.of(p.industries().codes());
            throw new IllegalArgumentException("--industry '" + industry + "' is not an industry of "
                    + file.getFileName() + "; its codes: " + String.join(", ", codes.subList(0,
                    Math.min(30, codes.size()))) + (codes.size() > 30 ? ", ..." : ""));
        }
        int y = p.yearCount() - 1;
        if (year != null) {
            List<Integer> ys = new ArrayList<>();
            y = -1;
            for (int k = 0; k < p.yearCount(); k++) {
                ys.add(p.year(k));
                y = p.year(k) == year ? k : y;
            }
            if (y < 0) {
                throw new IllegalArgumentException("--year " + year + " is not in " + file.getFileName()
                        + " (years " + ys + ")");
            }
        }
        Set<String> wanted = new HashSet<>(ids);
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < p.regions().size(); r++) {
            if (wanted.contains(p.regions().get(r).code())) {
                rows.add(r);
            }
        }
        if (rows.isEmpty()) {
            throw new InputDataException(file.toString(), 0, "region", ids.isEmpty() ? "" : ids.get(0),
                    "no region of the data is in the weights (weights ids such as '" + (ids.isEmpty() ? "" : ids.get(0))
                            + "' must be the data's region codes)");
        }
        double[][] all = p.sliceAt(m, y).toMatrix();
        int nI = all[0].length;
        double[][] x = new double[rows.size()][nI];
        List<String> missing = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            for (int j = 0; j < nI; j++) {
                double v = all[rows.get(k)][j];
                x[k][j] = Double.isNaN(v) ? 0 : v;
            }
            if (Double.isNaN(all[rows.get(k)][i])) {
                missing.add(p.regions().get(rows.get(k)).code());
            }
        }
        double[][] lq = LocationQuotient.matrix(x);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int k = 0; k < rows.size(); k++) {
            String code = p.regions().get(rows.get(k)).code();
            if (!missing.contains(code) && Double.isFinite(lq[k][i])) {
                out.put(code, lq[k][i]);
            } else if (!missing.contains(code)) {
                missing.add(code);
            }
        }
        err.println("note: value = LQ of " + industry + " (" + p.industries().get(i).name() + "), " + m.id() + ", "
                + p.year(y) + ", over the " + rows.size() + " region(s) of the data that are in the weights (reference: "
                + "their sum) / nilai = LQ " + industry + " terhadap jumlah wilayah itu");
        if (!missing.isEmpty()) {
            err.println("warning: " + missing.size() + " region(s) without a value of " + industry + " in "
                    + p.year(y) + " are left out: " + SpatialAreaOptions.head(missing));
        }
        err.flush();
        return out;
    }
}
