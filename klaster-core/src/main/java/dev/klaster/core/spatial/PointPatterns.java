package dev.klaster.core.spatial;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Distance-based measures of spatial concentration of points, with Monte-Carlo envelopes; conventions of R's dbmss
 * (Marcon et al. 2015) unless said otherwise. Pairs are found through a {@link GridIndex} over the neighbour points
 * and only pairs closer than the largest distance needed are ever visited, so 100,000 points need no n × n table.
 *
 * <ul>
 * <li><b>Kd</b> (Duranton and Overman 2005, doi:10.1111/0034-6527.00362): the density of the distances between
 * pairs of reference and neighbour points, {@code Kd(r) = Σ_pairs [φ((r − d)/h) + φ((r + d)/h)] / (h · N_pairs)},
 * Gaussian kernel φ, reflection at 0 (so no mass falls below 0 and Kd integrates to 1 over [0, ∞)),
 * bandwidth {@code h} = Silverman's rule of thumb on the pair distances (R's {@code bw.nrd0}:
 * {@code 0.9 · min(sd, IQR/1.34) · N^(−1/5)}). Pairs: unordered when reference and neighbour type are the same
 * ({@code N = n(n−1)/2}), else all {@code n_r · n_n}. With {@code weighted}, Kemp (Duranton and Overman's
 * employment-weighted Kd): each pair counts {@code w_i w_j} and N is the total pair weight. {@code original}
 * drops the reflection term (dbmss's {@code Original = TRUE}). The kernel is truncated at 5h (relative error
 * below 1e-6) and distances are binned at h/16 before smoothing (relative error about 1e-4); h is estimated once
 * on the observed pattern, exactly when there are at most 2·10⁵ pairs, else on a seeded uniform sample of 2·10⁵
 * pairs, and kept for the simulations (dbmss re-estimates it for each simulated pattern). Default r: 512 values
 * from 0 to a third of the window's diameter (dbmss: {@code density()}'s 512 points, {@code MaxRange = "ThirdW"}).</li>
 * <li><b>M</b> (Marcon and Puech 2010, doi:10.1093/jeg/lbp056): {@code M(r) = Σ_i [W_n(i, r) / W(i, r)] /
 * Σ_i [(W_n − w_i 1{i∈n}) / (W − w_i)]} over reference points i, where {@code W_n(i, r)} and {@code W(i, r)} are the
 * weights of neighbour-type and of all points j ≠ i within r; reference points with nobody within r are left out
 * at that r. Cumulative, 1 under independence.</li>
 * <li><b>K</b> (Ripley 1976) with the translation edge correction on the points' bounding rectangle
 * {@code a × b} (Ohser 1983): {@code K(r) = |A| / (n_r n'_n) Σ_i Σ_{j≠i} 1(d_ij ≤ r) |A| / ((a − |dx|)(b − |dy|))},
 * {@code n'_n = n − 1} for one type. <b>L</b> (Besag 1977) {@code = √(K/π)}; dbmss's {@code Lhat} reports the
 * same (not L − r). Planar coordinates only.</li>
 * </ul>
 *
 * <p>Null models: {@link Null#RANDOM_LOCATION} (dbmss "RandomLocation", Duranton and Overman's counterfactual):
 * points keep the observed locations but type and weight are reassigned together by a random permutation;
 * {@link Null#RANDOM_LABELLING}: only types are permuted, weights stay at their locations; {@link Null#CSR}
 * (K and L only): the reference points are placed uniformly in the window. Simulations run in parallel, each
 * with its own seeded stream ({@link Permutations}).
 */
public final class PointPatterns {
    private PointPatterns() {
    }

    public enum Function { KD, M, K, L }

    public enum Null {
        RANDOM_LOCATION, RANDOM_LABELLING, CSR;

        public static Null parse(String s) {
            return switch (s.trim().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
                case "random-location", "location" -> RANDOM_LOCATION;
                case "random-labelling", "random-labeling", "labelling", "labeling" -> RANDOM_LABELLING;
                case "csr" -> CSR;
                default -> throw new IllegalArgumentException("--null '" + s
                        + "' is not one of random-location, random-labelling, csr");
            };
        }
    }

    /**
     * @param r           distances (null: the default grid of the function)
     * @param simulations number of simulated patterns (0: no envelope)
     * @param alpha       envelope level (0.05)
     * @param global      Duranton-Overman global envelope instead of local quantiles
     * @param weighted    Kemp / weighted M (weights of the points)
     * @param original    Kd without reflection at 0
     */
    public record Options(double[] r, int simulations, double alpha, boolean global, boolean weighted,
                          boolean original, Null nullModel, long seed, int threads) {
        public static Options defaults() {
            return new Options(null, 0, 0.05, false, false, false, Null.RANDOM_LOCATION, 1, 1);
        }
    }

    /** A curve with its envelope (mean, lo, hi are null without simulations). */
    public record Curve(Function function, double[] r, double[] obs, double[] mean, double[] lo, double[] hi,
                        double bandwidth, int simulations, List<String> notes) {
    }

    public static Curve compute(Function f, PointSet p, String refType, String nbrType, Options o) {
        int ref = p.typeIndex(refType);
        int nbr = nbrType == null ? ref : p.typeIndex(nbrType);
        if ((f == Function.K || f == Function.L) && p.metric() != Metric.EUCLIDEAN) {
            throw new IllegalArgumentException("Ripley's K and L need planar coordinates (x,y); project lon/lat "
                    + "first or use Kd / M, which work with great-circle distances");
        }
        if (o.nullModel() == Null.CSR && f != Function.K && f != Function.L) {
            throw new IllegalArgumentException("--null csr is for K and L only; Kd and M use random-location "
                    + "or random-labelling");
        }
        double[] r = o.r() != null ? o.r().clone() : defaultR(f, p);
        for (int k = 0; k < r.length; k++) {
            if (!(r[k] >= 0) || (k > 0 && r[k] <= r[k - 1])) {
                throw new IllegalArgumentException("--r must be increasing distances >= 0; got " + r[k]);
            }
        }
        int n = p.size();
        boolean[] isRef = new boolean[n];
        boolean[] isNbr = new boolean[n];
        int nr = 0;
        int nn = 0;
        for (int i = 0; i < n; i++) {
            isRef[i] = p.type()[i] == ref;
            isNbr[i] = p.type()[i] == nbr;
            nr += isRef[i] ? 1 : 0;
            nn += isNbr[i] ? 1 : 0;
        }
        if (nr < 2 || nn < (ref == nbr ? 2 : 1)) {
            throw new IllegalArgumentException("too few points: " + nr + " of type " + refType + " and " + nn
                    + " of type " + (nbrType == null ? refType : nbrType));
        }
        List<String> notes = new ArrayList<>();
        PointSet.Projected pr = p.projected();
        double h = Double.NaN;
        if (f == Function.KD) {
            h = bandwidth(p, isRef, isNbr, ref == nbr, o.seed());
            if (!(h > 0)) {
                throw new IllegalArgumentException("all pair distances are equal: the Kd bandwidth is 0");
            }
            notes.add(String.format(java.util.Locale.ROOT, "Kd bandwidth h = %.6g (Silverman, bw.nrd0)", h));
        }
        double[] obs = evaluate(f, p, pr, isRef, isNbr, p.weight(), ref == nbr, r, h, o, null);
        if (o.simulations() <= 0) {
            return new Curve(f, r, obs, null, null, null, h, 0, notes);
        }
        double[][] sims = new double[o.simulations()][];
        Permutations perm = new Permutations(n, null, o.seed(), o.threads());
        final double hh = h;
        double[] b = p.bounds();
        perm.forEach(o.simulations(), s -> {
            SplittableRandom rnd = perm.random(s);
            boolean[] sr = new boolean[n];
            boolean[] sn = new boolean[n];
            double[] w = p.weight();
            PointSet.Projected spr = pr;
            PointSet sp = p;
            if (o.nullModel() == Null.CSR) {
                double[] x = p.x().clone();
                double[] y = p.y().clone();
                for (int i = 0; i < n; i++) {
                    if (isRef[i] || isNbr[i]) {
                        x[i] = b[0] + rnd.nextDouble() * (b[2] - b[0]);
                        y[i] = b[1] + rnd.nextDouble() * (b[3] - b[1]);
                    }
                }
                sp = new PointSet(x, y, p.type(), p.types(), p.weight(), p.metric());
                spr = sp.projected();
                System.arraycopy(isRef, 0, sr, 0, n);
                System.arraycopy(isNbr, 0, sn, 0, n);
            } else {
                int[] q = perm.permutation(rnd);
                double[] nw = o.nullModel() == Null.RANDOM_LOCATION ? new double[n] : w;
                for (int i = 0; i < n; i++) {
                    sr[i] = isRef[q[i]];
                    sn[i] = isNbr[q[i]];
                    if (nw != w) {
                        nw[i] = w[q[i]];
                    }
                }
                w = nw;
            }
            sims[s] = evaluate(f, sp, spr, sr, sn, w, ref == nbr, r, hh, o, b);
        });
        Envelope e = Envelope.of(sims, o.alpha(), o.global());
        notes.add(o.simulations() + " simulations (" + o.nullModel().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + "), " + (o.global() ? "global (Duranton-Overman)" : "local") + " envelope at "
                + (1 - o.alpha()) * 100 + " %");
        return new Curve(f, r, obs, e.mean(), e.lo(), e.hi(), h, o.simulations(), notes);
    }

    /** Default distances: Kd 512 values to a third of the diameter; M, K, L 64 values to a quarter of the short side. */
    public static double[] defaultR(Function f, PointSet p) {
        int m;
        double max;
        if (f == Function.KD) {
            m = 512;
            max = p.diameter() / 3;
        } else {
            m = 64;
            double[] b = p.bounds();
            double w = p.metric().distance(b[0], b[1], b[2], b[1]);
            double hgt = p.metric().distance(b[0], b[1], b[0], b[3]);
            max = Math.min(w, hgt) / 4;
            if (!(max > 0)) {
                max = Math.max(w, hgt) / 4;
            }
        }
        double[] r = new double[m];
        for (int k = 0; k < m; k++) {
            r[k] = max * k / (m - 1);
        }
        if (f != Function.KD) {
            r[0] = max / (m - 1) / 2; // K, M at 0 are trivial; start half a step out
        }
        return r;
    }

    private interface PairSink {
        void pair(int i, int j, double d, double dx, double dy);
    }

    /** Visits reference-neighbour pairs closer than dmax (unordered once when same type; ordered otherwise). */
    private static void pairs(PointSet p, PointSet.Projected pr, boolean[] isRef, boolean[] isNbr, boolean same,
                              double dmax, PairSink sink) {
        int n = p.size();
        int cnt = 0;
        for (boolean b : isNbr) {
            cnt += b ? 1 : 0;
        }
        int[] nbrIdx = new int[cnt];
        cnt = 0;
        for (int i = 0; i < n; i++) {
            if (isNbr[i]) {
                nbrIdx[cnt++] = i;
            }
        }
        double q = dmax * pr.widen();
        GridIndex g = new GridIndex(pr.x(), pr.y(), nbrIdx, Math.max(q, 1e-12));
        boolean gc = p.metric() == Metric.GREAT_CIRCLE;
        for (int i = 0; i < n; i++) {
            if (!isRef[i]) {
                continue;
            }
            final int fi = i;
            g.within(pr.x()[i], pr.y()[i], q, (j, d) -> {
                if (j == fi || (same && j < fi)) {
                    return;
                }
                double dd = gc ? Metric.GREAT_CIRCLE.distance(p.x()[fi], p.y()[fi], p.x()[j], p.y()[j]) : d;
                if (dd <= dmax) {
                    sink.pair(fi, j, dd, p.x()[j] - p.x()[fi], p.y()[j] - p.y()[fi]);
                }
            });
        }
    }

    private static double[] evaluate(Function f, PointSet p, PointSet.Projected pr, boolean[] isRef,
                                     boolean[] isNbr, double[] w, boolean same, double[] r, double h, Options o,
                                     double[] boundsOrNull) {
        return switch (f) {
            case KD -> kd(p, pr, isRef, isNbr, w, same, r, h, o.weighted(), o.original());
            case M -> m(p, pr, isRef, isNbr, w, r, o.weighted());
            case K -> k(p, pr, isRef, isNbr, same, r, boundsOrNull == null ? p.bounds() : boundsOrNull);
            case L -> {
                double[] kk = k(p, pr, isRef, isNbr, same, r, boundsOrNull == null ? p.bounds() : boundsOrNull);
                for (int i = 0; i < kk.length; i++) {
                    kk[i] = Math.sqrt(kk[i] / Math.PI);
                }
                yield kk;
            }
        };
    }

    private static double[] kd(PointSet p, PointSet.Projected pr, boolean[] isRef, boolean[] isNbr, double[] w,
                               boolean same, double[] r, double h, boolean weighted, boolean original) {
        double rmax = r[r.length - 1];
        double dmax = rmax + 5 * h;
        double delta = h / 16;
        int bins = (int) Math.ceil(dmax / delta) + 1;
        double[] hist = new double[bins];
        pairs(p, pr, isRef, isNbr, same, dmax, (i, j, d, dx, dy) -> {
            int b = (int) (d / delta);
            hist[Math.min(b, bins - 1)] += weighted ? w[i] * w[j] : 1.0;
        });
        // total pair weight over all pairs (not only those within dmax)
        double total;
        double sr = 0;
        double sr2 = 0;
        double sn = 0;
        for (int i = 0; i < p.size(); i++) {
            double v = weighted ? w[i] : 1.0;
            if (isRef[i]) {
                sr += v;
                sr2 += v * v;
            }
            if (isNbr[i]) {
                sn += v;
            }
        }
        total = same ? (sr * sr - sr2) / 2 : sr * sn;
        double[] out = new double[r.length];
        double norm = 1.0 / (h * total * Math.sqrt(2 * Math.PI));
        for (int b = 0; b < bins; b++) {
            if (hist[b] == 0) {
                continue;
            }
            double d = (b + 0.5) * delta;
            for (int k = 0; k < r.length; k++) {
                double u = (r[k] - d) / h;
                double v = 0;
                if (u > -5 && u < 5) {
                    v += Math.exp(-0.5 * u * u);
                }
                if (!original) {
                    double u2 = (r[k] + d) / h;
                    if (u2 < 5) {
                        v += Math.exp(-0.5 * u2 * u2);
                    }
                }
                out[k] += hist[b] * v;
            }
        }
        for (int k = 0; k < r.length; k++) {
            out[k] *= norm;
        }
        return out;
    }

    private static double[] m(PointSet p, PointSet.Projected pr, boolean[] isRef, boolean[] isNbr, double[] w,
                              double[] r, boolean weighted) {
        int n = p.size();
        double[] wt = new double[n];
        double total = 0;
        double totalN = 0;
        for (int i = 0; i < n; i++) {
            wt[i] = weighted ? w[i] : 1.0;
            total += wt[i];
            totalN += isNbr[i] ? wt[i] : 0;
        }
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        int nr = r.length;
        double rmax = r[nr - 1];
        // per reference point, per r bin: neighbour weight and total weight (then cumulated)
        java.util.Map<Integer, double[]> num = new java.util.HashMap<>();
        java.util.Map<Integer, double[]> den = new java.util.HashMap<>();
        pairs(p, pr, isRef, all, false, rmax, (i, j, d, dx, dy) -> {
            int k = java.util.Arrays.binarySearch(r, d);
            if (k < 0) {
                k = -k - 1;
            }
            if (k >= nr) {
                return;
            }
            den.computeIfAbsent(i, z -> new double[nr])[k] += wt[j];
            if (isNbr[j]) {
                num.computeIfAbsent(i, z -> new double[nr])[k] += wt[j];
            }
        });
        double[] top = new double[nr];
        double[] bottom = new double[nr];
        for (java.util.Map.Entry<Integer, double[]> e : den.entrySet()) {
            int i = e.getKey();
            double[] dn = e.getValue();
            double[] nm = num.getOrDefault(i, new double[nr]);
            double ref = (totalN - (isNbr[i] ? wt[i] : 0)) / (total - wt[i]);
            double cn = 0;
            double cd = 0;
            for (int k = 0; k < nr; k++) {
                cn += nm[k];
                cd += dn[k];
                if (cd > 0) {
                    top[k] += cn / cd;
                    bottom[k] += ref;
                }
            }
        }
        double[] out = new double[nr];
        for (int k = 0; k < nr; k++) {
            out[k] = bottom[k] > 0 ? top[k] / bottom[k] : Double.NaN;
        }
        return out;
    }

    private static double[] k(PointSet p, PointSet.Projected pr, boolean[] isRef, boolean[] isNbr, boolean same,
                              double[] r, double[] b) {
        double a = b[2] - b[0];
        double c = b[3] - b[1];
        double area = a * c;
        int nr = r.length;
        double[] acc = new double[nr];
        pairs(p, pr, isRef, isNbr, same, r[nr - 1], (i, j, d, dx, dy) -> {
            double e = area / ((a - Math.abs(dx)) * (c - Math.abs(dy)));
            int k = java.util.Arrays.binarySearch(r, d);
            if (k < 0) {
                k = -k - 1;
            }
            if (k < nr) {
                acc[k] += same ? 2 * e : e; // an unordered pair counts for (i,j) and (j,i)
            }
        });
        int cr = 0;
        int cn = 0;
        for (int i = 0; i < p.size(); i++) {
            cr += isRef[i] ? 1 : 0;
            cn += isNbr[i] ? 1 : 0;
        }
        double denom = (double) cr * (same ? cr - 1 : cn);
        double[] out = new double[nr];
        double run = 0;
        for (int k = 0; k < nr; k++) {
            run += acc[k];
            out[k] = area * run / denom;
        }
        return out;
    }

    /** Silverman's bandwidth on the reference-neighbour pair distances (all pairs, or a seeded sample). */
    static double bandwidth(PointSet p, boolean[] isRef, boolean[] isNbr, boolean same, long seed) {
        int n = p.size();
        int[] ri = java.util.stream.IntStream.range(0, n).filter(i -> isRef[i]).toArray();
        int[] ni = java.util.stream.IntStream.range(0, n).filter(i -> isNbr[i]).toArray();
        double pairs = same ? ri.length * (ri.length - 1.0) / 2 : (double) ri.length * ni.length;
        int cap = 200_000;
        double[] d;
        if (pairs <= cap) {
            d = new double[(int) pairs];
            int c = 0;
            for (int a = 0; a < ri.length; a++) {
                for (int bb = same ? a + 1 : 0; bb < (same ? ri.length : ni.length); bb++) {
                    int i = ri[a];
                    int j = same ? ri[bb] : ni[bb];
                    d[c++] = p.metric().distance(p.x()[i], p.y()[i], p.x()[j], p.y()[j]);
                }
            }
        } else {
            d = new double[cap];
            SplittableRandom rnd = new SplittableRandom(Permutations.mix(seed ^ 0x5DEECE66DL));
            for (int c = 0; c < cap; c++) {
                int i;
                int j;
                do {
                    i = ri[rnd.nextInt(ri.length)];
                    j = same ? ri[rnd.nextInt(ri.length)] : ni[rnd.nextInt(ni.length)];
                } while (i == j);
                d[c] = p.metric().distance(p.x()[i], p.y()[i], p.x()[j], p.y()[j]);
            }
        }
        java.util.Arrays.sort(d);
        double mean = 0;
        for (double v : d) {
            mean += v;
        }
        mean /= d.length;
        double ss = 0;
        for (double v : d) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (d.length - 1));
        double iqr = Envelope.quantile(d, 0.75) - Envelope.quantile(d, 0.25);
        double lo = Math.min(sd, iqr / 1.34);
        if (!(lo > 0)) {
            lo = sd > 0 ? sd : (Math.abs(d[0]) > 0 ? Math.abs(d[0]) : 1);
        }
        return 0.9 * lo * Math.pow(pairs, -0.2);
    }
}
