package dev.klaster.workspace;

import java.time.Instant;

/**
 * One change in the audit log: who ({@code userId}, null for the system), when, which row ({@code entity},
 * {@code entityId}, in {@code initiativeId}), the operation (INSERT, UPDATE, DELETE, RESTORE, PURGE) and the row
 * as JSON before and after (null where there is none). Snapshots never contain password hashes.
 */
public record AuditEntry(String id, Instant at, String userId, String initiativeId, String entity, String entityId,
                         String operation, String beforeJson, String afterJson) {
}
