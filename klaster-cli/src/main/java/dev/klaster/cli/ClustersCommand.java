package dev.klaster.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code klaster clusters}: parent of the cluster subcommands. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = {"Industrial clusters: definition, strength, member roles, life cycle, competitiveness, impact.",
                "Klaster industri: definisi, kekuatan, peran anggota, siklus hidup, daya saing, dampak."},
        subcommands = {ClustersDefineCommand.class, ClustersStrengthCommand.class, ClustersRolesCommand.class,
                ClustersLifecycleCommand.class, ClustersCompetitivenessCommand.class, ClustersImpactCommand.class,
                ClustersSurveyFormCommand.class, ClustersTemplatesCommand.class})
public final class ClustersCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "choose a subcommand: define, strength, roles, lifecycle, competitiveness, impact, survey-form, templates");
    }
}
