package org.safeguardingkit.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.spi.ConcernStore;
import org.safeguardingkit.core.spi.StaleVersionException;
import org.safeguardingkit.core.spi.Versioned;

/**
 * A {@link ConcernStore} over plain JDBC: each record is one row holding the v1 JSON document (PostgreSQL
 * {@code jsonb}, H2 JSON text) with a {@code version} column for optimistic versioning and indexed columns for the
 * queries (pupil, when it occurred, a category join table). Create the tables first with {@link JdbcSchema}.
 *
 * <pre>{@code
 * JdbcSchema.migrate(dataSource);
 * ConcernStore store = JdbcConcernStore.of(dataSource);
 * Versioned<Concern> saved = store.save(concern, Versioned.NEW);
 * store.save(saved.value().withSummary(text), saved.version());  // StaleVersionException if someone saved first
 * }</pre>
 *
 * <p>An update is {@code UPDATE ... WHERE id = ? AND version = ?}: when no row matches, nothing is written and the
 * caller gets a {@link StaleVersionException}; a second insert of the same id hits the primary key and gets one too.
 * {@link #stream(Interval)} and {@link #streamByCategory(String, Interval)} read with a fetch size (a cursor on
 * PostgreSQL) and hold one connection until the stream is closed.
 *
 * <p>This class is immutable and thread-safe (each call borrows its own connection from the data source).
 */
public final class JdbcConcernStore implements ConcernStore {

    private static final String COLUMNS = "c.document";
    private static final String ORDER = " ORDER BY c.occurred_sec, c.occurred_nano, c.id";
    private static final String IN_PERIOD = "(c.occurred_sec, c.occurred_nano) >= (?, ?)"
            + " AND (c.occurred_sec, c.occurred_nano) < (?, ?)";

    /** The default number of rows a stream fetches at a time. */
    public static final int DEFAULT_FETCH_SIZE = 256;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final int fetchSize;
    private final ConcernJson json = ConcernJson.create();

    private JdbcConcernStore(DataSource dataSource, int fetchSize) {
        this.dataSource = dataSource;
        this.dialect = Dialect.of(dataSource);
        this.fetchSize = fetchSize;
    }

    /**
     * A store on a database whose schema {@link JdbcSchema} has migrated.
     *
     * @param dataSource the database; use a connection pool in production, each call borrows a connection
     * @return the store
     */
    public static JdbcConcernStore of(DataSource dataSource) {
        return of(dataSource, DEFAULT_FETCH_SIZE);
    }

    /**
     * A store that streams with a given fetch size.
     *
     * @param dataSource the database
     * @param fetchSize how many rows a stream fetches at a time, at least 1
     * @return the store
     */
    public static JdbcConcernStore of(DataSource dataSource, int fetchSize) {
        if (fetchSize < 1) {
            throw new IllegalArgumentException("SGK-0605: fetchSize must be at least 1, was " + fetchSize);
        }
        return new JdbcConcernStore(Objects.requireNonNull(dataSource, "dataSource"), fetchSize);
    }

    @Override
    public Versioned<Concern> save(Concern concern, long expectedVersion) {
        Objects.requireNonNull(concern, "concern");
        if (expectedVersion < Versioned.NEW) {
            throw new IllegalArgumentException("SGK-0602: expectedVersion must be Versioned.NEW (0) or a stored"
                    + " version, was " + expectedVersion);
        }
        String document = json.write(concern);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            boolean written;
            try {
                written = expectedVersion == Versioned.NEW ? insert(c, concern, document)
                        : update(c, concern, document, expectedVersion);
                if (written) {
                    writeCategories(c, concern);
                    c.commit();
                } else {
                    c.rollback();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                if (e instanceof SQLException sql && Dialect.isConflict(sql)) {
                    written = false;
                } else {
                    throw e;
                }
            } finally {
                c.setAutoCommit(true);
            }
            if (!written) {
                throw new StaleVersionException(concern.id(), expectedVersion, storedVersion(c, concern.id()));
            }
            return new Versioned<>(concern, expectedVersion + 1);
        } catch (SQLException e) {
            throw new JdbcStoreException("save", e);
        }
    }

    private boolean insert(Connection c, Concern concern, String document) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sgk_concern"
                + " (id, version, pupil_id, occurred_sec, occurred_nano, document) VALUES (?, 1, ?, ?, ?, "
                + dialect.documentParameter() + ")")) {
            s.setString(1, concern.id().value());
            s.setString(2, concern.pupil().id().value());
            s.setLong(3, concern.occurredAt().getEpochSecond());
            s.setInt(4, concern.occurredAt().getNano());
            s.setString(5, document);
            return s.executeUpdate() == 1;
        }
    }

    private boolean update(Connection c, Concern concern, String document, long expectedVersion)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE sgk_concern SET version = ?, pupil_id = ?,"
                + " occurred_sec = ?, occurred_nano = ?, document = " + dialect.documentParameter()
                + " WHERE id = ? AND version = ?")) {
            s.setLong(1, expectedVersion + 1);
            s.setString(2, concern.pupil().id().value());
            s.setLong(3, concern.occurredAt().getEpochSecond());
            s.setInt(4, concern.occurredAt().getNano());
            s.setString(5, document);
            s.setString(6, concern.id().value());
            s.setLong(7, expectedVersion);
            if (s.executeUpdate() != 1) {
                return false;
            }
        }
        try (PreparedStatement s = c.prepareStatement("DELETE FROM sgk_concern_category WHERE concern_id = ?")) {
            s.setString(1, concern.id().value());
            s.executeUpdate();
        }
        return true;
    }

    private static void writeCategories(Connection c, Concern concern) throws SQLException {
        if (concern.categories().isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO sgk_concern_category (concern_id, code) VALUES (?, ?)")) {
            for (String code : new LinkedHashSet<>(concern.categories())) {
                s.setString(1, concern.id().value());
                s.setString(2, code);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static long storedVersion(Connection c, ConcernId id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT version FROM sgk_concern WHERE id = ?")) {
            s.setString(1, id.value());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : Versioned.NEW;
            }
        }
    }

    @Override
    public Optional<Versioned<Concern>> find(ConcernId id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT document, version FROM sgk_concern WHERE id = ?")) {
            s.setString(1, id.value());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Versioned<>(read(r.getString(1)), r.getLong(2)));
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("find", e);
        }
    }

    @Override
    public List<Concern> findByPupil(PupilId pupil) {
        Objects.requireNonNull(pupil, "pupil");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM sgk_concern c"
                        + " WHERE c.pupil_id = ?" + ORDER)) {
            s.setString(1, pupil.value());
            List<Concern> concerns = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    concerns.add(read(r.getString(1)));
                }
            }
            return List.copyOf(concerns);
        } catch (SQLException e) {
            throw new JdbcStoreException("findByPupil", e);
        }
    }

    @Override
    public Stream<Concern> stream(Interval period) {
        Objects.requireNonNull(period, "period");
        return RowStream.open(dataSource, fetchSize, "stream", "SELECT " + COLUMNS + " FROM sgk_concern c WHERE " + IN_PERIOD
                + ORDER, s -> bindPeriod(s, 1, period), r -> read(r.getString(1)));
    }

    @Override
    public Stream<Concern> streamByCategory(String categoryCode, Interval period) {
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(period, "period");
        return RowStream.open(dataSource, fetchSize, "streamByCategory", "SELECT " + COLUMNS + " FROM sgk_concern c"
                + " JOIN sgk_concern_category k ON k.concern_id = c.id WHERE k.code = ? AND " + IN_PERIOD + ORDER,
                s -> {
                    s.setString(1, categoryCode);
                    bindPeriod(s, 2, period);
                }, r -> read(r.getString(1)));
    }

    private static void bindPeriod(PreparedStatement s, int first, Interval period) throws SQLException {
        Instant start = period.start();
        Instant end = period.end();
        s.setLong(first, start.getEpochSecond());
        s.setInt(first + 1, start.getNano());
        s.setLong(first + 2, end.getEpochSecond());
        s.setInt(first + 3, end.getNano());
    }

    @Override
    public long count() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM sgk_concern");
                ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new JdbcStoreException("count", e);
        }
    }

    private Concern read(String document) {
        return json.read(document);
    }
}
