package org.safeguardingkit.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.spi.AuditEvent;
import org.safeguardingkit.core.spi.AuditLog;
import org.safeguardingkit.core.spi.AuditSeal;

/**
 * An append-only {@link AuditLog} over plain JDBC. Sequence numbers are gapless (1, 2, 3, ...): an append increments
 * a one-row counter and inserts the event in one transaction, so concurrent appenders take turns on the counter's
 * row lock (and retry on a serialization failure). Event rows are only ever inserted, each with its
 * {@link AuditSeal} digest (a SHA-256 hash chain), so {@link #verify()} detects an event changed, removed or
 * reordered in the database behind the log's back. Create the tables first with {@link JdbcSchema}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JdbcAuditLog implements AuditLog {

    private static final int MAX_ATTEMPTS = 100;
    private static final String COLUMNS = "sequence, at_sec, at_nano, actor, action, concern_id, detail";

    private final DataSource dataSource;

    private JdbcAuditLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * An audit log on a database whose schema {@link JdbcSchema} has migrated.
     *
     * @param dataSource the database
     * @return the log
     */
    public static JdbcAuditLog of(DataSource dataSource) {
        return new JdbcAuditLog(Objects.requireNonNull(dataSource, "dataSource"));
    }

    @Override
    public AuditEvent append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        SQLException last = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    long sequence = nextSequence(c);
                    AuditEvent stored = new AuditEvent(sequence, event.at(), event.actor(), event.action(),
                            event.concern(), event.detail());
                    insert(c, stored, AuditSeal.digest(previousDigest(c, sequence), stored));
                    c.commit();
                    return stored;
                } catch (SQLException e) {
                    c.rollback();
                    if (!Dialect.isConflict(e)) {
                        throw e;
                    }
                    last = e;
                } finally {
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new JdbcStoreException("append", e);
            }
        }
        throw new JdbcStoreException("append (gave up after " + MAX_ATTEMPTS + " concurrent attempts)", last);
    }

    private static long nextSequence(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sgk_audit_sequence SET last = last + 1")) {
            s.executeUpdate(); // locks the counter row until this transaction ends
        }
        try (PreparedStatement s = c.prepareStatement("SELECT last FROM sgk_audit_sequence");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String previousDigest(Connection c, long sequence) throws SQLException {
        if (sequence == 1) {
            return AuditSeal.GENESIS;
        }
        try (PreparedStatement s = c.prepareStatement("SELECT digest FROM sgk_audit_event WHERE sequence = ?")) {
            s.setLong(1, sequence - 1);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("SGK-0606: audit event " + (sequence - 1)
                            + " is missing: the trail was tampered with");
                }
                return r.getString(1);
            }
        }
    }

    private static void insert(Connection c, AuditEvent event, String digest) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sgk_audit_event (" + COLUMNS
                + ", digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, event.sequence());
            s.setLong(2, event.at().getEpochSecond());
            s.setInt(3, event.at().getNano());
            s.setString(4, event.actor().value());
            s.setString(5, event.action());
            s.setString(6, event.concern().map(ConcernId::value).orElse(null));
            s.setString(7, event.detail());
            s.setString(8, digest);
            s.executeUpdate();
        }
    }

    @Override
    public Stream<AuditEvent> events() {
        return RowStream.open(dataSource, JdbcConcernStore.DEFAULT_FETCH_SIZE, "events", "SELECT " + COLUMNS + " FROM sgk_audit_event ORDER BY sequence",
                s -> { }, JdbcAuditLog::read);
    }

    /**
     * The trail with each event's stored seal, in order of sequence. The caller closes the stream.
     *
     * @return the seals
     */
    public Stream<AuditSeal> seals() {
        return RowStream.open(dataSource, JdbcConcernStore.DEFAULT_FETCH_SIZE, "seals", "SELECT " + COLUMNS
                + ", digest FROM sgk_audit_event ORDER BY sequence", s -> { },
                r -> new AuditSeal(read(r), r.getString(8)));
    }

    /**
     * Checks the stored hash chain, streaming (constant memory): each digest must follow from the one before and the
     * sequence numbers must run 1, 2, 3, ... without gaps.
     *
     * @return the sequence number of the first event that does not check, or empty if the trail is intact
     */
    public OptionalLong verify() {
        try (Stream<AuditSeal> seals = seals()) {
            String previous = AuditSeal.GENESIS;
            long expected = 1;
            for (Iterator<AuditSeal> it = seals.iterator(); it.hasNext();) {
                AuditSeal seal = it.next();
                if (seal.event().sequence() != expected
                        || !AuditSeal.digest(previous, seal.event()).equals(seal.digest())) {
                    return OptionalLong.of(expected);
                }
                previous = seal.digest();
                expected++;
            }
            return OptionalLong.empty();
        }
    }

    @Override
    public List<AuditEvent> eventsFor(ConcernId concern) {
        Objects.requireNonNull(concern, "concern");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
                        + " FROM sgk_audit_event WHERE concern_id = ? ORDER BY sequence")) {
            s.setString(1, concern.value());
            List<AuditEvent> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(read(r));
                }
            }
            return List.copyOf(events);
        } catch (SQLException e) {
            throw new JdbcStoreException("eventsFor", e);
        }
    }

    private static AuditEvent read(ResultSet r) throws SQLException {
        return new AuditEvent(r.getLong(1), Instant.ofEpochSecond(r.getLong(2), r.getInt(3)),
                StaffId.of(r.getString(4)), r.getString(5),
                Optional.ofNullable(r.getString(6)).map(ConcernId::of), r.getString(7));
    }
}
