package org.safeguardingkit.examples.embedding;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.safeguardingkit.categories.CategoryDefinition;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.governance.Actor;
import org.safeguardingkit.categories.governance.Change;
import org.safeguardingkit.categories.governance.ChangeRequest;
import org.safeguardingkit.categories.governance.TaxonomyGovernance;
import org.safeguardingkit.categories.governance.TaxonomyLockedException;

/**
 * Locking a trust's taxonomy: schools cannot change it, they file change requests that the trust's safeguarding
 * officer approves into a new version; every decision is logged and every version kept.
 *
 * <pre>{@code
 * TaxonomyGovernance governance = TaxonomyGovernance.of(Taxonomy.sgkitDefault(), clock);
 * governance.setLocked(true, Actor.trust("trust/dso"), "Trust-wide categories from September");
 * governance.submit(Change.add(definition, "behaviour"), Actor.school("st-marys/dsl"), reason);
 * governance.approve(requestId, Actor.trust("trust/dso"), "Agreed for all schools");
 * }</pre>
 */
public final class LockTaxonomyExample {

    private LockTaxonomyExample() {
    }

    /**
     * Locks the reference taxonomy, shows a school's direct change refused, and a request approved.
     *
     * @param out where to print
     * @return the taxonomy's final version
     */
    public static Taxonomy run(PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T08:00:00Z"), ZoneOffset.UTC);
        TaxonomyGovernance governance = TaxonomyGovernance.of(Taxonomy.sgkitDefault(), clock);
        Actor trust = Actor.trust("trust/dso");
        Actor school = Actor.school("st-marys/dsl");

        Taxonomy locked = governance.setLocked(true, trust, "Trust-wide categories from September");
        out.println(locked.id() + " " + locked.version() + " locked: " + locked.locked());

        Change phones = Change.add(CategoryDefinition.of("behaviour.mobile-phone", "Mobile phone misuse",
                "Using a mobile phone in lessons or filming others without consent."), "behaviour");
        try {
            governance.change(phones, school, "We need it now");
        } catch (TaxonomyLockedException refused) {
            out.println("Refused: " + refused.getMessage());
        }

        ChangeRequest request = governance.submit(phones, school, "Phones are a third of our behaviour incidents");
        out.println("Request " + request.id() + " pending: " + governance.pending().size());
        governance.approve(request.id(), trust, "Agreed for all schools");

        Taxonomy current = governance.current();
        out.println(current.id() + " " + current.version() + " has behaviour.mobile-phone: "
                + current.isCurrent("behaviour.mobile-phone"));
        out.println("Decisions logged: " + governance.decisions().entries().size());
        return current;
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
