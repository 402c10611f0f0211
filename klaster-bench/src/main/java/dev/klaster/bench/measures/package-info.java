/**
 * JMH benchmarks of the regional measures (issue 3) on a generated 514 regions × 1,000 industries × 10 years
 * panel: the full suite (LQ matrix for every year, Dunn and Esteban-Marquillas shift-share for every region,
 * Krugman/Gini/Hoover for every region) and the all-pairs Krugman matrix.
 */
package dev.klaster.bench.measures;
