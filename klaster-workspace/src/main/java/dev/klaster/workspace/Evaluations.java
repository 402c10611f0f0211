package dev.klaster.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluations: periodic reviews of an initiative's KPIs with a verdict per KPI, an overall verdict and validity
 * dates. The programme manager (and an administrator) creates, changes and deletes them (MANAGE); members and
 * viewers read them (READ). {@link #propose} suggests each KPI's verdict from its progress ({@link ProposedVerdict}).
 */
public final class Evaluations extends Service {
    static final Entity<Evaluation> ENTITY = new Entity<>("evaluations", "evaluation", Evaluations::load,
            Evaluation::initiativeId, Evaluation::version, Evaluation::deletedAt, Operation.MANAGE);

    Evaluations(Db db) {
        super(db);
    }

    public Evaluation create(User actor, String initiativeId, EvaluationDraft draft) {
        Check.present("evaluation", draft).validate();
        return db.write(c -> {
            authorised(c, actor, Operation.MANAGE, initiativeId);
            checkKpis(c, initiativeId, draft.kpis());
            String id = Ids.next();
            Instant now = Rows.now();
            Rows.update(c, "INSERT INTO evaluations (id, initiative_id, reviewed_on, period_from, period_to, overall,"
                            + " summary, valid_from, valid_until, reviewer_id, created_at, updated_at, version)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                    id, initiativeId, draft.reviewedOn(), draft.periodFrom(), draft.periodTo(), draft.overall(),
                    draft.summary(), draft.validFrom(), draft.validUntil(), actor.id(), now, now);
            writeKpis(c, id, draft.kpis());
            Evaluation e = load(c, id);
            AuditLog.record(c, actor, initiativeId, "evaluation", id, "INSERT", null, e);
            return e;
        });
    }

    public Evaluation get(User actor, String id) {
        return db.read(c -> liveRow(c, actor, Operation.READ, ENTITY, id));
    }

    /** Live evaluations of an initiative, the most recent review first. */
    public List<Evaluation> list(User actor, String initiativeId) {
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            List<Evaluation> out = new ArrayList<>();
            for (String id : Rows.list(c, "SELECT id FROM evaluations WHERE initiative_id = ? AND deleted_at IS NULL"
                    + " ORDER BY reviewed_on DESC, id DESC", rs -> rs.getString(1), initiativeId)) {
                out.add(load(c, id));
            }
            return out;
        });
    }

    /** Changes an evaluation; the reviewer becomes {@code actor}. Stale {@code version}: StaleVersionException. */
    public Evaluation update(User actor, String id, long version, EvaluationDraft d) {
        Check.version(version);
        Check.present("evaluation", d).validate();
        return db.write(c -> {
            Evaluation before = liveRow(c, actor, Operation.MANAGE, ENTITY, id);
            checkVersion(ENTITY, id, before.version(), version);
            checkKpis(c, before.initiativeId(), d.kpis());
            int n = Rows.update(c, "UPDATE evaluations SET reviewed_on = ?, period_from = ?, period_to = ?,"
                            + " overall = ?, summary = ?, valid_from = ?, valid_until = ?, reviewer_id = ?,"
                            + " updated_at = ?, version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL",
                    d.reviewedOn(), d.periodFrom(), d.periodTo(), d.overall(), d.summary(), d.validFrom(),
                    d.validUntil(), actor.id(), Rows.now(), id, version);
            requireUpdated(c, ENTITY, id, version, n);
            Rows.update(c, "DELETE FROM evaluation_kpis WHERE evaluation_id = ?", id);
            writeKpis(c, id, d.kpis());
            Evaluation after = load(c, id);
            AuditLog.record(c, actor, before.initiativeId(), "evaluation", id, "UPDATE", before, after);
            return after;
        });
    }

    public Evaluation delete(User actor, String id, long version) {
        return softDelete(actor, ENTITY, id, version);
    }

    public Evaluation restore(User actor, String id) {
        return restore(actor, ENTITY, id);
    }

    public void purge(User actor, String id) {
        purge(actor, ENTITY, id);
    }

    /**
     * The proposed verdict of every live KPI of the initiative as of {@code asOf} (observations after it are left
     * out), by the rule of {@link ProposedVerdict}; in the order of {@link Kpis#list}.
     */
    public List<ProposedVerdict> propose(User actor, String initiativeId, LocalDate asOf) {
        Check.present("asOf", asOf);
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            List<Kpi> kpis = Rows.list(c, "SELECT id FROM kpis WHERE initiative_id = ? AND deleted_at IS NULL"
                    + " ORDER BY name, id", rs -> Kpis.load(c, rs.getString(1)), initiativeId);
            kpis.sort(java.util.Comparator.comparing(Kpi::goal));
            List<Observation> all = Kpis.allObservations(c, initiativeId);
            List<ProposedVerdict> out = new ArrayList<>();
            for (Kpi k : kpis) {
                List<Observation> obs = new ArrayList<>();
                for (Observation o : all) {
                    if (o.kpiId().equals(k.id()) && o.deletedAt() == null && !o.date().isAfter(asOf)) {
                        obs.add(o);
                    }
                }
                obs.sort(java.util.Comparator.comparing(Observation::date).thenComparing(Observation::id));
                out.add(ProposedVerdict.of(k, Kpis.progress(k, obs)));
            }
            return out;
        });
    }

    private static void checkKpis(Connection c, String initiativeId, List<KpiVerdict> kpis) throws SQLException {
        for (int i = 0; i < kpis.size(); i++) {
            String k = kpis.get(i).kpiId();
            Kpi kpi = Kpis.load(c, k);
            if (kpi == null || kpi.deletedAt() != null || !kpi.initiativeId().equals(initiativeId)) {
                throw new ValidationException("error.unknownKpi", "evaluation.kpis[" + i + "].kpiId", k);
            }
        }
    }

    private static void writeKpis(Connection c, String evaluationId, List<KpiVerdict> kpis) throws SQLException {
        int pos = 0;
        for (KpiVerdict k : kpis) {
            Rows.update(c, "INSERT INTO evaluation_kpis (evaluation_id, kpi_id, verdict, note, position)"
                    + " VALUES (?, ?, ?, ?, ?)", evaluationId, k.kpiId(), k.verdict(), k.note(), pos++);
        }
    }

    static Evaluation load(Connection c, String id) throws SQLException {
        Evaluation bare = Rows.one(c, "SELECT * FROM evaluations WHERE id = ?", Evaluations::map, id);
        if (bare == null) {
            return null;
        }
        List<KpiVerdict> kpis = Rows.list(c, "SELECT kpi_id, verdict, note FROM evaluation_kpis"
                + " WHERE evaluation_id = ? ORDER BY position", rs -> new KpiVerdict(rs.getString(1),
                Rows.enumValue(rs, "verdict", Verdict.class), rs.getString(3)), id);
        return new Evaluation(bare.id(), bare.initiativeId(), bare.reviewedOn(), bare.periodFrom(), bare.periodTo(),
                kpis, bare.overall(), bare.summary(), bare.validFrom(), bare.validUntil(), bare.reviewerId(),
                bare.createdAt(), bare.updatedAt(), bare.version(), bare.deletedAt());
    }

    private static Evaluation map(ResultSet rs) throws SQLException {
        return new Evaluation(rs.getString("id"), rs.getString("initiative_id"), Rows.date(rs, "reviewed_on"),
                Rows.date(rs, "period_from"), Rows.date(rs, "period_to"), List.of(),
                Rows.enumValue(rs, "overall", Verdict.class), rs.getString("summary"), Rows.date(rs, "valid_from"),
                Rows.date(rs, "valid_until"), rs.getString("reviewer_id"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), rs.getLong("version"), Rows.instant(rs, "deleted_at"));
    }
}
