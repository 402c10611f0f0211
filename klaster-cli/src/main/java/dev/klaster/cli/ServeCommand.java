package dev.klaster.cli;

import dev.klaster.web.KlasterServer;
import dev.klaster.web.WebConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code klaster serve}: the web dashboard and REST API on {@code http://127.0.0.1:7070}, with the synthetic demo
 * and the datasets of the data folder. Runs until stopped (Ctrl+C).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Start the web dashboard and REST API (with the synthetic demo and the datasets in --data).",
                "Jalankan dasbor web dan REST API (dengan data demo sintetis dan himpunan data di --data)."})
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this computer only).")
    String bind;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "klaster-data",
            description = {"Data folder: uploads are kept here, nothing outside it is read or written (default: "
                    + "${DEFAULT-VALUE}).", "Folder data: unggahan disimpan di sini."})
    Path data;

    @Option(names = "--public", description = {"Serve on --bind with dataset uploads and deletions off: for sharing "
            + "results on a network; the cluster-programme workspace follows its users' roles (sign in at /signin).",
            "Sajikan tanpa unggah/hapus himpunan data; ruang kerja program klaster mengikuti peran penggunanya."})
    boolean publicMode;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "100",
            description = "Largest upload in MiB (default: ${DEFAULT-VALUE}); larger requests get HTTP 413.")
    long maxUploadMb;

    @Option(names = "--job-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "Longest an analysis may run before it is stopped (default: ${DEFAULT-VALUE} s).")
    long jobTimeout;

    @Option(names = "--token", paramLabel = "TOKEN", description = "Access token to sign in with (default: a random "
            + "one printed at start). Also read from the environment variable KLASTER_TOKEN.")
    String token;

    @Option(names = "--db", paramLabel = "URL", description = {"Cluster-programme workspace database: sqlite:PATH or "
            + "postgresql://user:pass@host:port/db (default: the SQLite file workspace.db in --data; also from the "
            + "environment variable KLASTER_DB).", "Basis data ruang kerja program klaster."})
    String db;

    @Override
    public Integer call() throws InterruptedException {
        if (maxUploadMb < 1 || maxUploadMb > 10_240) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-upload-mb must be 1..10240, got "
                    + maxUploadMb);
        }
        if (jobTimeout < 10) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--job-timeout must be at least 10 s");
        }
        String tok = token != null ? token : System.getenv("KLASTER_TOKEN");
        WebConfig c;
        try {
            c = WebConfig.defaults(data).withPort(port).withBind(bind, publicMode)
                    .withMaxUploadBytes(maxUploadMb << 20).withJobTimeout(Duration.ofSeconds(jobTimeout))
                    .withAccessToken(tok).withDbUrl(db != null ? db : System.getenv("KLASTER_DB"));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        KlasterServer server;
        try {
            server = KlasterServer.start(c);
        } catch (dev.klaster.workspace.ValidationException e) {
            spec.commandLine().getErr().println("klaster serve: --db: " + e.getMessage());
            return Klaster.EXIT_USAGE;
        } catch (KlasterServer.WorkspaceUnavailable e) {
            spec.commandLine().getErr().println("klaster serve: " + e.getMessage());
            return Klaster.EXIT_WRITE;
        } catch (RuntimeException e) {
            spec.commandLine().getErr().println("klaster serve: cannot start on " + bind + ":" + port + ": "
                    + e.getMessage() + " (is another server on that port? try --port)");
            return Klaster.EXIT_WRITE;
        }
        out.println("Klaster is serving the dashboard and API / Klaster melayani dasbor dan API:");
        if (publicMode) {
            out.println("  http://" + bind + ":" + server.port() + "/   (public, read-only / publik, hanya-baca)");
        } else {
            out.println("  " + server.signInUrl());
            out.println("  (open this address to sign in; without ?token=... pages are view-only / buka alamat ini "
                    + "untuk masuk)");
        }
        out.println("  API: http://" + (bind.equals("0.0.0.0") ? "127.0.0.1" : bind) + ":" + server.port()
                + "/api/openapi.json");
        out.println("  data folder / folder data: " + c.dataDir().toAbsolutePath());
        out.println("  workspace / ruang kerja: " + server.workspace() + ", sign in at / masuk di /signin");
        if (server.workspace().users().list(UsersCommand.CLI).isEmpty()) {
            out.println("  no users yet: the address above signs in as administrator; add users on /users or with "
                    + "klaster users add --admin NAME / belum ada pengguna");
        }
        out.println("Stop with Ctrl+C / hentikan dengan Ctrl+C.");
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stop.countDown();
        }));
        stop.await();
        return Klaster.EXIT_OK;
    }
}
