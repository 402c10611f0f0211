/** Benchmarks of the analysis report (issue 6): HTML rendering time and size at national regency scale. */
package dev.klaster.bench.report;
