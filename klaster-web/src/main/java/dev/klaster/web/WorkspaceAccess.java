package dev.klaster.web;

import dev.klaster.workspace.NotFoundException;
import dev.klaster.workspace.User;
import dev.klaster.workspace.Workspace;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Who a request is for the workspace: the access token (bearer header or a token session) acts as the
 * administrator {@link #TOKEN_ADMIN}; a password session is its workspace user, read afresh on every request so a
 * changed role or a deleted account applies at once; anyone else is anonymous (null), who may only read public
 * initiatives.
 */
final class WorkspaceAccess {
    /** The administrator the access token acts as; its id {@code token} is what the audit log records. */
    static final User TOKEN_ADMIN = new User("token", "token", "Access token", true, Map.of(), Instant.EPOCH, 1);

    /** Paths of the workspace: writes there are decided by the workspace's roles, also on a --public server. */
    private static final Set<String> PREFIXES = Set.of("/api/v1/initiatives", "/api/v1/users", "/api/v1/me",
            "/initiatives", "/users", "/signin", "/signout", "/survey");

    private WorkspaceAccess() {
    }

    /** A path fit for the log: a survey link's token (it admits a respondent) is replaced by {@code ***}. */
    static String loggable(String path) {
        return path != null && path.startsWith("/survey/") ? "/survey/***" : path;
    }

    static boolean isWorkspacePath(String path) {
        for (String p : PREFIXES) {
            if (path.equals(p) || path.startsWith(p + "/")) {
                return true;
            }
        }
        return false;
    }

    /** The request's actor, or null when not signed in. */
    static User actor(Context ctx, Auth auth, Workspace ws) {
        if (auth.bearer(ctx)) {
            return TOKEN_ADMIN;
        }
        Auth.Session s = auth.session(ctx);
        if (s == null) {
            return null;
        }
        if (s.token()) {
            return TOKEN_ADMIN;
        }
        if (s.userId() == null) {
            return null;
        }
        try {
            return ws.users().get(s.userId());
        } catch (NotFoundException e) {
            return null; // deleted since sign-in
        }
    }
}
