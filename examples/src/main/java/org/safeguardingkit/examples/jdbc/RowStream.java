package org.safeguardingkit.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;

/**
 * A lazy stream over a query's rows, fetched in batches (a server-side cursor on PostgreSQL); closing the stream
 * closes the result set, the statement and the connection (internal).
 */
final class RowStream {

    /** Reads a value from the current row. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Binds a statement's parameters. */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private RowStream() {
    }

    static <T> Stream<T> open(DataSource dataSource, int fetchSize, String operation, String sql, Binder binder,
            RowReader<T> reader) {
        Connection connection = null;
        PreparedStatement statement = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false); // PostgreSQL only streams with a cursor inside a transaction
            connection.setReadOnly(true);
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(fetchSize);
            binder.bind(statement);
            ResultSet rows = statement.executeQuery();
            Connection c = connection;
            PreparedStatement s = statement;
            Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL) {
                @Override
                public boolean tryAdvance(Consumer<? super T> action) {
                    try {
                        if (!rows.next()) {
                            return false;
                        }
                        action.accept(reader.read(rows));
                        return true;
                    } catch (SQLException e) {
                        throw new JdbcStoreException(operation, e);
                    }
                }
            };
            return StreamSupport.stream(spliterator, false).onClose(() -> close(operation, rows, s, c));
        } catch (SQLException e) {
            close(operation, null, statement, connection);
            throw new JdbcStoreException(operation, e);
        }
    }

    private static void close(String operation, ResultSet rows, PreparedStatement statement, Connection connection) {
        SQLException failure = null;
        try {
            if (rows != null) {
                rows.close();
            }
        } catch (SQLException e) {
            failure = e;
        }
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            failure = failure == null ? e : failure;
        }
        if (connection != null) {
            try {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new JdbcStoreException(operation + " (closing)", failure);
        }
    }
}
