package dev.klaster.core.cluster;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RolesTest {
    static final String[] CODES = {"A", "C", "H", "X", "Y"};
    // Z (row sells to column). Cluster = {A, C}.
    static final double[][] Z = {
            {0, 50, 0, 0, 0},   // A sells to C
            {10, 0, 0, 0, 30},  // C sells to A and Y
            {5, 5, 0, 0, 0},    // H (transport) serves A and C
            {20, 0, 0, 0, 0},   // X supplies A
            {0, 0, 0, 0, 0}};
    static final int[] M = {0, 0, -1, -1, -1};

    @Test
    void rolesByHand() {
        double[] lq = {1.5, 1.2, 0.8, 0.5, 0.3};
        Map<String, Roles.Member> m = Roles.classify(CODES, Z, lq, M, 0, Roles.Options.defaults()).stream()
                .collect(Collectors.toMap(Roles.Member::code, Function.identity()));
        // A and C both have LQ ≥ 1 and equal centrality (L_AC), so both are core.
        assertThat(m.get("A").role()).isEqualTo(Roles.Role.CORE);
        assertThat(m.get("C").role()).isEqualTo(Roles.Role.CORE);
        // core purchases = col A (0+10+5+20) + col C (50+0+5+0) = 90; core sales = row A 50 + row C 40 = 90
        // X: supply share 20/90 = 0.2222 ≥ 0.10 -> supplier
        assertThat(m.get("X").role()).isEqualTo(Roles.Role.SUPPLIER);
        assertThat(m.get("X").supplyShare()).isCloseTo(20.0 / 90, within(1e-12));
        // Y: buys 30 of the core's 90 sales = 0.3333 -> buyer
        assertThat(m.get("Y").role()).isEqualTo(Roles.Role.BUYER);
        assertThat(m.get("Y").buyShare()).isCloseTo(30.0 / 90, within(1e-12));
        // H: transport is a supporting service by code, evidence supply share 10/90
        assertThat(m.get("H").role()).isEqualTo(Roles.Role.SUPPORTING);
        assertThat(m.get("H").supplyShare()).isCloseTo(10.0 / 90, within(1e-12));
    }

    @Test
    void memberBelowLqThresholdIsNotCore() {
        double[] lq = {1.5, 0.9, 0.8, 0.5, 0.3};
        List<Roles.Member> m = Roles.classify(CODES, Z, lq, M, 0, Roles.Options.defaults());
        assertThat(m).filteredOn(x -> x.role() == Roles.Role.CORE).extracting(Roles.Member::code).containsExactly("A");
    }

    @Test
    void noCoreMeansNoLinkRoles() {
        double[] lq = {0.5, 0.5, 0.8, 0.5, 0.3};
        List<Roles.Member> m = Roles.classify(CODES, Z, lq, M, 0, Roles.Options.defaults());
        assertThat(m).extracting(Roles.Member::role).containsOnly(Roles.Role.MEMBER);
    }
}
