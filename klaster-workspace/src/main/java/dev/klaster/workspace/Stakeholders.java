package dev.klaster.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stakeholders of an initiative: create, list with filters, update, soft delete / restore / purge, CSV import
 * (all rows or none) and the diversity check. Reads need READ on the initiative, writes EDIT.
 */
public final class Stakeholders extends Service {
    static final Entity<Stakeholder> ENTITY = new Entity<>("stakeholders", "stakeholder", Stakeholders::load,
            Stakeholder::initiativeId, Stakeholder::version, Stakeholder::deletedAt, Operation.EDIT);

    Stakeholders(Db db) {
        super(db);
    }

    public Stakeholder create(User actor, String initiativeId, StakeholderDraft draft) {
        Check.present("stakeholder", draft).validate();
        return db.write(c -> {
            authorised(c, actor, Operation.EDIT, initiativeId);
            return insert(c, actor, initiativeId, draft);
        });
    }

    static Stakeholder insert(Connection c, User actor, String initiativeId, StakeholderDraft d) throws SQLException {
        String id = Ids.next();
        Instant now = Rows.now();
        Rows.update(c, "INSERT INTO stakeholders (id, initiative_id, name, type, kbli, size_class, region_code, lat, lon,"
                        + " sentra_ikm, is_committed, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, initiativeId, d.name(), d.type(), d.kbli(), d.sizeClass(), d.regionCode(), d.lat(), d.lon(),
                d.sentraIkm(), d.committed(), now, now);
        Stakeholder s = load(c, id);
        AuditLog.record(c, actor, initiativeId, "stakeholder", id, "INSERT", null, s);
        return s;
    }

    /**
     * Inserts many stakeholders with their audit entries through two batched statements (the same rows and
     * entries as {@link #insert}, without reading each row back).
     */
    static void insertAll(Connection c, User actor, String initiativeId, List<StakeholderDraft> drafts)
            throws SQLException {
        Instant now = Rows.now();
        try (java.sql.PreparedStatement row = c.prepareStatement("INSERT INTO stakeholders (id, initiative_id, name,"
                + " type, kbli, size_class, region_code, lat, lon, sentra_ikm, is_committed, created_at, updated_at,"
                + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
             java.sql.PreparedStatement audit = c.prepareStatement(AuditLog.INSERT_SQL)) {
            int pending = 0;
            for (StakeholderDraft d : drafts) {
                String id = Ids.next();
                Rows.bind(row, id, initiativeId, d.name(), d.type(), d.kbli(), d.sizeClass(), d.regionCode(), d.lat(),
                        d.lon(), d.sentraIkm(), d.committed(), now, now);
                row.addBatch();
                Stakeholder s = new Stakeholder(id, initiativeId, d.name(), d.type(), d.kbli(), d.sizeClass(),
                        d.regionCode(), d.lat(), d.lon(), d.sentraIkm(), d.committed(), now, now, 1, null);
                AuditLog.bind(audit, actor, initiativeId, "stakeholder", id, "INSERT", null, s);
                audit.addBatch();
                if (++pending == 500) {
                    row.executeBatch();
                    audit.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                row.executeBatch();
                audit.executeBatch();
            }
        }
    }

    public Stakeholder get(User actor, String id) {
        return db.read(c -> liveRow(c, actor, Operation.READ, ENTITY, id));
    }

    /** Live stakeholders of an initiative matching {@code filter}, by name. */
    public List<Stakeholder> list(User actor, String initiativeId, StakeholderFilter filter) {
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            List<Object> params = new ArrayList<>();
            String where = where(initiativeId, filter, params);
            return Rows.list(c, "SELECT * FROM stakeholders" + where + " ORDER BY name, id", Stakeholders::map,
                    params.toArray());
        });
    }

    /** The largest page size of {@link #page}. */
    public static final int MAX_PAGE_SIZE = 10_000;

    /** One page of a filtered stakeholder list and the number of matching stakeholders. */
    public record Page(List<Stakeholder> items, long total, int limit, int page) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /**
     * Page {@code page} (from 1) of {@code limit} (1..{@link #MAX_PAGE_SIZE}) stakeholders matching {@code filter},
     * by name then id (a stable order, so pages neither repeat nor skip rows while nothing changes), with the total.
     */
    public Page page(User actor, String initiativeId, StakeholderFilter filter, int limit, int page) {
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new ValidationException("error.range", "limit", limit, 1, MAX_PAGE_SIZE);
        }
        if (page < 1) {
            throw new ValidationException("error.range", "page", page, 1, Integer.MAX_VALUE);
        }
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            List<Object> params = new ArrayList<>();
            String where = where(initiativeId, filter, params);
            long total = Rows.count(c, "SELECT COUNT(*) FROM stakeholders" + where, params.toArray());
            params.add(limit);
            params.add((long) (page - 1) * limit);
            List<Stakeholder> items = Rows.list(c, "SELECT * FROM stakeholders" + where
                    + " ORDER BY name, id LIMIT ? OFFSET ?", Stakeholders::map, params.toArray());
            return new Page(items, total, limit, page);
        });
    }

    /** The WHERE clause of a filtered list (values bound as parameters, appended to {@code params}). */
    private static String where(String initiativeId, StakeholderFilter filter, List<Object> params) {
        StakeholderFilter f = filter == null ? StakeholderFilter.ALL : filter;
        StringBuilder sql = new StringBuilder(" WHERE initiative_id = ? AND deleted_at IS NULL");
        params.add(initiativeId);
        if (f.type() != null) {
            sql.append(" AND type = ?");
            params.add(f.type());
        }
        if (f.sizeClass() != null) {
            sql.append(" AND size_class = ?");
            params.add(f.sizeClass());
        }
        if (f.regionCode() != null) {
            sql.append(" AND region_code = ?");
            params.add(f.regionCode());
        }
        if (f.committed() != null) {
            sql.append(" AND is_committed = ?");
            params.add(f.committed());
        }
        if (f.nameContains() != null && !f.nameContains().isBlank()) {
            // LIKE with an escape character, so % and _ typed by the user match themselves
            sql.append(" AND LOWER(name) LIKE ? ESCAPE '!'");
            params.add("%" + f.nameContains().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
        }
        return sql.toString();
    }

    /** Replaces the fields; {@code version} is the one the edit started from. */
    public Stakeholder update(User actor, String id, long version, StakeholderDraft d) {
        Check.version(version);
        Check.present("stakeholder", d).validate();
        return db.write(c -> {
            Stakeholder before = liveRow(c, actor, Operation.EDIT, ENTITY, id);
            checkVersion(ENTITY, id, before.version(), version);
            int n = Rows.update(c, "UPDATE stakeholders SET name = ?, type = ?, kbli = ?, size_class = ?, region_code = ?,"
                            + " lat = ?, lon = ?, sentra_ikm = ?, is_committed = ?, updated_at = ?, version = version + 1"
                            + " WHERE id = ? AND version = ? AND deleted_at IS NULL",
                    d.name(), d.type(), d.kbli(), d.sizeClass(), d.regionCode(), d.lat(), d.lon(), d.sentraIkm(),
                    d.committed(), Rows.now(), id, version);
            requireUpdated(c, ENTITY, id, version, n);
            Stakeholder after = load(c, id);
            AuditLog.record(c, actor, before.initiativeId(), "stakeholder", id, "UPDATE", before, after);
            return after;
        });
    }

    public Stakeholder delete(User actor, String id, long version) {
        return softDelete(actor, ENTITY, id, version);
    }

    public Stakeholder restore(User actor, String id) {
        return restore(actor, ENTITY, id);
    }

    public void purge(User actor, String id) {
        purge(actor, ENTITY, id);
    }

    /** Imports the CSV file at {@code path} (see {@link #importCsv(User, String, String, InputStream)}). */
    public int importCsv(User actor, String initiativeId, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return importCsv(actor, initiativeId, path.getFileName().toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * Imports stakeholders from CSV (format in {@link StakeholderCsv}): the file is validated whole, then every row
     * is inserted in one transaction with its audit entry.
     *
     * @param fileName the name shown in error messages
     * @return the number of stakeholders imported
     * @throws CsvImportException naming file, line, column and value of the first bad cell; nothing is imported
     */
    public int importCsv(User actor, String initiativeId, String fileName, InputStream in) {
        db.read(c -> authorised(c, actor, Operation.EDIT, initiativeId));
        List<StakeholderDraft> rows = StakeholderCsv.read(fileName, in);
        return db.write(c -> {
            authorised(c, actor, Operation.EDIT, initiativeId);
            insertAll(c, actor, initiativeId, rows);
            return rows.size();
        });
    }

    /**
     * Imports stakeholders from an .xlsx workbook ({@link StakeholderXlsx}: the same columns and validation as the
     * CSV import); all rows or none.
     *
     * @throws CsvImportException naming file and sheet, row, column with the cell address, and value
     */
    public int importXlsx(User actor, String initiativeId, String fileName, InputStream in) {
        db.read(c -> authorised(c, actor, Operation.EDIT, initiativeId));
        List<StakeholderDraft> rows = StakeholderXlsx.read(fileName, in);
        return db.write(c -> {
            authorised(c, actor, Operation.EDIT, initiativeId);
            insertAll(c, actor, initiativeId, rows);
            return rows.size();
        });
    }

    /** The diversity check with the default policy (15 committed members of 2 types). */
    public DiversityVerdict diversity(User actor, String initiativeId) {
        return diversity(actor, initiativeId, DiversityPolicy.DEFAULT);
    }

    /** Counts the live committed stakeholders by type and compares them with {@code policy}. */
    public DiversityVerdict diversity(User actor, String initiativeId, DiversityPolicy policy) {
        Check.present("diversity.policy", policy);
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            Map<StakeholderType, Integer> byType = new EnumMap<>(StakeholderType.class);
            for (Object[] r : Rows.list(c, "SELECT type, COUNT(*) FROM stakeholders WHERE initiative_id = ?"
                            + " AND deleted_at IS NULL AND is_committed = ? GROUP BY type",
                    rs -> new Object[] {StakeholderType.valueOf(rs.getString(1)), rs.getInt(2)}, initiativeId, true)) {
                byType.put((StakeholderType) r[0], (Integer) r[1]);
            }
            int committed = byType.values().stream().mapToInt(Integer::intValue).sum();
            int types = byType.size();
            boolean met = committed >= policy.minCommitted() && types >= policy.minTypes();
            return new DiversityVerdict(met, committed, types, byType, policy);
        });
    }

    /** Every stakeholder of an initiative, deleted or not (export). */
    static List<Stakeholder> all(Connection c, String initiativeId) throws SQLException {
        return Rows.list(c, "SELECT * FROM stakeholders WHERE initiative_id = ? ORDER BY id", Stakeholders::map,
                initiativeId);
    }

    static Stakeholder load(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM stakeholders WHERE id = ?", Stakeholders::map, id);
    }

    private static Stakeholder map(ResultSet rs) throws SQLException {
        return new Stakeholder(rs.getString("id"), rs.getString("initiative_id"), rs.getString("name"),
                Rows.enumValue(rs, "type", StakeholderType.class), rs.getString("kbli"),
                Rows.enumValue(rs, "size_class", SizeClass.class), rs.getString("region_code"),
                Rows.nullableDouble(rs, "lat"), Rows.nullableDouble(rs, "lon"), rs.getString("sentra_ikm"),
                rs.getBoolean("is_committed"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"),
                rs.getLong("version"), Rows.instant(rs, "deleted_at"));
    }
}
