/** Whole-process runs of the spatial statistics (LISA, Gi*, Kd envelopes) on generated data. */
package dev.klaster.bench.spatial;
