/**
 * The cluster-programme workspace: storage and domain of the initiatives that develop a cluster (seed articles
 * 002–004), their stakeholders, agenda, KPIs, users, roles and audit log. No HTTP here; the web server calls
 * {@link dev.klaster.workspace.Workspace} and its services.
 *
 * <h2>Storage</h2>
 * <ul>
 *   <li><b>Embedded by default: SQLite</b> (org.xerial sqlite-jdbc), one file, with {@code journal_mode=WAL},
 *   {@code synchronous=FULL}, {@code foreign_keys=ON}, {@code busy_timeout=10000}. In WAL mode a commit appends to
 *   the write-ahead log, and with synchronous FULL the log is fsynced before the commit returns, so every
 *   acknowledged write survives {@code kill -9} and power loss; readers see a consistent snapshot while the single
 *   writer writes. H2 was not chosen: its MVStore has reports of corrupted files after abrupt termination and it
 *   gives no equivalent per-commit fsync guarantee by default, while SQLite's crash safety is extensively tested
 *   and the file format is stable and readable by many tools. The durability test here kills a writing child JVM
 *   with SIGKILL and checks every acknowledged id and {@code PRAGMA integrity_check}.</li>
 *   <li><b>Shared deployment: PostgreSQL</b> ({@code postgresql://user:pass@host:port/db}), READ COMMITTED, pool of
 *   10 (HikariCP).</li>
 *   <li>SQLite pools: one writer connection (SQLite has one writer at a time; a single in-process writer never waits
 *   on its own locks) and four readers. Writes queue on the writer, which keeps them short.</li>
 *   <li>One set of portable migrations (Flyway, {@code db/migration/V1__*.sql}, {@code V2__*.sql}) for both:
 *   application-generated text ids (UUIDv7 layout), ISO text dates, whole-rupiah BIGINT, BOOLEAN.</li>
 *   <li>Backup: {@link dev.klaster.workspace.Workspace#backup} ({@code VACUUM INTO}); restore:
 *   {@link dev.klaster.workspace.Workspace#restore} while closed. One initiative as JSON: {@link
 *   dev.klaster.workspace.Transfer}.</li>
 * </ul>
 *
 * <h2>Rules every service follows</h2>
 * <ul>
 *   <li>Every write is one transaction that also writes its {@link dev.klaster.workspace.AuditEntry} (user, time,
 *   entity, id, before and after JSON).</li>
 *   <li>Authorisation first ({@link dev.klaster.workspace.Permissions}); {@link
 *   dev.klaster.workspace.ForbiddenException} otherwise.</li>
 *   <li>Optimistic locking: updates and deletes name the version they started from; a stale one gets {@link
 *   dev.klaster.workspace.StaleVersionException} with both versions, never a silent overwrite.</li>
 *   <li>Deletes are soft ({@code deleted_at}) and reversible ({@code restore}) until an ADMIN purges.</li>
 *   <li>Only bound SQL parameters; text is stored as given ({@code <script>} or {@code '; DROP TABLE} come back
 *   unchanged; escaping is the web layer's job on output).</li>
 *   <li>Errors that reach a user are {@link dev.klaster.workspace.Localized}: Bahasa Indonesia and English
 *   ({@code messages_id.properties}, {@code messages_en.properties}); enum labels via {@link
 *   dev.klaster.workspace.Messages#label}.</li>
 * </ul>
 */
package dev.klaster.workspace;
