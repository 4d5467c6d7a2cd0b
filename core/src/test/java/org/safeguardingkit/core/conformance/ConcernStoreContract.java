package org.safeguardingkit.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.spi.ConcernStore;
import org.safeguardingkit.core.spi.StaleVersionException;
import org.safeguardingkit.core.spi.Versioned;
import org.safeguardingkit.core.testing.SampleConcerns;

/**
 * The conformance kit for {@link ConcernStore}: extend it, implement {@link #newStore()}, and your store is checked
 * against every clause C1..C18 and S1 of {@code docs/storage.md}.
 *
 * <pre>{@code
 * class JdbcConcernStoreTest extends ConcernStoreContract {
 *     @Override
 *     protected ConcernStore newStore() {
 *         return new JdbcConcernStore(freshEmptyDatabase());
 *     }
 * }
 * }</pre>
 *
 * <p>Each test asks for a new, empty store. The concurrency tests use {@link #concurrentWriters()} threads.
 */
@DisplayName("ConcernStore contract")
public abstract class ConcernStoreContract {

    /** The time the contract's records occur around. */
    protected static final Instant T0 = Instant.parse("2026-09-07T08:00:00Z");

    /**
     * A new, empty store. Called once per test (and once per try of the property).
     *
     * @return the store
     */
    protected abstract ConcernStore newStore();

    /**
     * How many threads the concurrency clauses (C9, C10) start.
     *
     * @return at least 2
     */
    protected int concurrentWriters() {
        return 8;
    }

    /**
     * How many updates each thread makes in C9.
     *
     * @return at least 1
     */
    protected int updatesPerWriter() {
        return 15;
    }

    /** The store under test, new for each test. */
    protected ConcernStore store;

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    private static Concern record(String id, String pupil, long minutes) {
        return SampleConcerns.minimal(id, pupil, T0.plusSeconds(60 * minutes));
    }

    private Versioned<Concern> insert(Concern concern) {
        return store.save(concern, Versioned.NEW);
    }

    private static List<String> ids(List<Concern> concerns) {
        return concerns.stream().map(c -> c.id().value()).toList();
    }

    private static List<String> ids(Stream<Concern> concerns) {
        try (concerns) {
            return ids(concerns.toList());
        }
    }

    @Nested
    @DisplayName("saving and finding")
    class SavingAndFinding {

        @Test
        @DisplayName("C1 a new record saves at version 1")
        void c1() {
            Concern c = record("c-1", "p-1", 0);
            Versioned<Concern> saved = insert(c);
            assertThat(saved.version()).isEqualTo(1);
            assertThat(saved.value()).isEqualTo(c);
        }

        @Test
        @DisplayName("C2 a saved record is found by id, equal to what was saved, with its version")
        void c2() {
            Concern c = SampleConcerns.formatExample();
            insert(c);
            assertThat(store.find(c.id())).contains(new Versioned<>(c, 1));
        }

        @Test
        @DisplayName("C3 an unknown id finds nothing")
        void c3() {
            insert(record("c-1", "p-1", 0));
            assertThat(store.find(ConcernId.of("c-unknown"))).isEmpty();
        }

        @Test
        @DisplayName("C17 records keep every field and their text exactly: quotes, emoji, control characters, long text")
        void c17() {
            String text = "She said \"stop\" and 'no' and \u201cplease\u201d \u2018ok\u2019 \u00abnon\u00bb \uD83D\uDE22"
                    + " tab\there\nline\r\nbreak \u0001\u001b controls \u2028 sep \\ backslash ' OR 1=1; -- <b>&amp;</b> ${x} %s";
            Concern c = SampleConcerns.formatExample().toBuilder()
                    .summary(text + "x".repeat(100_000))
                    .childVoice(ChildVoice.of(text))
                    .outcome(text)
                    .addDecision(Decision.of(DecisionOutcome.OTHER, text))
                    .build();
            insert(c);
            Concern found = store.find(c.id()).orElseThrow().value();
            assertThat(found.summary()).isEqualTo(c.summary());
            assertThat(found).isEqualTo(c);
            Concern empty = record("c-empty", "p-1", 0).withSummary("");
            insert(empty);
            assertThat(store.find(empty.id()).orElseThrow().value()).isEqualTo(empty);
        }
    }

    @Nested
    @DisplayName("optimistic versioning")
    class Versioning {

        @Test
        @DisplayName("C4 an update quoting the stored version replaces the record and adds exactly 1 to the version")
        void c4() {
            Versioned<Concern> v1 = insert(record("c-1", "p-1", 0));
            Versioned<Concern> v2 = store.save(v1.value().withSummary("second"), 1);
            Versioned<Concern> v3 = store.save(v2.value().withSummary("third"), 2);
            assertThat(v2.version()).isEqualTo(2);
            assertThat(v3.version()).isEqualTo(3);
            assertThat(store.find(ConcernId.of("c-1"))).contains(v3);
        }

        @Test
        @DisplayName("C5 an update quoting another version fails with StaleVersionException and writes nothing")
        void c5() {
            Versioned<Concern> v1 = insert(record("c-1", "p-1", 0));
            Versioned<Concern> v2 = store.save(v1.value().withSummary("second"), 1);
            for (long quoted : new long[] {1, 3, 99}) {
                assertThatThrownBy(() -> store.save(v1.value().withSummary("lost"), quoted))
                        .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                            assertThat(e.id()).isEqualTo(ConcernId.of("c-1"));
                            assertThat(e.expected()).isEqualTo(quoted);
                            assertThat(e.actual()).isEqualTo(2);
                            assertThat(e.getMessage()).startsWith("SGK-0801").doesNotContain("lost");
                        });
            }
            assertThat(store.find(ConcernId.of("c-1"))).contains(v2);
        }

        @Test
        @DisplayName("C6 saving as NEW a record whose id is stored fails with StaleVersionException and writes nothing")
        void c6() {
            Versioned<Concern> v1 = insert(record("c-1", "p-1", 0));
            assertThatThrownBy(() -> insert(record("c-1", "p-2", 5)))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.expected()).isEqualTo(Versioned.NEW);
                        assertThat(e.actual()).isEqualTo(1);
                    });
            assertThat(store.find(ConcernId.of("c-1"))).contains(v1);
            assertThat(store.count()).isEqualTo(1);
        }

        @Test
        @DisplayName("C7 updating a record that is not stored fails with StaleVersionException and writes nothing")
        void c7() {
            assertThatThrownBy(() -> store.save(record("c-1", "p-1", 0), 1))
                    .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                        assertThat(e.expected()).isEqualTo(1);
                        assertThat(e.actual()).isEqualTo(Versioned.NEW);
                    });
            assertThat(store.find(ConcernId.of("c-1"))).isEmpty();
            assertThat(store.count()).isZero();
        }

        @Test
        @DisplayName("C8 a negative expected version is rejected with IllegalArgumentException and writes nothing")
        void c8() {
            assertThatThrownBy(() -> store.save(record("c-1", "p-1", 0), -1))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.count()).isZero();
        }
    }

    @Nested
    @DisplayName("concurrent writers")
    class Concurrency {

        private <T> List<Future<T>> runTogether(int threads, Callable<T> task) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch ready = new CountDownLatch(threads);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<T>> futures = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    futures.add(pool.submit(() -> {
                        ready.countDown();
                        go.await();
                        return task.call();
                    }));
                }
                ready.await();
                go.countDown();
                for (Future<T> f : futures) {
                    f.get(5, TimeUnit.MINUTES); // a guard against a hang, not a timing assertion
                }
                return futures;
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @DisplayName("C9 writers updating one record and retrying on stale lose no update")
        void c9() throws Exception {
            insert(record("c-1", "p-1", 0));
            ConcernId id = ConcernId.of("c-1");
            int writers = concurrentWriters();
            int updates = updatesPerWriter();
            AtomicInteger next = new AtomicInteger();
            runTogether(writers, () -> {
                int writer = next.getAndIncrement();
                for (int k = 0; k < updates; k++) {
                    while (true) {
                        Versioned<Concern> read = store.find(id).orElseThrow();
                        Concern changed = read.value().toBuilder().addTag("w" + writer + "-" + k).build();
                        try {
                            store.save(changed, read.version());
                            break;
                        } catch (StaleVersionException stale) {
                            // another writer saved first: re-read and re-apply
                        }
                    }
                }
                return null;
            });
            Versioned<Concern> last = store.find(id).orElseThrow();
            assertThat(last.version()).isEqualTo(1L + (long) writers * updates);
            assertThat(last.value().tags()).hasSize(writers * updates).doesNotHaveDuplicates();
            assertThat(store.count()).isEqualTo(1);
        }

        @Test
        @DisplayName("C18 update(id, change) applied by concurrent writers loses no change")
        void c18() throws Exception {
            insert(record("c-1", "p-1", 0));
            ConcernId id = ConcernId.of("c-1");
            int writers = concurrentWriters();
            AtomicInteger next = new AtomicInteger();
            runTogether(writers, () -> {
                int writer = next.getAndIncrement();
                for (int k = 0; k < 5; k++) {
                    String tag = "u" + writer + "-" + k;
                    store.update(id, c -> c.toBuilder().addTag(tag).build());
                }
                return null;
            });
            Versioned<Concern> last = store.find(id).orElseThrow();
            assertThat(last.version()).isEqualTo(1L + writers * 5L);
            assertThat(last.value().tags()).hasSize(writers * 5).doesNotHaveDuplicates();
            assertThatThrownBy(() -> store.update(ConcernId.of("c-none"), c -> c))
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> store.update(id, c -> c.toBuilder().id("c-other").build()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.count()).isEqualTo(1);
        }

        @Test
        @DisplayName("C10 of writers inserting the same id at once, exactly one wins; the others get StaleVersionException")
        void c10() throws Exception {
            int writers = concurrentWriters();
            AtomicInteger next = new AtomicInteger();
            List<Future<Boolean>> results = runTogether(writers, () -> {
                Concern mine = record("c-1", "p-" + next.getAndIncrement(), 0);
                try {
                    insert(mine);
                    return true;
                } catch (StaleVersionException e) {
                    return false;
                }
            });
            long wins = 0;
            for (Future<Boolean> f : results) {
                wins += f.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
            assertThat(store.count()).isEqualTo(1);
            assertThat(store.find(ConcernId.of("c-1")).orElseThrow().version()).isEqualTo(1);
            assertThat(ids(store.stream(Interval.ALL))).containsExactly("c-1");
        }
    }

    @Nested
    @DisplayName("queries")
    class Queries {

        @BeforeEach
        void fill() {
            // inserted out of order on purpose; c-b and c-a occur at the same time
            insert(record("c-d", "p-1", 30));
            insert(record("c-b", "p-1", 10).toBuilder().addCategory("bullying").addCategory("online").build());
            insert(record("c-a", "p-1", 10).toBuilder().addCategory("bullying").build());
            insert(record("c-c", "p-2", 20).toBuilder().addCategory("bullying.cyber").build());
            insert(record("c-e", "p-2", 0).toBuilder()
                    .addOtherPupil(OtherPupil.of(PupilId.of("p-1"),
                            OtherPupilRole.VICTIM)).build());
        }

        @Test
        @DisplayName("C11 findByPupil gives exactly the pupil's own records, by occurredAt then id")
        void c11() {
            assertThat(ids(store.findByPupil(PupilId.of("p-1")))).containsExactly("c-a", "c-b", "c-d");
            assertThat(ids(store.findByPupil(PupilId.of("p-2")))).containsExactly("c-e", "c-c");
            assertThat(store.findByPupil(PupilId.of("p-9"))).isEmpty();
        }

        @Test
        @DisplayName("C12 stream(period) gives the records with start <= occurredAt < end, by occurredAt then id")
        void c12() {
            assertThat(ids(store.stream(Interval.ALL))).containsExactly("c-e", "c-a", "c-b", "c-c", "c-d");
            Interval tenToThirty = Interval.between(T0.plusSeconds(600), T0.plusSeconds(1800));
            assertThat(ids(store.stream(tenToThirty))).containsExactly("c-a", "c-b", "c-c");
            assertThat(ids(store.stream(Interval.between(T0.plusSeconds(599), T0.plusSeconds(600))))).isEmpty();
            assertThat(ids(store.stream(Interval.between(T0.plusSeconds(1800), T0.plusSeconds(1801)))))
                    .containsExactly("c-d");
            assertThat(ids(store.stream(Interval.between(T0, T0)))).isEmpty();
        }

        @Test
        @DisplayName("C13 streamByCategory gives the records carrying exactly that code, in the period, in order")
        void c13() {
            assertThat(ids(store.streamByCategory("bullying", Interval.ALL))).containsExactly("c-a", "c-b");
            assertThat(ids(store.streamByCategory("bullying.cyber", Interval.ALL))).containsExactly("c-c");
            assertThat(ids(store.streamByCategory("online", Interval.between(T0, T0.plusSeconds(600))))).isEmpty();
            assertThat(ids(store.streamByCategory("unknown", Interval.ALL))).isEmpty();
        }

        @Test
        @DisplayName("C14 an update that changes time, pupil or categories moves the record between query results")
        void c14() {
            Versioned<Concern> b = store.find(ConcernId.of("c-b")).orElseThrow();
            store.save(b.value().toBuilder().pupil(Pupil.of(PupilId.of("p-2"))).occurredAt(T0.plusSeconds(3000))
                    .recordedAt(T0.plusSeconds(3600)).categories(List.of("neglect")).build(), b.version());
            assertThat(ids(store.findByPupil(PupilId.of("p-1")))).containsExactly("c-a", "c-d");
            assertThat(ids(store.findByPupil(PupilId.of("p-2")))).containsExactly("c-e", "c-c", "c-b");
            assertThat(ids(store.stream(Interval.ALL))).containsExactly("c-e", "c-a", "c-c", "c-d", "c-b");
            assertThat(ids(store.streamByCategory("bullying", Interval.ALL))).containsExactly("c-a");
            assertThat(ids(store.streamByCategory("neglect", Interval.ALL))).containsExactly("c-b");
        }

        @Test
        @DisplayName("C15 count is the number of distinct records: updates and failed saves do not change it")
        void c15() {
            assertThat(store.count()).isEqualTo(5);
            Versioned<Concern> a = store.find(ConcernId.of("c-a")).orElseThrow();
            store.save(a.value().withSummary("changed"), a.version());
            assertThatThrownBy(() -> insert(a.value())).isInstanceOf(StaleVersionException.class);
            assertThat(store.count()).isEqualTo(5);
            insert(record("c-f", "p-3", 40));
            assertThat(store.count()).isEqualTo(6);
            assertThat(newStore().count()).as("a new store is empty").isZero();
        }

        @Test
        @DisplayName("C16 streams may be closed before they are consumed, and the store goes on working")
        void c16() {
            for (int i = 0; i < 50; i++) {
                try (Stream<Concern> s = store.stream(Interval.ALL)) {
                    assertThat(s.findFirst()).isPresent();
                }
                try (Stream<Concern> s = store.streamByCategory("bullying", Interval.ALL)) {
                    s.iterator().next();
                }
            }
            insert(record("c-g", "p-3", 50));
            Versioned<Concern> g = store.find(ConcernId.of("c-g")).orElseThrow();
            store.save(g.value().withSummary("after streams"), g.version());
            assertThat(ids(store.stream(Interval.ALL))).hasSize(6);
        }
    }

    // ---- S1: a stateful property over random sequences of operations, against a model (a map) ----

    /** The store beside a model of what it should hold. */
    static final class StoreAndModel {
        final ConcernStore store;
        final Map<ConcernId, Versioned<Concern>> model = new HashMap<>();

        StoreAndModel(ConcernStore store) {
            this.store = store;
        }

        void check() {
            assertThat(store.count()).isEqualTo(model.size());
            for (Map.Entry<ConcernId, Versioned<Concern>> e : model.entrySet()) {
                assertThat(store.find(e.getKey())).contains(e.getValue());
            }
            List<String> expected = model.values().stream().map(Versioned::value)
                    .sorted(Comparator.comparing(Concern::occurredAt).thenComparing(Concern::id))
                    .map(c -> c.id().value()).toList();
            assertThat(ids(store.stream(Interval.ALL))).isEqualTo(expected);
        }
    }

    private static final List<String> IDS = List.of("c-1", "c-2", "c-3", "c-4");

    private static Arbitrary<Concern> anyRecord() {
        return Combinators.combine(Arbitraries.of(IDS), Arbitraries.of("p-1", "p-2"),
                Arbitraries.integers().between(0, 50),
                Arbitraries.strings().alpha().numeric().withChars(" '\"\u201c\u00e9").ofMaxLength(12))
                .as((id, pupil, minutes, text) -> record(id, pupil, minutes).withSummary(text));
    }

    private static final class SaveNew implements Action.Independent<StoreAndModel> {
        @Override
        public Arbitrary<Transformer<StoreAndModel>> transformer() {
            return anyRecord().map(c -> Transformer.mutate("save new " + c.id(), s -> {
                Versioned<Concern> known = s.model.get(c.id());
                if (known == null) {
                    Versioned<Concern> saved = s.store.save(c, Versioned.NEW);
                    assertThat(saved).isEqualTo(new Versioned<>(c, 1));
                    s.model.put(c.id(), saved);
                } else {
                    assertThatThrownBy(() -> s.store.save(c, Versioned.NEW)).isInstanceOf(StaleVersionException.class);
                }
            }));
        }
    }

    private static final class Update implements Action.Dependent<StoreAndModel> {
        @Override
        public boolean precondition(StoreAndModel state) {
            return !state.model.isEmpty();
        }

        @Override
        public Arbitrary<Transformer<StoreAndModel>> transformer(StoreAndModel state) {
            List<Versioned<Concern>> stored = List.copyOf(state.model.values());
            return Combinators.combine(Arbitraries.of(stored), anyRecord())
                    .as((current, change) -> Transformer.mutate("update " + current.value().id(), s -> {
                        Concern next = change.toBuilder().id(current.value().id()).build();
                        Versioned<Concern> saved = s.store.save(next, current.version());
                        assertThat(saved).isEqualTo(new Versioned<>(next, current.version() + 1));
                        s.model.put(next.id(), saved);
                    }));
        }
    }

    private static final class StaleUpdate implements Action.Dependent<StoreAndModel> {
        @Override
        public Arbitrary<Transformer<StoreAndModel>> transformer(StoreAndModel state) {
            return Combinators.combine(anyRecord(), Arbitraries.longs().between(1, 5))
                    .as((change, offset) -> Transformer.mutate("stale update " + change.id(), s -> {
                        Versioned<Concern> known = s.model.get(change.id());
                        long quoted = known == null ? offset : known.version() + offset;
                        assertThatThrownBy(() -> s.store.save(change, quoted))
                                .isInstanceOf(StaleVersionException.class);
                    }));
        }
    }

    private static final class Read implements Action.Independent<StoreAndModel> {
        @Override
        public Arbitrary<Transformer<StoreAndModel>> transformer() {
            return Arbitraries.of(IDS).map(id -> Transformer.mutate("read " + id, s -> assertThat(
                    s.store.find(ConcernId.of(id))).isEqualTo(Optional.ofNullable(s.model.get(ConcernId.of(id))))));
        }
    }

    /**
     * S1: any sequence of saves, updates, stale updates and reads leaves the store holding exactly what a map from id
     * to (record, version) would hold.
     *
     * @param chain the operations
     */
    /**
     * Skips S1, like the JUnit tests, when the store cannot be created because of an assumption (such as "no database
     * configured"): jqwik would otherwise count every try as rejected and fail the property as exhausted.
     */
    static final class StoreAvailability implements SkipExecutionHook {
        @Override
        public SkipResult shouldBeSkipped(LifecycleContext context) {
            if (context instanceof PropertyLifecycleContext property
                    && property.testInstance() instanceof ConcernStoreContract contract) {
                try {
                    contract.newStore();
                } catch (TestAbortedException e) {
                    return SkipResult.skip(e.getMessage());
                }
            }
            return SkipResult.doNotSkip();
        }
    }

    @Property(tries = 60)
    @AddLifecycleHook(StoreAvailability.class)
    @Label("S1 any sequence of saves, updates, stale updates and reads behaves like a map of versioned records")
    void s1(@ForAll("operations") ActionChain<StoreAndModel> chain) {
        chain.withInvariant("store agrees with model", StoreAndModel::check).run();
    }

    @Provide
    Arbitrary<ActionChain<StoreAndModel>> operations() {
        return ActionChain.startWith(() -> new StoreAndModel(newStore()))
                .withAction(3, new SaveNew())
                .withAction(3, new Update())
                .withAction(1, new StaleUpdate())
                .withAction(1, new Read())
                .withMaxTransformations(25);
    }
}
