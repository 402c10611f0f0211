package dev.klaster.workspace;

import dev.klaster.core.competitiveness.Framework;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rosenfeld survey rounds of an initiative: rounds (EDIT to create, change and delete them, READ to see them),
 * invitations of stakeholders with an unguessable link each, the answers (through the link, or entered by a member
 * or manager), each round's mean per factor, the comparison of rounds, and the export of a round's answers as the
 * survey CSV ({@code region,cluster,indicator,score}) that {@code klaster analyze --survey FILE} reads, so the
 * answers feed the competitiveness assessment.
 *
 * <p>The questions and the Likert scale are those of klaster-core's default competitiveness framework
 * ({@link Framework#defaults()}): its {@code SURVEY} indicators, scored 1..{@code likertMax}.
 */
public final class Surveys extends Service {
    static final Entity<SurveyRound> ENTITY = new Entity<>("survey_rounds", "surveyRound", Surveys::load,
            SurveyRound::initiativeId, SurveyRound::version, SurveyRound::deletedAt, Operation.EDIT);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Framework FRAMEWORK = Framework.defaults();
    private static final List<SurveyItem> ITEMS = items(FRAMEWORK);

    Surveys(Db db) {
        super(db);
    }

    /** The survey questions: the framework's survey indicators in factor order. */
    public static List<SurveyItem> items() {
        return ITEMS;
    }

    /** The highest score of the Likert scale (the lowest is 1). */
    public static int likertMax() {
        return FRAMEWORK.likertMaxOrDefault();
    }

    static List<SurveyItem> items(Framework fw) {
        List<SurveyItem> out = new ArrayList<>();
        for (Framework.Factor f : fw.factors()) {
            for (Framework.Indicator in : f.indicators()) {
                if (in.source() == Framework.Source.SURVEY) {
                    out.add(new SurveyItem(f.id(), f.name(), f.nameId(), in.id(), in.measuredBy("en"),
                            in.measuredBy("id")));
                }
            }
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- rounds

    public SurveyRound createRound(User actor, String initiativeId, SurveyRoundDraft d) {
        Check.present("round", d).validate();
        return db.write(c -> {
            authorised(c, actor, Operation.EDIT, initiativeId);
            String id = Ids.next();
            Instant now = Rows.now();
            Rows.update(c, "INSERT INTO survey_rounds (id, initiative_id, title, opened_on, closed_on, created_at,"
                    + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", id, initiativeId, d.title(),
                    d.openedOn(), d.closedOn(), now, now);
            SurveyRound r = load(c, id);
            AuditLog.record(c, actor, initiativeId, ENTITY.name(), id, "INSERT", null, r);
            return r;
        });
    }

    public SurveyRound round(User actor, String id) {
        return db.read(c -> liveRow(c, actor, Operation.READ, ENTITY, id));
    }

    /** Live rounds of an initiative, oldest opening date first. */
    public List<SurveyRound> rounds(User actor, String initiativeId) {
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            return Rows.list(c, "SELECT * FROM survey_rounds WHERE initiative_id = ? AND deleted_at IS NULL"
                    + " ORDER BY opened_on, id", Surveys::map, initiativeId);
        });
    }

    /** Changes a round's title and dates (close it by giving a closing date); version-checked. */
    public SurveyRound updateRound(User actor, String id, long version, SurveyRoundDraft d) {
        Check.version(version);
        Check.present("round", d).validate();
        return db.write(c -> {
            SurveyRound before = liveRow(c, actor, Operation.EDIT, ENTITY, id);
            checkVersion(ENTITY, id, before.version(), version);
            int n = Rows.update(c, "UPDATE survey_rounds SET title = ?, opened_on = ?, closed_on = ?, updated_at = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ? AND deleted_at IS NULL", d.title(),
                    d.openedOn(), d.closedOn(), Rows.now(), id, version);
            requireUpdated(c, ENTITY, id, version, n);
            SurveyRound after = load(c, id);
            AuditLog.record(c, actor, before.initiativeId(), ENTITY.name(), id, "UPDATE", before, after);
            return after;
        });
    }

    public SurveyRound deleteRound(User actor, String id, long version) {
        return softDelete(actor, ENTITY, id, version);
    }

    public SurveyRound restoreRound(User actor, String id) {
        return restore(actor, ENTITY, id);
    }

    // ---------------------------------------------------------------- invitations

    /**
     * Invites stakeholders of the round's initiative (all live ones not yet invited when {@code stakeholderIds} is
     * empty). Inviting one again gives a new link; the old one stops working, answers already given stay.
     *
     * @return the invitations with their link tokens, which are not stored and cannot be shown again
     */
    public List<SurveyInvitation.Invited> invite(User actor, String roundId, List<String> stakeholderIds) {
        List<String> wanted = stakeholderIds == null ? List.of() : stakeholderIds;
        return db.write(c -> {
            SurveyRound r = liveRow(c, actor, Operation.EDIT, ENTITY, roundId);
            List<String> ids = new ArrayList<>(wanted);
            if (ids.isEmpty()) {
                ids = Rows.list(c, "SELECT id FROM stakeholders WHERE initiative_id = ? AND deleted_at IS NULL"
                        + " AND id NOT IN (SELECT stakeholder_id FROM survey_invitations WHERE round_id = ?)"
                        + " ORDER BY name, id", rs -> rs.getString(1), r.initiativeId(), r.id());
            }
            List<SurveyInvitation.Invited> out = new ArrayList<>();
            for (String sid : ids) {
                Stakeholder s = Stakeholders.load(c, sid);
                if (s == null || s.deletedAt() != null || !s.initiativeId().equals(r.initiativeId())) {
                    throw new ValidationException("error.unknownStakeholder", "invitation.stakeholderIds", sid);
                }
                String token = newToken();
                String existing = Rows.one(c, "SELECT id FROM survey_invitations WHERE round_id = ? AND"
                        + " stakeholder_id = ?", rs -> rs.getString(1), r.id(), sid);
                String id = existing == null ? Ids.next() : existing;
                if (existing == null) {
                    Rows.update(c, "INSERT INTO survey_invitations (id, round_id, initiative_id, stakeholder_id,"
                            + " token_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)", id, r.id(), r.initiativeId(), sid,
                            hash(token), Rows.now());
                } else {
                    Rows.update(c, "UPDATE survey_invitations SET token_hash = ? WHERE id = ?", hash(token), id);
                }
                SurveyInvitation inv = loadInvitation(c, id);
                // the audit entry has the invitation without its token
                AuditLog.record(c, actor, r.initiativeId(), "surveyInvitation", id, existing == null ? "INSERT"
                        : "UPDATE", null, inv);
                out.add(new SurveyInvitation.Invited(inv, token));
            }
            return out;
        });
    }

    /** The invitations of a round with the stakeholder's name and when they answered (null: not yet). */
    public List<SurveyInvitation> invitations(User actor, String roundId) {
        return db.read(c -> {
            liveRow(c, actor, Operation.READ, ENTITY, roundId);
            return Rows.list(c, INVITATION_SQL + " WHERE i.round_id = ? ORDER BY s.name, i.id", Surveys::mapInvitation,
                    roundId);
        });
    }

    /** What a link opens: the round, the initiative, the invited stakeholder and the answers already given. */
    public record Respondent(SurveyRound round, Initiative initiative, SurveyInvitation invitation,
                             Map<String, Integer> answers) {
        public Respondent {
            answers = Map.copyOf(answers);
        }
    }

    /**
     * The invitation of a link token. Needs no sign-in: the token is the authorisation, for this one stakeholder in
     * this one round.
     *
     * @throws NotFoundException for an unknown or replaced token, or a deleted round or initiative
     */
    public Respondent byToken(String token) {
        return db.read(c -> respondent(c, token));
    }

    private static Respondent respondent(Connection c, String token) throws SQLException {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw NotFoundException.surveyLink();
        }
        SurveyInvitation inv = Rows.one(c, INVITATION_SQL + " WHERE i.token_hash = ?", Surveys::mapInvitation,
                hash(token));
        if (inv == null) {
            throw NotFoundException.surveyLink();
        }
        SurveyRound r = load(c, inv.roundId());
        Initiative i = Initiatives.load(c, inv.initiativeId());
        if (r == null || r.deletedAt() != null || i == null || i.deletedAt() != null) {
            throw NotFoundException.surveyLink();
        }
        return new Respondent(r, i, inv, answers(c, inv.id()));
    }

    /**
     * Stores the answers given through a link (replacing earlier ones of the same invitation). Every key must be a
     * survey indicator ({@link #items()}) and every score a whole number 1..{@link #likertMax()}; indicators left
     * out are "don't know". Refused when the round is not open today.
     */
    public Respondent answerByToken(String token, Map<String, Integer> scores) {
        Map<String, Integer> checked = checkScores(scores);
        return db.write(c -> {
            Respondent who = respondent(c, token);
            store(c, null, who.round(), who.invitation(), checked);
            return respondent(c, token);
        });
    }

    /** Stores answers for an invited stakeholder, entered by a member or manager (e.g. from a paper form). */
    public Map<String, Integer> answer(User actor, String invitationId, Map<String, Integer> scores) {
        Map<String, Integer> checked = checkScores(scores);
        return db.write(c -> {
            SurveyInvitation inv = invitationId == null ? null : loadInvitation(c, invitationId);
            if (inv == null) {
                throw new NotFoundException("surveyInvitation", String.valueOf(invitationId));
            }
            SurveyRound r = liveRow(c, actor, Operation.EDIT, ENTITY, inv.roundId());
            store(c, actor, r, inv, checked);
            return answers(c, inv.id());
        });
    }

    /** The answers stored for an invitation (READ on its initiative). */
    public Map<String, Integer> answersOf(User actor, String invitationId) {
        return db.read(c -> {
            SurveyInvitation inv = invitationId == null ? null : loadInvitation(c, invitationId);
            if (inv == null) {
                throw new NotFoundException("surveyInvitation", String.valueOf(invitationId));
            }
            liveRow(c, actor, Operation.READ, ENTITY, inv.roundId());
            return answers(c, inv.id());
        });
    }

    private static Map<String, Integer> checkScores(Map<String, Integer> scores) {
        Check.present("answers", scores);
        int max = likertMax();
        Map<String, Integer> out = new LinkedHashMap<>();
        List<String> known = ITEMS.stream().map(SurveyItem::indicatorId).toList();
        for (var e : scores.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new ValidationException("error.unknownIndicator", "answers." + e.getKey(), e.getKey(),
                        String.join(", ", known));
            }
            Integer v = e.getValue();
            if (v == null) {
                continue; // don't know
            }
            if (v < 1 || v > max) {
                throw new ValidationException("error.range", "answers." + e.getKey(), v, 1, max);
            }
            out.put(e.getKey(), v);
        }
        return out;
    }

    private static void store(Connection c, User actor, SurveyRound r, SurveyInvitation inv,
                              Map<String, Integer> scores) throws SQLException {
        LocalDate today = LocalDate.now();
        if (!r.openOn(today)) {
            throw new ValidationException("error.roundClosed", "round", r.title(), r.openedOn(),
                    r.closedOn() == null ? "–" : r.closedOn(), today);
        }
        Map<String, Integer> before = answers(c, inv.id());
        Rows.update(c, "DELETE FROM survey_answers WHERE invitation_id = ?", inv.id());
        for (var e : scores.entrySet()) {
            Rows.update(c, "INSERT INTO survey_answers (invitation_id, round_id, indicator, score) VALUES (?, ?, ?, ?)",
                    inv.id(), r.id(), e.getKey(), e.getValue());
        }
        Rows.update(c, "UPDATE survey_invitations SET answered_at = ? WHERE id = ?", Rows.now(), inv.id());
        AuditLog.record(c, actor, r.initiativeId(), "surveyAnswer", inv.id(), before.isEmpty() ? "INSERT" : "UPDATE",
                before.isEmpty() ? null : new TreeMap<>(before), new TreeMap<>(scores));
    }

    private static Map<String, Integer> answers(Connection c, String invitationId) throws SQLException {
        Map<String, Integer> out = new TreeMap<>();
        try (var ps = Rows.prepare(c, "SELECT indicator, score FROM survey_answers WHERE invitation_id = ?",
                invitationId); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
        }
        return out;
    }

    /**
     * Writes an exported round with its answers into initiative {@code initiativeId} (an import): the round, one
     * invitation per respondent with a fresh token that is not shown (new links are made by inviting again) and the
     * answers as they were, whatever the round's dates; audited as inserts.
     */
    static void insertHistory(Connection c, User actor, String initiativeId, InitiativeExport.SurveyRoundExport doc,
                              Map<String, String> stakeholderIds) throws SQLException {
        SurveyRound src = doc.round();
        String id = Ids.next();
        Instant now = Rows.now();
        Rows.update(c, "INSERT INTO survey_rounds (id, initiative_id, title, opened_on, closed_on, created_at,"
                + " updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", id, initiativeId, src.title(),
                src.openedOn(), src.closedOn(), now, now);
        AuditLog.record(c, actor, initiativeId, ENTITY.name(), id, "INSERT", null, load(c, id));
        Map<String, Map<String, Integer>> byStakeholder = new LinkedHashMap<>();
        for (InitiativeExport.Answer a : doc.answers()) {
            byStakeholder.computeIfAbsent(a.stakeholderId(), k -> new TreeMap<>()).put(a.indicator(), a.score());
        }
        for (var e : byStakeholder.entrySet()) {
            String inv = Ids.next();
            Rows.update(c, "INSERT INTO survey_invitations (id, round_id, initiative_id, stakeholder_id, token_hash,"
                    + " created_at, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?)", inv, id, initiativeId,
                    stakeholderIds.get(e.getKey()), hash(newToken()), now, now);
            for (var a : e.getValue().entrySet()) {
                Rows.update(c, "INSERT INTO survey_answers (invitation_id, round_id, indicator, score) VALUES"
                        + " (?, ?, ?, ?)", inv, id, a.getKey(), a.getValue());
            }
            AuditLog.record(c, actor, initiativeId, "surveyAnswer", inv, "INSERT", null, e.getValue());
        }
    }

    // ---------------------------------------------------------------- results

    /** A round's invitations, respondents and mean score per factor. */
    public SurveyResults results(User actor, String roundId) {
        return db.read(c -> results(c, liveRow(c, actor, Operation.READ, ENTITY, roundId)));
    }

    /** Every live round of an initiative with its results, oldest first (the round-by-round comparison). */
    public List<SurveyResults> compare(User actor, String initiativeId) {
        return db.read(c -> {
            authorised(c, actor, Operation.READ, initiativeId);
            List<SurveyResults> out = new ArrayList<>();
            for (SurveyRound r : Rows.list(c, "SELECT * FROM survey_rounds WHERE initiative_id = ? AND deleted_at IS"
                    + " NULL ORDER BY opened_on, id", Surveys::map, initiativeId)) {
                out.add(results(c, r));
            }
            return out;
        });
    }

    private static SurveyResults results(Connection c, SurveyRound r) throws SQLException {
        Map<String, double[]> byIndicator = new LinkedHashMap<>(); // sum, n
        try (var ps = Rows.prepare(c, "SELECT indicator, SUM(score), COUNT(*) FROM survey_answers WHERE round_id = ?"
                + " GROUP BY indicator", r.id()); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                byIndicator.put(rs.getString(1), new double[] {rs.getDouble(2), rs.getLong(3)});
            }
        }
        int invited = (int) Rows.count(c, "SELECT COUNT(*) FROM survey_invitations WHERE round_id = ?", r.id());
        int respondents = (int) Rows.count(c, "SELECT COUNT(DISTINCT invitation_id) FROM survey_answers"
                + " WHERE round_id = ?", r.id());
        Map<String, List<SurveyItem>> byFactor = new LinkedHashMap<>();
        for (SurveyItem it : ITEMS) {
            byFactor.computeIfAbsent(it.factorId(), k -> new ArrayList<>()).add(it);
        }
        List<SurveyResults.FactorMean> factors = new ArrayList<>();
        for (var e : byFactor.entrySet()) {
            int n = 0;
            double sumOfMeans = 0;
            int scored = 0;
            for (SurveyItem it : e.getValue()) {
                double[] a = byIndicator.get(it.indicatorId());
                if (a != null && a[1] > 0) {
                    n += (int) a[1];
                    sumOfMeans += a[0] / a[1];
                    scored++;
                }
            }
            SurveyItem first = e.getValue().get(0);
            factors.add(new SurveyResults.FactorMean(e.getKey(), first.factorName(), first.factorNameId(), n,
                    scored == 0 ? Double.NaN : sumOfMeans / scored));
        }
        return new SurveyResults(r, invited, respondents, factors);
    }

    /**
     * Writes a round's answers as the survey CSV of {@code klaster analyze --survey}: header
     * {@code region,cluster,indicator,score}, one row per answer; cluster = the initiative's cluster name (the
     * analysis's cluster name when the initiative was started from the strong-clusters table). Region: the
     * initiative's region when it has one; else the respondent's region when it is one of the initiative's; else
     * one row per initiative region (the respondent spoke for the whole area).
     *
     * @return the number of data rows written
     */
    public int exportCsv(User actor, String roundId, Writer out) {
        List<String[]> rows = db.read(c -> {
            SurveyRound r = liveRow(c, actor, Operation.READ, ENTITY, roundId);
            Initiative i = Initiatives.load(c, r.initiativeId());
            List<String[]> acc = new ArrayList<>();
            try (var ps = Rows.prepare(c, "SELECT s.region_code, a.indicator, a.score FROM survey_answers a"
                    + " JOIN survey_invitations v ON v.id = a.invitation_id JOIN stakeholders s ON s.id = v.stakeholder_id"
                    + " WHERE a.round_id = ? ORDER BY v.id, a.indicator", roundId); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String own = rs.getString(1);
                    List<String> regions = i.regionCodes().size() == 1 ? i.regionCodes()
                            : own != null && i.regionCodes().contains(own) ? List.of(own) : i.regionCodes();
                    for (String region : regions) {
                        acc.add(new String[] {region, i.clusterName(), rs.getString(2),
                            Integer.toString(rs.getInt(3))});
                    }
                }
            }
            return acc;
        });
        try {
            out.write("region,cluster,indicator,score\n");
            for (String[] r : rows) {
                for (int k = 0; k < r.length; k++) {
                    out.write(k == 0 ? "" : ",");
                    out.write(csv(r[k]));
                }
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the survey CSV of round " + roundId, e);
        }
        return rows.size();
    }

    private static String csv(String v) {
        String s = v == null ? "" : v;
        // a leading = + - @ would be a formula in a spreadsheet: quote such text
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                || (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0)) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    // ---------------------------------------------------------------- rows

    static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static final String INVITATION_SQL = "SELECT i.id, i.round_id, i.initiative_id, i.stakeholder_id,"
            + " s.name AS stakeholder_name, i.created_at, i.answered_at FROM survey_invitations i"
            + " JOIN stakeholders s ON s.id = i.stakeholder_id";

    static SurveyInvitation loadInvitation(Connection c, String id) throws SQLException {
        return Rows.one(c, INVITATION_SQL + " WHERE i.id = ?", Surveys::mapInvitation, id);
    }

    static SurveyRound load(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM survey_rounds WHERE id = ?", Surveys::map, id);
    }

    private static SurveyRound map(ResultSet rs) throws SQLException {
        return new SurveyRound(rs.getString("id"), rs.getString("initiative_id"), rs.getString("title"),
                Rows.date(rs, "opened_on"), Rows.date(rs, "closed_on"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"), rs.getLong("version"), Rows.instant(rs, "deleted_at"));
    }

    private static SurveyInvitation mapInvitation(ResultSet rs) throws SQLException {
        return new SurveyInvitation(rs.getString("id"), rs.getString("round_id"), rs.getString("initiative_id"),
                rs.getString("stakeholder_id"), rs.getString("stakeholder_name"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "answered_at"));
    }
}
