package dev.klaster.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.klaster.core.model.InputDataException;
import dev.klaster.workspace.User;
import dev.klaster.workspace.Workspace;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Klaster web server: the dashboard pages and the REST API ({@code /api/v1}, described at
 * {@code /api/openapi.json}) in one embedded Javalin process. Every script, style and map it uses is served by
 * itself (webjars and the project's own files), so it works with no internet.
 *
 * <p>Safety: every response carries a content-security policy that allows only the server's own assets; state
 * changes need sign-in and a CSRF token ({@link Auth}) and are refused on a read-only ({@code --public}) server;
 * request bodies are limited ({@link WebConfig#maxUploadBytes()}); dataset ids cannot name a path outside the data
 * folder ({@link DatasetStore}); errors are JSON (API) or a page (browser) with a fitting status, never a stack
 * trace.
 */
public final class KlasterServer implements AutoCloseable {
    static final String VERSION = "0.1.0";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private static final Logger LOG = LoggerFactory.getLogger(KlasterServer.class);
    static final ObjectMapper JSON = new ObjectMapper();

    private final WebConfig config;
    private final DatasetStore store;
    private final Analyses analyses;
    private final ResponseCache responses;
    /** Bound of the kept GET answers (about a tenth of the 1 GB heap the server is sized for). */
    static final long RESPONSE_CACHE_BYTES = 128L << 20;
    private final Auth auth;
    private final Workspace workspace;
    private final LoginLimiter limiter = new LoginLimiter(java.time.Clock.systemUTC());
    private final ApiDoc doc = new ApiDoc();
    private final Javalin app;

    private KlasterServer(WebConfig config) {
        this.config = config;
        this.store = new DatasetStore(config.dataDir());
        this.analyses = new Analyses(store, config.jobTimeout(), config.cachedAnalyses());
        this.responses = new ResponseCache(RESPONSE_CACHE_BYTES);
        this.auth = new Auth(config.accessToken());
        this.workspace = openWorkspace(config.workspaceUrl());
        ApiRoutes api = new ApiRoutes(this);
        Pages pages = new Pages(this);
        WorkspaceRoutes wsApi = new WorkspaceRoutes(this);
        WorkspacePages wsPages = new WorkspacePages(this);
        this.app = Javalin.create(c -> {
            c.jetty.host = config.bind();
            c.jetty.port = config.port();
            c.http.maxRequestSize = config.maxUploadBytes();
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            c.startup.showJavalinBanner = false;
            c.staticFiles.enableWebjars();
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/assets";
                sf.directory = "/dev/klaster/web/assets";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "max-age=3600");
            });
            c.routes.before(this::guard);
            api.register(c.routes, doc);
            wsApi.register(c.routes, doc);
            pages.register(c.routes);
            wsPages.register(c.routes);
            wsApi.errors(c.routes);
            c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.field(),
                    e.value()));
            c.routes.exception(InputDataException.class, (e, ctx) -> error(ctx, 400, e.getMessage(), e.column(),
                    e.value()));
            c.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
                    e.getMessage(), null, null));
            c.routes.exception(Exception.class, (e, ctx) -> {
                if (isTooLarge(e)) {
                    error(ctx, 413, "the upload is larger than the limit of " + (config.maxUploadBytes() >> 20)
                            + " MiB", null, null);
                    return;
                }
                LOG.error("request {} {} failed", ctx.method(), WorkspaceAccess.loggable(ctx.path()), e);
                error(ctx, 500, "internal error: " + e.getClass().getSimpleName() + " (see the server log)", null,
                        null);
            });
            c.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    error(ctx, 404, "not found: " + ApiException.clip(ctx.path()), null, null);
                }
            });
            c.routes.error(413, ctx -> error(ctx, 413, "the upload is larger than the limit of "
                    + (config.maxUploadBytes() >> 20) + " MiB", null, null));
        });
    }

    /** The workspace database cannot be opened (unreachable server, wrong password, unreadable file). */
    public static final class WorkspaceUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkspaceUnavailable(String url, RuntimeException cause) {
            super("cannot open the workspace database " + url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@") + ": "
                    + cause.getMessage(), cause);
        }
    }

    private Workspace openWorkspace(String url) {
        try {
            return Workspace.open(url);
        } catch (dev.klaster.workspace.ValidationException e) {
            analyses.close();
            throw e; // a malformed address: the caller names the option
        } catch (RuntimeException e) {
            analyses.close();
            throw new WorkspaceUnavailable(url, e);
        }
    }

    /** Creates and starts a server. */
    public static KlasterServer start(WebConfig config) {
        KlasterServer s = new KlasterServer(config);
        try {
            s.app.start();
        } catch (RuntimeException e) {
            s.workspace.close();
            s.analyses.close();
            throw e;
        }
        return s;
    }

    private static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("exceeds") || m.contains("too large") || m.contains("max file size")
                    || m.contains("maxrequestsize")) {
                return true;
            }
        }
        return false;
    }

    /** Security headers, the sign-in link, the read-only rule and authentication with CSRF for state changes. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        String token = ctx.queryParam("token");
        if (token != null && ctx.method() == HandlerType.GET) {
            if (auth.signIn(ctx, token) == null) {
                throw new ApiException(401, "wrong access token");
            }
            // the token leaves the address bar at once (history, screenshots)
            String lang = ctx.queryParam("lang");
            ctx.redirect(ctx.path() + (lang == null ? "" : "?lang=" + Html.url(lang)));
            ctx.skipRemainingHandlers();
            return;
        }
        HandlerType m = ctx.method();
        if (m == HandlerType.POST || m == HandlerType.PUT || m == HandlerType.PATCH || m == HandlerType.DELETE) {
            boolean ws = WorkspaceAccess.isWorkspacePath(ctx.path());
            if (config.readOnly() && !ws) {
                throw new ApiException(403, "this server is public and read-only: uploads and deletions are off");
            }
            long len = ctx.contentLength();
            if (len > config.maxUploadBytes()) {
                throw new ApiException(413, "the upload is larger than the limit of " + (config.maxUploadBytes() >> 20)
                        + " MiB");
            }
            if (ctx.path().equals("/signin")) {
                auth.checkPreCsrf(ctx); // no session yet: the sign-in form's own CSRF token
                return;
            }
            if (ctx.path().startsWith("/survey/")) {
                // a survey respondent has no account: the link's token admits them (checked by the workspace),
                // the form's pre-session CSRF token and the origin check protect the post
                auth.checkPreCsrf(ctx);
                return;
            }
            auth.requireWrite(ctx);
            User actor = actor(ctx);
            if (actor == null) {
                throw new ApiException(401, "sign in first (/signin)");
            }
            if (!ws && !actor.admin()) {
                throw new ApiException(403, "only an administrator may upload or delete datasets (user "
                        + actor.username() + ")");
            }
        }
    }

    /** An error as JSON for the API and scripts, as a page for a browser. */
    void error(Context ctx, int status, String message, String field, String value) {
        ctx.status(status);
        boolean api = ctx.path().startsWith("/api/") || !String.valueOf(ctx.header("Accept")).contains("text/html");
        if (api) {
            ObjectNode o = JSON.createObjectNode();
            o.put("status", status);
            o.put("error", io.javalin.http.HttpStatus.forStatus(status).getMessage());
            o.put("message", message);
            if (field != null) {
                o.put("field", field);
            }
            if (value != null) {
                o.put("value", value);
            }
            ctx.contentType("application/json").result(o.toString());
        } else {
            WebText t = WebText.of("en".equals(ctx.queryParam("lang")) ? "en" : "id");
            String body = "<section class=\"report-section\"><h1>" + status + "</h1><p class=\"error\" id=\"error\">"
                    + Html.esc(message) + "</p><p>" + back(ctx, t) + "<a href=\"" + Html.href("/", "lang", t.lang())
                    + "\">" + Html.esc(t.get("nav.home")) + "</a></p></section>";
            ctx.contentType("text/html; charset=utf-8").result(Html.page(t, String.valueOf(status),
                    Html.href(ctx.path(), "lang", t.lang().equals("id") ? "en" : "id"), false,
                    signedIn(ctx), config.readOnly(), body));
        }
    }

    /** On a workspace form's error page: a link back to its initiative (the form is there). */
    private static String back(Context ctx, WebText t) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/initiatives/([A-Za-z0-9-]{1,40})/.+")
                .matcher(ctx.path());
        if (!m.matches()) {
            return "";
        }
        return "<a id=\"back\" href=\"" + Html.esc(Html.href("/initiatives/" + m.group(1), "lang", t.lang())) + "\">"
                + Html.esc(t.get("ws.back")) + "</a> · ";
    }

    public int port() {
        return app.port();
    }

    /** The address to open, with the sign-in token. */
    public String signInUrl() {
        String host = config.bind().equals("0.0.0.0") ? "127.0.0.1" : config.bind();
        return "http://" + host + ":" + port() + "/?token=" + auth.token();
    }

    public WebConfig config() {
        return config;
    }

    DatasetStore store() {
        return store;
    }

    /** Kept answers of GET requests on datasets. */
    ResponseCache responses() {
        return responses;
    }

    Analyses analyses() {
        return analyses;
    }

    Auth auth() {
        return auth;
    }

    /** The open cluster-programme workspace. */
    public Workspace workspace() {
        return workspace;
    }

    LoginLimiter limiter() {
        return limiter;
    }

    /** The workspace user of the request (the token acts as administrator), or null. */
    User actor(Context ctx) {
        return WorkspaceAccess.actor(ctx, auth, workspace);
    }

    /** Whether the request is signed in (token or password session of a live user). */
    boolean signedIn(Context ctx) {
        return actor(ctx) != null;
    }

    ApiDoc doc() {
        return doc;
    }

    /** Every route the running server answers (method and path), for the OpenAPI completeness test. */
    public List<String> servedRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(p -> p.endpoint.method.name() + " " + p.endpoint.path)
                .filter(s -> !s.startsWith("BEFORE") && !s.startsWith("AFTER"))
                .toList();
    }

    /** Documented routes as "METHOD path". */
    public List<String> documentedRoutes() {
        return doc.routes().stream().map(r -> r.method() + " " + r.path()).toList();
    }

    /** Convenience for handlers that need no checked exceptions. */
    static Handler h(Handler h) {
        return h;
    }

    @Override
    public void close() {
        app.stop();
        analyses.close();
        workspace.close();
    }
}
