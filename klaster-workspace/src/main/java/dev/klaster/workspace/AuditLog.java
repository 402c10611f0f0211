package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The audit log: every insert, update, delete, restore and purge of the services writes one entry in the same
 * transaction as the change, so a change is never without its entry, nor an entry without its change.
 */
public final class AuditLog {
    private final Db db;

    AuditLog(Db db) {
        this.db = db;
    }

    static final String INSERT_SQL = "INSERT INTO audit_log (id, at, user_id, initiative_id, entity, entity_id,"
            + " operation, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static void record(Connection c, User actor, String initiativeId, String entity, String entityId,
                       String operation, Object before, Object after) throws SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement(INSERT_SQL)) {
            bind(ps, actor, initiativeId, entity, entityId, operation, before, after);
            ps.executeUpdate();
        }
    }

    static void bind(java.sql.PreparedStatement ps, User actor, String initiativeId, String entity, String entityId,
                     String operation, Object before, Object after) throws SQLException {
        Rows.bind(ps, Ids.next(), Rows.now(), actor == null ? null : actor.id(), initiativeId, entity, entityId,
                operation, Json.write(before), Json.write(after));
    }

    /** The entries of one initiative (including those of purged rows), oldest first; needs MANAGE on it. */
    public List<AuditEntry> forInitiative(User actor, String initiativeId) {
        return db.read(c -> {
            Initiative i = Initiatives.load(c, initiativeId);
            if (i == null) {
                throw new NotFoundException("initiative", initiativeId);
            }
            Permissions.require(actor, Operation.MANAGE, i);
            return Rows.list(c, "SELECT * FROM audit_log WHERE initiative_id = ? ORDER BY id", AuditLog::map,
                    initiativeId);
        });
    }

    /**
     * The {@code limit} most recent entries of an initiative, oldest first (a page of the log: the whole log of a busy
     * initiative grows with every change); MANAGE of the initiative required.
     */
    public List<AuditEntry> recentForInitiative(User actor, String initiativeId, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return db.read(c -> {
            Initiative i = Initiatives.load(c, initiativeId);
            if (i == null) {
                throw new NotFoundException("initiative", initiativeId);
            }
            Permissions.require(actor, Operation.MANAGE, i);
            List<AuditEntry> newest = Rows.list(c, "SELECT * FROM audit_log WHERE initiative_id = ? ORDER BY id DESC "
                    + "LIMIT ?", AuditLog::map, initiativeId, limit);
            java.util.Collections.reverse(newest);
            return newest;
        });
    }

    /** Entries not tied to an initiative (users), oldest first; ADMIN only. */
    public List<AuditEntry> workspaceEntries(User actor) {
        Permissions.require(actor, Operation.MANAGE_USERS, null);
        return db.read(c -> Rows.list(c, "SELECT * FROM audit_log WHERE initiative_id IS NULL ORDER BY id",
                AuditLog::map));
    }

    private static AuditEntry map(java.sql.ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getString("id"), Rows.instant(rs, "at"), rs.getString("user_id"),
                rs.getString("initiative_id"), rs.getString("entity"), rs.getString("entity_id"),
                rs.getString("operation"), rs.getString("before_json"), rs.getString("after_json"));
    }
}
