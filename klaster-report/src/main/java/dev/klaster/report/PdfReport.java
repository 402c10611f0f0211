package dev.klaster.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Optional PDF of the HTML report, printed by headless Chromium ({@code --print-to-pdf}) when a Chromium binary is
 * present ({@code /usr/bin/chromium}, {@code chromium-browser}, {@code google-chrome}, or the {@code KLASTER_CHROMIUM}
 * environment variable). Using the browser keeps the PDF identical to what the reader sees.
 */
public final class PdfReport {
    private PdfReport() {
    }

    /** The Chromium binary, if one is installed. */
    public static Optional<Path> chromium() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("KLASTER_CHROMIUM");
        if (env != null && !env.isBlank()) {
            candidates.add(env);
        }
        candidates.addAll(List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
                "/usr/bin/google-chrome-stable"));
        return candidates.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /**
     * Prints {@code html} to {@code pdf}. Writes to a temporary file first and moves it into place.
     *
     * @throws IOException when Chromium is absent, fails, or takes more than two minutes
     */
    public static void write(Path html, Path pdf) throws IOException {
        Path browser = chromium().orElseThrow(() -> new IOException(
                "no Chromium found for --pdf (install chromium or set KLASTER_CHROMIUM)"));
        Path abs = pdf.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        Path profile = Files.createTempDirectory("klaster-chromium");
        try {
            ProcessBuilder pb = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                    "--run-all-compositor-stages-before-draw", "--virtual-time-budget=15000",
                    "--no-pdf-header-footer", "--print-to-pdf=" + tmp, html.toAbsolutePath().toUri().toString());
            pb.redirectErrorStream(true);
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("Chromium did not finish printing " + html + " within 120 s");
            }
            if (p.exitValue() != 0 || Files.size(tmp) == 0) {
                throw new IOException("Chromium failed to print " + html + " (exit " + p.exitValue() + ")");
            }
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing the PDF", e);
        } finally {
            Files.deleteIfExists(tmp);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // best effort: a temporary browser profile
                }
            });
        }
    }
}
