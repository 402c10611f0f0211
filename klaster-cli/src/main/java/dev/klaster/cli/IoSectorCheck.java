package dev.klaster.cli;

import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.core.model.InputDataException;
import dev.klaster.core.model.Panel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Before an analysis with an IO table: the table's sectors and the data's industries must meet, or the run is
 * refused listing the codes that do not — never an IO analysis silently skipped with a note at the end. With
 * {@code --io-sectors} the mapping must cover every sector of the table and reach every industry of the data;
 * without it the codes must be equal (or the counts equal, matched by position with a note, as the pipeline does).
 */
final class IoSectorCheck {
    private IoSectorCheck() {
    }

    static void require(Panel panel, IoTable io, Map<String, String> map, Path ioFile, Path mapFile) {
        String[] industries = panel.industries().codes();
        List<String> reached = new ArrayList<>();
        if (map != null) {
            List<String> unmapped = new ArrayList<>();
            for (String c : io.codes()) {
                String to = map.get(c);
                if (to == null) {
                    unmapped.add(c);
                } else {
                    reached.add(to);
                }
            }
            if (!unmapped.isEmpty()) {
                throw new InputDataException(mapFile.getFileName().toString(), 0, "column_code", unmapped.get(0),
                        "the mapping does not cover " + unmapped.size() + " of the " + io.size() + " sectors of "
                                + ioFile.getFileName() + ": " + head(unmapped) + "; every sector needs an industry code");
            }
        } else {
            reached.addAll(io.codes());
            if (io.size() == industries.length && missing(industries, reached).size() == industries.length) {
                return; // matched by position (the pipeline says so in a note)
            }
        }
        List<String> missing = missing(industries, reached);
        if (!missing.isEmpty()) {
            String where = map != null ? mapFile.getFileName().toString() : ioFile.getFileName().toString();
            throw new InputDataException(where, 0, null, missing.get(0), missing.size() + " of the data's "
                    + industries.length + " industries have no sector in the input-output table" + (map != null
                    ? " through the mapping" : " (give --io-sectors FILE mapping its codes " + head(io.codes())
                    + " to the data's)") + ": " + head(missing));
        }
    }

    private static List<String> missing(String[] industries, List<String> reached) {
        List<String> out = new ArrayList<>();
        for (String c : industries) {
            if (!reached.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static String head(List<String> codes) {
        return codes.size() <= 20 ? codes.toString() : codes.subList(0, 20) + " and " + (codes.size() - 20) + " more";
    }
}
