/** JMH benchmarks of the input-output package (Leontief inverse, multipliers, linkages) at n = 17 … 5,000. */
package dev.klaster.bench.inputoutput;
