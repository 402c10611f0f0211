package dev.klaster.workspace;

/** What a user wants to do, checked by {@link Permissions#require}. */
public enum Operation {
    /** Read an initiative and everything in it. */
    READ,
    /** Add, change or delete stakeholders, actions, KPIs and observations. */
    EDIT,
    /** Change the initiative itself: details, stage, memberships; delete and restore it. */
    MANAGE,
    /** Create a new initiative (or import one). */
    CREATE_INITIATIVE,
    /** Create users and grant the admin flag. */
    MANAGE_USERS,
    /** Remove soft-deleted rows for good. */
    PURGE
}
