package dev.klaster.web;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@code klaster serve}.
 *
 * @param bind            address to listen on (default loopback)
 * @param port            TCP port (0: any free port, for tests)
 * @param dataDir         the data folder: uploaded datasets live in {@code dataDir/datasets/ID/}; nothing is read or
 *                        written outside it
 * @param readOnly        public mode: no uploads or deletions (every state change answers 403)
 * @param maxUploadBytes  largest accepted request body (uploads); larger ones get 413
 * @param jobTimeout      longest an analysis may run before it is stopped and reported as failed
 * @param cachedAnalyses  finished analyses kept in memory (least recently used are dropped and recomputed on demand)
 * @param accessToken     the secret that signs a browser in ({@code /?token=...}) or authorises an API client
 *                        ({@code Authorization: Bearer ...}); null: a random one is made at start. A token session
 *                        acts as the workspace's administrator
 * @param dbUrl           the cluster-programme workspace: {@code sqlite:PATH} or
 *                        {@code postgresql://user:pass@host:port/db}; null: the SQLite file
 *                        {@code dataDir/workspace.db}
 */
public record WebConfig(String bind, int port, Path dataDir, boolean readOnly, long maxUploadBytes,
                        Duration jobTimeout, int cachedAnalyses, String accessToken, String dbUrl) {
    public static final int DEFAULT_PORT = 7070;
    public static final long DEFAULT_MAX_UPLOAD = 100L << 20;

    /** Settings with the default workspace database ({@code dataDir/workspace.db}). */
    public WebConfig(String bind, int port, Path dataDir, boolean readOnly, long maxUploadBytes, Duration jobTimeout,
                     int cachedAnalyses, String accessToken) {
        this(bind, port, dataDir, readOnly, maxUploadBytes, jobTimeout, cachedAnalyses, accessToken, null);
    }

    public WebConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(jobTimeout, "jobTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("upload limit must be at least 1 KiB, got " + maxUploadBytes);
        }
        if (cachedAnalyses < 1) {
            throw new IllegalArgumentException("cached analyses must be >= 1, got " + cachedAnalyses);
        }
        if (accessToken != null && accessToken.length() < 16) {
            throw new IllegalArgumentException("access token must have at least 16 characters");
        }
    }

    /** Loopback, port 7070, read-write, 100 MiB uploads, 10-minute jobs, 12 cached analyses. */
    public static WebConfig defaults(Path dataDir) {
        return new WebConfig("127.0.0.1", DEFAULT_PORT, dataDir, false, DEFAULT_MAX_UPLOAD, Duration.ofMinutes(10), 12,
                null);
    }

    public WebConfig withPort(int p) {
        return new WebConfig(bind, p, dataDir, readOnly, maxUploadBytes, jobTimeout, cachedAnalyses, accessToken, dbUrl);
    }

    public WebConfig withBind(String b, boolean ro) {
        return new WebConfig(b, port, dataDir, ro, maxUploadBytes, jobTimeout, cachedAnalyses, accessToken, dbUrl);
    }

    public WebConfig withMaxUploadBytes(long n) {
        return new WebConfig(bind, port, dataDir, readOnly, n, jobTimeout, cachedAnalyses, accessToken, dbUrl);
    }

    public WebConfig withAccessToken(String t) {
        return new WebConfig(bind, port, dataDir, readOnly, maxUploadBytes, jobTimeout, cachedAnalyses, t, dbUrl);
    }

    public WebConfig withDbUrl(String url) {
        return new WebConfig(bind, port, dataDir, readOnly, maxUploadBytes, jobTimeout, cachedAnalyses, accessToken,
                url == null || url.isBlank() ? null : url.strip());
    }

    /** The workspace address in use: {@link #dbUrl()} or {@code sqlite:DATA/workspace.db}. */
    public String workspaceUrl() {
        return dbUrl != null ? dbUrl : "sqlite:" + dataDir.toAbsolutePath().normalize().resolve("workspace.db");
    }

    public WebConfig withJobTimeout(Duration d) {
        return new WebConfig(bind, port, dataDir, readOnly, maxUploadBytes, d, cachedAnalyses, accessToken, dbUrl);
    }
}
