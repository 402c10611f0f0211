package dev.klaster.workspace;

/** Firm size class; MICRO, SMALL and MEDIUM together are IKM (industri kecil dan menengah). */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE;

    /** True for micro, small and medium industry (IKM). */
    public boolean ikm() {
        return this != LARGE;
    }
}
