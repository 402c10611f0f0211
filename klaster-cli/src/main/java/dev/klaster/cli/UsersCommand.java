package dev.klaster.cli;

import dev.klaster.web.WebConfig;
import dev.klaster.workspace.ForbiddenException;
import dev.klaster.workspace.Messages;
import dev.klaster.workspace.User;
import dev.klaster.workspace.ValidationException;
import dev.klaster.workspace.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code klaster users}: the workspace's users from the command line — {@code add} (the first administrator of a
 * new workspace, or more users) and {@code list}. The password is read from {@code --password-file} or standard
 * input, never from an argument (arguments show in {@code ps} and the shell history).
 */
@Command(name = "users", mixinStandardHelpOptions = true,
        description = {"Workspace users: add the first administrator (or more users) and list them.",
                "Pengguna ruang kerja: tambah administrator pertama (atau pengguna lain) dan daftar pengguna."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class})
public final class UsersCommand implements Runnable {
    /** The command line acts as an administrator: whoever can open the database file may change it anyway. */
    static final User CLI = new User("cli", "cli", "Command line", true, Map.of(), Instant.EPOCH, 1);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Where the workspace is: {@code --db}, else {@code DATA/workspace.db} (the same default as klaster serve). */
    static final class Where {
        @Option(names = "--data", paramLabel = "DIR", defaultValue = "klaster-data",
                description = "Data folder of klaster serve (default: ${DEFAULT-VALUE}); the workspace is "
                        + "DIR/workspace.db unless --db is given.")
        Path data;

        @Option(names = "--db", paramLabel = "URL", description = "Workspace database: sqlite:PATH or "
                + "postgresql://user:pass@host:port/db (also from the environment variable KLASTER_DB).")
        String db;

        String url() {
            String u = db != null ? db : System.getenv("KLASTER_DB");
            return WebConfig.defaults(data).withDbUrl(u).workspaceUrl();
        }
    }

    static int refuse(PrintWriter err, dev.klaster.workspace.Localized l) {
        err.println("klaster users: " + l.message(Locale.ENGLISH));
        err.println("klaster users: " + l.message(Messages.INDONESIAN));
        err.flush();
        return Klaster.EXIT_USAGE;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a user. The first user of a workspace must be an administrator (--admin).",
                    "Tambah pengguna. Pengguna pertama harus administrator (--admin)."})
    static final class Add implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        Where where = new Where();

        @Parameters(index = "0", paramLabel = "USERNAME", description = "3-100 letters, digits, . _ @ -")
        String username;

        @Option(names = "--admin", description = "An administrator (may do everything, creates users and initiatives).")
        boolean admin;

        @Option(names = "--display-name", paramLabel = "TEXT", description = "Full name (default: the username).")
        String displayName;

        @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from the first "
                + "line of FILE (default: from standard input, without echo on a terminal).")
        Path passwordFile;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String password = password(err);
            if (password == null) {
                err.println("klaster users add: no password given (standard input was empty) / kata sandi kosong");
                return Klaster.EXIT_USAGE;
            }
            String url = where.url();
            try (Workspace ws = Workspace.open(url)) {
                boolean anyAdmin = ws.users().list(CLI).stream().anyMatch(User::admin);
                String name = displayName == null ? username : displayName;
                User u;
                if (!anyAdmin) {
                    if (!admin) {
                        err.println("klaster users add: the workspace has no administrator yet; add the first one with "
                                + "--admin / belum ada administrator; tambahkan yang pertama dengan --admin");
                        return Klaster.EXIT_USAGE;
                    }
                    u = ws.users().bootstrapAdmin(username, name, password);
                } else {
                    u = ws.users().create(CLI, username, name, password, admin);
                }
                out.println("Added user " + u.username() + (u.admin() ? " (administrator)" : "") + " to " + ws
                        + " / pengguna ditambahkan");
                out.flush();
                return Klaster.EXIT_OK;
            } catch (ValidationException e) {
                return refuse(err, e);
            } catch (ForbiddenException e) {
                return refuse(err, e);
            }
        }

        private String password(PrintWriter err) throws IOException {
            if (passwordFile != null) {
                if (!Files.isRegularFile(passwordFile)) {
                    throw new IllegalArgumentException("--password-file: no such file " + passwordFile);
                }
                try (BufferedReader r = Files.newBufferedReader(passwordFile, StandardCharsets.UTF_8)) {
                    return r.readLine();
                }
            }
            Console c = System.console();
            if (c != null) {
                char[] p = c.readPassword("Password / kata sandi for %s: ", username);
                return p == null ? null : new String(p);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null || line.isEmpty() ? null : line;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the users with their roles.", "Daftar pengguna dengan perannya."})
    static final class ListUsers implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        Where where = new Where();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace ws = Workspace.open(where.url())) {
                out.println("username\tdisplay_name\tadmin\troles");
                for (User u : ws.users().list(CLI)) {
                    StringBuilder roles = new StringBuilder();
                    for (var e : new java.util.TreeMap<>(u.roles()).entrySet()) {
                        roles.append(roles.length() == 0 ? "" : ",").append(e.getKey()).append('=').append(e.getValue());
                    }
                    out.println(u.username() + "\t" + u.displayName().replace('\t', ' ') + "\t" + u.admin() + "\t"
                            + roles);
                }
                out.flush();
                return Klaster.EXIT_OK;
            } catch (ValidationException e) {
                return refuse(spec.commandLine().getErr(), e);
            }
        }
    }
}
