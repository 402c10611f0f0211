package dev.klaster.io.iotable;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import dev.klaster.core.model.InputDataException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Concordance of IO product codes to the 17 PDRB sections (KBLI letters), e.g. BPS's 185 → 17 products of the 2016
 * national table.
 *
 * <p>{@link #read} reads a CSV with columns {@code column_code} (or {@code code}) and {@code kbli_section} (or
 * {@code section}), as {@code idn-io-national-2016-185/io2016_185_columns.csv}; rows with an empty section (totals)
 * are skipped. {@link #bps185()} is the BPS 2016 concordance written as code ranges from the BPS classification
 * ("4 Klasifikasi 17 Sektor"): 001–036 A, 037–052 B, 053–144 C, 145–146 D, 147–148 E, 149–153 F, 154–156 G,
 * 157–163 H, 164–165 I, 166–169 J, 170–173 K, 174 L, 175–176 M_N, 177 O, 178 and 181 P, 179 and 182 Q, 180 and
 * 183–185 R_S_T_U (not contiguous for services).
 */
public final class ProductConcordance {
    private ProductConcordance() {
    }

    /** Product code → section, from a CSV file; bad files name file, line and column. */
    public static Map<String, String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputDataException(file.toString(), "file not found");
        }
        Map<String, String> map = new LinkedHashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord r : csv) {
                String code = r.findField("column_code").orElseGet(() -> r.findField("code").orElse(null));
                String section = r.findField("kbli_section").orElseGet(() -> r.findField("section").orElse(null));
                if (code == null || section == null) {
                    throw new InputDataException(file.toString(), r.getStartingLineNumber(), "", "",
                            "a concordance needs columns column_code (or code) and kbli_section (or section); header: "
                                    + r.getHeader());
                }
                if (!section.isBlank()) {
                    String before = map.put(code.strip(), section.strip());
                    if (before != null && !before.equals(section.strip())) {
                        throw new InputDataException(file.toString(), r.getStartingLineNumber(), "kbli_section",
                                section, "product " + code + " is already in section " + before);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (map.isEmpty()) {
            throw new InputDataException(file.toString(), 1, "kbli_section", "", "no product has a section");
        }
        return map;
    }

    private static final int[][] RANGES = {{1, 36}, {37, 52}, {53, 144}, {145, 146}, {147, 148}, {149, 153},
            {154, 156}, {157, 163}, {164, 165}, {166, 169}, {170, 173}, {174, 174}, {175, 176}, {177, 177}};
    private static final List<String> SECTIONS = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L",
            "M_N", "O");

    /** The BPS 2016 185-product concordance (codes "001" … "185"). */
    public static Map<String, String> bps185() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int code = 1; code <= 185; code++) {
            m.put(String.format("%03d", code), section185(code));
        }
        return m;
    }

    private static String section185(int code) {
        for (int r = 0; r < RANGES.length; r++) {
            if (code >= RANGES[r][0] && code <= RANGES[r][1]) {
                return SECTIONS.get(r);
            }
        }
        return switch (code) {
            case 178, 181 -> "P";
            case 179, 182 -> "Q";
            default -> "R_S_T_U";
        };
    }

    /** True when the codes are exactly 001 … 185 (the BPS 185-product classification). */
    public static boolean isBps185(List<String> codes) {
        if (codes.size() != 185) {
            return false;
        }
        for (int i = 0; i < 185; i++) {
            if (!codes.get(i).strip().equals(String.format("%03d", i + 1))) {
                return false;
            }
        }
        return true;
    }
}
