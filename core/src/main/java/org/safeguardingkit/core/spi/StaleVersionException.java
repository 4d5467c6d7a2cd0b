package org.safeguardingkit.core.spi;

import org.safeguardingkit.core.SafeguardingException;
import org.safeguardingkit.core.model.ConcernId;

/**
 * A save quoted a version that is not the stored one: another writer saved first (or the record already exists, or
 * does not exist yet). Re-read, re-apply the change and save again; nothing was written.
 */
public final class StaleVersionException extends SafeguardingException {

    private static final long serialVersionUID = 1L;

    private final transient ConcernId id;
    private final long expected;
    private final long actual;

    /**
     * Creates the exception.
     *
     * @param id the record
     * @param expected the version the caller quoted
     * @param actual the version the store holds ({@link Versioned#NEW} if none)
     */
    public StaleVersionException(ConcernId id, long expected, long actual) {
        super("SGK-0801: concern " + id + ": save quoted version " + expected + " but the store holds "
                + (actual == Versioned.NEW ? "none" : "version " + actual));
        this.id = id;
        this.expected = expected;
        this.actual = actual;
    }

    /** @return the record's id */
    public ConcernId id() {
        return id;
    }

    /** @return the version the caller quoted */
    public long expected() {
        return expected;
    }

    /** @return the version the store holds, {@link Versioned#NEW} if none */
    public long actual() {
        return actual;
    }
}
