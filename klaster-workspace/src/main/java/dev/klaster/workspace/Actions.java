package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The agenda of an initiative: actions with owner, dates, budget, status and the KPIs they serve. */
public final class Actions extends Service {
    static final Entity<Action> ENTITY = new Entity<>("actions", "action", Actions::load, Action::initiativeId,
            Action::version, Action::deletedAt, Operation.EDIT);

    Actions(Db db) {
        super(db);
    }

    public Action create(User actor, String initiativeId, ActionDraft draft) {
        Check.present("action", draft).validate();
        return db.write(c -> {
            authorised(c, actor, Operation.EDIT, initiativeId);
            return insert(c, actor, initiativeId, draft);
        });
    }

    static Action insert(Connection c, User actor, String initiativeId, ActionDraft d) throws SQLException {
        checkKpis(c, initiativeId, d.kpiIds());
        String id = Ids.next();
        Instant now = Rows.now();
        Rows.update(c, "INSERT INTO actions (id, initiative_id, title, owner, start_date, end_date, budget_rupiah, status,"
                        + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, initiativeId, d.title(), d.owner(), d.startDate(), d.endDate(), d.budgetRupiah(), d.status(), now,
                now);
        writeKpis(c, id, d.kpiIds());
        Action a = load(c, id);
        AuditLog.record(c, actor, initiativeId, "action", id, "INSERT", null, a);
        return a;
    }

    public Action get(User actor, String id) {
        return db.read(c -> liveRow(c, actor, Operation.READ, ENTITY, id));
    }

    /** Live actions of an initiative, by start date then title. */
    public List<Action> list(User actor, String initiativeId) {
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            List<Action> out = new ArrayList<>();
            for (String id : Rows.list(c, "SELECT id FROM actions WHERE initiative_id = ? AND deleted_at IS NULL"
                    + " ORDER BY start_date, title, id", rs -> rs.getString(1), initiativeId)) {
                out.add(load(c, id));
            }
            return out;
        });
    }

    public Action update(User actor, String id, long version, ActionDraft d) {
        Check.version(version);
        Check.present("action", d).validate();
        return db.write(c -> {
            Action before = liveRow(c, actor, Operation.EDIT, ENTITY, id);
            checkVersion(ENTITY, id, before.version(), version);
            checkKpis(c, before.initiativeId(), d.kpiIds());
            int n = Rows.update(c, "UPDATE actions SET title = ?, owner = ?, start_date = ?, end_date = ?,"
                            + " budget_rupiah = ?, status = ?, updated_at = ?, version = version + 1"
                            + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                    d.title(), d.owner(), d.startDate(), d.endDate(), d.budgetRupiah(), d.status(), Rows.now(), id,
                    version);
            requireUpdated(c, ENTITY, id, version, n);
            Rows.update(c, "DELETE FROM action_kpis WHERE action_id = ?", id);
            writeKpis(c, id, d.kpiIds());
            Action after = load(c, id);
            AuditLog.record(c, actor, before.initiativeId(), "action", id, "UPDATE", before, after);
            return after;
        });
    }

    public Action delete(User actor, String id, long version) {
        return softDelete(actor, ENTITY, id, version);
    }

    public Action restore(User actor, String id) {
        return restore(actor, ENTITY, id);
    }

    public void purge(User actor, String id) {
        purge(actor, ENTITY, id);
    }

    private static void checkKpis(Connection c, String initiativeId, List<String> kpiIds) throws SQLException {
        for (String k : kpiIds) {
            Kpi kpi = Kpis.load(c, k);
            if (kpi == null || kpi.deletedAt() != null || !kpi.initiativeId().equals(initiativeId)) {
                throw new ValidationException("error.unknownKpi", "action.kpiIds", k);
            }
        }
    }

    private static void writeKpis(Connection c, String actionId, List<String> kpiIds) throws SQLException {
        int pos = 0;
        for (String k : kpiIds) {
            Rows.update(c, "INSERT INTO action_kpis (action_id, kpi_id, position) VALUES (?, ?, ?)", actionId, k, pos++);
        }
    }

    static List<Action> all(Connection c, String initiativeId) throws SQLException {
        List<Action> out = new ArrayList<>();
        for (String id : Rows.list(c, "SELECT id FROM actions WHERE initiative_id = ? ORDER BY id",
                rs -> rs.getString(1), initiativeId)) {
            out.add(load(c, id));
        }
        return out;
    }

    static Action load(Connection c, String id) throws SQLException {
        Action bare = Rows.one(c, "SELECT * FROM actions WHERE id = ?", Actions::map, id);
        if (bare == null) {
            return null;
        }
        List<String> kpis = Rows.list(c, "SELECT kpi_id FROM action_kpis WHERE action_id = ? ORDER BY position",
                rs -> rs.getString(1), id);
        return new Action(bare.id(), bare.initiativeId(), bare.title(), bare.owner(), bare.startDate(), bare.endDate(),
                bare.budgetRupiah(), bare.status(), kpis, bare.createdAt(), bare.updatedAt(), bare.version(),
                bare.deletedAt());
    }

    private static Action map(ResultSet rs) throws SQLException {
        return new Action(rs.getString("id"), rs.getString("initiative_id"), rs.getString("title"),
                rs.getString("owner"), Rows.date(rs, "start_date"), Rows.date(rs, "end_date"),
                Rows.nullableLong(rs, "budget_rupiah"), Rows.enumValue(rs, "status", ActionStatus.class), List.of(),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), rs.getLong("version"),
                Rows.instant(rs, "deleted_at"));
    }
}
