package dev.klaster.cli;

import dev.klaster.workspace.Initiative;
import dev.klaster.workspace.NotFoundException;
import dev.klaster.workspace.ValidationException;
import dev.klaster.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code klaster workspace}: the workspace database from the command line — {@code backup} (a consistent copy of
 * the embedded SQLite database, safe while {@code klaster serve} runs), {@code restore} (put a backup in place; the
 * server must be stopped), {@code export} (one initiative as JSON or .xlsx) and {@code import} (a JSON export
 * document as a new initiative). The command line acts as an administrator (audit user {@code cli}).
 */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = {"The cluster-programme workspace: backup, restore, export and import of initiatives.",
                "Ruang kerja program klaster: cadangkan, pulihkan, ekspor dan impor inisiatif."},
        subcommands = {WorkspaceCommand.Backup.class, WorkspaceCommand.Restore.class, WorkspaceCommand.Export.class,
                WorkspaceCommand.Import.class})
public final class WorkspaceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static int refuse(PrintWriter err, String command, dev.klaster.workspace.Localized l, int code) {
        err.println("klaster workspace " + command + ": " + l.message(Locale.ENGLISH));
        err.println("klaster workspace " + command + ": " + l.message(dev.klaster.workspace.Messages.INDONESIAN));
        err.flush();
        return code;
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Write a consistent copy of the embedded (SQLite) workspace database to FILE; safe while "
                    + "the server runs. PostgreSQL: use pg_dump.",
                    "Tulis salinan utuh basis data ruang kerja (SQLite) ke BERKAS; aman saat server berjalan."})
    static final class Backup implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        UsersCommand.Where where = new UsersCommand.Where();
        @Parameters(index = "0", paramLabel = "FILE", description = "The backup file to write (must not exist).")
        Path target;

        @Override
        public Integer call() {
            try (Workspace ws = Workspace.open(where.url())) {
                ws.backup(target);
                spec.commandLine().getOut().println("Backed up " + ws + " to " + target.toAbsolutePath()
                        + " / dicadangkan");
                spec.commandLine().getOut().flush();
                return Klaster.EXIT_OK;
            } catch (ValidationException e) {
                return refuse(spec.commandLine().getErr(), "backup", e, Klaster.EXIT_USAGE);
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Replace the embedded workspace database by BACKUP (checked first: integrity and a "
                    + "workspace schema). Stop klaster serve first; an older backup is migrated when next opened.",
                    "Ganti basis data ruang kerja dengan CADANGAN (diperiksa dulu). Hentikan klaster serve dulu."})
    static final class Restore implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        UsersCommand.Where where = new UsersCommand.Where();
        @Parameters(index = "0", paramLabel = "BACKUP", description = "A file written by klaster workspace backup.")
        Path backup;

        @Override
        public Integer call() {
            try {
                Workspace.restore(where.url(), backup);
            } catch (ValidationException e) {
                return refuse(spec.commandLine().getErr(), "restore", e, Klaster.EXIT_DATA);
            }
            try (Workspace ws = Workspace.open(where.url())) {
                spec.commandLine().getOut().println("Restored " + ws + " from " + backup.toAbsolutePath()
                        + " (schema version " + ws.schemaVersion() + ") / dipulihkan");
                spec.commandLine().getOut().flush();
                return Klaster.EXIT_OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Export one initiative: JSON (the document klaster workspace import reads) or .xlsx "
                    + "(one sheet per entity). No users or passwords are in it.",
                    "Ekspor satu inisiatif: JSON (dibaca klaster workspace import) atau .xlsx (satu lembar per "
                            + "entitas). Tanpa pengguna atau kata sandi."})
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        UsersCommand.Where where = new UsersCommand.Where();
        @Parameters(index = "0", paramLabel = "INITIATIVE", description = "The initiative id (see /initiatives).")
        String initiative;
        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
                description = "The file to write: .json or .xlsx (the format follows the extension).")
        Path out;

        @Override
        public Integer call() {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean xlsx = name.endsWith(".xlsx");
            if (!xlsx && !name.endsWith(".json")) {
                spec.commandLine().getErr().println("klaster workspace export: --out " + out + ": the file must end "
                        + "in .json or .xlsx / berkas harus berakhiran .json atau .xlsx");
                return Klaster.EXIT_USAGE;
            }
            try (Workspace ws = Workspace.open(where.url())) {
                Path dir = out.toAbsolutePath().getParent();
                Path tmp;
                try {
                    Files.createDirectories(dir);
                    tmp = Files.createTempFile(dir, ".export-", xlsx ? ".xlsx" : ".json");
                } catch (IOException e) {
                    spec.commandLine().getErr().println("klaster workspace export: cannot write " + out + ": "
                            + e.getMessage());
                    return Klaster.EXIT_WRITE;
                }
                try {
                    try (OutputStream os = Files.newOutputStream(tmp)) {
                        if (xlsx) {
                            ws.transfer().exportXlsx(UsersCommand.CLI, initiative, os);
                        } else {
                            ws.transfer().exportJson(UsersCommand.CLI, initiative, os);
                        }
                    }
                    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    spec.commandLine().getErr().println("klaster workspace export: cannot write " + out + ": "
                            + e.getMessage());
                    return Klaster.EXIT_WRITE;
                } finally {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // a leftover .export-* file
                    }
                }
                spec.commandLine().getOut().println("Exported initiative " + initiative + " to " + out
                        + " / diekspor");
                spec.commandLine().getOut().flush();
                return Klaster.EXIT_OK;
            } catch (NotFoundException e) {
                return refuse(spec.commandLine().getErr(), "export", e, Klaster.EXIT_USAGE);
            } catch (ValidationException e) {
                return refuse(spec.commandLine().getErr(), "export", e, Klaster.EXIT_USAGE);
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import an initiative from its JSON export document as a new initiative (new ids); "
                    + "checked whole first: one error and nothing is written.",
                    "Impor inisiatif dari dokumen ekspor JSON sebagai inisiatif baru; diperiksa seluruhnya dulu."})
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;
        @CommandLine.Mixin
        UsersCommand.Where where = new UsersCommand.Where();
        @Parameters(index = "0", paramLabel = "FILE", description = "A file written by klaster workspace export "
                + "(.json) or the web's Export JSON link.")
        Path file;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("klaster workspace import: no such file " + file
                        + " / berkas tidak ada");
                return Klaster.EXIT_USAGE;
            }
            try (Workspace ws = Workspace.open(where.url()); InputStream in = Files.newInputStream(file)) {
                Initiative i = ws.transfer().importJson(UsersCommand.CLI, file.toString(), in);
                spec.commandLine().getOut().println("Imported " + file + " as initiative " + i.id() + " ("
                        + i.name() + ") / diimpor");
                spec.commandLine().getOut().flush();
                return Klaster.EXIT_OK;
            } catch (ValidationException e) {
                return refuse(spec.commandLine().getErr(), "import", e, Klaster.EXIT_DATA);
            }
        }
    }
}
