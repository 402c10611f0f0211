package dev.klaster.report;

import dev.klaster.core.cluster.RegionalImpact;
import dev.klaster.core.inputoutput.IoTable;
import dev.klaster.io.scope.Scope;

/**
 * What the pipeline knows about the planner's scope beyond the analysed panel: the scope itself (stated at the top
 * of the report; its whole panel gives the national row for the FLQ regionalisation), an optional survey-based
 * regional table (e.g. a BPS provincial table) and the FLQ δ.
 *
 * @param scoped          the scope ({@code dev.klaster.io.scope.Scope#apply}); null: the panel as given
 * @param regionalTable   the region's own IO table (null: the national table regionalised with FLQ)
 * @param regionalLabel   the file name of {@code regionalTable} for captions
 * @param flqDelta        FLQ δ in [0, 1) (default {@link RegionalImpact#DEFAULT_DELTA})
 */
public record ScopeContext(Scope.Scoped scoped, IoTable regionalTable, String regionalLabel, double flqDelta) {
    public ScopeContext {
        if (!(flqDelta >= 0 && flqDelta < 1)) {
            throw new IllegalArgumentException("--flq-delta must be in [0, 1), got " + flqDelta);
        }
    }

    public static ScopeContext of(Scope.Scoped scoped) {
        return new ScopeContext(scoped, null, null, RegionalImpact.DEFAULT_DELTA);
    }
}
