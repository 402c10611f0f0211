package dev.klaster.workspace;

/** How often a KPI is observed. */
public enum Frequency { MONTHLY, QUARTERLY, SEMIANNUAL, ANNUAL, ONCE }
