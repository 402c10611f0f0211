package dev.klaster.workspace;

/**
 * A certification of a product: halal (BPJPH), SNI (national standard), PIRT (home-industry food permit), BPOM MD
 * (food and drug agency registration), trademark (registered brand, DJKI), geographical indication, organic, other.
 */
public enum Certification { HALAL, SNI, PIRT, BPOM_MD, TRADEMARK, GEOGRAPHICAL_INDICATION, ORGANIC, OTHER }
