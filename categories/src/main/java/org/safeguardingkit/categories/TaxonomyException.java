package org.safeguardingkit.categories;

/**
 * The root of every error this module throws about taxonomies. Messages start with a stable code
 * ({@code "SGK-02xx: ..."}) and never contain record text.
 */
public class TaxonomyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with a message that starts with its stable code. */
    public TaxonomyException(String message) {
        super(message);
    }

    /** An error with a message and a cause. */
    public TaxonomyException(String message, Throwable cause) {
        super(message, cause);
    }
}
