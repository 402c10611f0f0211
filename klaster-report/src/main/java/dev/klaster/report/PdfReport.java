package dev.klaster.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
     * <p>Headless Chromium is known to hang now and then, either with its virtual-time budget never expiring
     * (Szpadel/chrome-headless-render-pdf#29) or after it has written a complete PDF (codexclaw#240, peitho#145).
     * So the print is watched: once the file ends in {@code %%EOF} and stops growing, it is taken and the browser
     * stopped; an attempt that produced nothing in {@value #ATTEMPT_SECONDS} s is retried once with a real-time
     * wait instead of virtual time. The browser's own log is quoted when both attempts fail.
     *
     * @throws IOException when Chromium is absent, fails, or does not print within two attempts
     */
    public static void write(Path html, Path pdf) throws IOException {
        write(html, pdf, Paper.A4);
    }

    /** Paper sizes of {@code --paper}: ISO A4 (the default), Indonesian F4 / folio (215 × 330 mm), US Letter. */
    public enum Paper {
        A4("A4"), F4("215mm 330mm"), LETTER("letter");

        private final String css;

        Paper(String css) {
            this.css = css;
        }

        /** Parses a4, f4 or letter (case-insensitive); a bad value names itself and the choices. */
        public static Paper parse(String s) {
            for (Paper p : values()) {
                if (p.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                    return p;
                }
            }
            throw new IllegalArgumentException("--paper: unknown paper '" + s + "' (expected a4, f4 or letter)");
        }
    }

    /**
     * Prints {@code html} to {@code pdf} on {@code paper}, with the report's title at the top and "page / pages" at
     * the bottom of every page (CSS page-margin boxes, which Chromium prints): a copy of the page with that
     * {@code @page} rule is printed; the report itself is not changed.
     */
    public static void write(Path html, Path pdf, Paper paper) throws IOException {
        Path browser = chromium().orElseThrow(() -> new IOException(
                "no Chromium found for --pdf (install chromium or set KLASTER_CHROMIUM)"));
        Path dir = html.toAbsolutePath().getParent();
        Path copy = Files.createTempFile(dir, ".klaster-print-", ".html");
        try {
            Files.writeString(copy, withPageRule(Files.readString(html, StandardCharsets.UTF_8), paper),
                    StandardCharsets.UTF_8);
            write(browser, copy, pdf, ATTEMPT_SECONDS);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    /** The page with an {@code @page} rule for the paper, the title in the top margin and page numbers below. */
    static String withPageRule(String page, Paper paper) {
        java.util.regex.Matcher t = java.util.regex.Pattern.compile("<title>(.*?)</title>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        // the title as HtmlReport.esc wrote it, back to text (only the four entities esc makes)
        String title = t.find() ? t.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&").strip() : "";
        String cssTitle = title.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n<>]", " ");
        if (cssTitle.length() > 110) {
            cssTitle = cssTitle.substring(0, 109) + "…";
        }
        String rule = "<style>@page{size:" + paper.css + ";margin:16mm 12mm 14mm 12mm;"
                + "@top-left{content:\"" + cssTitle + "\";font:8pt sans-serif;color:#555}"
                + "@bottom-right{content:counter(page) \" / \" counter(pages);font:8pt sans-serif;color:#555}}</style>";
        int head = page.indexOf("</head>");
        return head < 0 ? rule + page : page.substring(0, head) + rule + page.substring(head);
    }

    /** As {@link #write(Path, Path)}, with the browser and the per-attempt limit given (tests use a fake browser). */
    static void write(Path browser, Path html, Path pdf, int attemptSeconds) throws IOException {
        Path abs = pdf.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".tmp");
        Path profile = Files.createTempDirectory("klaster-chromium");
        try {
            String failure = null;
            for (int attempt = 0; attempt < 2; attempt++) {
                Files.deleteIfExists(tmp);
                Path log = profile.resolve("chromium-" + attempt + ".log");
                List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                        "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                        "--user-data-dir=" + profile.resolve("profile-" + attempt),
                        "--run-all-compositor-stages-before-draw", "--no-pdf-header-footer"));
                // first attempt: virtual time (fast); second: a real 8 s wait, which cannot hang on virtual time
                cmd.add(attempt == 0 ? "--virtual-time-budget=15000" : "--timeout=8000");
                cmd.add("--print-to-pdf=" + tmp);
                cmd.add(html.toAbsolutePath().toUri().toString());
                ProcessBuilder pb = new ProcessBuilder(cmd);
                pb.redirectErrorStream(true);
                pb.redirectOutput(log.toFile());
                failure = watch(pb.start(), tmp, log, attemptSeconds);
                if (failure == null) {
                    Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
            throw new IOException("Chromium did not print " + html + ": " + failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while printing the PDF", e);
        } finally {
            Files.deleteIfExists(tmp);
            deleteTree(profile);
        }
    }

    static final int ATTEMPT_SECONDS = 60;

    /** Waits for one print; returns null when {@code out} holds a complete PDF, else why not. */
    private static String watch(Process p, Path out, Path log, int seconds)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long lastSize = -1;
        try {
            while (System.nanoTime() < deadline) {
                boolean exited = p.waitFor(250, TimeUnit.MILLISECONDS);
                long size = Files.exists(out) ? Files.size(out) : 0;
                if (exited) {
                    if (p.exitValue() == 0 && size > 0 && completePdf(out)) {
                        return null;
                    }
                    return "exit " + p.exitValue() + ", " + size + " bytes written; log: " + tail(log);
                }
                if (size > 0 && size == lastSize && completePdf(out)) {
                    return null; // printed, but the browser lingers: take the file, stop the browser
                }
                lastSize = size;
            }
            return "no complete PDF within " + seconds + " s; log: " + tail(log);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A PDF is complete when its last bytes hold the end-of-file marker. */
    static boolean completePdf(Path f) throws IOException {
        try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.READ)) {
            long n = ch.size();
            if (n < 16) {
                return false;
            }
            var head = java.nio.ByteBuffer.allocate(5);
            ch.read(head, 0);
            int tailLen = (int) Math.min(64, n);
            var tail = java.nio.ByteBuffer.allocate(tailLen);
            ch.read(tail, n - tailLen);
            String h = new String(head.array(), java.nio.charset.StandardCharsets.ISO_8859_1);
            String t = new String(tail.array(), java.nio.charset.StandardCharsets.ISO_8859_1);
            return h.equals("%PDF-") && t.contains("%%EOF");
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
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
