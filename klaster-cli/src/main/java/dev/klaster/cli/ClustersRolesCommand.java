package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.cluster.Roles;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code klaster clusters roles}: core, suppliers, buyers, related and supporting industries of strong clusters. */
@Command(name = "roles", mixinStandardHelpOptions = true,
        description = {"Member roles (core, supplier, buyer, related, supporting) of each strong regional cluster.",
                "Peran anggota (inti, pemasok, pembeli, terkait, pendukung) tiap klaster regional yang kuat."})
public final class ClustersRolesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ClusterInputs inputs;

    @Override
    public Integer call() {
        ClusterReport r = inputs.run(spec);
        PrintWriter out = spec.commandLine().getOut();
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
        inputs.write(List.of(r.rolesTable()), out);
        return Klaster.EXIT_OK;
    }
}
