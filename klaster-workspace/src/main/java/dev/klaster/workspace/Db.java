package dev.klaster.workspace;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Connection pools and transactions. SQLite: one writer connection (SQLite admits one writer at a time anyway; a
 * single in-process writer means our own writes never wait on each other's locks or hit SQLITE_BUSY, and
 * {@code busy_timeout} covers another process such as the CLI) plus a few reader connections, which WAL lets read a
 * consistent snapshot while the writer writes. PostgreSQL: one pool for both.
 */
final class Db implements AutoCloseable {
    static final int SQLITE_READERS = 4;
    static final int POSTGRES_POOL = 10;
    /** Milliseconds a SQLite connection waits for a lock held by another process before failing. */
    static final int SQLITE_BUSY_TIMEOUT_MS = 10_000;

    private final Workspace.Backend backend;
    private final HikariDataSource writer;
    private final HikariDataSource reader;

    Db(DbUrl url) {
        this.backend = url.backend();
        if (backend == Workspace.Backend.SQLITE) {
            writer = new HikariDataSource(sqliteConfig(url, "klaster-sqlite-writer", 1));
            reader = new HikariDataSource(sqliteConfig(url, "klaster-sqlite-reader", SQLITE_READERS));
        } else {
            HikariConfig c = new HikariConfig();
            c.setPoolName("klaster-postgresql");
            c.setJdbcUrl(url.jdbcUrl());
            c.setDriverClassName("org.postgresql.Driver");
            if (url.user() != null) {
                c.setUsername(url.user());
            }
            if (url.password() != null) {
                c.setPassword(url.password());
            }
            c.setMaximumPoolSize(POSTGRES_POOL);
            c.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            writer = new HikariDataSource(c);
            reader = writer;
        }
    }

    private static HikariConfig sqliteConfig(DbUrl url, String name, int size) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        c.setJdbcUrl(url.jdbcUrl());
        c.setDriverClassName("org.sqlite.JDBC");
        c.setMaximumPoolSize(size);
        c.setMinimumIdle(1);
        // Durability: WAL with synchronous=FULL fsyncs the WAL at every commit, so a commit that returned
        // survives kill -9 and power loss; NORMAL would only survive a process crash.
        c.addDataSourceProperty("journal_mode", "WAL");
        c.addDataSourceProperty("synchronous", "FULL");
        c.addDataSourceProperty("foreign_keys", "true");
        c.addDataSourceProperty("busy_timeout", Integer.toString(SQLITE_BUSY_TIMEOUT_MS));
        return c;
    }

    Workspace.Backend backend() {
        return backend;
    }

    /** The writer data source (Flyway, backup). */
    DataSource writerSource() {
        return writer;
    }

    /** Runs {@code work} in one read-write transaction; commits, or rolls back and rethrows. */
    <T> T write(SqlWork<T> work) {
        return run(writer, work, "write");
    }

    /** Runs {@code work} in one transaction on a reader (a consistent snapshot); never writes. */
    <T> T read(SqlWork<T> work) {
        return run(reader, work, "read");
    }

    private static <T> T run(DataSource source, SqlWork<T> work, String what) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException(e, what);
        }
    }

    @Override
    public void close() {
        if (reader != writer) {
            reader.close();
        }
        writer.close();
    }
}
