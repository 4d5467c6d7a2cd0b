package org.safeguardingkit.core.quality;

/**
 * The category codes the {@code category} rule accepts: the active taxonomy, seen only through what the rule
 * needs. Wire a taxonomy with {@code CategoryCodes codes = taxonomy::contains}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface CategoryCodes {

    /**
     * Whether {@code code} is a category of the active taxonomy.
     *
     * @param code a category code, e.g. {@code hsb.sexual-harassment}
     * @return {@code true} if known
     */
    boolean contains(String code);

    /**
     * Accepts every code: only the presence of a category is checked.
     *
     * @return codes that contain everything
     */
    static CategoryCodes any() {
        return code -> true;
    }
}
