package dev.klaster.cli;

import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a plain square CSV matrix (optional header row and label column are skipped). */
final class IoCsv {
    private IoCsv() {
    }

    static double[][] read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<double[]> rows = new ArrayList<>();
        int lineNo = 0;
        Boolean labelColumn = null;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.replace("\uFEFF", "").split(",", -1);
            if (rows.isEmpty() && !isNumber(f[f.length - 1])) {
                continue; // header
            }
            if (labelColumn == null) {
                labelColumn = !isNumber(f[0]);
            }
            int skip = labelColumn ? 1 : 0;
            double[] row = new double[f.length - skip];
            for (int j = skip; j < f.length; j++) {
                String v = f[j].strip();
                try {
                    row[j - skip] = v.isEmpty() ? 0 : Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new InputDataException(file.toString(), lineNo, Integer.toString(j + 1), v, "not a number");
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
