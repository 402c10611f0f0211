package dev.klaster.report;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.IndustrySet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An input-output table's sectors matched to a panel's industries, the one matching used by {@code klaster analyze}
 * and every {@code klaster clusters} command (so both define the same clusters from the same inputs).
 *
 * <p>Industry i is matched to the table sector whose code — after the optional {@code --io-sectors} map (IO code →
 * industry code) — equals the industry's code. Without a map, a table with other codes but exactly as many sectors
 * as the panel has industries is matched by position, and the pairing is returned as a note for the user to check.
 * Z and x stay in the table's units: the cluster chain uses Z only through ratios and x only through A = Z x̂⁻¹
 * and Δx/x (see {@code dev.klaster.core.cluster.Impact#basis}).
 *
 * @param index      table sector index per panel industry (null when some industry has no sector)
 * @param ioCodes    per table sector, the industry code it stands for
 * @param z          Z in the panel's industry order (null when unmatched)
 * @param output     the table's output x in the panel's industry order (null when unmatched)
 * @param byPosition the "IO=industry" pairs when matched by position (else empty)
 * @param missing    panel industries without a sector (empty when matched)
 */
public record IoAlignment(int[] index, List<String> ioCodes, double[][] z, double[] output, List<String> byPosition,
                          List<String> missing) {

    public boolean matched() {
        return index != null;
    }

    /** Matches the table to the industries (see the class comment). */
    public static IoAlignment of(IoTable io, IndustrySet industries, Map<String, String> ioSectors) {
        String[] codes = industries.codes();
        int[] idx = new int[codes.length];
        List<String> missing = new ArrayList<>();
        List<String> ioCodes = new ArrayList<>();
        for (String c : io.codes()) {
            ioCodes.add(ioSectors != null ? ioSectors.getOrDefault(c, c) : c);
        }
        for (int i = 0; i < codes.length; i++) {
            idx[i] = ioCodes.indexOf(codes[i]);
            if (idx[i] < 0) {
                missing.add(codes[i]);
            }
        }
        if (!missing.isEmpty() && ioSectors == null) {
            // codes that differ only in punctuation: "MN" = "M_N", "RSTU" = "R_S_T_U" (BPS provincial tables)
            List<String> loose = ioCodes.stream().map(IoAlignment::loose).toList();
            List<String> still = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                if (idx[i] < 0) {
                    idx[i] = loose.indexOf(loose(codes[i]));
                    if (idx[i] < 0) {
                        still.add(codes[i]);
                    }
                }
            }
            missing = still;
        }
        List<String> pairs = new ArrayList<>();
        if (!missing.isEmpty() && ioSectors == null && io.size() == codes.length) {
            for (int i = 0; i < codes.length; i++) {
                idx[i] = i;
                ioCodes.set(i, codes[i]);
                pairs.add(io.codes().get(i) + "=" + codes[i]);
            }
            missing.clear();
        }
        if (!missing.isEmpty()) {
            return new IoAlignment(null, List.copyOf(ioCodes), null, null, List.of(), List.copyOf(missing));
        }
        double[][] zio = io.z();
        double[] xio = io.output();
        double[][] z = new double[codes.length][codes.length];
        double[] x = new double[codes.length];
        for (int i = 0; i < codes.length; i++) {
            x[i] = xio[idx[i]];
            for (int j = 0; j < codes.length; j++) {
                z[i][j] = zio[idx[i]][idx[j]];
            }
        }
        return new IoAlignment(idx, List.copyOf(ioCodes), z, x, List.copyOf(pairs), List.of());
    }

    private static String loose(String code) {
        return code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
    }
}
