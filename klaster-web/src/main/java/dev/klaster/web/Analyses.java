package dev.klaster.web;

import dev.klaster.core.cluster.TradedLocal;
import dev.klaster.core.model.Measure;
import dev.klaster.core.model.Panel;
import dev.klaster.io.scope.Scope;
import dev.klaster.io.scope.SourceErrors;
import dev.klaster.report.AnalysisPipeline;
import dev.klaster.report.Boundaries;
import dev.klaster.report.Lang;
import dev.klaster.report.ScopeContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Analyses run as background jobs and cached by what they were computed from: the dataset id (which for uploads is
 * the SHA-256 of their files, i.e. the content), the province scope and the language. The same request while a job
 * runs joins that job; a finished result is kept until {@code cachedAnalyses} newer ones push it out (least recently
 * used first). One job runs at a time (the analysis itself uses both cores); its thread has an 8 MiB stack, which
 * the native LAPACK of the input-output step needs.
 */
public final class Analyses implements AutoCloseable {
    /** What a job is doing. */
    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /**
     * The request an analysis answers.
     *
     * @param growth X in "X % growth of each cluster's final demand" of the impact scenario (default 10)
     */
    public record Key(String dataset, String province, Lang lang, double growth) {
        public static final double DEFAULT_GROWTH = 10;

        public Key {
            Objects.requireNonNull(dataset);
            province = province == null || province.isBlank() ? "" : province.strip();
            Objects.requireNonNull(lang);
            if (!(growth >= -100 && growth <= 1000)) {
                throw ApiException.badParam("growth", String.valueOf(growth), "must be -100..1000 (%)");
            }
        }

        public Key(String dataset, String province, Lang lang) {
            this(dataset, province, lang, DEFAULT_GROWTH);
        }
    }

    /** A job and, when done, its result. Fields are read by request threads: volatile. */
    public static final class Job {
        private final String id = UUID.randomUUID().toString();
        private final Key key;
        private final Instant created = Instant.now();
        private volatile State state = State.QUEUED;
        private volatile String step = "";
        private volatile int done;
        private volatile int total = AnalysisPipeline.STEPS.size();
        private volatile AnalysisPipeline.Result result;
        private volatile Scope.Scoped scoped;
        private volatile String error;
        private volatile int errorStatus;
        private volatile Duration took;
        private Future<?> future;

        Job(Key key) {
            this.key = key;
        }

        public String id() {
            return id;
        }

        public Key key() {
            return key;
        }

        public State state() {
            return state;
        }

        public String step() {
            return step;
        }

        public int done() {
            return done;
        }

        public int total() {
            return total;
        }

        public AnalysisPipeline.Result result() {
            return result;
        }

        /** The scope the analysis ran on (analysed regions, the whole panel). */
        public Scope.Scoped scoped() {
            return scoped;
        }

        /** Why it failed (the message the CLI would give), or null. */
        public String error() {
            return error;
        }

        /** 400 for bad data or scope (the user's to fix), 500 for a failure of the server, 504 for the time limit. */
        public int errorStatus() {
            return errorStatus;
        }

        public Duration took() {
            return took;
        }

        public Instant created() {
            return created;
        }
    }

    private final DatasetStore store;
    private final Duration timeout;
    private final int capacity;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(null, r, "klaster-analysis", 8L << 20);
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "klaster-analysis-watchdog");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Job> byId = new ConcurrentHashMap<>();
    /** Jobs by key, in access order (LRU). Guarded by {@code this}. */
    private final LinkedHashMap<Key, Job> byKey = new LinkedHashMap<>(16, 0.75f, true);

    public Analyses(DatasetStore store, Duration timeout, int capacity) {
        this.store = store;
        this.timeout = timeout;
        this.capacity = capacity;
    }

    /** The job for {@code key}: the cached or running one, else a new one queued now. */
    public synchronized Job request(Key key) {
        Job j = byKey.get(key);
        if (j != null && j.state != State.FAILED) {
            return j;
        }
        Dataset d = store.get(key.dataset(), key.lang().code()); // 404 before a job exists
        Job job = new Job(key);
        byKey.put(key, job);
        byId.put(job.id, job);
        job.future = runner.submit(() -> run(job, d));
        watchdog.schedule(() -> {
            if (job.state == State.RUNNING || job.state == State.QUEUED) {
                job.future.cancel(true);
                fail(job, 504, "the analysis took longer than the limit of " + timeout.toSeconds() + " s and was "
                        + "stopped");
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        evict();
        return job;
    }

    /** A job by id, or null. */
    public Job job(String id) {
        return id == null ? null : byId.get(id);
    }

    /** Drops the results of a dataset (after it was deleted). */
    public synchronized void forget(String dataset) {
        byKey.entrySet().removeIf(e -> {
            if (e.getKey().dataset().equals(dataset)) {
                byId.remove(e.getValue().id);
                e.getValue().future.cancel(true);
                return true;
            }
            return false;
        });
    }

    private void evict() {
        int finished = 0;
        for (Job j : byKey.values()) {
            if (j.state == State.DONE || j.state == State.FAILED) {
                finished++;
            }
        }
        var it = byKey.entrySet().iterator();
        while (finished > capacity && it.hasNext()) {
            Job j = it.next().getValue();
            if (j.state == State.DONE || j.state == State.FAILED) {
                it.remove();
                byId.remove(j.id);
                finished--;
            }
        }
    }

    private void run(Job job, Dataset d) {
        long t0 = System.nanoTime();
        job.state = State.RUNNING;
        job.step = "scope";
        try {
            // BPS section columns named in the page's language (the file's own names are often English)
            Panel full = dev.klaster.core.model.IndustryAggregation.withSectionNames(d.panel(), job.key.lang().code());
            Measure m = measure(full);
            Scope.Scoped scoped = Scope.apply(full, d.findings(), m,
                    new Scope.Request(job.key.province().isEmpty() ? null : job.key.province(), null, null,
                            SourceErrors.OnError.EXCLUDE), List.of());
            Panel panel = scoped.panel();
            AnalysisPipeline.Options o = AnalysisPipeline.Options.defaults().withLang(job.key.lang())
                    .withIoSectors(d.ioSectors()).withGrowthPercent(job.key.growth());
            if (d.boundaries() != null) {
                Boundaries.Joined joined = Boundaries.read(d.boundaries(), panel.regions().list());
                o = o.withBoundaries(joined, d.info().files().getOrDefault("boundaries", "boundaries.geojson"));
            }
            AnalysisPipeline.Result r = AnalysisPipeline.run(panel, d.findings(), d.io(), o,
                    (name, done, total) -> {
                        job.step = name;
                        job.done = done;
                        job.total = total;
                    }, ScopeContext.of(scoped), TradedLocal.Spec.auto());
            if (Thread.currentThread().isInterrupted() || job.state == State.FAILED) {
                return;
            }
            job.scoped = scoped;
            job.result = r;
            job.took = Duration.ofNanos(System.nanoTime() - t0);
            job.state = State.DONE;
            synchronized (this) {
                evict();
            }
        } catch (dev.klaster.core.model.InputDataException | IllegalArgumentException e) {
            fail(job, 400, e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            fail(job, 500, "cannot read the dataset's files: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(job, 500, "the analysis failed: " + e);
        }
    }

    private static void fail(Job job, int status, String message) {
        job.error = message;
        job.errorStatus = status;
        job.state = State.FAILED;
    }

    /** The analysed measure: employment if present, else value added (as {@code klaster analyze}). */
    static Measure measure(Panel p) {
        if (p.has(Measure.EMPLOYMENT)) {
            return Measure.EMPLOYMENT;
        }
        for (Measure m : p.measures()) {
            if (!m.regionLevel()) {
                return m;
            }
        }
        return Measure.VALUE_ADDED;
    }

    @Override
    public void close() {
        runner.shutdownNow();
        watchdog.shutdownNow();
    }
}
