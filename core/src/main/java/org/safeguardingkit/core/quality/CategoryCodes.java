package org.safeguardingkit.core.quality;

import java.util.Objects;
import java.util.Optional;
import org.safeguardingkit.categories.Taxonomy;

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
     * The current code to use instead of this one, when {@code code} is an alias or a retired code that the
     * taxonomy still resolves.
     *
     * @param code a code
     * @return the code to suggest
     */
    default Optional<String> suggest(String code) {
        return Optional.empty();
    }

    /**
     * The codes of a taxonomy: current codes, aliases and retired codes that resolve are accepted; for the latter
     * two the current code is suggested.
     *
     * @param taxonomy the active taxonomy
     * @return its codes
     */
    static CategoryCodes of(Taxonomy taxonomy) {
        Objects.requireNonNull(taxonomy, "taxonomy");
        return new CategoryCodes() {
            @Override
            public boolean contains(String code) {
                return taxonomy.contains(code);
            }

            @Override
            public Optional<String> suggest(String code) {
                return taxonomy.resolve(code).filter(c -> !c.equals(code));
            }
        };
    }

    /**
     * Accepts every code: only the presence of a category is checked.
     *
     * @return codes that contain everything
     */
    static CategoryCodes any() {
        return code -> true;
    }
}
