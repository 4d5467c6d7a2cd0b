package org.safeguardingkit.examples.importer;

import org.safeguardingkit.core.SafeguardingException;

/**
 * An import cannot start or cannot go on: the mapping is invalid, a mapped column is missing from the export's
 * header, the pseudonym key is missing, the file cannot be read. The message has a stable code and names the mapping
 * field or column; it never contains a cell's value.
 */
public class ImportException extends SafeguardingException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message the message, starting with its stable code
     */
    public ImportException(String message) {
        super(message);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param message the message, starting with its stable code
     * @param cause the cause
     */
    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
