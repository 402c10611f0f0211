package dev.klaster.core.cluster;

import dev.klaster.core.check.Checks;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.IterativeCPMClusteringAlgorithm;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.LouvainAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

import java.util.Random;

/**
 * Community detection on a weighted industry graph with the CWTS networkanalysis library (Traag, Waltman &amp; van
 * Eck 2019, "From Louvain to Leiden: guaranteeing well-connected communities", Scientific Reports 9, 5233,
 * DOI 10.1038/s41598-019-41695-z; Louvain: Blondel et al. 2008, DOI 10.1088/1742-5468/2008/10/P10008).
 *
 * <p>The quality optimised is modularity with a resolution parameter γ (Reichardt &amp; Bornholdt 2006): as in the
 * library's own {@code RunNetworkClustering}, node weights are the total edge weights and the CPM resolution is
 * γ / (2m + self-link weight). γ = 1 is standard modularity; larger γ gives more, smaller clusters. A fixed seed
 * makes the result reproducible. Isolated industries (no positive weight) form singleton clusters.
 */
public final class Communities {
    private Communities() {
    }

    /** Community-detection algorithm. */
    public enum Algorithm { LEIDEN, LOUVAIN }

    /** Settings: algorithm, resolution γ &gt; 0, iterations (≥ 1), random seed. */
    public record Options(Algorithm algorithm, double resolution, int iterations, long seed) {
        public Options {
            if (algorithm == null) {
                throw new IllegalArgumentException("algorithm is null");
            }
            if (!(resolution > 0) || Double.isInfinite(resolution)) {
                throw new IllegalArgumentException("resolution must be a positive number, got " + resolution);
            }
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be ≥ 1, got " + iterations);
            }
        }

        /** Leiden, γ = 1, 10 iterations, seed 42. */
        public static Options defaults() {
            return new Options(Algorithm.LEIDEN, 1.0, 10, 42L);
        }

        public Options withResolution(double gamma) {
            return new Options(algorithm, gamma, iterations, seed);
        }
    }

    /**
     * Groups the nodes of a symmetric non-negative weight matrix.
     *
     * @return cluster label per node, 0..k−1, clusters ordered by size (largest first)
     */
    public static int[] detect(double[][] weights, Options options) {
        int n = Checks.square("relatedness matrix", weights);
        Checks.nonNegative("relatedness matrix", weights);
        Checks.symmetric("relatedness matrix", weights);
        int m = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && weights[i][j] > 0) {
                    m++;
                }
            }
        }
        int[] from = new int[m];
        int[] to = new int[m];
        double[] w = new double[m];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j && weights[i][j] > 0) {
                    from[k] = i;
                    to[k] = j;
                    w[k] = weights[i][j];
                    k++;
                }
            }
        }
        Network network = new Network(n, true, new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)},
                new LargeDoubleArray(w), true, false);
        Clustering clustering = new Clustering(n);
        if (m > 0) {
            double cpm = options.resolution()
                    / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
            Random random = new Random(options.seed());
            IterativeCPMClusteringAlgorithm algorithm = options.algorithm() == Algorithm.LEIDEN
                    ? new LeidenAlgorithm(cpm, options.iterations(), LeidenAlgorithm.DEFAULT_RANDOMNESS, random)
                    : new LouvainAlgorithm(cpm, options.iterations(), random);
            algorithm.improveClustering(network, clustering);
        }
        clustering.orderClustersByNNodes();
        return clustering.getClusters();
    }
}
