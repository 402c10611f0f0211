package dev.klaster.workspace;

/** A stakeholder's role in the cluster (core firm, supplier, buyer, supporting service, ... association/NGO). */
public enum StakeholderType {
    CORE_FIRM, SUPPLIER, BUYER, SUPPORTING_SERVICE, RELATED_INDUSTRY, KNOWLEDGE_INSTITUTION, GOVERNMENT, FINANCE,
    ASSOCIATION_NGO
}
