package org.safeguardingkit.examples.jdbc;

import java.sql.SQLException;
import org.safeguardingkit.core.SafeguardingException;

/**
 * The database failed (connection lost, schema missing, ...). The message carries a stable code, the operation and
 * the SQL state; never record text.
 */
public final class JdbcStoreException extends SafeguardingException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param operation what the store was doing, e.g. {@code "save"}
     * @param cause the driver's exception
     */
    public JdbcStoreException(String operation, SQLException cause) {
        super("SGK-0601: database error during " + operation + " (SQL state " + cause.getSQLState() + ")", cause);
    }
}
