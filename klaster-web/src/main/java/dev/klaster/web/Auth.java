package dev.klaster.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may change state. The server has one secret access token (random at each start unless configured), printed
 * in the URL {@code klaster serve} shows, as Jupyter does. A browser that opens {@code /?token=...} gets a session
 * cookie (HttpOnly, SameSite=Strict) and a CSRF token that every state-changing form and request must send back
 * ({@code csrf} form field or {@code X-CSRF-Token} header); an API client sends {@code Authorization: Bearer TOKEN}
 * instead (not sent by browsers on their own, so not open to CSRF). Reading needs no sign-in on a loopback server.
 * Tokens are compared in constant time. A token session (and the bearer token) acts as the workspace's
 * administrator. Workspace users sign in with a username and password instead ({@link #signInUser}); their session
 * carries their user id, and what they may do is decided per request by the workspace's permissions. The sign-in
 * form itself is protected against login CSRF by a double-submit token ({@link #preCsrf}).
 */
public final class Auth {
    public static final String COOKIE = "klaster_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Duration SESSION_LIFE = Duration.ofHours(12);
    private static final int MAX_SESSIONS = 1000;
    private final SecureRandom random = new SecureRandom();
    private final String token;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    private static final String PRE_COOKIE = "klaster_pre";
    private final byte[] preKey = new byte[32];

    /**
     * A browser session: signed in with the access token ({@code token}, acts as administrator) or as the workspace
     * user {@code userId}.
     */
    public record Session(String id, String csrf, Instant created, String userId, boolean token) {
    }

    public Auth(String token) {
        this.token = token == null ? randomToken() : token;
        random.nextBytes(preKey);
    }

    /** The access token (for the start-up message). */
    public String token() {
        return token;
    }

    private String randomToken() {
        byte[] b = new byte[24];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** The session of the request's cookie, or null. */
    public Session session(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id == null) {
            return null;
        }
        Session s = sessions.get(id);
        if (s == null || s.created().plus(SESSION_LIFE).isBefore(Instant.now())) {
            return null;
        }
        return s;
    }

    /** True when the request carries the bearer token. */
    public boolean bearer(Context ctx) {
        String h = ctx.header("Authorization");
        return h != null && h.startsWith("Bearer ") && same(h.substring(7).strip(), token);
    }

    /** Signs a browser in when {@code candidate} is the access token; returns the new session or null. */
    public Session signIn(Context ctx, String candidate) {
        if (!same(candidate, token)) {
            return null;
        }
        return open(ctx, null, true);
    }

    /** Signs a browser in as the workspace user {@code userId} (after the password was checked); a new session id. */
    public Session signInUser(Context ctx, String userId) {
        return open(ctx, userId, false);
    }

    /** Ends the request's session (sign-out) and clears its cookie. */
    public void signOut(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
        Cookie c = new Cookie(COOKIE, "");
        c.setMaxAge(0);
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setPath("/");
        c.setSecure("https".equalsIgnoreCase(ctx.scheme()));
        ctx.cookie(c);
    }

    private Session open(Context ctx, String userId, boolean viaToken) {
        String old = ctx.cookie(COOKIE);
        if (old != null) {
            sessions.remove(old); // a new id at every sign-in (no session fixation)
        }
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.entrySet().removeIf(e -> e.getValue().created().plus(SESSION_LIFE).isBefore(Instant.now()));
            if (sessions.size() >= MAX_SESSIONS) {
                sessions.clear();
            }
        }
        Session s = new Session(randomToken(), randomToken(), Instant.now(), userId, viaToken);
        sessions.put(s.id(), s);
        Cookie c = new Cookie(COOKIE, s.id());
        c.setHttpOnly(true);
        c.setSameSite(SameSite.STRICT);
        c.setPath("/");
        c.setSecure("https".equalsIgnoreCase(ctx.scheme()));
        ctx.cookie(c);
        return s;
    }

    /**
     * Checks a state-changing request: 401 without a session or bearer token, 403 when a cookie-signed request lacks
     * the session's CSRF token or comes from another origin.
     */
    public void requireWrite(Context ctx) {
        if (bearer(ctx)) {
            return;
        }
        Session s = session(ctx);
        if (s == null) {
            throw new ApiException(401, "sign in first: open the address with ?token=... that klaster serve printed, "
                    + "or send Authorization: Bearer TOKEN");
        }
        checkOrigin(ctx);
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam("csrf");
        }
        if (!same(sent, s.csrf())) {
            throw new ApiException(403, "missing or wrong CSRF token (reload the page and try again)");
        }
    }

    /**
     * The CSRF token of the sign-in form (before any session exists): HMAC-SHA256 of a random value kept in a
     * HttpOnly SameSite=Strict cookie, made here when the request has none. Checked by {@link #checkPreCsrf}.
     */
    public String preCsrf(Context ctx) {
        String v = ctx.cookie(PRE_COOKIE);
        if (v == null || v.length() < 20 || v.length() > 64) {
            v = randomToken();
            Cookie c = new Cookie(PRE_COOKIE, v);
            c.setHttpOnly(true);
            c.setSameSite(SameSite.STRICT);
            c.setPath("/");
            c.setSecure("https".equalsIgnoreCase(ctx.scheme()));
            ctx.cookie(c);
        }
        return mac(v);
    }

    /** 403 unless the sign-in form sent the token that belongs to its pre-session cookie (and the same origin). */
    public void checkPreCsrf(Context ctx) {
        checkOrigin(ctx);
        String v = ctx.cookie(PRE_COOKIE);
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam("csrf");
        }
        if (v == null || !same(sent, mac(v))) {
            throw new ApiException(403, "missing or wrong CSRF token (reload the sign-in page and try again)");
        }
    }

    private String mac(String v) {
        try {
            javax.crypto.Mac m = javax.crypto.Mac.getInstance("HmacSHA256");
            m.init(new javax.crypto.spec.SecretKeySpec(preKey, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(m.doFinal(v.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static void checkOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !sameOrigin(origin, ctx)) {
            throw new ApiException(403, "request from another origin refused: " + ApiException.clip(origin));
        }
    }

    private static boolean isForm(Context ctx) {
        String ct = ctx.contentType();
        return ct != null && (ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/"));
    }

    private static boolean sameOrigin(String origin, Context ctx) {
        String host = ctx.header("Host");
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }
}
