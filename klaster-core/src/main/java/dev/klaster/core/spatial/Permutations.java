package dev.klaster.core.spatial;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Seeded, reproducible random permutations, optionally restricted within groups (blocked permutations: "shuffle
 * regencies only within their province"), run in parallel.
 *
 * <p>Reproducibility: every unit of work (one global permutation, or all conditional draws of one region) has its
 * own generator seeded from {@code (seed, unit)} by the SplitMix64 finaliser, so results depend on the seed alone,
 * not on the number of threads or the scheduling. (spdep's {@code iseed} is reproducible only for a fixed number
 * of cores; esda uses one numpy stream.)
 *
 * <p>Groups: {@code group[i]} ≥ 0 is i's group; a region is only ever exchanged with regions of its own group.
 * Without groups ({@code null}) all regions form one group.
 */
public final class Permutations {
    private final int n;
    private final int[] group;
    /** members of each group, ascending */
    private final int[][] members;
    /** position of each region in its group's member list */
    private final int[] position;
    private final long seed;
    private final int threads;

    /**
     * @param n       number of regions
     * @param group   group of each region (null: one group)
     * @param seed    random seed
     * @param threads worker threads (1 = sequential; results are the same for any value)
     */
    public Permutations(int n, int[] group, long seed, int threads) {
        this.n = n;
        this.seed = seed;
        this.threads = Math.max(1, threads);
        if (group == null) {
            this.group = null;
            this.members = null;
            this.position = null;
        } else {
            if (group.length != n) {
                throw new IllegalArgumentException("groups: " + group.length + " entries for " + n + " regions");
            }
            int g = 0;
            for (int v : group) {
                if (v < 0) {
                    throw new IllegalArgumentException("groups: negative group " + v);
                }
                g = Math.max(g, v + 1);
            }
            int[] count = new int[g];
            for (int v : group) {
                count[v]++;
            }
            members = new int[g][];
            for (int k = 0; k < g; k++) {
                members[k] = new int[count[k]];
            }
            position = new int[n];
            int[] fill = new int[g];
            for (int i = 0; i < n; i++) {
                position[i] = fill[group[i]];
                members[group[i]][fill[group[i]]++] = i;
            }
            this.group = group.clone();
        }
    }

    /** Threads to use by default: the machine's processors. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** A generator for one unit of work. */
    public SplittableRandom random(long unit) {
        return new SplittableRandom(mix(seed ^ mix(unit + 0x632BE59BD9B4E019L)));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Runs {@code body} for units 0..count-1 on the worker threads. */
    public void forEach(int count, IntConsumer body) {
        if (threads == 1 || count < 2) {
            for (int u = 0; u < count; u++) {
                body.accept(u);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, count).parallel().forEach(body)).join();
        } finally {
            pool.shutdown();
        }
    }

    /** A permutation of 0..n-1 (within groups): {@code perm[i]} is the region whose value goes to i. */
    public int[] permutation(SplittableRandom rnd) {
        int[] p = new int[n];
        if (group == null) {
            for (int i = 0; i < n; i++) {
                p[i] = i;
            }
            shuffle(p, 0, n, rnd);
            return p;
        }
        for (int[] m : members) {
            int[] q = m.clone();
            shuffle(q, 0, q.length, rnd);
            for (int k = 0; k < m.length; k++) {
                p[m[k]] = q[k];
            }
        }
        return p;
    }

    private static void shuffle(int[] a, int from, int to, SplittableRandom rnd) {
        for (int i = to - 1; i > from; i--) {
            int j = from + rnd.nextInt(i - from + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Size of the pool region i draws from in a conditional permutation (its group without itself). */
    public int poolSize(int i) {
        return group == null ? n - 1 : members[group[i]].length - 1;
    }

    /**
     * Draws {@code k} distinct regions other than i (from i's group) into {@code out[0..k)}, uniformly. Uses
     * rejection of repeats when k is small against the pool, else a partial Fisher-Yates over {@code scratch}
     * (which must hold at least the pool size and is reinitialised by the caller via {@link #initPool}).
     */
    public void draw(int i, int k, SplittableRandom rnd, int[] out, int[] scratch, boolean scratchReady) {
        int m = poolSize(i);
        if (k > m) {
            throw new IllegalArgumentException("cannot draw " + k + " neighbours from a pool of " + m);
        }
        if (k * 4 <= m) {
            for (int a = 0; a < k; a++) {
                int r;
                boolean dup;
                do {
                    r = at(i, rnd.nextInt(m));
                    dup = false;
                    for (int b = 0; b < a; b++) {
                        if (out[b] == r) {
                            dup = true;
                            break;
                        }
                    }
                } while (dup);
                out[a] = r;
            }
            return;
        }
        if (!scratchReady) {
            initPool(i, scratch);
        }
        for (int a = 0; a < k; a++) {
            int j = a + rnd.nextInt(m - a);
            int t = scratch[a];
            scratch[a] = scratch[j];
            scratch[j] = t;
            out[a] = scratch[a];
        }
    }

    /** Fills {@code scratch[0..poolSize(i))} with i's pool. */
    public void initPool(int i, int[] scratch) {
        int m = poolSize(i);
        for (int r = 0; r < m; r++) {
            scratch[r] = at(i, r);
        }
    }

    /** The r-th member (0-based) of i's pool, skipping i itself. */
    private int at(int i, int r) {
        if (group == null) {
            return r >= i ? r + 1 : r;
        }
        int pos = position[i];
        return members[group[i]][r >= pos ? r + 1 : r];
    }

    /**
     * Folded pseudo p-value as esda computes it: {@code larger = #(sim ≥ obs)}, replaced by {@code P − larger}
     * when that is smaller, then {@code (larger + 1) / (P + 1)}.
     */
    public static double foldedP(int larger, int permutations) {
        int l = Math.min(larger, permutations - larger);
        return (l + 1.0) / (permutations + 1.0);
    }
}
