package dev.klaster.workspace;

/**
 * Workspace roles: ADMIN (whole workspace, a flag on the user), and per initiative MANAGER (programme manager),
 * MEMBER (edits stakeholders, actions and KPIs), VIEWER (reads).
 */
public enum Role { ADMIN, MANAGER, MEMBER, VIEWER }
