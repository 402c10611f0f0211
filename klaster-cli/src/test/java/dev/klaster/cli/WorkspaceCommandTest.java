package dev.klaster.cli;

import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.InitiativeDraft;
import dev.klaster.workspace.SizeClass;
import dev.klaster.workspace.StakeholderDraft;
import dev.klaster.workspace.StakeholderType;
import dev.klaster.workspace.User;
import dev.klaster.workspace.Workspace;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code klaster workspace backup|restore|export|import} on a SQLite workspace in a temporary data folder. */
class WorkspaceCommandTest {
    @TempDir
    Path dir;

    /** A workspace with an administrator and one initiative with two stakeholders; returns the initiative id. */
    String seed(Path data) {
        try (Workspace ws = Workspace.open("sqlite:" + data.resolve("workspace.db"))) {
            User admin = ws.users().bootstrapAdmin("siti", "Siti", "siti-password-1");
            Initiative i = ws.initiatives().create(admin, new InitiativeDraft("Klaster mebel Jepara", "C16",
                    "Furniture", List.of("3320"), "Disperindag", "Forum klaster", LocalDate.of(2025, 1, 6), null,
                    false));
            for (String n : List.of("CV Jati", "UD Ukir")) {
                ws.stakeholders().create(admin, i.id(), new StakeholderDraft(n, StakeholderType.CORE_FIRM, "31091",
                        SizeClass.SMALL, "3320", null, null, null, true));
            }
            return i.id();
        }
    }

    static int initiatives(Path data) {
        try (Workspace ws = Workspace.open("sqlite:" + data.resolve("workspace.db"))) {
            return ws.initiatives().list(UsersCommand.CLI).size();
        }
    }

    @Test
    void exportImportOfAnInitiativeAsJsonAndXlsx() throws Exception {
        Path data = dir.resolve("data");
        String id = seed(data);
        Path json = dir.resolve("out/jepara.json");
        Run ex = Run.run("workspace", "export", id, "--out", json.toString(), "--data", data.toString());
        assertThat(ex.code()).as(ex.err()).isZero();
        assertThat(Files.readString(json)).contains("\"format\" : \"klaster-initiative\"").contains("CV Jati")
                .doesNotContain("argon2").doesNotContain("password");
        Path xlsx = dir.resolve("out/jepara.xlsx");
        assertThat(Run.run("workspace", "export", id, "-o", xlsx.toString(), "--data", data.toString()).code()).isZero();
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(8);
            assertThat(wb.getSheet("stakeholders").getLastRowNum()).isEqualTo(2);
        }
        // bad arguments: exit 2 naming the value, nothing written
        Run unknown = Run.run("workspace", "export", "no-such-id", "-o", dir.resolve("x.json").toString(), "--data",
                data.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no-such-id");
        assertThat(dir.resolve("x.json")).doesNotExist();
        Run ext = Run.run("workspace", "export", id, "-o", dir.resolve("x.txt").toString(), "--data", data.toString());
        assertThat(ext.code()).isEqualTo(2);
        assertThat(ext.err()).contains(".json or .xlsx");
        // import: a copy with new ids
        Run im = Run.run("workspace", "import", json.toString(), "--data", data.toString());
        assertThat(im.code()).as(im.err()).isZero();
        assertThat(im.out()).contains("Klaster mebel Jepara").doesNotContain(" " + id + " ");
        assertThat(initiatives(data)).isEqualTo(2);
        // a broken document: exit 1 naming the file, nothing imported
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, Files.readString(json).replace("\"CORE_FIRM\"", "\"ALIEN\""));
        Run bad = Run.run("workspace", "import", broken.toString(), "--data", data.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("broken.json").contains("ALIEN");
        assertThat(initiatives(data)).isEqualTo(2);
    }

    @Test
    void backupThenRestoreBringsTheEarlierStateBack() throws Exception {
        Path data = dir.resolve("data");
        seed(data);
        Path backup = dir.resolve("backups/w-1.db");
        Run b = Run.run("workspace", "backup", backup.toString(), "--data", data.toString());
        assertThat(b.code()).as(b.err()).isZero();
        assertThat(backup).exists();
        Run again = Run.run("workspace", "backup", backup.toString(), "--data", data.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains(backup.getFileName().toString());
        // a change after the backup
        try (Workspace ws = Workspace.open("sqlite:" + data.resolve("workspace.db"))) {
            ws.initiatives().create(UsersCommand.CLI, new InitiativeDraft("Later", "C10", "Food", List.of("3374"),
                    "x", "y", null, null, false));
        }
        assertThat(initiatives(data)).isEqualTo(2);
        Run r = Run.run("workspace", "restore", backup.toString(), "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("schema version 5");
        assertThat(initiatives(data)).isEqualTo(1);
        // not a workspace: refused, the database untouched
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "not a database");
        Run no = Run.run("workspace", "restore", junk.toString(), "--data", data.toString());
        assertThat(no.code()).isEqualTo(1);
        assertThat(initiatives(data)).isEqualTo(1);
        Run pg = Run.run("workspace", "restore", backup.toString(), "--db", "postgresql://u:secret@127.0.0.1:1/db");
        assertThat(pg.code()).isEqualTo(1);
        assertThat(pg.err()).contains("pg_restore").doesNotContain("secret");
    }

    /** The rank, region, cluster and composite of the printed top-10 line {@code rank}. */
    static String[] topLine(String out, int rank) {
        for (String line : out.split("\n")) {
            if (line.length() > 53 && line.substring(0, 3).strip().equals(Integer.toString(rank))
                    && line.contains("(coverage")) {
                String rest = line.substring(13);
                String composite = rest.substring(0, rest.indexOf(" (coverage")).strip();
                composite = composite.substring(composite.lastIndexOf(' ') + 1);
                String cluster = rest.substring(0, rest.indexOf(" (coverage")).strip();
                cluster = cluster.substring(0, cluster.lastIndexOf(' ')).strip();
                return new String[] {line.substring(4, 12).strip(), cluster, composite};
            }
        }
        throw new AssertionError("no rank " + rank + " in\n" + out);
    }

    static int missing(String out) {
        var m = java.util.regex.Pattern.compile("(\\d+) indicator values are missing").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void aSurveyRoundsCsvFeedsTheCompetitivenessAssessment() throws Exception {
        Path data = dir.resolve("data");
        Run before = Run.run("clusters", "competitiveness", "--demo", "sections", "-o", dir.resolve("a.xlsx").toString());
        assertThat(before.code()).as(before.err()).isZero();
        String[] first = topLine(before.out(), 1);
        String[] second = topLine(before.out(), 2);
        assertThat(second[1]).isEqualTo(first[1]); // the demo's top two units are one cluster in two regions
        Path csv = dir.resolve("round.csv");
        try (Workspace ws = Workspace.open("sqlite:" + data.resolve("workspace.db"))) {
            User admin = ws.users().bootstrapAdmin("siti", "Siti", "siti-password-1");
            Initiative i = ws.initiatives().create(admin, new InitiativeDraft("Klaster " + first[1], "C1", first[1],
                    List.of(first[0], second[0]), "Disperindag", "Forum", null, null, false));
            var s1 = ws.stakeholders().create(admin, i.id(), new StakeholderDraft("A", StakeholderType.CORE_FIRM, null,
                    null, first[0], null, null, null, true));
            var s2 = ws.stakeholders().create(admin, i.id(), new StakeholderDraft("B", StakeholderType.CORE_FIRM, null,
                    null, second[0], null, null, null, true));
            var r = ws.surveys().createRound(admin, i.id(), new dev.klaster.workspace.SurveyRoundDraft("Putaran 1",
                    LocalDate.now(), null));
            for (var inv : ws.surveys().invite(admin, r.id(), List.of(s1.id(), s2.id()))) {
                // the first region's respondent scores cooperation 1, the second's 5
                int score = inv.invitation().stakeholderId().equals(s1.id()) ? 1 : 5;
                ws.surveys().answerByToken(inv.token(), java.util.Map.of("cooperation", score));
            }
            try (var w = Files.newBufferedWriter(csv)) {
                assertThat(ws.surveys().exportCsv(admin, r.id(), w)).isEqualTo(2);
            }
        }
        Run after = Run.run("clusters", "competitiveness", "--demo", "sections", "--survey", csv.toString(), "-o",
                dir.resolve("b.xlsx").toString());
        assertThat(after.code()).as(after.err()).isZero();
        // the two answered (unit, indicator) values are no longer missing, and the composite of the units moved
        assertThat(missing(after.out())).isEqualTo(missing(before.out()) - 2);
        String firstLine = String.format(java.util.Locale.ROOT, "%-8s %-40s %s (", first[0], first[1], first[2]);
        assertThat(before.out()).contains(firstLine);
        assertThat(after.out()).doesNotContain(firstLine);
    }
}
