package dev.klaster.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * An open cluster-programme workspace: the database and its services. Open with {@link #open(String)}, take the
 * services ({@link #users()}, {@link #initiatives()}, {@link #stakeholders()}, {@link #actions()}, {@link #kpis()},
 * {@link #audit()}, {@link #transfer()}), close when done. Opening migrates the schema to the newest version.
 * Thread-safe: one instance serves all requests of a server.
 */
public final class Workspace implements AutoCloseable {
    /** The database behind a workspace. */
    public enum Backend { SQLITE, POSTGRESQL }

    private static final Set<Path> OPEN_FILES = ConcurrentHashMap.newKeySet();

    private final DbUrl url;
    private final Db db;
    private final Users users;
    private final Initiatives initiatives;
    private final Stakeholders stakeholders;
    private final Actions actions;
    private final Kpis kpis;
    private final AuditLog audit;
    private final Transfer transfer;
    private final Surveys surveys;
    private final Products products;
    private final Evaluations evaluations;

    private Workspace(DbUrl url, String target) {
        this.url = url;
        if (url.backend() == Backend.SQLITE) {
            try {
                Path parent = url.sqliteFile().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
            } catch (IOException e) {
                throw new ValidationException("error.dbFolder", url.sqliteFile(), e.getMessage());
            }
        }
        this.db = new Db(url);
        try {
            migrate(target);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        if (url.backend() == Backend.SQLITE) {
            OPEN_FILES.add(url.sqliteFile());
        }
        this.audit = new AuditLog(db);
        this.users = new Users(db);
        this.initiatives = new Initiatives(db);
        this.stakeholders = new Stakeholders(db);
        this.actions = new Actions(db);
        this.kpis = new Kpis(db);
        this.transfer = new Transfer(db);
        this.surveys = new Surveys(db);
        this.products = new Products(db);
        this.evaluations = new Evaluations(db);
    }

    /**
     * Opens (creating if needed) the workspace at {@code url} and migrates it to the newest schema.
     *
     * @param url {@code sqlite:PATH} (or a bare file path) for the embedded database, or
     *            {@code postgresql://user:pass@host:port/db} for a PostgreSQL server
     * @throws ValidationException when the address is not one of these forms
     */
    public static Workspace open(String url) {
        return new Workspace(DbUrl.parse(url), null);
    }

    /** Opens and migrates only up to schema {@code version} (tests of migration from an earlier version). */
    static Workspace open(String url, String version) {
        return new Workspace(DbUrl.parse(url), version);
    }

    private void migrate(String target) {
        var config = Flyway.configure(Workspace.class.getClassLoader())
                .dataSource(db.writerSource())
                .locations("classpath:db/migration")
                .validateMigrationNaming(true);
        if (target != null) {
            config = config.target(MigrationVersion.fromVersion(target));
        }
        config.load().migrate();
    }

    /** The pools (tests and backup). */
    Db db() {
        return db;
    }

    public Backend backend() {
        return url.backend();
    }

    public Users users() {
        return users;
    }

    public Initiatives initiatives() {
        return initiatives;
    }

    public Stakeholders stakeholders() {
        return stakeholders;
    }

    public Actions actions() {
        return actions;
    }

    public Kpis kpis() {
        return kpis;
    }

    public AuditLog audit() {
        return audit;
    }

    public Transfer transfer() {
        return transfer;
    }

    /** The OVOP / sentra IKM product registry. */
    public Products products() {
        return products;
    }

    /** Evaluations: periodic reviews of the KPIs with verdicts and validity dates. */
    public Evaluations evaluations() {
        return evaluations;
    }

    /** Rosenfeld survey rounds, their invitations, answers and results. */
    public Surveys surveys() {
        return surveys;
    }

    /** The newest applied migration version, e.g. {@code "2"}. */
    public String schemaVersion() {
        return db.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = TRUE"
                         + " AND version IS NOT NULL")) {
                MigrationVersion max = null;
                while (rs.next()) {
                    MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                    if (max == null || v.compareTo(max) > 0) {
                        max = v;
                    }
                }
                return max == null ? null : max.getVersion();
            }
        });
    }

    /**
     * Checks the database's physical integrity: SQLite {@code PRAGMA integrity_check} and {@code foreign_key_check};
     * on PostgreSQL, that every table can be read completely (the server checks pages on read).
     *
     * @return the problems found, empty when the database is sound
     */
    public List<String> integrityCheck() {
        return db.read(c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                if (backend() == Backend.SQLITE) {
                    try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                        while (rs.next()) {
                            if (!"ok".equals(rs.getString(1))) {
                                problems.add(rs.getString(1));
                            }
                        }
                    }
                    try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                        while (rs.next()) {
                            problems.add("foreign key: table " + rs.getString(1) + " rowid " + rs.getString(2)
                                    + " -> " + rs.getString(3));
                        }
                    }
                } else {
                    for (String table : Schema.TABLES) {
                        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                            rs.next();
                        }
                    }
                }
            }
            return problems;
        });
    }

    /**
     * Writes a consistent copy of the embedded database to {@code target} with SQLite {@code VACUUM INTO} (safe
     * while the workspace is in use; writes wait for it). The copy is written beside the target and moved into
     * place, so a failed backup leaves no partial file.
     *
     * @throws ValidationException on PostgreSQL (use {@code pg_dump}) or when {@code target} exists
     */
    public void backup(Path target) {
        if (backend() != Backend.SQLITE) {
            throw new ValidationException("error.backupPostgres");
        }
        Path t = target.toAbsolutePath().normalize();
        if (Files.exists(t)) {
            throw new ValidationException("error.backupExists", t);
        }
        Path tmp = t.resolveSibling(t.getFileName() + ".partial-" + Ids.next());
        try {
            if (t.getParent() != null) {
                Files.createDirectories(t.getParent());
            }
            try (Connection c = db.writerSource().getConnection()) {
                c.setAutoCommit(true);
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, tmp.toString());
                    ps.execute();
                }
            }
            Files.move(tmp, t, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the partial file is named .partial-* and can be removed by hand
            }
            throw new StorageException(e, "backup to " + t);
        }
    }

    /**
     * Replaces the embedded database file {@code databaseFile} by the backup {@code backup}. The workspace must be
     * closed (refused while this JVM has it open). The backup is checked first ({@code integrity_check}, a
     * workspace schema), copied beside the target and moved into place; stale {@code -wal}/{@code -shm} files of
     * the old database are removed. The next {@link #open(String)} migrates it if it is from an older version.
     */
    public static void restore(Path backup, Path databaseFile) {
        Path target = databaseFile.toAbsolutePath().normalize();
        Path source = backup.toAbsolutePath().normalize();
        if (OPEN_FILES.contains(target)) {
            throw new ValidationException("error.restoreOpen", target);
        }
        if (!Files.isRegularFile(source)) {
            throw new ValidationException("error.restoreMissing", source);
        }
        org.sqlite.SQLiteConfig readOnly = new org.sqlite.SQLiteConfig();
        readOnly.setReadOnly(true);
        try (Connection c = readOnly.createConnection("jdbc:sqlite:" + source);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                if (!"ok".equals(rs.getString(1))) {
                    throw new ValidationException("error.restoreCorrupt", source, rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
                rs.next();
            } catch (SQLException e) {
                throw new ValidationException("error.restoreNotWorkspace", source);
            }
        } catch (SQLException e) {
            throw new ValidationException("error.restoreNotWorkspace", source);
        }
        Path tmp = target.resolveSibling(target.getFileName() + ".restoring-" + Ids.next());
        try {
            Files.copy(source, tmp);
            try (var ch = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-wal"));
            Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-shm"));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // left as .restoring-*; the database file itself was not touched
            }
            throw new StorageException(e, "restore of " + target);
        }
    }

    /**
     * Restores the embedded database of the workspace address {@code url} from {@code backup} (see
     * {@link #restore(Path, Path)}).
     *
     * @throws ValidationException for a PostgreSQL address (use pg_restore) or a bad backup
     */
    public static void restore(String url, Path backup) {
        DbUrl u = DbUrl.parse(url);
        if (u.backend() != Backend.SQLITE) {
            throw new ValidationException("error.restorePostgres");
        }
        restore(backup, u.sqliteFile());
    }

    /** Database address without password. */
    @Override
    public String toString() {
        return "Workspace[" + url + "]";
    }

    @Override
    public void close() {
        db.close();
        if (url.backend() == Backend.SQLITE) {
            OPEN_FILES.remove(url.sqliteFile());
        }
    }
}
