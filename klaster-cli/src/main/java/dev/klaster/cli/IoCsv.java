package dev.klaster.cli;

import dev.klaster.core.model.InputDataException;
import dev.klaster.io.iotable.CsvGrid;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain square CSV matrix (optional header row and label column are skipped); the CSV splitting is the
 * IO readers' {@link CsvGrid} (FastCSV).
 */
final class IoCsv {
    private IoCsv() {
    }

    static double[][] read(Path file) {
        CsvGrid g = CsvGrid.read(file);
        List<List<String>> records = new ArrayList<>();
        List<Long> lineNumbers = new ArrayList<>();
        List<String> header = g.header();
        if (!header.isEmpty() && isNumber(header.get(header.size() - 1))) {
            records.add(header); // no header row: the first record is data
            lineNumbers.add(1L);
        }
        for (int r = 0; r < g.rowCount(); r++) {
            records.add(g.row(r));
            lineNumbers.add(g.line(r));
        }
        List<double[]> rows = new ArrayList<>();
        Boolean labelColumn = null;
        for (int k = 0; k < records.size(); k++) {
            List<String> f = records.get(k);
            if (labelColumn == null) {
                labelColumn = !isNumber(f.get(0));
            }
            int skip = labelColumn ? 1 : 0;
            double[] row = new double[f.size() - skip];
            for (int j = skip; j < f.size(); j++) {
                String v = f.get(j);
                try {
                    row[j - skip] = v.isEmpty() ? 0 : Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new InputDataException(file.toString(), lineNumbers.get(k), Integer.toString(j + 1), v,
                            "not a number");
                }
            }
            rows.add(row);
        }
        double[][] z = rows.toArray(double[][]::new);
        for (int i = 0; i < z.length; i++) {
            if (z[i].length != z.length) {
                throw new InputDataException(file.toString(), "IO matrix must be square: " + z.length + " rows but row "
                        + (i + 1) + " has " + z[i].length + " values");
            }
        }
        return z;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
