/**
 * JMH benchmarks (not part of the build's pass/fail): {@link org.safeguardingkit.benchmarks.QualityCheckBenchmark}
 * measures recording-quality checking throughput. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar Quality -f 1 -wi 2 -i 3}.
 */
package org.safeguardingkit.benchmarks;
