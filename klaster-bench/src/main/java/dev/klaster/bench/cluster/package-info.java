/** JMH benchmarks of cluster definitions (co-location correlation, IO linkage, Leiden) on generated data. */
package dev.klaster.bench.cluster;
