package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.Roles;
import dev.klaster.core.table.Table;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code klaster clusters roles}: core, suppliers, buyers, related and supporting industries of strong clusters. */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = {"Member roles (core, supplier, buyer, related, supporting) of each strong regional cluster.",
                "Peran anggota (inti, pemasok, pembeli, terkait, pendukung) tiap klaster regional yang kuat."})
public final class ClustersRolesCommand extends ClusterSubcommand {
    @Override
    List<Table> summarize(ClusterReport r, PrintWriter out) {
        r.roles().forEach((key, members) -> {
            out.printf(Locale.ROOT, "%s:", r.rolesLabel(key));
            for (Roles.Role role : Roles.Role.values()) {
                List<String> codes = members.stream().filter(m -> m.role() == role).map(Roles.Member::code).toList();
                if (!codes.isEmpty()) {
                    out.printf(Locale.ROOT, " %s=%s", role.name().toLowerCase(Locale.ROOT), String.join("+", codes));
                }
            }
            out.println();
        });
        return List.of(r.rolesTable());
    }
}
