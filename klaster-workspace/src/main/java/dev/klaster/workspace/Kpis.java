package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The KPIs of an initiative and their observations; reads need READ, writes EDIT. */
public final class Kpis extends Service {
    static final Entity<Kpi> ENTITY = new Entity<>("kpis", "kpi", Kpis::load, Kpi::initiativeId, Kpi::version,
            Kpi::deletedAt, Operation.EDIT);
    static final Entity<Observation> OBSERVATION = new Entity<>("kpi_observations", "observation",
            Kpis::loadObservation, Observation::initiativeId, Observation::version, Observation::deletedAt,
            Operation.EDIT);

    Kpis(Db db) {
        super(db);
    }

    public Kpi create(User actor, String initiativeId, KpiDraft draft) {
        Check.present("kpi", draft).validate();
        return db.write(c -> {
            authorised(c, actor, Operation.EDIT, initiativeId);
            return insert(c, actor, initiativeId, draft);
        });
    }

    static Kpi insert(Connection c, User actor, String initiativeId, KpiDraft d) throws SQLException {
        String id = Ids.next();
        Instant now = Rows.now();
        Rows.update(c, "INSERT INTO kpis (id, initiative_id, name, unit, goal, baseline_date, baseline_value, target_date,"
                        + " target_value, frequency, aggregation, indicator_key, created_at, updated_at, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, initiativeId, d.name(), d.unit(), d.goal(), d.baselineDate(), d.baselineValue(), d.targetDate(),
                d.targetValue(), d.frequency(), d.aggregation(), d.indicatorKey(), now, now);
        Kpi k = load(c, id);
        AuditLog.record(c, actor, initiativeId, "kpi", id, "INSERT", null, k);
        return k;
    }

    public Kpi get(User actor, String id) {
        return db.read(c -> liveRow(c, actor, Operation.READ, ENTITY, id));
    }

    /** Live KPIs of an initiative, by goal then name. */
    public List<Kpi> list(User actor, String initiativeId) {
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            List<Kpi> all = Rows.list(c, "SELECT * FROM kpis WHERE initiative_id = ? AND deleted_at IS NULL"
                    + " ORDER BY name, id", Kpis::map, initiativeId);
            all.sort(java.util.Comparator.comparing(Kpi::goal));
            return all;
        });
    }

    public Kpi update(User actor, String id, long version, KpiDraft d) {
        Check.version(version);
        Check.present("kpi", d).validate();
        return db.write(c -> {
            Kpi before = liveRow(c, actor, Operation.EDIT, ENTITY, id);
            checkVersion(ENTITY, id, before.version(), version);
            int n = Rows.update(c, "UPDATE kpis SET name = ?, unit = ?, goal = ?, baseline_date = ?, baseline_value = ?,"
                            + " target_date = ?, target_value = ?, frequency = ?, aggregation = ?, indicator_key = ?,"
                            + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                    d.name(), d.unit(), d.goal(), d.baselineDate(), d.baselineValue(), d.targetDate(), d.targetValue(),
                    d.frequency(), d.aggregation(), d.indicatorKey(), Rows.now(), id, version);
            requireUpdated(c, ENTITY, id, version, n);
            Kpi after = load(c, id);
            AuditLog.record(c, actor, before.initiativeId(), "kpi", id, "UPDATE", before, after);
            return after;
        });
    }

    public Kpi delete(User actor, String id, long version) {
        return softDelete(actor, ENTITY, id, version);
    }

    public Kpi restore(User actor, String id) {
        return restore(actor, ENTITY, id);
    }

    public void purge(User actor, String id) {
        purge(actor, ENTITY, id);
    }

    /** Records an observation of a KPI ({@code regionCode} null = whole initiative area). */
    public Observation observe(User actor, String kpiId, LocalDate date, double value, String source,
                               String regionCode) {
        Check.present("observation.date", date);
        Check.finite("observation.value", value);
        Check.text("observation.source", source, 1000);
        if (regionCode != null) {
            Check.code("observation.regionCode", regionCode);
        }
        return db.write(c -> {
            Kpi k = liveRow(c, actor, Operation.EDIT, ENTITY, kpiId);
            return insertObservation(c, actor, k, date, value, source, regionCode);
        });
    }

    static Observation insertObservation(Connection c, User actor, Kpi k, LocalDate date, double value, String source,
                                         String regionCode) throws SQLException {
        String id = Ids.next();
        Instant now = Rows.now();
        Rows.update(c, "INSERT INTO kpi_observations (id, initiative_id, kpi_id, observed_on, value, source, region_code,"
                        + " created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                id, k.initiativeId(), k.id(), date, value, source, regionCode, now, now);
        Observation o = loadObservation(c, id);
        AuditLog.record(c, actor, k.initiativeId(), "observation", id, "INSERT", null, o);
        return o;
    }

    /** Live observations of a KPI in time order. */
    public List<Observation> observations(User actor, String kpiId) {
        return db.read(c -> {
            liveRow(c, actor, Operation.READ, ENTITY, kpiId);
            return Rows.list(c, "SELECT * FROM kpi_observations WHERE kpi_id = ? AND deleted_at IS NULL"
                    + " ORDER BY observed_on, id", Kpis::mapObservation, kpiId);
        });
    }

    public Observation deleteObservation(User actor, String id, long version) {
        return softDelete(actor, OBSERVATION, id, version);
    }

    public Observation restoreObservation(User actor, String id) {
        return restore(actor, OBSERVATION, id);
    }

    public void purgeObservation(User actor, String id) {
        purge(actor, OBSERVATION, id);
    }

    /** Baseline → actual → target of a KPI (see {@link KpiProgress}). */
    public KpiProgress progress(User actor, String kpiId) {
        return db.read(c -> {
            Kpi k = liveRow(c, actor, Operation.READ, ENTITY, kpiId);
            List<Observation> obs = Rows.list(c, "SELECT * FROM kpi_observations WHERE kpi_id = ?"
                    + " AND deleted_at IS NULL ORDER BY observed_on, id", Kpis::mapObservation, kpiId);
            return progress(k, obs);
        });
    }

    static KpiProgress progress(Kpi k, List<Observation> obs) {
        if (obs.isEmpty()) {
            return new KpiProgress(k.id(), k.baselineValue(), null, Double.NaN, 0, k.targetValue(), Double.NaN);
        }
        LocalDate last = obs.get(obs.size() - 1).date();
        double[] values = obs.stream().filter(o -> o.date().equals(last)).mapToDouble(Observation::value).toArray();
        double actual = k.aggregation().apply(values);
        double share = Double.NaN;
        if (k.baselineValue() != null && k.targetValue() != null && !k.targetValue().equals(k.baselineValue())) {
            share = (actual - k.baselineValue()) / (k.targetValue() - k.baselineValue());
        }
        return new KpiProgress(k.id(), k.baselineValue(), last, actual, values.length, k.targetValue(), share);
    }

    static List<Kpi> all(Connection c, String initiativeId) throws SQLException {
        return Rows.list(c, "SELECT * FROM kpis WHERE initiative_id = ? ORDER BY id", Kpis::map, initiativeId);
    }

    static List<Observation> allObservations(Connection c, String initiativeId) throws SQLException {
        return Rows.list(c, "SELECT * FROM kpi_observations WHERE initiative_id = ? ORDER BY id", Kpis::mapObservation,
                initiativeId);
    }

    static Kpi load(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM kpis WHERE id = ?", Kpis::map, id);
    }

    static Observation loadObservation(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM kpi_observations WHERE id = ?", Kpis::mapObservation, id);
    }

    private static Kpi map(ResultSet rs) throws SQLException {
        return new Kpi(rs.getString("id"), rs.getString("initiative_id"), rs.getString("name"), rs.getString("unit"),
                Rows.enumValue(rs, "goal", Goal.class), Rows.date(rs, "baseline_date"),
                Rows.nullableDouble(rs, "baseline_value"), Rows.date(rs, "target_date"),
                Rows.nullableDouble(rs, "target_value"), Rows.enumValue(rs, "frequency", Frequency.class),
                Rows.enumValue(rs, "aggregation", Aggregation.class), rs.getString("indicator_key"),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"), rs.getLong("version"),
                Rows.instant(rs, "deleted_at"));
    }

    private static Observation mapObservation(ResultSet rs) throws SQLException {
        return new Observation(rs.getString("id"), rs.getString("initiative_id"), rs.getString("kpi_id"),
                Rows.date(rs, "observed_on"), rs.getDouble("value"), rs.getString("source"),
                rs.getString("region_code"), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"),
                rs.getLong("version"), Rows.instant(rs, "deleted_at"));
    }
}
