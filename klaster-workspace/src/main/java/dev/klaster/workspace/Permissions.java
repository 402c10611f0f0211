package dev.klaster.workspace;

/**
 * The authorisation rules, in one place. ADMIN may do everything. On an initiative: MANAGER reads, edits and
 * manages it (details, stage, memberships, soft delete and restore); MEMBER reads and edits its stakeholders,
 * actions and KPIs; VIEWER reads. Anyone, signed in or not, may read a public initiative. Creating initiatives,
 * managing users and purging are for ADMIN only.
 */
public final class Permissions {
    private Permissions() {
    }

    /** Whether {@code user} (null = not signed in) may do {@code op} on {@code initiative} (null for global ops). */
    public static boolean allows(User user, Operation op, Initiative initiative) {
        if (user != null && user.admin()) {
            return true;
        }
        if (op == Operation.READ && initiative != null && initiative.isPublic()) {
            return true;
        }
        if (user == null || initiative == null) {
            return false;
        }
        Role role = user.roleOn(initiative.id());
        if (role == null) {
            return false;
        }
        switch (op) {
            case READ:
                return true;
            case EDIT:
                return role == Role.MANAGER || role == Role.MEMBER;
            case MANAGE:
                return role == Role.MANAGER;
            default:
                return false;
        }
    }

    /**
     * Throws unless {@code user} may do {@code op} on {@code initiative}.
     *
     * @throws ForbiddenException naming the user, the operation and the initiative; {@link ForbiddenException#anonymous()}
     *                            is true when {@code user} is null
     */
    public static void require(User user, Operation op, Initiative initiative) {
        if (!allows(user, op, initiative)) {
            String who = user == null ? "-" : user.username();
            String what = initiative == null ? "-" : initiative.name() + " (" + initiative.id() + ")";
            throw new ForbiddenException(user == null, user == null ? "error.signInRequired" : "error.forbidden",
                    who, op.name(), what);
        }
    }
}
