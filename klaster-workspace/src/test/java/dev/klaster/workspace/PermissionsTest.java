package dev.klaster.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The role × operation matrix of {@link Permissions}, as documented on the class (no database). */
class PermissionsTest {
    private static Initiative initiative(String id, boolean isPublic) {
        return new Initiative(id, "I " + id, "C", "Cluster", List.of("33"), "Lead", "Forum", null, null, isPublic,
                Stage.MOBILISATION, Instant.EPOCH, Instant.EPOCH, 1, null);
    }

    private static User user(boolean admin, Map<String, Role> roles) {
        return new User("u", "u", "U", admin, roles, Instant.EPOCH, 1);
    }

    @Test
    void matrixPerRole() {
        Initiative a = initiative("a", false);
        User manager = user(false, Map.of("a", Role.MANAGER));
        User member = user(false, Map.of("a", Role.MEMBER));
        User viewer = user(false, Map.of("a", Role.VIEWER));
        User admin = user(true, Map.of());
        for (Operation op : Operation.values()) {
            assertThat(Permissions.allows(admin, op, a)).as("admin " + op).isTrue();
        }
        assertThat(List.of(Operation.READ, Operation.EDIT, Operation.MANAGE))
                .allMatch(op -> Permissions.allows(manager, op, a));
        assertThat(Permissions.allows(manager, Operation.PURGE, a)).isFalse();
        assertThat(Permissions.allows(manager, Operation.CREATE_INITIATIVE, null)).isFalse();
        assertThat(Permissions.allows(member, Operation.EDIT, a)).isTrue();
        assertThat(Permissions.allows(member, Operation.MANAGE, a)).isFalse();
        assertThat(Permissions.allows(viewer, Operation.READ, a)).isTrue();
        assertThat(Permissions.allows(viewer, Operation.EDIT, a)).isFalse();
        assertThat(Permissions.allows(viewer, Operation.MANAGE, a)).isFalse();
    }

    @Test
    void managerOfOneInitiativeHasNoRightsOnAnother() {
        User manager = user(false, Map.of("a", Role.MANAGER));
        Initiative b = initiative("b", false);
        for (Operation op : Operation.values()) {
            assertThat(Permissions.allows(manager, op, b)).as(op.name()).isFalse();
        }
        assertThatThrownBy(() -> Permissions.require(manager, Operation.EDIT, b))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("EDIT").hasMessageContaining("I b");
    }

    @Test
    void publicInitiativesAreReadableByAnyoneButWritableByNoOutsider() {
        Initiative open = initiative("p", true);
        Initiative closed = initiative("q", false);
        assertThat(Permissions.allows(null, Operation.READ, open)).isTrue();
        assertThat(Permissions.allows(null, Operation.EDIT, open)).isFalse();
        assertThat(Permissions.allows(null, Operation.READ, closed)).isFalse();
        assertThatThrownBy(() -> Permissions.require(null, Operation.READ, closed))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.anonymous()).isTrue());
        User stranger = user(false, Map.of());
        assertThat(Permissions.allows(stranger, Operation.READ, open)).isTrue();
        assertThatThrownBy(() -> Permissions.require(stranger, Operation.EDIT, open))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.anonymous()).isFalse());
    }
}
