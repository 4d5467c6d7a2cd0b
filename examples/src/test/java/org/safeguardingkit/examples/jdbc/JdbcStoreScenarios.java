package org.safeguardingkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.model.StaffRole;
import org.safeguardingkit.core.spi.AuditEvent;
import org.safeguardingkit.core.spi.DirectoryEntry;
import org.safeguardingkit.core.spi.StaleVersionException;
import org.safeguardingkit.core.spi.Versioned;

/**
 * What is particular to the JDBC store, beyond the conformance kit: JSON round trips with awkward text, streams that
 * outgrow the fetch size, categories in the join table, concurrent writers, gapless audit sequences. Run on H2 and
 * PostgreSQL by the subclasses.
 */
abstract class JdbcStoreScenarios {

    /** @return the database for this test, migrated and empty */
    abstract DataSource database();

    /** A small fetch size, so that a few dozen rows take several fetches. */
    private static final int FETCH_SIZE = 8;

    private JdbcConcernStore store;

    @BeforeEach
    void openStore() {
        store = JdbcConcernStore.of(database(), FETCH_SIZE);
    }

    static Concern concern(String id, String pupil, Instant at, String... categories) {
        return Concern.builder().id(id).pupil(Pupil.of(PupilId.of(pupil), Sex.F, 9)).occurredAt(at)
                .recordedAt(at.plusSeconds(3600)).recordedBy(StaffRef.of(StaffId.of("s-1"), StaffRole.TEACHER))
                .summary("She said \"he keeps sending me pictures\".\nThen: ‘stop’ — 10% 'done' \\ ; DROP TABLE x;")
                .categories(List.of(categories)).build();
    }

    @Test
    @DisplayName("a record comes back exactly as saved, with awkward text, nanoseconds and far-off instants")
    void roundTrip() {
        Concern c = concern("c-1", "p-1", Instant.parse("2026-10-03T12:40:00.123456789Z"), "hsb.image-sharing");
        Concern far = concern("c-2", "p-1", Instant.MIN.plusSeconds(1));
        assertThat(store.save(c, Versioned.NEW)).isEqualTo(new Versioned<>(c, 1));
        store.save(far, Versioned.NEW);
        assertThat(store.find(ConcernId.of("c-1"))).contains(new Versioned<>(c, 1));
        try (Stream<Concern> all = store.stream(Interval.ALL)) {
            assertThat(all).containsExactly(far, c);
        }
    }

    @Test
    @DisplayName("streams read past the fetch size in time order, then by id")
    void streamsManyRows() {
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        int n = FETCH_SIZE * 6 + 5;
        for (int i = 0; i < n; i++) {
            store.save(concern(String.format("c-%04d", n - i), "p-" + (i % 5), base.plusSeconds(i / 3),
                    i % 2 == 0 ? "bullying.verbal" : "behaviour.lateness"), Versioned.NEW);
        }
        try (Stream<Concern> all = store.stream(Interval.ALL)) {
            List<Concern> list = all.collect(Collectors.toList());
            assertThat(list).hasSize(n);
            for (int i = 1; i < list.size(); i++) {
                Concern a = list.get(i - 1);
                Concern b = list.get(i);
                assertThat(a.occurredAt().isBefore(b.occurredAt())
                        || a.occurredAt().equals(b.occurredAt()) && a.id().compareTo(b.id()) < 0).isTrue();
            }
        }
        try (Stream<Concern> verbal = store.streamByCategory("bullying.verbal",
                Interval.between(base, base.plusSeconds(10)))) {
            assertThat(verbal).allMatch(c -> c.categories().contains("bullying.verbal")).hasSize(15);
        }
        assertThat(store.count()).isEqualTo(n);
    }

    @Test
    @DisplayName("an update replaces the category rows; duplicate codes on a record are stored once")
    void categoriesFollowUpdates() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        Versioned<Concern> v1 = store.save(concern("c-1", "p-1", at, "neglect", "neglect"), Versioned.NEW);
        Concern changed = v1.value().toBuilder().categories(List.of("abuse.emotional")).build();
        store.save(changed, v1.version());
        try (Stream<Concern> s = store.streamByCategory("neglect", Interval.ALL)) {
            assertThat(s).isEmpty();
        }
        try (Stream<Concern> s = store.streamByCategory("abuse.emotional", Interval.ALL)) {
            assertThat(s).containsExactly(changed);
        }
    }

    @Test
    @DisplayName("a stale save writes nothing and says which version the store holds")
    void staleSave() {
        Concern c = concern("c-1", "p-1", Instant.parse("2026-03-01T10:00:00Z"), "neglect");
        store.save(c, Versioned.NEW);
        assertThatThrownBy(() -> store.save(c.withSummary("x"), Versioned.NEW))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.actual()).isEqualTo(1));
        assertThatThrownBy(() -> store.save(c.withSummary("x"), 7))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.actual()).isEqualTo(1));
        assertThatThrownBy(() -> store.save(concern("c-9", "p-1", Instant.EPOCH), 1))
                .isInstanceOfSatisfying(StaleVersionException.class,
                        e -> assertThat(e.actual()).isEqualTo(Versioned.NEW));
        assertThat(store.find(c.id())).contains(new Versioned<>(c, 1));
        assertThat(store.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("of concurrent writers quoting the same version exactly one wins; no update is lost")
    void concurrentWriters() throws Exception {
        Concern c = concern("c-1", "p-1", Instant.parse("2026-03-01T10:00:00Z"));
        store.save(c, Versioned.NEW);
        int writers = 8;
        int rounds = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int round = 1; round <= rounds; round++) {
                long version = round;
                List<Callable<Boolean>> tasks = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    String text = "writer " + w + " round " + round;
                    tasks.add(() -> {
                        try {
                            store.save(c.withSummary(text), version);
                            return true;
                        } catch (StaleVersionException e) {
                            return false;
                        }
                    });
                }
                long winners = 0;
                for (Future<Boolean> f : pool.invokeAll(tasks)) {
                    winners += f.get() ? 1 : 0;
                }
                assertThat(winners).as("round %d", round).isEqualTo(1);
                assertThat(store.find(c.id()).orElseThrow().version()).isEqualTo(round + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("concurrent appends get gapless, unique audit sequence numbers")
    void auditSequences() throws Exception {
        JdbcAuditLog log = JdbcAuditLog.of(database());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<AuditEvent>> tasks = IntStream.range(0, 30).<Callable<AuditEvent>>mapToObj(i -> () ->
                    log.append(new AuditEvent(0, Instant.EPOCH.plusNanos(i), StaffId.of("s-" + i), "VIEW",
                            Optional.of(ConcernId.of("c-" + (i % 3))), ""))).collect(Collectors.toList());
            List<Long> sequences = new ArrayList<>();
            for (Future<AuditEvent> f : pool.invokeAll(tasks)) {
                sequences.add(f.get().sequence());
            }
            assertThat(sequences).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, 30).mapToObj(Long::valueOf).collect(Collectors.toList()));
        } finally {
            pool.shutdownNow();
        }
        try (Stream<AuditEvent> events = log.events()) {
            assertThat(events.map(AuditEvent::sequence)).isSorted().hasSize(30);
        }
        assertThat(log.eventsFor(ConcernId.of("c-1"))).hasSize(10);
        assertThat(log.verify()).isEmpty();
    }

    @Test
    @DisplayName("the audit trail's hash chain detects an event changed in the database behind the log's back")
    void auditTampering() throws Exception {
        JdbcAuditLog log = JdbcAuditLog.of(database());
        for (int i = 0; i < 5; i++) {
            log.append(new AuditEvent(0, Instant.EPOCH.plusSeconds(i), StaffId.of("s-1"), "VIEW",
                    Optional.of(ConcernId.of("c-1")), ""));
        }
        assertThat(log.verify()).isEmpty();
        try (java.sql.Connection c = database().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sgk_audit_event SET actor = 's-2' WHERE sequence = 3");
        }
        assertThat(log.verify()).hasValue(3);
    }

    @Test
    @DisplayName("the directory keeps entries, families and names to redact")
    void directory() {
        JdbcPupilDirectory directory = JdbcPupilDirectory.of(database());
        DirectoryEntry amira = new DirectoryEntry(PupilId.of("p-1"), List.of("Amira", "Khan"),
                Optional.of(FamilyId.of("f-1")), List.of("Mrs Khan"));
        DirectoryEntry sami = new DirectoryEntry(PupilId.of("p-2"), List.of("Sami", "Khan"),
                Optional.of(FamilyId.of("f-1")), List.of());
        directory.put(amira);
        directory.put(sami);
        directory.put(sami);
        directory.addStaffName("Mr Hughes");
        directory.addStaffName("Mr Hughes");
        assertThat(directory.find(PupilId.of("p-1"))).contains(amira);
        assertThat(directory.find(PupilId.of("p-3"))).isEmpty();
        assertThat(directory.family(FamilyId.of("f-1"))).containsExactly(amira, sami);
        try (Stream<String> names = directory.namesToRedact()) {
            assertThat(names).containsExactlyInAnyOrder("Amira", "Khan", "Mrs Khan", "Sami", "Mr Hughes");
        }
    }
}
