package org.safeguardingkit.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.spi.AuditEvent;
import org.safeguardingkit.core.spi.AuditLog;

/**
 * The conformance kit for {@link AuditLog}: extend it and implement {@link #newLog()}. Checks clauses A1..A6 of
 * {@code docs/storage.md}.
 */
@DisplayName("AuditLog contract")
public abstract class AuditLogContract {

    private static final Instant T0 = Instant.parse("2026-09-07T08:00:00Z");

    /**
     * A new, empty audit log. Called once per test.
     *
     * @return the log
     */
    protected abstract AuditLog newLog();

    /**
     * How many threads A6 starts.
     *
     * @return at least 2
     */
    protected int concurrentWriters() {
        return 8;
    }

    /** The log under test. */
    protected AuditLog log;

    @BeforeEach
    void createLog() {
        log = newLog();
    }

    private static AuditEvent event(String action, String concern, long second) {
        return new AuditEvent(0, T0.plusSeconds(second), StaffId.of("s-1"), action,
                Optional.ofNullable(concern).map(ConcernId::of), "");
    }

    private List<AuditEvent> all() {
        try (Stream<AuditEvent> events = log.events()) {
            return events.toList();
        }
    }

    @Nested
    @DisplayName("appending")
    class Appending {

        @Test
        @DisplayName("A1 append assigns sequence numbers 1, 2, 3, ... whatever sequence the event carried")
        void a1() {
            assertThat(log.append(event("CREATE", "c-1", 0)).sequence()).isEqualTo(1);
            assertThat(log.append(new AuditEvent(77, T0, StaffId.of("s-2"), "VIEW", Optional.empty(), ""))
                    .sequence()).isEqualTo(2);
            assertThat(log.append(event("UPDATE", "c-1", 2)).sequence()).isEqualTo(3);
        }

        @Test
        @DisplayName("A2 the stored event equals the appended one except for its sequence")
        void a2() {
            AuditEvent e = new AuditEvent(0, T0.plusNanos(123_456_789), StaffId.of("s-9"), "EXPORT",
                    Optional.of(ConcernId.of("c-7")), "format=csv; rows=12");
            AuditEvent stored = log.append(e);
            assertThat(stored).isEqualTo(new AuditEvent(1, e.at(), e.actor(), e.action(), e.concern(), e.detail()));
            assertThat(all()).containsExactly(stored);
        }
    }

    @Nested
    @DisplayName("reading")
    class Reading {

        @Test
        @DisplayName("A3 events gives every event in order of sequence")
        void a3() {
            List<AuditEvent> appended = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                appended.add(log.append(event(i % 2 == 0 ? "VIEW" : "UPDATE", "c-" + (i % 3), 100 - i)));
            }
            assertThat(all()).containsExactlyElementsOf(appended);
        }

        @Test
        @DisplayName("A4 eventsFor gives the events about one record, in order; none for an unknown record")
        void a4() {
            AuditEvent a = log.append(event("CREATE", "c-1", 0));
            log.append(event("CREATE", "c-2", 1));
            log.append(event("LOGIN", null, 2));
            AuditEvent b = log.append(event("VIEW", "c-1", 3));
            assertThat(log.eventsFor(ConcernId.of("c-1"))).containsExactly(a, b);
            assertThat(log.eventsFor(ConcernId.of("c-9"))).isEmpty();
        }

        @Test
        @DisplayName("A5 the trail only grows: events already read are unchanged by later appends")
        void a5() {
            log.append(event("CREATE", "c-1", 0));
            log.append(event("VIEW", "c-1", 1));
            List<AuditEvent> before = all();
            log.append(event("UPDATE", "c-1", 2));
            assertThat(all()).startsWith(before.toArray(AuditEvent[]::new)).hasSize(3);
        }
    }

    @Nested
    @DisplayName("concurrent appends")
    class Concurrency {

        @Test
        @DisplayName("A6 concurrent appends get sequences 1..n with no gap and no duplicate, and none is lost")
        void a6() throws Exception {
            int threads = concurrentWriters();
            int each = 50;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    String actor = "s-" + t;
                    futures.add(pool.submit(() -> {
                        go.await();
                        for (int i = 0; i < each; i++) {
                            log.append(new AuditEvent(0, T0, StaffId.of(actor), "VIEW", Optional.empty(), "" + i));
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> f : futures) {
                    f.get(5, TimeUnit.MINUTES); // a guard against a hang, not a timing assertion
                }
            } finally {
                pool.shutdownNow();
            }
            List<AuditEvent> events = all();
            assertThat(events).extracting(AuditEvent::sequence)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, (long) threads * each).boxed().toList());
            assertThat(events).extracting(e -> e.actor().value() + "/" + e.detail()).doesNotHaveDuplicates();
        }
    }
}
