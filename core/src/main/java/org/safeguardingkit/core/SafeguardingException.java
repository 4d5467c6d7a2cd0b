package org.safeguardingkit.core;

/**
 * The root of the library's unchecked exceptions, for bad input and programming errors. Every message starts with a
 * stable code ({@code SGK-nnnn: ...}) so that vendors can match on it, and never contains the free text of a record.
 */
public class SafeguardingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message the message, starting with its stable code
     */
    public SafeguardingException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message the message, starting with its stable code
     * @param cause the cause
     */
    public SafeguardingException(String message, Throwable cause) {
        super(message, cause);
    }
}
