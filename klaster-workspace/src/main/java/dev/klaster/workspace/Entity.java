package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.Function;

/**
 * How the shared soft-delete, restore and purge code reaches one kind of row: its table, its audit name, how to
 * load it (deleted or not) and which initiative it belongs to.
 */
record Entity<T>(String table, String name, Loader<T> loader, Function<T, String> initiativeOf,
                 Function<T, Long> versionOf, Function<T, Instant> deletedOf, Operation deleteOp) {

    /** Loads a row by id whether soft-deleted or not; null when there is none. */
    @FunctionalInterface
    interface Loader<T> {
        T load(Connection c, String id) throws SQLException;
    }
}
