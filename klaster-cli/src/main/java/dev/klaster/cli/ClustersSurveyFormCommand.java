package dev.klaster.cli;

import dev.klaster.core.cluster.ClusterReport;
import dev.klaster.core.competitiveness.Framework;
import dev.klaster.core.table.Table;
import dev.klaster.io.survey.SurveyForm;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code klaster clusters survey-form}: the bilingual .xlsx form of the competitiveness factors only a survey can
 * score, one row per regional cluster and survey statement ({@link SurveyForm}); read back with {@code --survey}.
 */
@Command(name = "survey-form", mixinStandardHelpOptions = true,
        description = {"Write the bilingual survey form (.xlsx) of the Rosenfeld factors only a survey can score, one "
                + "row per regional cluster and statement; fill it and read it back with --survey FILE.xlsx.",
                "Tulis formulir survei dwibahasa (.xlsx) faktor Rosenfeld yang hanya dapat dinilai dengan survei; "
                        + "isi lalu baca kembali dengan --survey BERKAS.xlsx."})
public final class ClustersSurveyFormCommand extends ClusterSubcommand {
    @CommandLine.Option(names = "--form", paramLabel = "FILE.xlsx", required = true,
            description = {"Where to write the form.", "Berkas formulir yang ditulis."})
    Path form;

    @Override
    List<Table> summarize(ClusterReport r, PrintWriter out) {
        if (!form.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new IllegalArgumentException("--form: the survey form is an .xlsx file, got " + form);
        }
        Framework fw = inputs.framework();
        List<SurveyForm.Unit> units = SurveyForm.units(r.competitiveness(),
                code -> r.panel().regions().byCode(code).name());
        SurveyForm.write(form, fw, units);
        long statements = fw.factors().stream().flatMap(f -> f.indicators().stream())
                .filter(i -> i.source() == Framework.Source.SURVEY).count();
        out.printf(java.util.Locale.ROOT, "wrote %s: %d regional clusters × %d survey statements (Indonesian and "
                + "English)%n", form, units.size(), statements);
        return List.of();
    }
}
