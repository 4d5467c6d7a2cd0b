/**
 * JMH benchmarks (not part of the build's pass/fail): {@link org.safeguardingkit.benchmarks.QualityCheckBenchmark}
 * measures recording-quality checking throughput; {@link org.safeguardingkit.benchmarks.ReviewBenchmark} the time and
 * heap of reviewing a million-record log. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar Quality -f 1 -wi 2 -i 3} or
 * {@code java -jar benchmarks/target/benchmarks.jar ReviewBenchmark}.
 */
package org.safeguardingkit.benchmarks;
