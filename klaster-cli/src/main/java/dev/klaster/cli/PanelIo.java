package dev.klaster.cli;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An input-output table put in a panel's industry order, for the cluster chain (which takes Z and output as arrays
 * indexed like the panel's industries).
 *
 * <p>Sectors are paired by code when the table and the panel have the same set of codes. BPS tables number their
 * 17 sectors 1..17 in KBLI-section order while PDRB panels use the section letters (A, B, …, R_S_T_U); when the
 * table's codes are exactly 1..n and the panel has n industries, the sectors are paired by position and the pairing
 * is returned as a note for the user to check (it is printed, never applied silently). Anything else is bad data.
 *
 * <p>The table and the panel are usually in different units and price bases (e.g. the 2020 national table in
 * million rupiah at current prices, PDRB in billion rupiah at 2010 prices). When both have value added, the table
 * is therefore scaled to the panel: the technical coefficients a_ij = z_ij / x_j and the value-added ratios
 * v_j / x_j come from the table, the output is x'_j = VA_j / (v_j / x_j) with VA_j the panel's national value
 * added of industry j in its last year, and Z'_ij = a_ij · x'_j. The chain then sees one consistent set of
 * units (those of the panel). Without value added in either, Z and x are used as they are, with a note.
 */
final class PanelIo {
    private PanelIo() {
    }

    /** Z and output in panel order and units, and notes for the user (pairing, scaling). */
    record Aligned(double[][] z, double[] output, List<String> notes) {
    }

    static Aligned align(IoTable t, Panel panel) {
        String[] industryCodes = panel.industries().codes();
        List<String> notes = new ArrayList<>();
        List<String> io = t.codes();
        int n = industryCodes.length;
        int[] index = new int[n];
        String note = null;
        if (io.size() == n && io.containsAll(Arrays.asList(industryCodes))) {
            for (int k = 0; k < n; k++) {
                index[k] = io.indexOf(industryCodes[k]);
            }
        } else if (io.size() == n && numbered(io)) {
            List<String> pairs = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                index[k] = k;
                pairs.add(io.get(k) + "=" + industryCodes[k]);
            }
            notes.add("IO sectors paired with the panel's industries by position (the table numbers them 1.." + n
                    + "): " + String.join(", ", pairs));
        } else {
            List<String> missing = Arrays.stream(industryCodes).filter(c -> !io.contains(c)).toList();
            throw new InputDataException(t.source(), "the IO table's " + io.size() + " sectors " + io
                    + " do not match the panel's " + n + " industries " + Arrays.toString(industryCodes)
                    + (missing.isEmpty() ? "" : "; not in the table: " + missing));
        }
        double[][] zAll = t.z();
        double[] xAll = t.output();
        double[] vAll = t.valueAdded();
        double[] panelVa = panel.has(Measure.VALUE_ADDED) ? nationalLastYear(panel) : null;
        double[][] z = new double[n][n];
        double[] x = new double[n];
        for (int j = 0; j < n; j++) {
            int tj = index[j];
            double scale = 1;
            if (vAll != null && panelVa != null) {
                double ratio = vAll[tj] / xAll[tj];
                scale = ratio > 0 && panelVa[j] > 0 ? panelVa[j] / ratio / xAll[tj] : 0;
            }
            x[j] = xAll[tj] * scale;
            for (int i = 0; i < n; i++) {
                z[i][j] = zAll[index[i]][tj] * scale;
            }
        }
        if (vAll != null && panelVa != null) {
            notes.add("IO table scaled to the panel's units: coefficients and value-added ratios from "
                    + t.source() + ", output = national value added of the panel's last year / (value added / output)");
        } else {
            notes.add("IO table used in its own units (no value added in " + (vAll == null ? "the table" : "the panel")
                    + "): the impact step needs the panel and the table in the same units");
        }
        return new Aligned(z, x, notes);
    }

    private static double[] nationalLastYear(Panel panel) {
        double[][] va = panel.sliceAt(Measure.VALUE_ADDED, panel.yearCount() - 1).toMatrix();
        double[] s = new double[va[0].length];
        for (double[] row : va) {
            for (int j = 0; j < s.length; j++) {
                if (!Double.isNaN(row[j])) {
                    s[j] += row[j];
                }
            }
        }
        return s;
    }

    private static boolean numbered(List<String> codes) {
        for (int k = 0; k < codes.size(); k++) {
            if (!codes.get(k).strip().equals(Integer.toString(k + 1))) {
                return false;
            }
        }
        return true;
    }
}
