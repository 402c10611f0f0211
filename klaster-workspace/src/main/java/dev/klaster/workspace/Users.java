package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Users, passwords and memberships: creating users (ADMIN, or the very first administrator through
 * {@link #bootstrapAdmin}), signing in ({@link #authenticate}), granting per-initiative roles (MANAGE on the
 * initiative). Usernames are case-insensitive (stored in lower case). Passwords are hashed with Argon2id
 * ({@link Passwords}) and never returned, logged or exported.
 */
public final class Users extends Service {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,100}");

    Users(Db db) {
        super(db);
    }

    /**
     * Creates the first administrator of an empty workspace (the {@code klaster users add --admin} path).
     *
     * @throws ForbiddenException when a live administrator already exists
     */
    public User bootstrapAdmin(String username, String displayName, String password) {
        String name = normalise(username);
        Check.text("user.displayName", displayName, 200);
        Passwords.validate(password);
        String hash = Passwords.hash(password);
        return db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM users WHERE is_admin = TRUE AND deleted_at IS NULL") > 0) {
                throw new ForbiddenException(false, "error.adminExists");
            }
            return insert(c, null, name, displayName, hash, true);
        });
    }

    /** Creates a user; ADMIN only. */
    public User create(User actor, String username, String displayName, String password, boolean admin) {
        Permissions.require(actor, Operation.MANAGE_USERS, null);
        String name = normalise(username);
        Check.text("user.displayName", displayName, 200);
        Passwords.validate(password);
        String hash = Passwords.hash(password);
        return db.write(c -> insert(c, actor, name, displayName, hash, admin));
    }

    private static User insert(Connection c, User actor, String username, String displayName, String hash,
                               boolean admin) throws SQLException {
        if (Rows.count(c, "SELECT COUNT(*) FROM users WHERE username = ?", username) > 0) {
            throw new ValidationException("error.usernameTaken", username);
        }
        String id = Ids.next();
        Instant now = Rows.now();
        Rows.update(c, "INSERT INTO users (id, username, display_name, password_hash, is_admin, created_at, updated_at,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", id, username, displayName, hash, admin, now, now);
        User u = load(c, id);
        AuditLog.record(c, actor, null, "user", id, "INSERT", null, u);
        return u;
    }

    /**
     * Signs in: the live user with this username and password, or empty. An unknown username costs the same
     * Argon2id computation as a wrong password.
     */
    public Optional<User> authenticate(String username, String password) {
        if (username == null || password == null || password.length() > Passwords.MAX_LENGTH) {
            Passwords.verifyDummy(password);
            return Optional.empty();
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        String[] found = db.read(c -> Rows.one(c, "SELECT id, password_hash FROM users WHERE username = ?"
                + " AND deleted_at IS NULL", rs -> new String[] {rs.getString(1), rs.getString(2)}, name));
        if (found == null) {
            Passwords.verifyDummy(password);
            return Optional.empty();
        }
        if (!Passwords.verify(password, found[1])) {
            return Optional.empty();
        }
        return Optional.ofNullable(db.read(c -> load(c, found[0])));
    }

    /** The live user {@code id} with current roles (call per request so role changes apply at once). */
    public User get(String id) {
        User u = db.read(c -> load(c, id));
        if (u == null) {
            throw new NotFoundException("user", String.valueOf(id));
        }
        return u;
    }

    /** The live user with this username, if any. */
    public Optional<User> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(db.read(c -> {
            String id = Rows.one(c, "SELECT id FROM users WHERE username = ? AND deleted_at IS NULL",
                    rs -> rs.getString(1), name);
            return id == null ? null : load(c, id);
        }));
    }

    /** All live users, by username; ADMIN only. */
    public List<User> list(User actor) {
        Permissions.require(actor, Operation.MANAGE_USERS, null);
        return db.read(c -> {
            List<String> ids = Rows.list(c, "SELECT id FROM users WHERE deleted_at IS NULL ORDER BY username",
                    rs -> rs.getString(1));
            List<User> out = new java.util.ArrayList<>();
            for (String id : ids) {
                out.add(load(c, id));
            }
            return out;
        });
    }

    /**
     * Sets a new password: the user themself (who must give the current password) or an ADMIN (who need not).
     *
     * @throws StaleVersionException when {@code version} is not the stored one
     */
    public User changePassword(User actor, String userId, long version, String currentPassword, String newPassword) {
        if (actor == null) {
            throw new ForbiddenException(true, "error.signInRequired", "-", "CHANGE_PASSWORD", "-");
        }
        boolean self = actor.id().equals(userId);
        if (!self) {
            Permissions.require(actor, Operation.MANAGE_USERS, null);
        }
        Passwords.validate(newPassword);
        Check.version(version);
        String hash = Passwords.hash(newPassword);
        return db.write(c -> {
            User before = liveUser(c, userId);
            if (self && !actor.admin()) {
                String stored = Rows.one(c, "SELECT password_hash FROM users WHERE id = ?", rs -> rs.getString(1),
                        userId);
                if (!Passwords.verify(currentPassword, stored)) {
                    throw new ForbiddenException(false, "error.wrongPassword", actor.username());
                }
            }
            checkVersion(USER, userId, before.version(), version);
            int n = Rows.update(c, "UPDATE users SET password_hash = ?, updated_at = ?, version = version + 1"
                    + " WHERE id = ? AND version = ? AND deleted_at IS NULL", hash, Rows.now(), userId, version);
            requireUpdated(c, USER, userId, version, n);
            User after = load(c, userId);
            AuditLog.record(c, actor, null, "user", userId, "UPDATE", before, after);
            return after;
        });
    }

    /**
     * Gives {@code userId} the role {@code role} (MANAGER, MEMBER or VIEWER) on an initiative, replacing any earlier
     * one; needs MANAGE on the initiative. Audited as entity {@code membership}.
     */
    public User grant(User actor, String userId, String initiativeId, Role role) {
        Check.present("membership.role", role);
        if (role == Role.ADMIN) {
            throw new ValidationException("error.adminNotPerInitiative");
        }
        return db.write(c -> {
            authorised(c, actor, Operation.MANAGE, initiativeId);
            liveUser(c, userId);
            Map<String, Object> before = membership(c, userId, initiativeId);
            if (before == null) {
                Rows.update(c, "INSERT INTO memberships (initiative_id, user_id, role) VALUES (?, ?, ?)",
                        initiativeId, userId, role);
            } else {
                Rows.update(c, "UPDATE memberships SET role = ? WHERE initiative_id = ? AND user_id = ?", role,
                        initiativeId, userId);
            }
            AuditLog.record(c, actor, initiativeId, "membership", userId, before == null ? "INSERT" : "UPDATE",
                    before, membership(c, userId, initiativeId));
            return load(c, userId);
        });
    }

    /** Takes away {@code userId}'s role on an initiative; needs MANAGE on it. */
    public User revoke(User actor, String userId, String initiativeId) {
        return db.write(c -> {
            authorised(c, actor, Operation.MANAGE, initiativeId);
            Map<String, Object> before = membership(c, userId, initiativeId);
            if (before == null) {
                throw new NotFoundException("membership", userId + "@" + initiativeId);
            }
            Rows.update(c, "DELETE FROM memberships WHERE initiative_id = ? AND user_id = ?", initiativeId, userId);
            AuditLog.record(c, actor, initiativeId, "membership", userId, "DELETE", before, null);
            return load(c, userId);
        });
    }

    /** Soft-deletes a user (they can no longer sign in); ADMIN only; reversible with {@link #restore}. */
    public User delete(User actor, String userId, long version) {
        Permissions.require(actor, Operation.MANAGE_USERS, null);
        Check.version(version);
        return db.write(c -> {
            User before = liveUser(c, userId);
            checkVersion(USER, userId, before.version(), version);
            int n = Rows.update(c, "UPDATE users SET deleted_at = ?, version = version + 1 WHERE id = ? AND version = ?"
                    + " AND deleted_at IS NULL", Rows.now(), userId, version);
            requireUpdated(c, USER, userId, version, n);
            User after = loadAny(c, userId);
            AuditLog.record(c, actor, null, "user", userId, "DELETE", before, after);
            return after;
        });
    }

    /** Undoes {@link #delete}; ADMIN only. */
    public User restore(User actor, String userId) {
        Permissions.require(actor, Operation.MANAGE_USERS, null);
        return db.write(c -> {
            User before = loadAny(c, userId);
            Instant deleted = Rows.one(c, "SELECT deleted_at FROM users WHERE id = ?", rs -> Rows.instant(rs,
                    "deleted_at"), userId);
            if (before == null || deleted == null) {
                throw new NotFoundException("user (deleted)", String.valueOf(userId));
            }
            Rows.update(c, "UPDATE users SET deleted_at = NULL, version = version + 1 WHERE id = ?", userId);
            User after = load(c, userId);
            AuditLog.record(c, actor, null, "user", userId, "RESTORE", before, after);
            return after;
        });
    }

    private static final Entity<User> USER = new Entity<>("users", "user", Users::loadAny, u -> null,
            User::version, u -> null, Operation.MANAGE_USERS);

    private static String normalise(String username) {
        if (username == null || username.isBlank()) {
            throw new ValidationException("error.required", "user.username");
        }
        String name = username.trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new ValidationException("error.badUsername", username);
        }
        return name;
    }

    private static User liveUser(Connection c, String id) throws SQLException {
        User u = id == null ? null : load(c, id);
        if (u == null) {
            throw new NotFoundException("user", String.valueOf(id));
        }
        return u;
    }

    private static Map<String, Object> membership(Connection c, String userId, String initiativeId)
            throws SQLException {
        return Rows.one(c, "SELECT role FROM memberships WHERE user_id = ? AND initiative_id = ?", rs -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("initiativeId", initiativeId);
            m.put("userId", userId);
            m.put("role", rs.getString(1));
            return m;
        }, userId, initiativeId);
    }

    /** A live user with their roles, or null. */
    static User load(Connection c, String id) throws SQLException {
        return load(c, id, false);
    }

    static User loadAny(Connection c, String id) throws SQLException {
        return load(c, id, true);
    }

    private static User load(Connection c, String id, boolean includeDeleted) throws SQLException {
        User base = Rows.one(c, "SELECT id, username, display_name, is_admin, created_at, version FROM users"
                + " WHERE id = ?" + (includeDeleted ? "" : " AND deleted_at IS NULL"), Users::mapBase, id);
        if (base == null) {
            return null;
        }
        Map<String, Role> roles = new HashMap<>();
        // Roles on soft-deleted initiatives too: their manager may restore them; every other call checks liveness.
        for (String[] r : Rows.list(c, "SELECT initiative_id, role FROM memberships WHERE user_id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, id)) {
            roles.put(r[0], Role.valueOf(r[1]));
        }
        return new User(base.id(), base.username(), base.displayName(), base.admin(), roles, base.createdAt(),
                base.version());
    }

    private static User mapBase(ResultSet rs) throws SQLException {
        return new User(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("is_admin"), Map.of(), Rows.instant(rs, "created_at"), rs.getLong("version"));
    }
}
