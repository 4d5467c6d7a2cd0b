package org.safeguardingkit.review.engine;

import java.util.Optional;

import org.safeguardingkit.categories.CategoryKind;

/**
 * What the review needs to know of one recorded category code (internal).
 *
 * @param code the taxonomy's current code, or the code as recorded when the taxonomy does not know it
 * @param label the label, or the code
 * @param kind safeguarding or behavioural, if known
 * @param severity 1..5, or 0 when unknown
 * @param hsb harmful sexual behaviour
 * @param lowerLevelHsb lower-level harmful sexual behaviour
 * @param online an online category
 * @param violence a violence or fighting category
 */
public record CategoryInfo(String code, String label, Optional<CategoryKind> kind, int severity, boolean hsb,
        boolean lowerLevelHsb, boolean online, boolean violence) {

    /**
     * Whether the taxonomy knows the code.
     *
     * @return true if known
     */
    public boolean known() {
        return kind.isPresent();
    }
}
