package dev.klaster.workspace;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A parsed workspace database address: {@code sqlite:PATH} (or a bare path) for the embedded file, or
 * {@code postgresql://user:pass@host:port/db[?params]} for a server. {@link #toString()} never shows the password.
 */
record DbUrl(Workspace.Backend backend, Path sqliteFile, String jdbcUrl, String user, String password) {

    static DbUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new ValidationException("error.dbUrl", String.valueOf(url));
        }
        String u = url.trim();
        if (u.startsWith("postgresql://") || u.startsWith("postgres://")) {
            return parsePostgres(u);
        }
        if (u.startsWith("jdbc:")) {
            throw new ValidationException("error.dbUrl", redact(u));
        }
        String path = u.startsWith("sqlite:") ? u.substring("sqlite:".length()) : u;
        if (path.startsWith("//")) {
            path = path.substring(2);
        }
        if (path.isBlank() || path.contains("://")) {
            throw new ValidationException("error.dbUrl", redact(u));
        }
        Path file = Path.of(path).toAbsolutePath().normalize();
        return new DbUrl(Workspace.Backend.SQLITE, file, "jdbc:sqlite:" + file, null, null);
    }

    private static DbUrl parsePostgres(String u) {
        URI uri;
        try {
            uri = new URI(u);
        } catch (URISyntaxException e) {
            throw new ValidationException("error.dbUrl", redact(u));
        }
        String host = uri.getHost();
        String db = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (host == null || db.isEmpty()) {
            throw new ValidationException("error.dbUrl", redact(u));
        }
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
            password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
        }
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String jdbc = "jdbc:postgresql://" + host + ":" + port + "/" + db
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new DbUrl(Workspace.Backend.POSTGRESQL, null, jdbc, user, password);
    }

    /** The address with any password replaced by {@code ***}. */
    static String redact(String url) {
        return url == null ? null : url.replaceAll("(//[^:/@]*:)[^@/]*@", "$1***@");
    }

    @Override
    public String toString() {
        return backend == Workspace.Backend.SQLITE ? "sqlite:" + sqliteFile
                : jdbcUrl.replace("jdbc:", "") + (user == null ? "" : " (user " + user + ")");
    }
}
