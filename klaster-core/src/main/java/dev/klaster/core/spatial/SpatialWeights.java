package dev.klaster.core.spatial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sparse spatial weights matrix over labelled regions: for each region i its neighbours j (indices, ascending)
 * and weights {@code w_ij}. Immutable; transformations and subsets return new objects.
 *
 * <p>Moments used by the tests (Cliff and Ord 1981): {@code S0 = Σ_i Σ_j w_ij},
 * {@code S1 = ½ Σ_i Σ_j (w_ij + w_ji)²}, {@code S2 = Σ_i (w_i. + w_.i)²}.
 */
public final class SpatialWeights {
    private final List<String> ids;
    private final List<String> names;
    private final int[][] neighbours;
    private final double[][] weights;
    private final Map<String, Integer> index;
    private final List<String> notes;

    /**
     * @param ids        region identifiers (unique)
     * @param names      display names (same length; null = the ids)
     * @param neighbours per region, neighbour indices (no self links, no duplicates)
     * @param weights    per region, weights aligned with {@code neighbours}
     * @param notes      what was done while building (islands found and how they were handled)
     */
    public SpatialWeights(List<String> ids, List<String> names, int[][] neighbours, double[][] weights,
                          List<String> notes) {
        this.ids = List.copyOf(ids);
        this.names = names == null ? this.ids : List.copyOf(names);
        int n = this.ids.size();
        if (this.names.size() != n || neighbours.length != n || weights.length != n) {
            throw new IllegalArgumentException("weights: " + n + " ids but " + this.names.size() + " names, "
                    + neighbours.length + " neighbour rows and " + weights.length + " weight rows");
        }
        this.index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (index.put(this.ids.get(i), i) != null) {
                throw new IllegalArgumentException("weights: region id '" + this.ids.get(i) + "' appears twice");
            }
        }
        this.neighbours = new int[n][];
        this.weights = new double[n][];
        for (int i = 0; i < n; i++) {
            int[] nb = neighbours[i];
            double[] w = weights[i];
            if (nb.length != w.length) {
                throw new IllegalArgumentException("weights: region " + this.ids.get(i) + " has " + nb.length
                        + " neighbours but " + w.length + " weights");
            }
            Integer[] order = new Integer[nb.length];
            for (int k = 0; k < nb.length; k++) {
                order[k] = k;
                if (nb[k] < 0 || nb[k] >= n || nb[k] == i) {
                    throw new IllegalArgumentException("weights: region " + this.ids.get(i)
                            + " has an invalid neighbour index " + nb[k]);
                }
                if (!Double.isFinite(w[k]) || w[k] < 0) {
                    throw new IllegalArgumentException("weights: link " + this.ids.get(i) + " -> "
                            + this.ids.get(nb[k]) + " has weight " + w[k] + " (must be finite and >= 0)");
                }
            }
            Arrays.sort(order, (a, b) -> Integer.compare(nb[a], nb[b]));
            this.neighbours[i] = new int[nb.length];
            this.weights[i] = new double[nb.length];
            for (int k = 0; k < nb.length; k++) {
                this.neighbours[i][k] = nb[order[k]];
                this.weights[i][k] = w[order[k]];
                if (k > 0 && this.neighbours[i][k] == this.neighbours[i][k - 1]) {
                    throw new IllegalArgumentException("weights: link " + this.ids.get(i) + " -> "
                            + this.ids.get(this.neighbours[i][k]) + " is given twice");
                }
            }
        }
        this.notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public int size() {
        return ids.size();
    }

    public List<String> ids() {
        return ids;
    }

    public List<String> names() {
        return names;
    }

    public List<String> notes() {
        return notes;
    }

    /** Index of a region id, or -1. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    /** Neighbour indices of region i, ascending (a copy is not made: do not modify). */
    public int[] neighbours(int i) {
        return neighbours[i];
    }

    /** Weights of region i's neighbours, aligned with {@link #neighbours(int)} (do not modify). */
    public double[] weights(int i) {
        return weights[i];
    }

    public int cardinality(int i) {
        return neighbours[i].length;
    }

    /** Largest number of neighbours of any region. */
    public int maxCardinality() {
        int k = 0;
        for (int[] nb : neighbours) {
            k = Math.max(k, nb.length);
        }
        return k;
    }

    /** Number of links (non-zero entries). */
    public long links() {
        long s = 0;
        for (int[] nb : neighbours) {
            s += nb.length;
        }
        return s;
    }

    /** Row sum {@code w_i.}. */
    public double rowSum(int i) {
        double s = 0;
        for (double v : weights[i]) {
            s += v;
        }
        return s;
    }

    /** Indices of regions without any neighbour. */
    public int[] islands() {
        return java.util.stream.IntStream.range(0, size()).filter(i -> neighbours[i].length == 0).toArray();
    }

    /** Names of the islands, with ids ("Kabupaten Simeulue (1101)"). */
    public List<String> islandNames() {
        List<String> out = new ArrayList<>();
        for (int i : islands()) {
            out.add(label(i));
        }
        return out;
    }

    /** "name (id)", or the id alone when the name is the id. */
    public String label(int i) {
        return names.get(i).equals(ids.get(i)) ? ids.get(i) : names.get(i) + " (" + ids.get(i) + ")";
    }

    /** {@code S0 = Σ_ij w_ij}. */
    public double s0() {
        double s = 0;
        for (int i = 0; i < size(); i++) {
            s += rowSum(i);
        }
        return s;
    }

    /** {@code S1 = ½ Σ_ij (w_ij + w_ji)²}. */
    public double s1() {
        double s = 0;
        for (int i = 0; i < size(); i++) {
            for (int k = 0; k < neighbours[i].length; k++) {
                int j = neighbours[i][k];
                double wij = weights[i][k];
                double wji = weight(j, i);
                // the ordered pairs (i,j) and (j,i) both contribute (w_ij + w_ji)² to the double sum: a link
                // stored on both sides is visited twice (½ each), a one-sided link once (the whole w_ij²)
                if (wji == 0) {
                    s += wij * wij;
                } else {
                    s += 0.5 * (wij + wji) * (wij + wji);
                }
            }
        }
        return s;
    }

    /** {@code S2 = Σ_i (w_i. + w_.i)²}. */
    public double s2() {
        double[] col = new double[size()];
        for (int i = 0; i < size(); i++) {
            for (int k = 0; k < neighbours[i].length; k++) {
                col[neighbours[i][k]] += weights[i][k];
            }
        }
        double s = 0;
        for (int i = 0; i < size(); i++) {
            double t = rowSum(i) + col[i];
            s += t * t;
        }
        return s;
    }

    /** {@code w_ij}, 0 when j is not a neighbour of i. */
    public double weight(int i, int j) {
        int k = Arrays.binarySearch(neighbours[i], j);
        return k < 0 ? 0 : weights[i][k];
    }

    /** Whether {@code w_ij = w_ji} for every pair (to a relative 1e-12). */
    public boolean isSymmetric() {
        for (int i = 0; i < size(); i++) {
            for (int k = 0; k < neighbours[i].length; k++) {
                double a = weights[i][k];
                double b = weight(neighbours[i][k], i);
                if (Math.abs(a - b) > 1e-12 * Math.max(1, Math.abs(a))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Spatial lag {@code (Wz)_i = Σ_j w_ij z_j}; 0 for islands. */
    public double[] lag(double[] z) {
        double[] out = new double[size()];
        for (int i = 0; i < size(); i++) {
            double s = 0;
            for (int k = 0; k < neighbours[i].length; k++) {
                s += weights[i][k] * z[neighbours[i][k]];
            }
            out[i] = s;
        }
        return out;
    }

    /** The weights transformed (row-standardised, binary, or unchanged). */
    public SpatialWeights transform(Transform t) {
        if (t == Transform.NONE) {
            return this;
        }
        double[][] w = new double[size()][];
        for (int i = 0; i < size(); i++) {
            w[i] = new double[neighbours[i].length];
            double rs = rowSum(i);
            for (int k = 0; k < w[i].length; k++) {
                w[i][k] = t == Transform.B ? 1.0 : (rs > 0 ? weights[i][k] / rs : 0);
            }
        }
        return new SpatialWeights(ids, names, neighbours, w, notes);
    }

    /**
     * Links each island to its nearest region (by the metric over the given representative points), both
     * directions, weight 1 (binary links; row-standardise afterwards as usual). Islands are linked to the nearest
     * region even when that one is another island.
     */
    public SpatialWeights attachIslands(double[] x, double[] y, Metric metric) {
        int[] isl = islands();
        if (isl.length == 0) {
            return this;
        }
        List<List<Integer>> nb = new ArrayList<>();
        List<List<Double>> w = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            List<Integer> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (int k = 0; k < neighbours[i].length; k++) {
                a.add(neighbours[i][k]);
                b.add(weights[i][k]);
            }
            nb.add(a);
            w.add(b);
        }
        List<String> msg = new ArrayList<>(notes);
        for (int i : isl) {
            int best = -1;
            double bd = Double.POSITIVE_INFINITY;
            for (int j = 0; j < size(); j++) {
                if (j == i) {
                    continue;
                }
                double d = metric.distance(x[i], y[i], x[j], y[j]);
                if (d < bd) {
                    bd = d;
                    best = j;
                }
            }
            if (best < 0) {
                continue;
            }
            if (!nb.get(i).contains(best)) {
                nb.get(i).add(best);
                w.get(i).add(1.0);
            }
            if (!nb.get(best).contains(i)) {
                nb.get(best).add(i);
                w.get(best).add(1.0);
            }
            msg.add(String.format(java.util.Locale.ROOT, "island %s linked to its nearest region %s (%.1f %s)",
                    label(i), label(best), bd, metric == Metric.GREAT_CIRCLE ? "km" : "units"));
        }
        return fromLists(ids, names, nb, w, msg);
    }

    /** The weights restricted to regions with at least one neighbour (islands dropped), noted by name. */
    public SpatialWeights dropIslands() {
        int[] isl = islands();
        if (isl.length == 0) {
            return this;
        }
        List<String> keep = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (neighbours[i].length > 0) {
                keep.add(ids.get(i));
            }
        }
        List<String> msg = new ArrayList<>(notes);
        msg.add(isl.length + " island(s) dropped: " + String.join(", ", islandNames()));
        return subset(keep).withNotes(msg);
    }

    /** The same weights with other notes. */
    public SpatialWeights withNotes(List<String> newNotes) {
        return new SpatialWeights(ids, names, neighbours, weights, newNotes);
    }

    /** Applies an island policy (KNN needs representative points; see {@link #attachIslands}). */
    public SpatialWeights applyIslands(IslandPolicy policy, double[] x, double[] y, Metric metric) {
        int[] isl = islands();
        if (isl.length == 0) {
            return this;
        }
        List<String> msg = new ArrayList<>(notes);
        msg.add(isl.length + " region(s) without a neighbour (islands): " + String.join(", ", islandNames()));
        SpatialWeights s = withNotes(msg);
        return switch (policy) {
            case KEEP -> s;
            case DROP -> s.dropIslands();
            case KNN -> {
                if (x == null) {
                    throw new IllegalArgumentException("--islands knn needs coordinates of the regions");
                }
                yield s.attachIslands(x, y, metric);
            }
        };
    }

    /**
     * The weights among the given regions only, in that order (links to regions outside are removed; regions that
     * lose all their neighbours become islands).
     */
    public SpatialWeights subset(List<String> keepIds) {
        int m = keepIds.size();
        int[] newIndex = new int[size()];
        Arrays.fill(newIndex, -1);
        int[] old = new int[m];
        List<String> nm = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            int i = indexOf(keepIds.get(a));
            if (i < 0) {
                throw new IllegalArgumentException("weights have no region '" + keepIds.get(a) + "'");
            }
            newIndex[i] = a;
            old[a] = i;
            nm.add(names.get(i));
        }
        int[][] nb = new int[m][];
        double[][] w = new double[m][];
        for (int a = 0; a < m; a++) {
            int i = old[a];
            int c = 0;
            for (int j : neighbours[i]) {
                if (newIndex[j] >= 0) {
                    c++;
                }
            }
            nb[a] = new int[c];
            w[a] = new double[c];
            c = 0;
            for (int k = 0; k < neighbours[i].length; k++) {
                int j = neighbours[i][k];
                if (newIndex[j] >= 0) {
                    nb[a][c] = newIndex[j];
                    w[a][c++] = weights[i][k];
                }
            }
        }
        return new SpatialWeights(keepIds, nm, nb, w, notes);
    }

    /** Builds weights from adjacency lists. */
    public static SpatialWeights fromLists(List<String> ids, List<String> names, List<List<Integer>> nb,
                                           List<List<Double>> w, List<String> notes) {
        int n = ids.size();
        int[][] a = new int[n][];
        double[][] b = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = nb.get(i).stream().mapToInt(Integer::intValue).toArray();
            b[i] = w.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return new SpatialWeights(ids, names, a, b, notes);
    }

    /** A rook (or queen) lattice of {@code rows × cols} cells with binary weights, ids "r_c" (for tests, bench). */
    public static SpatialWeights lattice(int rows, int cols, boolean queen) {
        List<String> ids = new ArrayList<>();
        int n = rows * cols;
        int[][] nb = new int[n][];
        double[][] w = new double[n][];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                ids.add(r + "_" + c);
                List<Integer> l = new ArrayList<>();
                for (int dr = -1; dr <= 1; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        if ((dr == 0 && dc == 0) || (!queen && dr != 0 && dc != 0)) {
                            continue;
                        }
                        int rr = r + dr;
                        int cc = c + dc;
                        if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
                            l.add(rr * cols + cc);
                        }
                    }
                }
                int i = r * cols + c;
                nb[i] = l.stream().mapToInt(Integer::intValue).toArray();
                w[i] = new double[nb[i].length];
                Arrays.fill(w[i], 1.0);
            }
        }
        return new SpatialWeights(ids, null, nb, w, List.of());
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SpatialWeights s) || !s.ids.equals(ids)) {
            return false;
        }
        for (int i = 0; i < size(); i++) {
            if (!Arrays.equals(neighbours[i], s.neighbours[i]) || !Arrays.equals(weights[i], s.weights[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ids, Arrays.deepHashCode(neighbours));
    }
}
