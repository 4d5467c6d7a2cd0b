package org.safeguardingkit.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.examples.cli.LogReview;
import org.safeguardingkit.examples.generate.Plant;
import org.safeguardingkit.examples.generate.SyntheticLog;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewSettings;
import org.safeguardingkit.review.anonymise.ReviewKey;
import org.safeguardingkit.review.render.HtmlReport;
import org.safeguardingkit.review.render.Timeline;
import org.safeguardingkit.review.sampling.Sampling;

/**
 * The time and heap of reviewing a large log: by default 1,000,000 records of a generated (FICTIONAL) log with
 * every pattern planted, 20,000 pupils over a year, in a JVM limited to 1 GB of heap and 2 processors.
 *
 * <ul>
 *   <li>{@code reviewFile}: what {@code sgkit review --input log.jsonl --sample stratified:40 --out review.html}
 *       does: read and parse the JSON Lines file (parsing spread over the processors), review (anonymised, stratified
 *       sample of 40, all trends), render the HTML page.</li>
 *   <li>{@code reviewStream}: the review alone, of records streamed from the generator (no JSON).</li>
 * </ul>
 *
 * <p>The log file is generated once into {@code java.io.tmpdir} (about 750 MB for a million records) and reused.
 * Each iteration prints the heap in use after the review and the peak heap of the iteration. Run:
 *
 * <pre>
 * mvn -B -q -DskipTests package -pl benchmarks -am
 * java -jar benchmarks/target/benchmarks.jar ReviewBenchmark
 * java -jar benchmarks/target/benchmarks.jar ReviewBenchmark -p records=100000   # quicker
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g", "-XX:ActiveProcessorCount=2"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class ReviewBenchmark {

    /** Records in the log. */
    @Param("1000000")
    public long records;

    private Path log;
    private SyntheticLog generator;

    /** Generates the log file once (reused across runs). */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        generator = SyntheticLog.builder().pupils((int) Math.max(600, records / 50)).days(365).records(records)
                .seed(1).plant(Plant.values()).build();
        log = Path.of(System.getProperty("java.io.tmpdir"), "sgkit-review-benchmark-" + records + ".jsonl");
        if (!Files.exists(log) || Files.size(log) == 0) {
            Path partial = Files.createTempFile(log.getParent(), "sgkit-review-benchmark", ".part");
            generator.writeTo(Files.newBufferedWriter(partial, StandardCharsets.UTF_8));
            Files.move(partial, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        resetPeaks();
    }

    private static ReviewSettings settings() {
        return ReviewSettings.builder().sampling(Sampling.stratified(40, 1)).key(ReviewKey.fromPassphrase("bench"))
                .build();
    }

    /**
     * Reads, parses, reviews and renders the log file, as {@code sgkit review} does.
     *
     * @return the HTML length
     */
    @Benchmark
    public int reviewFile() {
        try (InputStream in = Files.newInputStream(log)) {
            LogReview.Result result = LogReview.of(in, settings(), Runtime.getRuntime().availableProcessors(),
                    e -> { }, () -> { });
            StringWriter out = new StringWriter();
            HtmlReport.write(result.review(), result.timeline(), out);
            report("reviewFile", result.review());
            return out.getBuffer().length();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reviews records streamed from the generator (no JSON parsing).
     *
     * @return the number of rows
     */
    @Benchmark
    public int reviewStream() {
        try (Stream<Concern> s = generator.stream()) {
            Review review = Review.of(s, settings());
            report("reviewStream", review);
            return review.rows().size();
        }
    }

    private final LiveHeap liveHeap = new LiveHeap();
    private long cpuBefore;

    /** Resets the heap figures and notes the CPU time before each iteration. */
    @Setup(Level.Iteration)
    public void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        liveHeap.reset();
        cpuBefore = processCpuNanos();
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * The largest heap in use right after a garbage collection: the high-water mark of what the review keeps alive
     * (G1 fills the heap with garbage before collecting, so the peak of use says little).
     */
    static final class LiveHeap implements javax.management.NotificationListener {
        private volatile long max;

        LiveHeap() {
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener(this, null, null);
                }
            }
        }

        void reset() {
            max = 0;
        }

        long max() {
            return max;
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                    .equals(n.getType())) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                    (javax.management.openmbean.CompositeData) n.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                    .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
            if (used > max) {
                max = used;
            }
        }
    }

    /**
     * One run of {@code reviewFile} without JMH, to see the figures quickly:
     * {@code java -Xmx1g -XX:ActiveProcessorCount=2 -cp benchmarks/target/benchmarks.jar
     * org.safeguardingkit.benchmarks.ReviewBenchmark [records]}.
     *
     * @param args the number of records (default 1,000,000)
     * @throws IOException if the log cannot be written
     */
    public static void main(String[] args) throws IOException {
        ReviewBenchmark b = new ReviewBenchmark();
        b.records = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        b.generate();
        for (int i = 0; i < 2; i++) {
            b.resetPeaks();
            long start = System.nanoTime();
            b.reviewFile();
            System.out.printf("run %d: %.1f s wall on %d processors%n", i + 1, (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().availableProcessors());
        }
    }

    /** Nothing to clean: the log file is kept for the next run. */
    @TearDown(Level.Trial)
    public void keep() {
        // the generated file stays in java.io.tmpdir; delete it by hand when done
    }

    private void report(String name, Review review) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.gc();
        long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        long cpu = processCpuNanos() - cpuBefore;
        System.out.printf("%n%s: %,d incidents; process CPU %.1f s; live heap high-water (after GC) %,d MB; "
                + "peak heap %,d MB of max %,d MB; heap after review and GC %,d MB%n", name,
                review.keyConsiderations().incidentTypes().incidents(), cpu / 1e9, liveHeap.max() >> 20, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20, used >> 20);
    }
}
