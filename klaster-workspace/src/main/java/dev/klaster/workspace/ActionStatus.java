package dev.klaster.workspace;

/** Status of a programme action. */
public enum ActionStatus { PLANNED, ONGOING, DONE, CANCELLED }
