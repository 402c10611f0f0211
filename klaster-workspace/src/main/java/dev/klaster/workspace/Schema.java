package dev.klaster.workspace;

import java.util.List;

/** Table names of the workspace schema (migrations in {@code db/migration}). */
final class Schema {
    static final List<String> TABLES = List.of("users", "initiatives", "initiative_regions", "memberships",
            "stage_changes", "endorsed_documents", "stakeholders", "kpis", "kpi_observations", "actions",
            "action_kpis", "audit_log", "survey_rounds", "survey_invitations", "survey_answers", "products",
            "product_certifications", "evaluations", "evaluation_kpis");

    private Schema() {
    }
}
