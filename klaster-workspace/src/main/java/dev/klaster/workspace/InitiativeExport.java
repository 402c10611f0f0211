package dev.klaster.workspace;

import java.time.Instant;
import java.util.List;

/**
 * The JSON document of one exported initiative (format {@code klaster-initiative}, version 1): the initiative, its
 * stage history, and its live stakeholders, KPIs, observations and actions. No users, memberships or password
 * hashes are in it; stage changes name the user id who recorded them.
 */
public record InitiativeExport(String format, int formatVersion, Instant exportedAt, Initiative initiative,
                               List<StageChange> stageChanges, List<Stakeholder> stakeholders, List<Kpi> kpis,
                               List<Observation> observations, List<Action> actions) {
    /** The value of {@link #format()}. */
    public static final String FORMAT = "klaster-initiative";
    /** The only format version so far. */
    public static final int VERSION = 1;

    public InitiativeExport {
        stageChanges = stageChanges == null ? List.of() : List.copyOf(stageChanges);
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        observations = observations == null ? List.of() : List.copyOf(observations);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
