package org.safeguardingkit.categories.governance;

import org.safeguardingkit.categories.TaxonomyException;

/**
 * A governance step that cannot be taken: an unknown or already decided request, an actor who may not
 * decide, or a change that does not fit the current version (e.g. renaming a code that does not exist).
 * The message starts with a stable code.
 */
public class GovernanceException extends TaxonomyException {

    private static final long serialVersionUID = 1L;

    /** An error whose message starts with its stable code. */
    public GovernanceException(String message) {
        super(message);
    }
}
