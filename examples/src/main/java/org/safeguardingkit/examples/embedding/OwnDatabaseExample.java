package org.safeguardingkit.examples.embedding;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.model.StaffRole;
import org.safeguardingkit.core.spi.AuditEvent;
import org.safeguardingkit.core.spi.ConcernStore;
import org.safeguardingkit.core.spi.StaleVersionException;
import org.safeguardingkit.core.spi.Versioned;
import org.safeguardingkit.examples.jdbc.JdbcAuditLog;
import org.safeguardingkit.examples.jdbc.JdbcConcernStore;
import org.safeguardingkit.examples.jdbc.JdbcSchema;

/**
 * Keeping records in your own database through the storage SPI. The JDBC store in
 * {@code org.safeguardingkit.examples.jdbc} is a complete implementation over plain JDBC (H2, PostgreSQL) to copy
 * or adapt; your own implementation proves itself by extending the conformance kit ({@code ConcernStoreContract}).
 *
 * <pre>{@code
 * JdbcSchema.migrate(dataSource);                       // Flyway: creates or upgrades the tables
 * ConcernStore store = JdbcConcernStore.of(dataSource);
 * Versioned<Concern> saved = store.save(concern, Versioned.NEW);
 * store.save(saved.value().withSummary(corrected), saved.version());   // StaleVersionException if overtaken
 * }</pre>
 */
public final class OwnDatabaseExample {

    private OwnDatabaseExample() {
    }

    /**
     * Saves, updates (losing no update), streams and audits a record in an in-memory H2 database.
     *
     * @param out where to print
     * @return the record's final version
     */
    public static long run(PrintStream out) {
        JdbcDataSource dataSource = new JdbcDataSource();   // in production: your pooled DataSource
        dataSource.setURL("jdbc:h2:mem:own-database-example;DB_CLOSE_DELAY=-1");
        out.println("Migrations run: " + JdbcSchema.migrate(dataSource));

        ConcernStore store = JdbcConcernStore.of(dataSource);
        JdbcAuditLog audit = JdbcAuditLog.of(dataSource);
        StaffId dsl = StaffId.of("s-1");

        Concern concern = Concern.builder().id("c-1")
                .pupil(Pupil.of(PupilId.of("p-42"), Sex.F, 9))
                .occurredAt(Instant.parse("2026-10-03T12:40:00Z"))
                .recordedAt(Instant.parse("2026-10-03T15:10:00Z"))
                .recordedBy(StaffRef.of(StaffId.of("s-7"), StaffRole.TEACHER))
                .summary("She said \"he keeps sending me pictures\".")
                .addCategory("hsb.image-sharing")
                .build();
        Versioned<Concern> saved = store.save(concern, Versioned.NEW);
        audit.append(new AuditEvent(0, Instant.now(), StaffId.of("s-7"), "CREATE", Optional.of(concern.id()), ""));
        out.println("Saved " + saved.value().id() + " at version " + saved.version());

        // Another writer (say, the DSL's screen) updates first ...
        store.save(saved.value().toBuilder().addCategory("online.contact").build(), saved.version());
        // ... so our update, quoting the version we read, is refused and nothing is written:
        try {
            store.save(saved.value().withSummary(saved.value().summary() + " Parents informed."), saved.version());
        } catch (StaleVersionException stale) {
            out.println("Refused: " + stale.getMessage());
        }
        // The fix: re-read, re-apply the change, save again.
        long version = update(store, concern.id(), c -> c.withSummary(c.summary() + " Parents informed."));
        audit.append(new AuditEvent(0, Instant.now(), dsl, "UPDATE", Optional.of(concern.id()), ""));
        out.println("Updated to version " + version);

        Interval autumn = Interval.ofDays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 20),
                ZoneId.of("Europe/London"));
        try (Stream<Concern> term = store.streamByCategory("online.contact", autumn)) {
            term.forEach(c -> out.println("This term, online contact: " + c.id() + " " + c.categories()));
        }
        out.println("Audit trail intact: " + audit.verify().isEmpty() + " (" + audit.eventsFor(concern.id()).size()
                + " events)");
        return version;
    }

    private static long update(ConcernStore store, ConcernId id, java.util.function.UnaryOperator<Concern> change) {
        while (true) {
            Versioned<Concern> current = store.find(id).orElseThrow();
            try {
                return store.save(change.apply(current.value()), current.version()).version();
            } catch (StaleVersionException overtaken) {
                // someone saved in between: read again and re-apply
            }
        }
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }

}
