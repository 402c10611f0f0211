package dev.klaster.core.model;

import dev.klaster.core.inputoutput.IoTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A panel's industries summed up their classification's hierarchy ({@code --industry-level}): KBLI and NAICS codes
 * are hierarchical by their leading digits (KBLI 10 ⊃ 101 ⊃ 1010 ⊃ 10101; NAICS 31-33 ⊃ 311 ⊃ 3111 ⊃ ... ⊃ 311111),
 * so the parent of a code at {@code d} digits is its first {@code d} digits. The top level {@code section} is, for
 * KBLI, the 17 PDRB categories BPS publishes (KBLI sections with M+N and R+S+T+U merged, from the two-digit division),
 * and, for NAICS, the 20 sectors (two digits, with 31-33, 44-45 and 48-49 merged).
 *
 * <p>Missing cells stay missing: under {@link Missing#STRICT} (the default) an aggregate cell is missing when any
 * of its sub-industries is missing in that region and year, because the sum of the published part is not the
 * total. {@link Missing#PUBLISHED} sums what is published and leaves a cell missing only when nothing is; the note
 * then says how many sums are lower bounds. A region-level measure (population) is copied.
 *
 * <p>The names of digit-level aggregates come from {@code names} (e.g. the user's industry metadata) when it has the
 * code; otherwise the name says which sub-industries it sums ("KBLI 10: Pemotongan hewan; Pengolahan ikan; … (12)").
 */
public final class IndustryAggregation {
    /** What a missing sub-industry does to the sum. */
    public enum Missing {
        /** The sum is missing when any part is (default). */
        STRICT,
        /** The sum of the published parts; missing only when none is published. */
        PUBLISHED;

        public static Missing parse(String s) {
            return switch (s == null ? "" : s.strip().toLowerCase(Locale.ROOT)) {
                case "strict" -> STRICT;
                case "published" -> PUBLISHED;
                default -> throw new IllegalArgumentException("unknown missing-cell rule '" + s
                        + "' (expected strict or published)");
            };
        }
    }

    /**
     * The aggregated panel.
     *
     * @param panel        the panel at the new level
     * @param parentOf     old industry code → new code
     * @param level        the level: section or a number of digits
     * @param from         a word for the old level ("KBLI 4 digit")
     * @param to           a word for the new level
     * @param missingCells aggregate cells left missing (STRICT) or summed from a published part only (PUBLISHED)
     * @param note         the statement for the reader, in the language asked
     */
    public record Result(Panel panel, Map<String, String> parentOf, String level, String from, String to,
                         int missingCells, String note) {
    }

    private static final String SECTION = "section";

    private IndustryAggregation() {
    }

    /** The level names accepted: {@code section} or a number of digits 2–6. */
    public static String parseLevel(String level) {
        String l = level == null ? "" : level.strip().toLowerCase(Locale.ROOT);
        if (l.equals(SECTION) || l.equals("kategori") || l.equals("sector") || l.equals("pdrb")) {
            return SECTION;
        }
        if (l.matches("[2-6]")) {
            return l;
        }
        throw new IllegalArgumentException("unknown industry level '" + level + "' (expected section or a number of "
                + "digits 2, 3, 4, 5 or 6)");
    }

    /** The classification of the panel's codes: as the industries say, else NAICS when a code has 6 digits, else KBLI. */
    public static Classification classificationOf(IndustrySet industries) {
        boolean sixDigits = false;
        for (Industry i : industries.list()) {
            if (i.classification() == Classification.NAICS || i.classification() == Classification.KBLI) {
                return i.classification();
            }
            sixDigits |= i.code().matches("\\d{6}");
        }
        return sixDigits ? Classification.NAICS : Classification.KBLI;
    }

    /**
     * The parent of {@code code} at {@code level} in classification {@code c}.
     *
     * @throws IllegalArgumentException when the code is coarser than the level (it cannot be split) or is not a code
     *     of the classification
     */
    public static String parentOf(String code, String level, Classification c) {
        String digits = code.strip();
        if (level.equals(SECTION)) {
            if (c == Classification.NAICS) {
                if (!digits.matches("\\d{2,6}|\\d{2}-\\d{2}")) {
                    throw new IllegalArgumentException("industry '" + code + "' is not a NAICS code");
                }
                return naicsSector(digits.substring(0, 2));
            }
            if (digits.matches("[A-Za-z](_[A-Za-z])*")) {
                return pdrbCategory(Character.toUpperCase(digits.charAt(0)));
            }
            if (!digits.matches("\\d{2,5}")) {
                throw new IllegalArgumentException("industry '" + code + "' is not a KBLI code");
            }
            return pdrbCategory(kbliSection(Integer.parseInt(digits.substring(0, 2)), code));
        }
        int d = Integer.parseInt(level);
        if (!digits.matches("\\d+")) {
            throw new IllegalArgumentException("industry '" + code + "' has no digits to aggregate to " + d
                    + " digits (use --industry-level section)");
        }
        if (digits.length() < d) {
            throw new IllegalArgumentException("industry '" + code + "' has " + digits.length() + " digit(s): it cannot "
                    + "be split into " + d + "-digit industries (choose a level at most " + digits.length() + ")");
        }
        String p = digits.substring(0, d);
        return c == Classification.NAICS && d == 2 ? naicsSector(p) : p;
    }

    /** KBLI 2009/2015/2020 section of a two-digit division (the divisions are the same in the three editions). */
    static char kbliSection(int division, String code) {
        if (division >= 1 && division <= 3) {
            return 'A';
        } else if (division >= 5 && division <= 9) {
            return 'B';
        } else if (division >= 10 && division <= 33) {
            return 'C';
        } else if (division == 35) {
            return 'D';
        } else if (division >= 36 && division <= 39) {
            return 'E';
        } else if (division >= 41 && division <= 43) {
            return 'F';
        } else if (division >= 45 && division <= 47) {
            return 'G';
        } else if (division >= 49 && division <= 53) {
            return 'H';
        } else if (division >= 55 && division <= 56) {
            return 'I';
        } else if (division >= 58 && division <= 63) {
            return 'J';
        } else if (division >= 64 && division <= 66) {
            return 'K';
        } else if (division == 68) {
            return 'L';
        } else if (division >= 69 && division <= 75) {
            return 'M';
        } else if (division >= 77 && division <= 82) {
            return 'N';
        } else if (division == 84) {
            return 'O';
        } else if (division == 85) {
            return 'P';
        } else if (division >= 86 && division <= 88) {
            return 'Q';
        } else if (division >= 90 && division <= 93) {
            return 'R';
        } else if (division >= 94 && division <= 96) {
            return 'S';
        } else if (division >= 97 && division <= 98) {
            return 'T';
        } else if (division == 99) {
            return 'U';
        }
        throw new IllegalArgumentException("industry '" + code + "': " + String.format(Locale.ROOT, "%02d", division)
                + " is not a KBLI division");
    }

    /** The PDRB category of a KBLI section: M and N are published together, as are R, S, T and U. */
    static String pdrbCategory(char section) {
        return switch (section) {
            case 'M', 'N' -> "M_N";
            case 'R', 'S', 'T', 'U' -> "R_S_T_U";
            default -> {
                if (section < 'A' || section > 'U') {
                    throw new IllegalArgumentException("'" + section + "' is not a KBLI section");
                }
                yield String.valueOf(section);
            }
        };
    }

    static String naicsSector(String two) {
        return switch (two) {
            case "31", "32", "33" -> "31-33";
            case "44", "45" -> "44-45";
            case "48", "49" -> "48-49";
            default -> two;
        };
    }

    /** Names of the top level in {@code lang}: the 17 PDRB categories (KBLI) or the 20 NAICS sectors. */
    static Map<String, String> sectionNames(Classification c, String lang) {
        Map<String, String> out = new HashMap<>();
        List<String[]> rows = c == Classification.NAICS ? ResourceCsv.rows(IndustryAggregation.class,
                "naics-sectors.csv") : ResourceCsv.rows(IndustryAggregation.class,
                "/dev/klaster/core/demo/kbli-sections-17.csv");
        for (String[] r : rows) {
            out.put(r[0], "id".equals(lang) ? r[1] : r[2]);
        }
        return out;
    }

    /**
     * The panel with the 17 PDRB categories named in {@code lang} (Klaster's own list of the KBLI section titles):
     * BPS files carry their own, often English, column names; a report in Indonesian should not show them. Industries
     * whose codes are not PDRB categories keep their names; the panel itself when none is.
     */
    public static Panel withSectionNames(Panel p, String lang) {
        Map<String, String> names = sectionNames(Classification.KBLI, lang);
        List<Industry> list = new ArrayList<>();
        boolean changed = false;
        for (Industry i : p.industries().list()) {
            String n = names.get(i.code().toUpperCase(Locale.ROOT).replace('-', '_'));
            if (n != null && !n.equals(i.name())) {
                list.add(new Industry(i.code(), n, i.depth(), i.parentCode(), i.classification()));
                changed = true;
            } else {
                list.add(i);
            }
        }
        return changed ? p.withIndustries(new IndustrySet(list)) : p;
    }

    /**
     * Aggregates the panel's industries to {@code level}.
     *
     * @param names optional names of the new codes (null: from the built-in section names or the sub-industries)
     * @param lang  id or en, for names and the note
     * @throws IllegalArgumentException naming the first code that cannot be aggregated to the level
     */
    public static Result aggregate(Panel p, String level, Missing missing, Map<String, String> names, String lang) {
        String lv = parseLevel(level);
        Classification c = classificationOf(p.industries());
        Map<String, String> parentOf = new LinkedHashMap<>();
        Map<String, List<Integer>> children = new LinkedHashMap<>();
        for (int i = 0; i < p.industries().size(); i++) {
            String code = p.industries().get(i).code();
            String parent = parentOf(code, lv, c);
            parentOf.put(code, parent);
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(i);
        }
        boolean id = "id".equals(lang);
        Map<String, String> builtIn = lv.equals(SECTION) ? sectionNames(c, lang) : Map.of();
        List<Industry> out = new ArrayList<>();
        for (Map.Entry<String, List<Integer>> e : children.entrySet()) {
            String code = e.getKey();
            String name = names != null && names.containsKey(code) ? names.get(code) : builtIn.get(code);
            if (name == null) {
                name = describe(c, code, e.getValue(), p.industries(), id);
            }
            String parent = lv.equals(SECTION) ? null : sectionParent(code, c);
            out.add(new Industry(code, name, lv.equals(SECTION) ? 0 : Integer.parseInt(lv) - 1, parent, c));
        }
        IndustrySet set = new IndustrySet(out);
        int nOld = p.industries().size();
        int nNew = set.size();
        int[][] groups = new int[nNew][];
        int g = 0;
        for (List<Integer> ch : children.values()) {
            groups[g++] = ch.stream().mapToInt(Integer::intValue).toArray();
        }
        Panel.Builder b = Panel.builder(p.regions(), set, p.years()).source(p.source()).synthetic(p.synthetic());
        int nR = p.regions().size();
        int flagged = 0;
        for (Measure m : p.measures()) {
            if (p.unit(m) != null) {
                b.unit(m, p.unit(m));
            }
            if (m.regionLevel()) {
                for (int y = 0; y < p.yearCount(); y++) {
                    double[] v = p.regionSeries(m, y);
                    for (int r = 0; r < nR; r++) {
                        b.setRegion(m, y, r, v[r]);
                    }
                }
                continue;
            }
            double[] dst = b.array(m);
            for (int y = 0; y < p.yearCount(); y++) {
                for (int r = 0; r < nR; r++) {
                    for (int k = 0; k < nNew; k++) {
                        double sum = 0;
                        int present = 0;
                        for (int i : groups[k]) {
                            double v = p.get(m, y, r, i);
                            if (!Double.isNaN(v)) {
                                sum += v;
                                present++;
                            }
                        }
                        boolean partial = present < groups[k].length;
                        double value = present == 0 || (partial && missing == Missing.STRICT) ? Double.NaN : sum;
                        if (partial && present > 0) {
                            flagged++;
                        }
                        dst[b.cell(y, r, k)] = value;
                    }
                }
            }
        }
        String from = levelWord(c, p.industries(), id);
        String to = lv.equals(SECTION) ? (c == Classification.NAICS ? (id ? "sektor NAICS" : "NAICS sectors")
                : (id ? "17 kategori PDRB" : "the 17 PDRB categories")) : c.name() + " " + lv + (id ? " digit" : "-digit");
        String note;
        if (id) {
            note = String.format(Locale.ROOT, "Lapangan usaha dijumlahkan dari %s ke %s: %d → %d lapangan usaha.", from,
                    to, nOld, nNew);
            if (flagged > 0) {
                note += missing == Missing.STRICT
                        ? String.format(Locale.ROOT, " %d sel jumlah dibiarkan kosong karena sebagian sub-lapangan "
                        + "usahanya tidak dipublikasikan (aturan strict).", flagged)
                        : String.format(Locale.ROOT, " %d sel jumlah hanya menjumlahkan bagian yang dipublikasikan "
                        + "(batas bawah; aturan published).", flagged);
            }
        } else {
            note = String.format(Locale.ROOT, "Industries summed from %s to %s: %d → %d industries.", from, to, nOld,
                    nNew);
            if (flagged > 0) {
                note += missing == Missing.STRICT
                        ? String.format(Locale.ROOT, " %d sums left missing because part of their sub-industries is "
                        + "unpublished (strict rule).", flagged)
                        : String.format(Locale.ROOT, " %d sums add up the published part only (lower bounds; "
                        + "published rule).", flagged);
            }
        }
        Panel out2 = rebuildSource(b, p, note);
        return new Result(out2, Map.copyOf(parentOf), lv, from, to, flagged, note);
    }

    private static Panel rebuildSource(Panel.Builder b, Panel p, String note) {
        b.source(p.source().isBlank() ? note : p.source() + " — " + note);
        return b.build();
    }

    private static String sectionParent(String code, Classification c) {
        try {
            return parentOf(code, SECTION, c);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String levelWord(Classification c, IndustrySet s, boolean id) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Industry i : s.list()) {
            int len = i.code().matches("\\d+") ? i.code().length() : 0;
            min = Math.min(min, len);
            max = Math.max(max, len);
        }
        if (max == 0) {
            return id ? "kategori" : "sections";
        }
        String digits = min == max ? String.valueOf(max) : min + "–" + max;
        return c.name() + " " + digits + (id ? " digit" : "-digit");
    }

    /** "KBLI 10: name; name; … (n)" from the sub-industries' names. */
    private static String describe(Classification c, String code, List<Integer> kids, IndustrySet s, boolean id) {
        StringBuilder b = new StringBuilder(c.name()).append(' ').append(code).append(": ");
        int shown = Math.min(2, kids.size());
        for (int k = 0; k < shown; k++) {
            if (k > 0) {
                b.append("; ");
            }
            b.append(s.get(kids.get(k)).name());
        }
        if (kids.size() > shown) {
            b.append("; … (").append(kids.size()).append(id ? " lapangan usaha)" : " industries)");
        }
        return b.toString();
    }

    /**
     * An input-output table summed to the same level: Z over blocks of sectors, output, employment, each final-demand
     * column and each primary-input row over groups (Miller &amp; Blair 2009, section 4.3, aggregation by a 0/1
     * matrix S: Z* = S Z Sᵀ, x* = S x). Sectors whose code is not a code of the panel's old industries are mapped by
     * the same rule when they can be.
     *
     * @throws IllegalArgumentException when a sector code cannot be mapped
     */
    public static IoTable aggregate(IoTable io, Result r) {
        Classification c = classificationOf(r.panel().industries());
        String lv = r.level();
        List<String> target = new ArrayList<>();
        int[] group = new int[io.size()];
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < io.size(); i++) {
            String code = io.codes().get(i);
            String parent = r.parentOf().get(code);
            if (parent == null) {
                parent = parentOf(code, lv, c);
            }
            Integer k = index.get(parent);
            if (k == null) {
                k = index.size();
                index.put(parent, k);
                target.add(parent);
            }
            group[i] = k;
        }
        int n = target.size();
        List<String> names = new ArrayList<>();
        for (String code : target) {
            int idx = r.panel().industries().indexOf(code);
            names.add(idx >= 0 ? r.panel().industries().get(idx).name() : code);
        }
        double[][] z = new double[n][n];
        double[][] zio = io.z();
        double[] x = new double[n];
        double[] xio = io.output();
        for (int i = 0; i < io.size(); i++) {
            x[group[i]] += xio[i];
            for (int j = 0; j < io.size(); j++) {
                z[group[i]][group[j]] += zio[i][j];
            }
        }
        IoTable.Builder b = IoTable.builder(target, names).source(io.source() + " — " + r.note(), io.synthetic())
                .warnings(io.warnings()).z(z).output(x);
        if (io.employment() != null) {
            b.employment(sum(io.employment(), group, n));
        }
        for (IoTable.DemandColumn d : io.demandColumns()) {
            b.demand(d.code(), d.label(), d.kind(), sum(d.values(), group, n));
        }
        for (IoTable.InputRow in : io.inputRows()) {
            b.input(in.code(), in.label(), in.kind(), sum(in.values(), group, n));
        }
        return b.build();
    }

    private static double[] sum(double[] v, int[] group, int n) {
        double[] out = new double[n];
        for (int i = 0; i < v.length; i++) {
            out[group[i]] += v[i];
        }
        return out;
    }
}
