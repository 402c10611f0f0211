package dev.klaster.io.ingest;

import dev.klaster.core.model.Measure;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to ingest and how.
 *
 * @param files          data files ({@code .csv}, {@code .parquet}, {@code .xlsx}); all go into one panel
 * @param layout         {@link Layout#AUTO} to detect from the header
 * @param defaultMeasure measure of files without a {@code measure} column (wide BPS files: value added)
 * @param regionsFile    optional region metadata {@code code,name,level,parent[,group]} (null = none)
 * @param industriesFile optional industry metadata {@code code,name,parent,classification} (null = none)
 * @param bridgeFiles    BPS↔Kemendagri bridge tables {@code kode_bps,nama_bps,kode_dagri,nama_dagri} (may be empty)
 * @param targetCodes    code system to translate region codes to through the bridge (null = keep the codes)
 * @param totalTolerance relative tolerance of the sum and hierarchy checks (default 0.005 = 0.5 %)
 */
public record IngestRequest(List<Path> files, Layout layout, Measure defaultMeasure, Path regionsFile,
                            Path industriesFile, List<Path> bridgeFiles, CodeSystem targetCodes,
                            double totalTolerance) {
    /** Default tolerance of the sum-to-total and hierarchy checks: 0.5 %. */
    public static final double DEFAULT_TOLERANCE = 0.005;

    public IngestRequest {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no input files given");
        }
        layout = layout == null ? Layout.AUTO : layout;
        bridgeFiles = bridgeFiles == null ? List.of() : List.copyOf(bridgeFiles);
        if (!(totalTolerance >= 0 && totalTolerance < 1)) {
            throw new IllegalArgumentException("total tolerance " + totalTolerance + " is not in [0, 1)");
        }
        if (targetCodes != null && bridgeFiles.isEmpty()) {
            throw new IllegalArgumentException("translating region codes to " + targetCodes
                    + " needs a bridge table (--code-bridge FILE)");
        }
        if (!bridgeFiles.isEmpty() && targetCodes == null) {
            throw new IllegalArgumentException("a code bridge is given but no target code system (--to bps|kemendagri)");
        }
    }

    /** Files with auto-detected layout, measure employment for files without a measure column, no metadata. */
    public static IngestRequest of(Path... files) {
        return new IngestRequest(List.of(files), Layout.AUTO, null, null, null, List.of(), null, DEFAULT_TOLERANCE);
    }

    public IngestRequest withLayout(Layout l) {
        return new IngestRequest(files, l, defaultMeasure, regionsFile, industriesFile, bridgeFiles, targetCodes,
                totalTolerance);
    }

    public IngestRequest withMeasure(Measure m) {
        return new IngestRequest(files, layout, m, regionsFile, industriesFile, bridgeFiles, targetCodes,
                totalTolerance);
    }

    public IngestRequest withMetadata(Path regions, Path industries) {
        return new IngestRequest(files, layout, defaultMeasure, regions, industries, bridgeFiles, targetCodes,
                totalTolerance);
    }

    public IngestRequest withBridge(List<Path> bridges, CodeSystem to) {
        return new IngestRequest(files, layout, defaultMeasure, regionsFile, industriesFile, bridges, to,
                totalTolerance);
    }

    public IngestRequest withTolerance(double tol) {
        return new IngestRequest(files, layout, defaultMeasure, regionsFile, industriesFile, bridgeFiles, targetCodes,
                tol);
    }
}
