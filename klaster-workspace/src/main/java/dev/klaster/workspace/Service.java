package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.SQLException;

/** Common ground of the services: the database, access to the initiative of a row, and the row life cycle. */
abstract class Service {
    final Db db;

    Service(Db db) {
        this.db = db;
    }

    /** The live (not deleted) initiative {@code id}, or NotFound. */
    static Initiative liveInitiative(Connection c, String id) throws SQLException {
        Initiative i = id == null ? null : Initiatives.load(c, id);
        if (i == null || i.deletedAt() != null) {
            throw new NotFoundException("initiative", String.valueOf(id));
        }
        return i;
    }

    /** The live initiative {@code id} after checking that {@code actor} may do {@code op} on it. */
    static Initiative authorised(Connection c, User actor, Operation op, String initiativeId) throws SQLException {
        Initiative i = liveInitiative(c, initiativeId);
        Permissions.require(actor, op, i);
        return i;
    }

    /** The live row {@code id} of {@code entity} in a live initiative, after checking {@code op} on it. */
    static <T> T liveRow(Connection c, User actor, Operation op, Entity<T> entity, String id) throws SQLException {
        T row = id == null ? null : entity.loader().load(c, id);
        if (row == null || entity.deletedOf().apply(row) != null) {
            throw new NotFoundException(entity.name(), String.valueOf(id));
        }
        authorised(c, actor, op, entity.initiativeOf().apply(row));
        return row;
    }

    /** Throws StaleVersionException unless the stored version is the submitted one. */
    static void checkVersion(Entity<?> entity, String id, long stored, long submitted) {
        if (stored != submitted) {
            throw new StaleVersionException(entity.name(), id, stored, submitted);
        }
    }

    /**
     * Ends a versioned UPDATE ({@code ... WHERE id = ? AND version = ?}): when no row changed, someone else saved
     * between our read and our write, and the caller gets StaleVersionException with the version now stored.
     */
    static void requireUpdated(Connection c, Entity<?> entity, String id, long submitted, int updated)
            throws SQLException {
        if (updated == 1) {
            return;
        }
        Long stored = Rows.one(c, "SELECT version FROM " + entity.table() + " WHERE id = ?",
                rs -> rs.getLong(1), id);
        if (stored == null) {
            throw new NotFoundException(entity.name(), id);
        }
        throw new StaleVersionException(entity.name(), id, stored, submitted);
    }

    /** Soft-deletes a row (sets deleted_at, bumps the version) after the version check; audited. */
    <T> T softDelete(User actor, Entity<T> entity, String id, long version) {
        Check.version(version);
        return db.write(c -> {
            T before = liveRow(c, actor, entity.deleteOp(), entity, id);
            checkVersion(entity, id, entity.versionOf().apply(before), version);
            int n = Rows.update(c, "UPDATE " + entity.table() + " SET deleted_at = ?, version = version + 1"
                    + " WHERE id = ? AND version = ? AND deleted_at IS NULL", Rows.now(), id, version);
            requireUpdated(c, entity, id, version, n);
            T after = entity.loader().load(c, id);
            AuditLog.record(c, actor, entity.initiativeOf().apply(before), entity.name(), id, "DELETE", before, after);
            return after;
        });
    }

    /** Undoes a soft delete (the initiative of the row must be live); audited. */
    <T> T restore(User actor, Entity<T> entity, String id) {
        return db.write(c -> {
            T before = id == null ? null : entity.loader().load(c, id);
            if (before == null || entity.deletedOf().apply(before) == null) {
                throw new NotFoundException(entity.name() + " (deleted)", String.valueOf(id));
            }
            String initiativeId = entity.initiativeOf().apply(before);
            if (entity.table().equals("initiatives")) {
                Permissions.require(actor, Operation.MANAGE, Initiatives.load(c, initiativeId));
            } else {
                authorised(c, actor, entity.deleteOp(), initiativeId);
            }
            Rows.update(c, "UPDATE " + entity.table() + " SET deleted_at = NULL, version = version + 1 WHERE id = ?",
                    id);
            T after = entity.loader().load(c, id);
            AuditLog.record(c, actor, initiativeId, entity.name(), id, "RESTORE", before, after);
            return after;
        });
    }

    /** Removes a soft-deleted row for good (and, by cascade, what belongs to it); ADMIN only; audited. */
    <T> void purge(User actor, Entity<T> entity, String id) {
        Permissions.require(actor, Operation.PURGE, null);
        db.write(c -> {
            T before = id == null ? null : entity.loader().load(c, id);
            if (before == null || entity.deletedOf().apply(before) == null) {
                throw new NotFoundException(entity.name() + " (deleted)", String.valueOf(id));
            }
            Rows.update(c, "DELETE FROM " + entity.table() + " WHERE id = ? AND deleted_at IS NOT NULL", id);
            AuditLog.record(c, actor, entity.initiativeOf().apply(before), entity.name(), id, "PURGE", before, null);
            return null;
        });
    }
}
