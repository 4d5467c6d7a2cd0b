package org.safeguardingkit.categories.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguardingkit.categories.CategoryDefinition;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyReader;
import org.safeguardingkit.categories.TaxonomyWriter;

/** The snippet in docs/taxonomy.md ("How a trust locks its taxonomy and a school requests a category"), run. */
class TrustWorkflowExampleTest {

    @Test
    void trustLocksItsTaxonomyAndASchoolRequestsACategory(@TempDir Path dir) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-09-01T09:00:00Z"), ZoneOffset.UTC);
        Path file = dir.resolve("oak-trust.yaml");
        java.io.StringWriter printed = new java.io.StringWriter();
        java.io.PrintWriter out = new java.io.PrintWriter(printed, true);
        // tag::trust-workflow[]
        // 1. The trust starts from the reference taxonomy, names it, locks it and publishes it.
        Taxonomy trust = Taxonomy.of(Taxonomy.sgkitDefault().toDefinition()
                .withId("oak-trust").withVersion("2026.1").withLocked(true));
        TaxonomyWriter.write(trust, file);                          // oak-trust.yaml, for every school

        // 2. Every school loads the same file; problems come back all at once, each with its path.
        TaxonomyGovernance governance = TaxonomyGovernance.of(TaxonomyReader.read(file), clock);
        Actor school = Actor.school("st-marys/dsl");
        Actor officer = Actor.trust("oak-trust/safeguarding-officer");
        Change phones = Change.add(CategoryDefinition.of("behaviour.mobile-phone", "Mobile phone",
                "Using a mobile phone in school against the trust's phone policy."), "behaviour");

        // 3. A school cannot amend a locked taxonomy...
        try {
            governance.change(phones, school, "We need a phone category");
        } catch (TaxonomyLockedException refused) {
            out.println(refused.getMessage());              // SGK-0230: taxonomy 'oak-trust' 2026.1 is locked ...
        }

        // 4. ...so it requests the category in writing, with its reason.
        ChangeRequest request = governance.submit(phones, school, "Phones are a third of our behaviour incidents");

        // 5. The trust safeguarding officer approves it (or rejects it with a reason): a new version.
        Decision decision = governance.approve(request.id(), officer, "Agreed for all schools from September");
        Taxonomy next = governance.current();                      // oak-trust 2026.2, still locked
        TaxonomyWriter.write(next, file);

        // 6. Every decision is on record.
        for (Decision d : governance.decisions().entries()) {
            out.println(d.decidedAt() + " " + d.outcome() + " " + d.change() + " by " + d.decidedBy());
        }
        // end::trust-workflow[]

        assertThat(printed.toString()).contains("SGK-0230: taxonomy 'oak-trust' 2026.1 is locked")
                .contains("2026-09-01T09:00:00Z APPROVED add behaviour.mobile-phone under behaviour by trust:");
        assertThat(decision.toVersion()).contains("2026.2");
        assertThat(next.locked()).isTrue();
        assertThat(TaxonomyReader.read(file).isA("behaviour.mobile-phone", "behaviour")).isTrue();
        assertThat(TaxonomyReader.read(file)).isEqualTo(next);
        assertThat(governance.decisions().entries()).extracting(Decision::outcome)
                .containsExactly(Decision.Outcome.REFUSED, Decision.Outcome.APPROVED);
    }
}
