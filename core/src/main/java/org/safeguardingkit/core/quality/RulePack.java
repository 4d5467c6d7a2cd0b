package org.safeguardingkit.core.quality;

import java.util.List;

/**
 * SPI: a pack of rules, discovered with {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/org.safeguardingkit.core.quality.RulePack}). The library's own rules come in
 * {@code StandardRules}; a vendor adds its own rules in its own jar, and a {@link RuleSet} names them by id.
 *
 * <p>Implementations need a public no-argument constructor and must return thread-safe, stateless rules.
 */
public interface RulePack {

    /**
     * The rules of this pack, in the order they run.
     *
     * @return the rules; ids must be unique across all packs
     */
    List<Rule> rules();
}
