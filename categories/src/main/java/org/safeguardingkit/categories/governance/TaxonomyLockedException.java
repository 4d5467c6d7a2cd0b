package org.safeguardingkit.categories.governance;

/**
 * A school tried to change a locked taxonomy directly. Schools must not amend a locked taxonomy; they
 * submit a {@link ChangeRequest} to the trust instead.
 */
public class TaxonomyLockedException extends GovernanceException {

    private static final long serialVersionUID = 1L;

    /** An error naming the taxonomy, its version and who tried. */
    public TaxonomyLockedException(String taxonomyId, String version, Actor actor) {
        super("SGK-0230: taxonomy '" + taxonomyId + "' " + version + " is locked by the trust; " + actor
                + " must not amend it: submit a change request to the trust safeguarding officer instead");
    }
}
