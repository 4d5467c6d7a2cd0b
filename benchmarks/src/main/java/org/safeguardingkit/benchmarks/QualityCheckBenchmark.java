package org.safeguardingkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernStatus;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.quality.QualityChecker;

/**
 * Throughput of the full default rule set: records checked per second per thread ({@code checkRecord}), and the
 * time to check one paragraph as an editor would on a keystroke pause ({@code checkTextParagraph}).
 *
 * <p>The records are generated in code (varied synthetic summaries, child's voice, decisions, locations), so the
 * jar is self-contained. To measure on a file instead, pass a JSON Lines path (records, or the labelled dev set's
 * {@code {"record": ...}} lines): {@code -Dsgkit.quality.data=/work/shared/data/quality-dev.jsonl} (as a JMH
 * {@code -jvmArgs} value).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Quality -f 1 -wi 2 -i 3
 * java -jar benchmarks/target/benchmarks.jar Quality -f 1 -wi 2 -i 3 -jvmArgs -Dsgkit.quality.data=quality-dev.jsonl
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class QualityCheckBenchmark {

    private static final String[] OPENINGS = {
        "Jayden was aggressive towards staff in the corridor at lunchtime.",
        "Amira came to me at the end of period 4 and said that a group of girls have been calling her names.",
        "Mum seemed drunk at pick-up and was slurring her words.",
        "Leo received 14 messages from an adult contact on Snapchat during lesson 3.",
        "Noticed a bruise approx 4cm across on Reuben's upper right arm when he was changing for PE.",
        "Two Y8 pupils were punching each other on the field at 12:50.",
        "Mr Cole reported that Adam shared a video in the sixth form WhatsApp group.",
        "Ella arrived in the same uniform she has worn since Monday, jumper stained down the front.",
        "Kofi came to pastoral at 2.30 and was shaking and kept looking at the door.",
        "I think Marcus is being groomed, he is very secretive about his phone.",
    };
    private static final String[] MIDDLES = {
        "She said \"I don't want to go home, I hate it there\".",
        "He told me he felt scared of the boys at the bus stop.",
        "Mum said she thinks he is being bullied on the bus.",
        "When I asked, she said she did it on the fence.",
        "She was too upset to talk, so I stayed with her until she was calm.",
        "I have not spoken to him yet as he was absent today; I will see him tomorrow.",
        "He is clearly being neglected and his uniform is disgusting.",
        "The school nurse assessed the mark as a burn and cleaned it.",
        "Several pupils have said that he is selling vapes in the Year 9 toilets.",
        "Her friend (p-204) told me she has been sending photos to an older boy.",
    };
    private static final String[] CLOSINGS = {
        "NFA.", "Will monitor.", "Referred to MASH as she has a mark on her leg.", "Passed to the DSL.",
        "Logged for information.", "Parents not informed.", "NFA because the coach confirmed it happened at training.",
        "EH referral to be done.", "Police informed; detention set.", "Closed.",
    };

    private QualityChecker checker;
    private Concern[] records;
    private String paragraph;

    /** The record each thread checks next. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    /** Builds the checker and the records. */
    @Setup(Level.Trial)
    public void setUp() {
        checker = QualityChecker.defaults();
        String data = System.getProperty("sgkit.quality.data");
        records = data == null || data.isBlank() ? generate(2048, 42L) : read(Path.of(data));
        paragraph = OPENINGS[1] + " " + MIDDLES[0] + " " + MIDDLES[6] + " " + CLOSINGS[0] + " " + OPENINGS[9];
    }

    /**
     * Checks one record with every default rule.
     *
     * @param cursor which record
     * @param bh     consumes the findings
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public void checkRecord(Cursor cursor, Blackhole bh) {
        Concern c = records[cursor.next];
        cursor.next = cursor.next + 1 == records.length ? 0 : cursor.next + 1;
        bh.consume(checker.check(c));
    }

    /**
     * Checks one paragraph with the text rules, as an editor would on a keystroke pause.
     *
     * @return the findings
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object checkTextParagraph() {
        return checker.checkText(paragraph, "summary");
    }

    /**
     * A quick CPU-time measurement, for a loaded machine where JMH's wall-clock figures are noisy: the thread CPU
     * time per record of the full default rule set and per {@code checkText} paragraph, over several rounds after a
     * warm-up; prints the median and best round.
     *
     * <pre>
     * java -cp benchmarks/target/benchmarks.jar org.safeguardingkit.benchmarks.QualityCheckBenchmark \
     *     /work/shared/data/quality-dev.jsonl
     * </pre>
     *
     * @param args optional: a JSON Lines file of records (default: the synthetic records), rounds (default 30)
     */
    public static void main(String[] args) {
        QualityCheckBenchmark b = new QualityCheckBenchmark();
        if (args.length > 0) {
            System.setProperty("sgkit.quality.data", args[0]);
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        b.setUp();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Cursor cursor = new Cursor();
        int perRound = Math.max(2000, b.records.length * 10);
        int texts = 2000;
        long sink = 0;
        for (int w = 0; w < 10; w++) { // warm-up
            for (int i = 0; i < perRound; i++) {
                sink += b.checker.check(b.records[i % b.records.length]).findings().size();
            }
            for (int i = 0; i < texts; i++) {
                sink += b.checkTextParagraph().hashCode();
            }
        }
        double[] rps = new double[rounds];
        double[] us = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                Concern c = b.records[cursor.next];
                cursor.next = cursor.next + 1 == b.records.length ? 0 : cursor.next + 1;
                sink += b.checker.check(c).findings().size();
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < texts; i++) {
                sink += b.checkTextParagraph().hashCode();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            rps[r] = perRound / ((t1 - t0) / 1e9);
            us[r] = (t2 - t1) / 1e3 / texts;
        }
        java.util.Arrays.sort(rps);
        java.util.Arrays.sort(us);
        System.out.printf(java.util.Locale.ROOT, "%d records; check: median %.0f, best %.0f records/s per core (thread CPU time)%n",
                b.records.length, rps[rounds / 2], rps[rounds - 1]);
        System.out.printf(java.util.Locale.ROOT, "checkText (five-sentence paragraph): median %.1f, best %.1f us of CPU%n",
                us[rounds / 2], us[0]);
        if (sink == 42) {
            System.out.println();
        }
    }

    static Concern[] generate(int n, long seed) {
        Random r = new Random(seed);
        Concern[] out = new Concern[n];
        Instant base = Instant.parse("2026-01-05T09:00:00Z");
        Setting[] settings = Setting.values();
        DecisionOutcome[] outcomes = DecisionOutcome.values();
        for (int i = 0; i < n; i++) {
            StringBuilder summary = new StringBuilder(OPENINGS[r.nextInt(OPENINGS.length)]);
            int middles = r.nextInt(3);
            for (int m = 0; m < middles; m++) {
                summary.append(' ').append(MIDDLES[r.nextInt(MIDDLES.length)]);
            }
            summary.append(' ').append(CLOSINGS[r.nextInt(CLOSINGS.length)]);
            Instant occurred = base.plusSeconds(3600L * r.nextInt(2000));
            Concern.Builder b = Concern.builder()
                    .id("c-bench-" + i)
                    .pupil(Pupil.of(PupilId.of("p-" + r.nextInt(500))))
                    .occurredAt(occurred)
                    .recordedAt(occurred.plusSeconds(60L * r.nextInt(3000)))
                    .recordedBy(StaffRef.of(StaffId.of("s-" + r.nextInt(40))))
                    .summary(summary.toString());
            if (r.nextInt(3) > 0) {
                b.location(Location.of(settings[r.nextInt(settings.length)], r.nextBoolean() ? "canteen" : null));
            }
            if (r.nextInt(4) == 0) {
                b.childVoice(r.nextBoolean() ? ChildVoice.of("He keeps sending me pictures.")
                        : ChildVoice.notObtained("Absent today; will be seen on return."));
            }
            if (r.nextInt(3) == 0) {
                b.addDecision(Decision.of(outcomes[r.nextInt(outcomes.length)],
                        r.nextBoolean() ? "n/a" : "Disclosure with a visible mark; meets the threshold for a referral."));
            }
            if (r.nextInt(2) == 0) {
                b.addCategory(r.nextBoolean() ? "bullying.verbal" : "neglect");
            }
            if (r.nextInt(5) == 0) {
                b.status(ConcernStatus.CLOSED);
            }
            out[i] = b.build();
        }
        return out;
    }

    static Concern[] read(Path file) {
        ObjectMapper mapper = new ObjectMapper();
        ConcernJson json = ConcernJson.create();
        List<Concern> list = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = mapper.readTree(line);
                JsonNode record = node.has("record") ? node.get("record") : node;
                list.add(json.read(mapper.writeValueAsString(record)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (list.isEmpty()) {
            throw new IllegalArgumentException("no records in " + file);
        }
        return list.toArray(new Concern[0]);
    }
}
