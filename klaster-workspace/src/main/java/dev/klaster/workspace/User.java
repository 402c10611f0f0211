package dev.klaster.workspace;

import java.time.Instant;
import java.util.Map;

/**
 * A signed-in person as the services see them: the admin flag and a role per initiative (initiative id → role).
 * Holds no password or hash, so neither can reach a log, an audit snapshot or an export through it.
 */
public record User(String id, String username, String displayName, boolean admin, Map<String, Role> roles,
                   Instant createdAt, long version) {
    public User {
        roles = Map.copyOf(roles);
    }

    /** The role on {@code initiativeId}: ADMIN for administrators, else the membership role or null. */
    public Role roleOn(String initiativeId) {
        return admin ? Role.ADMIN : initiativeId == null ? null : roles.get(initiativeId);
    }
}
