package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Initiatives: edit with versions, stages, audit log, soft delete, restore, purge, roles; on every backend. */
class InitiativesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void updateNeedsTheCurrentVersionAndNeverOverwritesSilently(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Initiative a = w.a;
            InitiativeDraft edit = new InitiativeDraft("Klaster mebel dan ukir Jepara", a.clusterCode(),
                    a.clusterName(), List.of("3320", "3318"), a.leadOrganisation(), a.governanceBody(),
                    a.startDate(), a.endDate(), true);
            Initiative saved = ws.initiatives().update(w.manager, a.id(), a.version(), edit);
            assertThat(saved.version()).isEqualTo(a.version() + 1);
            assertThat(saved.regionCodes()).containsExactly("3320", "3318");
            assertThat(saved.isPublic()).isTrue();
            // a second editor who loaded version 1 gets a conflict naming both versions; nothing is written
            assertThatThrownBy(() -> ws.initiatives().update(w.admin, a.id(), a.version(),
                    TestDb.draft("Overwrite", "3320")))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.storedVersion()).isEqualTo(2);
                        assertThat(e.submittedVersion()).isEqualTo(1);
                        assertThat(e.entity()).isEqualTo("initiative");
                        assertThat(e.message(Messages.INDONESIAN)).contains("versi tersimpan 2");
                    });
            assertThat(ws.initiatives().get(w.admin, a.id()).name()).isEqualTo("Klaster mebel dan ukir Jepara");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void stageChangesRecordDateUserNoteAndEndorsedDocuments(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Initiatives in = ws.initiatives();
            StageChange toDiagnosis = in.changeStage(w.manager, w.a.id(), 1, new StageChangeRequest(Stage.DIAGNOSIS,
                    LocalDate.of(2024, 3, 1), "Forum agreed", List.of()));
            assertThat(toDiagnosis.from()).isEqualTo(Stage.MOBILISATION);
            assertThatThrownBy(() -> in.changeStage(w.manager, w.a.id(), 2, new StageChangeRequest(
                    Stage.IMPLEMENTATION, LocalDate.of(2024, 4, 1), "skip", List.of())))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("COLLABORATIVE_STRATEGY");
            StageChange toStrategy = in.changeStage(w.manager, w.a.id(), 2, new StageChangeRequest(
                    Stage.COLLABORATIVE_STRATEGY, LocalDate.of(2024, 9, 30), "Studi diagnostik disahkan",
                    List.of(new EndorsedDocument("Kajian diagnostik klaster mebel", DocumentType.DIAGNOSTIC_STUDY),
                            new EndorsedDocument("Rencana aksi 2025-2027", DocumentType.ACTION_PLAN))));
            assertThat(toStrategy.userId()).isEqualTo(w.manager.id());
            Initiative now = in.get(w.viewer, w.a.id());
            assertThat(now.stage()).isEqualTo(Stage.COLLABORATIVE_STRATEGY);
            assertThat(now.genericStage()).isEqualTo(GenericStage.FRAMEWORK_AGENDA);
            List<StageChange> history = in.stageHistory(w.viewer, w.a.id());
            assertThat(history).extracting(StageChange::to).containsExactly(Stage.DIAGNOSIS,
                    Stage.COLLABORATIVE_STRATEGY);
            assertThat(history.get(1).documents()).extracting(EndorsedDocument::type)
                    .containsExactly(DocumentType.DIAGNOSTIC_STUDY, DocumentType.ACTION_PLAN);
            assertThat(history.get(1).date()).isEqualTo(LocalDate.of(2024, 9, 30));
            // a member edits content but does not move stages; a viewer does neither
            assertThatThrownBy(() -> in.changeStage(w.member, w.a.id(), 3, new StageChangeRequest(
                    Stage.IMPLEMENTATION, LocalDate.of(2025, 1, 1), "", List.of())))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void viewerCannotEditAndManagerOfOneCannotEditAnother(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            InitiativeDraft d = TestDb.draft("X", "3320");
            assertThatThrownBy(() -> ws.initiatives().update(w.viewer, w.a.id(), 1, d))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.stakeholders().create(w.viewer, w.a.id(),
                    TestDb.stakeholder("PT A", StakeholderType.CORE_FIRM, true)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.initiatives().update(w.manager, w.b.id(), 1, d))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.stakeholders().create(w.manager, w.b.id(),
                    TestDb.stakeholder("PT B", StakeholderType.CORE_FIRM, true)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.initiatives().get(w.manager, w.b.id())).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.initiatives().create(w.manager, d)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.initiatives().get(null, w.a.id()))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.anonymous()).isTrue());
            assertThat(ws.initiatives().list(w.manager)).extracting(Initiative::id).containsExactly(w.a.id());
            assertThat(ws.initiatives().list(w.admin)).hasSize(2);
            assertThat(ws.initiatives().list(null)).isEmpty();
            // nothing was written by the refused calls
            assertThat(ws.initiatives().get(w.admin, w.a.id()).version()).isEqualTo(1);
            assertThat(ws.stakeholders().list(w.admin, w.b.id(), null)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void everyChangeIsAuditedAndDeletesAreReversibleUntilPurged(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            Stakeholder s = ws.stakeholders().create(w.member, w.a.id(),
                    TestDb.stakeholder("CV Ukir", StakeholderType.CORE_FIRM, false));
            Stakeholder s2 = ws.stakeholders().update(w.member, s.id(), 1, new StakeholderDraft("CV Ukir Jaya",
                    StakeholderType.CORE_FIRM, "31091", SizeClass.MICRO, "3320", null, null, null, true));
            Stakeholder gone = ws.stakeholders().delete(w.member, s.id(), s2.version());
            assertThat(gone.deletedAt()).isNotNull();
            assertThat(ws.stakeholders().list(w.member, w.a.id(), null)).isEmpty();
            assertThatThrownBy(() -> ws.stakeholders().get(w.member, s.id())).isInstanceOf(NotFoundException.class);
            Stakeholder back = ws.stakeholders().restore(w.member, s.id());
            assertThat(back.deletedAt()).isNull();
            assertThat(back.name()).isEqualTo("CV Ukir Jaya");
            assertThat(back.version()).isEqualTo(4);

            List<AuditEntry> log = ws.audit().forInitiative(w.manager, w.a.id());
            List<AuditEntry> mine = log.stream().filter(e -> e.entityId().equals(s.id())).toList();
            assertThat(mine).extracting(AuditEntry::operation).containsExactly("INSERT", "UPDATE", "DELETE",
                    "RESTORE");
            assertThat(mine).allSatisfy(e -> assertThat(e.userId()).isEqualTo(w.member.id()));
            assertThat(mine.get(0).beforeJson()).isNull();
            assertThat(mine.get(1).beforeJson()).contains("\"name\":\"CV Ukir\"");
            assertThat(mine.get(1).afterJson()).contains("\"name\":\"CV Ukir Jaya\"");
            assertThatThrownBy(() -> ws.audit().forInitiative(w.viewer, w.a.id()))
                    .isInstanceOf(ForbiddenException.class);

            // purge: only soft-deleted rows, only by ADMIN
            Stakeholder again = ws.stakeholders().delete(w.manager, s.id(), back.version());
            assertThatThrownBy(() -> ws.stakeholders().purge(w.manager, s.id())).isInstanceOf(ForbiddenException.class);
            ws.stakeholders().purge(w.admin, again.id());
            assertThatThrownBy(() -> ws.stakeholders().restore(w.admin, s.id())).isInstanceOf(NotFoundException.class);
            assertThat(ws.audit().forInitiative(w.admin, w.a.id())).extracting(AuditEntry::operation).contains("PURGE");

            // a deleted initiative hides its content; restore brings it back; purge removes it (log stays)
            Initiative deleted = ws.initiatives().delete(w.admin, w.b.id(), 1);
            assertThatThrownBy(() -> ws.initiatives().get(w.admin, w.b.id())).isInstanceOf(NotFoundException.class);
            assertThat(ws.initiatives().listDeleted(w.admin)).extracting(Initiative::id).containsExactly(w.b.id());
            ws.initiatives().restore(w.admin, deleted.id());
            Initiative b = ws.initiatives().get(w.admin, w.b.id());
            ws.initiatives().delete(w.admin, b.id(), b.version());
            ws.initiatives().purge(w.admin, b.id());
            assertThat(ws.initiatives().listDeleted(w.admin)).isEmpty();
            long logRows = ws.db().read(c -> Rows.count(c, "SELECT COUNT(*) FROM audit_log WHERE initiative_id = ?",
                    w.b.id()));
            assertThat(logRows).isEqualTo(5); // INSERT, DELETE, RESTORE, DELETE, PURGE
            assertThat(ws.integrityCheck()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void managerRestoresTheirDeletedInitiativeButOthersCannot(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            assertThatThrownBy(() -> ws.initiatives().delete(w.member, w.a.id(), 1))
                    .isInstanceOf(ForbiddenException.class);
            ws.initiatives().delete(w.manager, w.a.id(), 1);
            User manager = ws.users().get(w.manager.id());
            User viewer = ws.users().get(w.viewer.id());
            assertThatThrownBy(() -> ws.stakeholders().create(manager, w.a.id(),
                    TestDb.stakeholder("X", StakeholderType.BUYER, true))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> ws.initiatives().restore(viewer, w.a.id()))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> ws.initiatives().restore(w.manager, w.b.id()))
                    .isInstanceOf(NotFoundException.class); // b is not deleted
            Initiative back = ws.initiatives().restore(manager, w.a.id());
            assertThat(back.deletedAt()).isNull();
            assertThat(back.version()).isEqualTo(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void badInitiativeFieldsAreNamed(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            User admin = ws.users().bootstrapAdmin("admin", "Admin", "admin-password-1");
            assertThatThrownBy(() -> ws.initiatives().create(admin, new InitiativeDraft(" ", "C", "N", List.of("33"),
                    "L", "G", null, null, false))).isInstanceOf(ValidationException.class)
                    .hasMessageContaining("initiative.name");
            assertThatThrownBy(() -> ws.initiatives().create(admin, new InitiativeDraft("N", "C", "N",
                    List.of("33 01"), "L", "G", null, null, false))).hasMessageContaining("initiative.regionCodes")
                    .hasMessageContaining("33 01");
            assertThatThrownBy(() -> ws.initiatives().create(admin, new InitiativeDraft("N", "C", "N", List.of("33"),
                    "L", "G", LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1), false)))
                    .hasMessageContaining("initiative.endDate");
            assertThat(ws.initiatives().list(admin)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.klaster.workspace.TestDb#backends")
    void movingIntoDiagnosisGivesBoundKpisTheirMeasuredBaselineInTheAuditLog(String backend) {
        try (Workspace ws = TestDb.open(backend, tmp)) {
            TestDb.World w = new TestDb.World(ws);
            KpiDraft bound = new KpiDraft("Tenaga kerja", "orang", Goal.PRODUCTIVITY_EMPLOYMENT, null, null,
                    LocalDate.of(2028, 12, 31), 5000.0, Frequency.ANNUAL, Aggregation.SUM, "ds.demo.size");
            KpiDraft entered = new KpiDraft("Ekspor", "USD", Goal.INVESTMENT, LocalDate.of(2023, 12, 31), 10.0, null,
                    null, Frequency.ANNUAL, Aggregation.SUM, null);
            KpiDraft unmeasured = new KpiDraft("LQ", "-", Goal.PRODUCTIVITY_EMPLOYMENT, null, null, null, null,
                    Frequency.ANNUAL, Aggregation.MAX, "ds.gone.lq");
            Kpi kb = ws.kpis().create(w.member, w.a.id(), bound);
            Kpi ke = ws.kpis().create(w.member, w.a.id(), entered);
            Kpi ku = ws.kpis().create(w.member, w.a.id(), unmeasured);
            // the shell's measurement: 4321.5 for ds.demo.size, nothing for ds.gone.lq (a value made up for this test)
            MeasuredBaseline measured = (i, k) -> k.indicatorKey().equals("ds.demo.size")
                    ? java.util.Optional.of(new MeasuredBaseline.Value(LocalDate.of(2023, 12, 31), 4321.5))
                    : java.util.Optional.empty();
            java.util.List<String> asked = new java.util.ArrayList<>();
            ws.initiatives().changeStage(w.manager, w.a.id(), 1, new StageChangeRequest(Stage.DIAGNOSIS,
                    LocalDate.of(2024, 3, 1), "Forum agreed", List.of()), (i, k) -> {
                        asked.add(k.name());
                        return measured.of(i, k);
                    });
            assertThat(asked).containsExactlyInAnyOrder("Tenaga kerja", "LQ"); // only bound KPIs are measured
            Kpi after = ws.kpis().get(w.viewer, kb.id());
            assertThat(after.baselineValue()).isEqualTo(4321.5);
            assertThat(after.baselineDate()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(after.version()).isEqualTo(kb.version() + 1);
            assertThat(ws.kpis().get(w.viewer, ke.id())).isEqualTo(ke);
            assertThat(ws.kpis().get(w.viewer, ku.id()).baselineValue()).isNull();
            AuditEntry e = ws.audit().forInitiative(w.manager, w.a.id()).stream()
                    .filter(x -> x.entity().equals("kpi") && x.entityId().equals(kb.id()) && x.operation().equals("UPDATE"))
                    .findFirst().orElseThrow();
            assertThat(e.afterJson()).contains("4321.5").contains("2023-12-31");
            assertThat(e.beforeJson()).contains("\"baselineValue\":null");
            // a later move does not touch the baseline again
            ws.initiatives().changeStage(w.manager, w.a.id(), 2, new StageChangeRequest(Stage.COLLABORATIVE_STRATEGY,
                    LocalDate.of(2024, 6, 1), "Plan", List.of()), (i, k) -> {
                        throw new AssertionError("measured outside the diagnosis stage");
                    });
            assertThat(ws.kpis().get(w.viewer, kb.id()).version()).isEqualTo(after.version());
        }
    }
}
