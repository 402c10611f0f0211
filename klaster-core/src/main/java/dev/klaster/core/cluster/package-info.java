/**
 * Cluster definitions, regional cluster strength and member roles.
 *
 * <p>Glossary (names used in code and output):
 * <ul>
 *   <li><b>linkage</b> — Feser &amp; Bergman (2000) input-output linkage of an industry pair: the largest of the four
 *   normalised purchase and sales coefficients ({@link dev.klaster.core.cluster.IoLinkage}).</li>
 *   <li><b>co-location</b> — Pearson correlation of location quotients across regions, negatives set to 0
 *   ({@link dev.klaster.core.cluster.CoLocation}); or an Ellison–Glaeser coagglomeration matrix given by the user.</li>
 *   <li><b>relatedness</b> — any symmetric, non-negative industry × industry weight used to group industries;
 *   {@link dev.klaster.core.cluster.Relatedness#combine} mixes IO and co-location.</li>
 *   <li><b>definition</b> — industry → cluster membership ({@link dev.klaster.core.cluster.ClusterDefinition}),
 *   given by the user ({@link dev.klaster.core.cluster.GivenMapping}) or found by Leiden/Louvain community
 *   detection ({@link dev.klaster.core.cluster.Communities}), always scored by
 *   {@link dev.klaster.core.cluster.Validation} (internal vs external linkage, modularity, within/between ratio).</li>
 *   <li><b>regional cluster</b> — one cluster in one region ({@link dev.klaster.core.cluster.RegionalClusters}):
 *   size, LQ, national share, growth, productivity, the strong-cluster rule and star rating.</li>
 *   <li><b>roles</b> — core, supplier, buyer, related, supporting ({@link dev.klaster.core.cluster.Roles}).</li>
 *   <li><b>impact</b> — contribution to GRDP and the IO effect of cluster growth ({@link dev.klaster.core.cluster.Impact}).</li>
 * </ul>
 * {@link dev.klaster.core.cluster.ClusterAnalysis#run} joins everything for {@code klaster analyze}.
 */
package dev.klaster.core.cluster;
