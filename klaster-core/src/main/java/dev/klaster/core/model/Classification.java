package dev.klaster.core.model;

/** The industry classification an {@link Industry} code belongs to. */
public enum Classification {
    /** Klasifikasi Baku Lapangan Usaha Indonesia (BPS), 2009/2015/2020. */
    KBLI,
    /** North American Industry Classification System. */
    NAICS,
    /** Statistical classification of economic activities in the European Community. */
    NACE,
    /** A user-defined grouping. */
    USER
}
