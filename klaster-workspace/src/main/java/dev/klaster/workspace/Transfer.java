package dev.klaster.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Export and import of one whole initiative as JSON ({@link InitiativeExport}). Import creates a new initiative
 * (new ids, the references between KPIs, observations and actions carried over) in one transaction, audited as
 * inserts; it needs CREATE_INITIATIVE (ADMIN) and validates everything before writing anything.
 */
public final class Transfer extends Service {
    Transfer(Db db) {
        super(db);
    }

    /** The export document of a live initiative; needs READ. */
    public InitiativeExport export(User actor, String initiativeId) {
        return db.read(c -> {
            Initiative i = authorised(c, actor, Operation.READ, initiativeId);
            List<Stakeholder> st = Stakeholders.all(c, initiativeId).stream().filter(s -> s.deletedAt() == null)
                    .collect(Collectors.toList());
            List<Kpi> kpis = Kpis.all(c, initiativeId).stream().filter(k -> k.deletedAt() == null)
                    .collect(Collectors.toList());
            java.util.Set<String> liveKpis = kpis.stream().map(Kpi::id).collect(Collectors.toSet());
            List<Observation> obs = Kpis.allObservations(c, initiativeId).stream()
                    .filter(o -> o.deletedAt() == null && liveKpis.contains(o.kpiId())).collect(Collectors.toList());
            List<Action> actions = Actions.all(c, initiativeId).stream().filter(a -> a.deletedAt() == null)
                    .map(a -> new Action(a.id(), a.initiativeId(), a.title(), a.owner(), a.startDate(), a.endDate(),
                            a.budgetRupiah(), a.status(),
                            a.kpiIds().stream().filter(liveKpis::contains).collect(Collectors.toList()),
                            a.createdAt(), a.updatedAt(), a.version(), a.deletedAt()))
                    .collect(Collectors.toList());
            List<Product> products = new java.util.ArrayList<>();
            for (String pid : Rows.list(c, "SELECT id FROM products WHERE initiative_id = ? AND deleted_at IS NULL"
                    + " ORDER BY id", rs -> rs.getString(1), initiativeId)) {
                products.add(Products.load(c, pid));
            }
            java.util.Set<String> liveStakeholders = st.stream().map(Stakeholder::id).collect(Collectors.toSet());
            List<InitiativeExport.SurveyRoundExport> rounds = new java.util.ArrayList<>();
            for (SurveyRound r : Rows.list(c, "SELECT * FROM survey_rounds WHERE initiative_id = ? AND deleted_at IS"
                    + " NULL ORDER BY opened_on, id", rs -> Surveys.load(c, rs.getString("id")), initiativeId)) {
                List<InitiativeExport.Answer> answers = Rows.list(c, "SELECT v.stakeholder_id, a.indicator, a.score"
                        + " FROM survey_answers a JOIN survey_invitations v ON v.id = a.invitation_id"
                        + " WHERE a.round_id = ? ORDER BY v.stakeholder_id, a.indicator",
                        rs -> new InitiativeExport.Answer(rs.getString(1), rs.getString(2), rs.getInt(3)), r.id())
                        .stream().filter(a -> liveStakeholders.contains(a.stakeholderId())).collect(Collectors.toList());
                rounds.add(new InitiativeExport.SurveyRoundExport(r, answers));
            }
            return new InitiativeExport(InitiativeExport.FORMAT, InitiativeExport.VERSION, Rows.now(), i,
                    Initiatives.loadStageChanges(c, initiativeId), st, kpis, obs, actions, products, rounds);
        });
    }

    /** Writes the export of an initiative as indented JSON (UTF-8) to {@code out}. */
    public void exportJson(User actor, String initiativeId, OutputStream out) {
        InitiativeExport doc = export(actor, initiativeId);
        try {
            Json.MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValue(out, doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export of " + initiativeId, e);
        }
    }

    /** Writes the export of an initiative as an .xlsx workbook, one sheet per entity ({@link InitiativeXlsx}). */
    public void exportXlsx(User actor, String initiativeId, OutputStream out) {
        InitiativeXlsx.write(export(actor, initiativeId), out);
    }

    /**
     * Reads an export document.
     *
     * @throws ValidationException naming the source and the JSON problem (line, column)
     */
    public static InitiativeExport readJson(String sourceName, InputStream in) {
        try {
            InitiativeExport doc = Json.MAPPER.readValue(in, InitiativeExport.class);
            if (doc == null || !InitiativeExport.FORMAT.equals(doc.format())
                    || doc.formatVersion() < 1 || doc.formatVersion() > InitiativeExport.VERSION
                    || doc.initiative() == null) {
                throw new ValidationException("error.importFormat", sourceName, InitiativeExport.FORMAT,
                        InitiativeExport.VERSION);
            }
            return doc;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "?" : e.getLocation().getLineNr() + ":"
                    + e.getLocation().getColumnNr();
            throw new ValidationException("error.importJson", sourceName, where, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sourceName, e);
        }
    }

    /** Imports an export document read from {@code in} (see {@link #importInitiative(User, InitiativeExport)}). */
    public Initiative importJson(User actor, String sourceName, InputStream in) {
        return importInitiative(actor, readJson(sourceName, in));
    }

    /**
     * Creates a new initiative from an export document, at the exported stage, with its stage history,
     * stakeholders, KPIs, observations and actions; ADMIN only; all or nothing.
     */
    public Initiative importInitiative(User actor, InitiativeExport doc) {
        Permissions.require(actor, Operation.CREATE_INITIATIVE, null);
        Initiative src = doc.initiative();
        InitiativeDraft draft = new InitiativeDraft(src.name(), src.clusterCode(), src.clusterName(),
                src.regionCodes(), src.leadOrganisation(), src.governanceBody(), src.startDate(), src.endDate(),
                src.isPublic());
        draft.validate();
        Check.present("initiative.stage", src.stage());
        List<StakeholderDraft> st = doc.stakeholders().stream().map(s -> new StakeholderDraft(s.name(), s.type(),
                s.kbli(), s.sizeClass(), s.regionCode(), s.lat(), s.lon(), s.sentraIkm(), s.committed()))
                .collect(Collectors.toList());
        st.forEach(StakeholderDraft::validate);
        List<KpiDraft> kpis = doc.kpis().stream().map(k -> new KpiDraft(k.name(), k.unit(), k.goal(),
                k.baselineDate(), k.baselineValue(), k.targetDate(), k.targetValue(), k.frequency(), k.aggregation(),
                k.indicatorKey())).collect(Collectors.toList());
        kpis.forEach(KpiDraft::validate);
        java.util.Set<String> kpiIds = doc.kpis().stream().map(Kpi::id).collect(Collectors.toSet());
        for (Observation o : doc.observations()) {
            if (!kpiIds.contains(o.kpiId())) {
                throw new ValidationException("error.unknownKpi", "observation.kpiId", o.kpiId());
            }
            Check.present("observation.date", o.date());
            Check.finite("observation.value", o.value());
            Check.text("observation.source", o.source(), 1000);
        }
        for (Action a : doc.actions()) {
            for (String k : a.kpiIds()) {
                if (!kpiIds.contains(k)) {
                    throw new ValidationException("error.unknownKpi", "action.kpiIds", k);
                }
            }
            new ActionDraft(a.title(), a.owner(), a.startDate(), a.endDate(), a.budgetRupiah(), a.status(), a.kpiIds())
                    .validate();
        }
        for (StageChange s : doc.stageChanges()) {
            new StageChangeRequest(s.to(), s.date(), s.note(), s.documents()).validate();
        }
        List<ProductDraft> products = doc.products().stream().map(p -> new ProductDraft(p.name(), p.village(),
                p.regionCode(), p.producer(), p.kbli(), p.category(), p.clusterCode(), p.grade(), p.lat(), p.lon(),
                p.certifications())).collect(Collectors.toList());
        products.forEach(ProductDraft::validate);
        java.util.Set<String> stakeholderIds = doc.stakeholders().stream().map(Stakeholder::id)
                .collect(Collectors.toSet());
        java.util.Set<String> indicators = Surveys.items().stream().map(SurveyItem::indicatorId)
                .collect(Collectors.toSet());
        for (InitiativeExport.SurveyRoundExport r : doc.surveyRounds()) {
            Check.present("surveyRounds.round", r.round());
            new SurveyRoundDraft(r.round().title(), r.round().openedOn(), r.round().closedOn()).validate();
            for (InitiativeExport.Answer a : r.answers()) {
                if (!stakeholderIds.contains(a.stakeholderId())) {
                    throw new ValidationException("error.unknownStakeholder", "surveyRounds.answers.stakeholderId",
                            a.stakeholderId());
                }
                if (!indicators.contains(a.indicator())) {
                    throw new ValidationException("error.unknownIndicator", "surveyRounds.answers.indicator",
                            a.indicator(), String.join(", ", indicators));
                }
                if (a.score() < 1 || a.score() > Surveys.likertMax()) {
                    throw new ValidationException("error.range", "surveyRounds.answers.score", a.score(), 1,
                            Surveys.likertMax());
                }
            }
        }
        return db.write(c -> {
            Initiative created = Initiatives.insert(c, actor, draft, src.stage());
            String id = created.id();
            for (StageChange s : doc.stageChanges()) {
                String changeId = Ids.next();
                Rows.update(c, "INSERT INTO stage_changes (id, initiative_id, from_stage, to_stage, changed_on,"
                                + " changed_by, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", changeId, id,
                        s.from(), s.to(), s.date(), s.userId() == null ? actor.id() : s.userId(), s.note(),
                        s.createdAt() == null ? Rows.now() : s.createdAt());
                int pos = 0;
                for (EndorsedDocument d : s.documents()) {
                    Rows.update(c, "INSERT INTO endorsed_documents (id, stage_change_id, position, title, doc_type)"
                            + " VALUES (?, ?, ?, ?, ?)", Ids.next(), changeId, pos++, d.title(), d.type());
                }
            }
            Map<String, String> newStakeholders = new HashMap<>();
            for (int k = 0; k < st.size(); k++) {
                newStakeholders.put(doc.stakeholders().get(k).id(), Stakeholders.insert(c, actor, id, st.get(k)).id());
            }
            for (ProductDraft p : products) {
                Products.insert(c, actor, created, p);
            }
            for (InitiativeExport.SurveyRoundExport r : doc.surveyRounds()) {
                Surveys.insertHistory(c, actor, id, r, newStakeholders);
            }
            Map<String, Kpi> newKpis = new HashMap<>();
            for (int i = 0; i < kpis.size(); i++) {
                newKpis.put(doc.kpis().get(i).id(), Kpis.insert(c, actor, id, kpis.get(i)));
            }
            for (Observation o : doc.observations()) {
                Kpis.insertObservation(c, actor, newKpis.get(o.kpiId()), o.date(), o.value(), o.source(),
                        o.regionCode());
            }
            for (Action a : doc.actions()) {
                List<String> mapped = a.kpiIds().stream().map(k -> newKpis.get(k).id()).collect(Collectors.toList());
                Actions.insert(c, actor, id, new ActionDraft(a.title(), a.owner(), a.startDate(), a.endDate(),
                        a.budgetRupiah(), a.status(), mapped));
            }
            return Initiatives.load(c, id);
        });
    }
}
