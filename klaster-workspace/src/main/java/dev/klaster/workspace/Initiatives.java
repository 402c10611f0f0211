package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cluster initiatives: create (ADMIN), read (members, or anyone when public), update and change stage (MANAGER),
 * soft delete / restore (MANAGER), purge (ADMIN). Every write is one transaction with its audit entry; updates
 * name the version they started from.
 */
public final class Initiatives extends Service {
    static final Entity<Initiative> ENTITY = new Entity<>("initiatives", "initiative", Initiatives::load,
            Initiative::id, Initiative::version, Initiative::deletedAt, Operation.MANAGE);

    Initiatives(Db db) {
        super(db);
    }

    /** Creates an initiative at MOBILISATION; ADMIN only. */
    public Initiative create(User actor, InitiativeDraft draft) {
        return create(actor, draft, Stage.MOBILISATION);
    }

    /** Creates an initiative already at {@code stage} (one that started before it was recorded); ADMIN only. */
    public Initiative create(User actor, InitiativeDraft draft, Stage stage) {
        Permissions.require(actor, Operation.CREATE_INITIATIVE, null);
        Check.present("initiative", draft).validate();
        Check.present("initiative.stage", stage);
        return db.write(c -> insert(c, actor, draft, stage));
    }

    static Initiative insert(Connection c, User actor, InitiativeDraft d, Stage stage) throws SQLException {
        String id = Ids.next();
        Instant now = Rows.now();
        Rows.update(c, "INSERT INTO initiatives (id, name, cluster_code, cluster_name, lead_organisation,"
                        + " governance_body, start_date, end_date, is_public, stage, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, d.name(), d.clusterCode(), d.clusterName(), d.leadOrganisation(), d.governanceBody(),
                d.startDate(), d.endDate(), d.isPublic(), stage, now, now);
        writeRegions(c, id, d.regionCodes());
        Initiative after = load(c, id);
        AuditLog.record(c, actor, id, "initiative", id, "INSERT", null, after);
        return after;
    }

    /** The live initiative {@code id}, if {@code actor} (null = anonymous) may read it. */
    public Initiative get(User actor, String id) {
        return db.read(c -> authorised(c, actor, Operation.READ, id));
    }

    /** The live initiatives {@code actor} may read (all for ADMIN; public ones for anyone), by name. */
    public List<Initiative> list(User actor) {
        return db.read(c -> {
            List<String> ids = Rows.list(c, "SELECT id FROM initiatives WHERE deleted_at IS NULL ORDER BY name, id",
                    rs -> rs.getString(1));
            List<Initiative> out = new ArrayList<>();
            for (String id : ids) {
                Initiative i = load(c, id);
                if (Permissions.allows(actor, Operation.READ, i)) {
                    out.add(i);
                }
            }
            return out;
        });
    }

    /** Soft-deleted initiatives; ADMIN only (to restore or purge them). */
    public List<Initiative> listDeleted(User actor) {
        Permissions.require(actor, Operation.PURGE, null);
        return db.read(c -> {
            List<Initiative> out = new ArrayList<>();
            for (String id : Rows.list(c, "SELECT id FROM initiatives WHERE deleted_at IS NOT NULL ORDER BY id",
                    rs -> rs.getString(1))) {
                out.add(load(c, id));
            }
            return out;
        });
    }

    /**
     * Replaces the editable fields; needs MANAGE.
     *
     * @param version the version the edit started from
     * @throws StaleVersionException when someone saved in between
     */
    public Initiative update(User actor, String id, long version, InitiativeDraft draft) {
        Check.version(version);
        Check.present("initiative", draft).validate();
        return db.write(c -> {
            Initiative before = authorised(c, actor, Operation.MANAGE, id);
            checkVersion(ENTITY, id, before.version(), version);
            int n = Rows.update(c, "UPDATE initiatives SET name = ?, cluster_code = ?, cluster_name = ?,"
                            + " lead_organisation = ?, governance_body = ?, start_date = ?, end_date = ?, is_public = ?,"
                            + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                    draft.name(), draft.clusterCode(), draft.clusterName(), draft.leadOrganisation(),
                    draft.governanceBody(), draft.startDate(), draft.endDate(), draft.isPublic(), Rows.now(), id,
                    version);
            requireUpdated(c, ENTITY, id, version, n);
            Rows.update(c, "DELETE FROM initiative_regions WHERE initiative_id = ?", id);
            writeRegions(c, id, draft.regionCodes());
            Initiative after = load(c, id);
            AuditLog.record(c, actor, id, "initiative", id, "UPDATE", before, after);
            return after;
        });
    }

    /**
     * Moves the initiative to another stage ({@link Stage#canMoveTo}: one step forward or back to an earlier stage)
     * and records the change with its endorsed documents; needs MANAGE.
     *
     * @throws ValidationException when the move skips ahead or stays in place
     * @throws StaleVersionException when {@code version} is not the stored one
     */
    public StageChange changeStage(User actor, String id, long version, StageChangeRequest request) {
        return changeStage(actor, id, version, request, null);
    }

    /**
     * As {@link #changeStage(User, String, long, StageChangeRequest)}; when the move is into
     * {@link Stage#DIAGNOSIS}, every live KPI bound to a measured indicator ({@code indicatorKey}) for which
     * {@code measured} has a value gets it as its baseline (value and date; the KPI's version goes up), in the same
     * transaction and audited as an update of the KPI. KPIs without a measured value keep their baseline.
     */
    public StageChange changeStage(User actor, String id, long version, StageChangeRequest request,
                                   MeasuredBaseline measured) {
        Check.version(version);
        Check.present("stageChange", request).validate();
        return db.write(c -> {
            Initiative before = authorised(c, actor, Operation.MANAGE, id);
            checkVersion(ENTITY, id, before.version(), version);
            if (!before.stage().canMoveTo(request.to())) {
                throw new ValidationException("error.stageMove", before.stage(), request.to(), before.stage().next());
            }
            Instant now = Rows.now();
            int n = Rows.update(c, "UPDATE initiatives SET stage = ?, updated_at = ?, version = version + 1"
                    + " WHERE id = ? AND version = ? AND deleted_at IS NULL", request.to(), now, id, version);
            requireUpdated(c, ENTITY, id, version, n);
            String changeId = Ids.next();
            Rows.update(c, "INSERT INTO stage_changes (id, initiative_id, from_stage, to_stage, changed_on, changed_by,"
                            + " note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", changeId, id, before.stage(),
                    request.to(), request.date(), actor.id(), request.note(), now);
            int pos = 0;
            for (EndorsedDocument d : request.documents()) {
                Rows.update(c, "INSERT INTO endorsed_documents (id, stage_change_id, position, title, doc_type)"
                        + " VALUES (?, ?, ?, ?, ?)", Ids.next(), changeId, pos++, d.title(), d.type());
            }
            Initiative after = load(c, id);
            StageChange change = loadStageChanges(c, id).stream().filter(s -> s.id().equals(changeId)).findFirst()
                    .orElseThrow();
            AuditLog.record(c, actor, id, "initiative", id, "UPDATE", before, after);
            AuditLog.record(c, actor, id, "stage_change", changeId, "INSERT", null, change);
            if (request.to() == Stage.DIAGNOSIS && measured != null) {
                baselines(c, actor, after, measured);
            }
            return change;
        });
    }

    private static void baselines(Connection c, User actor, Initiative i, MeasuredBaseline measured)
            throws SQLException {
        for (Kpi k : Kpis.all(c, i.id())) {
            if (k.deletedAt() != null || k.indicatorKey() == null) {
                continue;
            }
            var v = measured.of(i, k);
            if (v.isEmpty() || !Double.isFinite(v.get().value()) || v.get().date() == null) {
                continue;
            }
            Rows.update(c, "UPDATE kpis SET baseline_date = ?, baseline_value = ?, updated_at = ?, version = version + 1"
                    + " WHERE id = ?", v.get().date(), v.get().value(), Rows.now(), k.id());
            AuditLog.record(c, actor, i.id(), "kpi", k.id(), "UPDATE", k, Kpis.load(c, k.id()));
        }
    }

    /** The stage history, oldest first; needs READ. */
    public List<StageChange> stageHistory(User actor, String id) {
        return db.read(c -> {
            authorised(c, actor, Operation.READ, id);
            return loadStageChanges(c, id);
        });
    }

    /** Soft-deletes the initiative (and so hides everything in it); needs MANAGE; reversible until purged. */
    public Initiative delete(User actor, String id, long version) {
        return softDelete(actor, ENTITY, id, version);
    }

    /** Undoes {@link #delete}; needs MANAGE on it. */
    public Initiative restore(User actor, String id) {
        return restore(actor, ENTITY, id);
    }

    /** Removes a soft-deleted initiative and all its rows for good; ADMIN only. The audit log keeps its history. */
    public void purge(User actor, String id) {
        purge(actor, ENTITY, id);
    }

    private static void writeRegions(Connection c, String id, List<String> regions) throws SQLException {
        int pos = 0;
        for (String r : regions) {
            Rows.update(c, "INSERT INTO initiative_regions (initiative_id, region_code, position) VALUES (?, ?, ?)",
                    id, r, pos++);
        }
    }

    static List<StageChange> loadStageChanges(Connection c, String initiativeId) throws SQLException {
        List<StageChange> bare = Rows.list(c, "SELECT * FROM stage_changes WHERE initiative_id = ? ORDER BY id",
                rs -> new StageChange(rs.getString("id"), rs.getString("initiative_id"),
                        Rows.enumValue(rs, "from_stage", Stage.class), Rows.enumValue(rs, "to_stage", Stage.class),
                        Rows.date(rs, "changed_on"), rs.getString("changed_by"), rs.getString("note"), List.of(),
                        Rows.instant(rs, "created_at")), initiativeId);
        List<StageChange> out = new ArrayList<>();
        for (StageChange s : bare) {
            List<EndorsedDocument> docs = Rows.list(c, "SELECT title, doc_type FROM endorsed_documents"
                            + " WHERE stage_change_id = ? ORDER BY position",
                    rs -> new EndorsedDocument(rs.getString(1), DocumentType.valueOf(rs.getString(2))), s.id());
            out.add(new StageChange(s.id(), s.initiativeId(), s.from(), s.to(), s.date(), s.userId(), s.note(), docs,
                    s.createdAt()));
        }
        return out;
    }

    /** The initiative {@code id}, deleted or not, or null. */
    static Initiative load(Connection c, String id) throws SQLException {
        Initiative bare = Rows.one(c, "SELECT * FROM initiatives WHERE id = ?", Initiatives::map, id);
        if (bare == null) {
            return null;
        }
        List<String> regions = Rows.list(c, "SELECT region_code FROM initiative_regions WHERE initiative_id = ?"
                + " ORDER BY position", rs -> rs.getString(1), id);
        return new Initiative(bare.id(), bare.name(), bare.clusterCode(), bare.clusterName(), regions,
                bare.leadOrganisation(), bare.governanceBody(), bare.startDate(), bare.endDate(), bare.isPublic(),
                bare.stage(), bare.createdAt(), bare.updatedAt(), bare.version(), bare.deletedAt());
    }

    private static Initiative map(ResultSet rs) throws SQLException {
        return new Initiative(rs.getString("id"), rs.getString("name"), rs.getString("cluster_code"),
                rs.getString("cluster_name"), List.of(), rs.getString("lead_organisation"),
                rs.getString("governance_body"), Rows.date(rs, "start_date"), Rows.date(rs, "end_date"),
                rs.getBoolean("is_public"), Rows.enumValue(rs, "stage", Stage.class), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), rs.getLong("version"), Rows.instant(rs, "deleted_at"));
    }
}
