package org.safeguardingkit.categories.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.categories.CategoryDefinition;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyValidationException;

class TaxonomyGovernanceTest {

    static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOON, ZoneOffset.UTC);
    static final Actor SCHOOL = Actor.school("st-marys/dsl");
    static final Actor TRUST = Actor.trust("trust/dso");

    /** The reference taxonomy as a trust's locked 2025.1. */
    static Taxonomy trustTaxonomy() {
        return Taxonomy.of(Taxonomy.sgkitDefault().toDefinition().withVersion("2025.1").withLocked(true));
    }

    static final CategoryDefinition PHONES = CategoryDefinition.of("behaviour.mobile-phone", "Mobile phone",
            "Using a mobile phone in school against the phone policy.");

    @Nested
    @DisplayName("a locked taxonomy")
    class Locked {

        @Test
        @DisplayName("rejects a school's direct change with a clear error, and logs the refusal")
        void schoolCannotChangeItDirectly() {
            TaxonomyGovernance governance = TaxonomyGovernance.of(trustTaxonomy(), CLOCK);
            assertThatThrownBy(() -> governance.change(Change.add(PHONES, "behaviour"), SCHOOL, "we need it"))
                    .isInstanceOf(TaxonomyLockedException.class)
                    .hasMessageStartingWith("SGK-0230")
                    .hasMessageContaining("is locked")
                    .hasMessageContaining("submit a change request");
            assertThat(governance.current().version()).isEqualTo("2025.1");
            assertThat(governance.decisions().entries()).singleElement()
                    .satisfies(d -> assertThat(d.outcome()).isEqualTo(Decision.Outcome.REFUSED));
        }

        @Test
        @DisplayName("takes a school's request, which the trust approves into a new version")
        void requestThenApprove() {
            TaxonomyGovernance governance = TaxonomyGovernance.of(trustTaxonomy(), CLOCK);
            ChangeRequest request = governance.submit(Change.add(PHONES, "behaviour"), SCHOOL,
                    "Phones are a third of our incidents");
            assertThat(request.id()).isEqualTo("CR-1");
            assertThat(request.requestedAt()).isEqualTo(NOON);
            assertThat(request.againstVersion()).isEqualTo("2025.1");
            assertThat(governance.pending()).containsExactly(request);

            Decision decision = governance.approve(request.id(), TRUST, "Agreed for all schools");

            assertThat(decision.outcome()).isEqualTo(Decision.Outcome.APPROVED);
            assertThat(decision.toVersion()).contains("2025.2");
            assertThat(decision.decidedAt()).isEqualTo(NOON);
            Taxonomy current = governance.current();
            assertThat(current.version()).isEqualTo("2025.2");
            assertThat(current.locked()).isTrue();
            assertThat(current.isA("behaviour.mobile-phone", "behaviour")).isTrue();
            assertThat(governance.version("2025.1").orElseThrow().contains("behaviour.mobile-phone")).isFalse();
            assertThat(governance.pending()).isEmpty();
            assertThat(governance.decisions().forRequest("CR-1")).containsExactly(decision);
        }

        @Test
        @DisplayName("lets only the trust decide requests")
        void schoolCannotApprove() {
            TaxonomyGovernance governance = TaxonomyGovernance.of(trustTaxonomy(), CLOCK);
            ChangeRequest request = governance.submit(Change.add(PHONES, "behaviour"), SCHOOL, "needed");
            assertThatThrownBy(() -> governance.approve(request.id(), Actor.school("other/head"), "fine"))
                    .isInstanceOf(GovernanceException.class).hasMessageStartingWith("SGK-0233");
            assertThat(governance.pending()).hasSize(1);
        }

        @Test
        @DisplayName("records a rejection with its reason and leaves the taxonomy unchanged")
        void reject() {
            TaxonomyGovernance governance = TaxonomyGovernance.of(trustTaxonomy(), CLOCK);
            ChangeRequest request = governance.submit(Change.rename("behaviour.vaping", "behaviour.smoking"),
                    SCHOOL, "we call it smoking");
            Decision decision = governance.reject(request.id(), TRUST, "Vaping is the term in trust policy");
            assertThat(decision.outcome()).isEqualTo(Decision.Outcome.REJECTED);
            assertThat(decision.reason()).isEqualTo("Vaping is the term in trust policy");
            assertThat(governance.current().version()).isEqualTo("2025.1");
            assertThat(governance.versions()).hasSize(1);
            assertThatThrownBy(() -> governance.approve(request.id(), TRUST, "changed my mind"))
                    .isInstanceOf(GovernanceException.class).hasMessageStartingWith("SGK-0232");
            assertThatThrownBy(() -> governance.reject("CR-99", TRUST, "no"))
                    .isInstanceOf(GovernanceException.class).hasMessageStartingWith("SGK-0231");
        }

        @Test
        @DisplayName("lets the trust change it directly and unlock it")
        void trustMayChangeAndUnlock() {
            TaxonomyGovernance governance = TaxonomyGovernance.of(trustTaxonomy(), CLOCK);
            governance.change(Change.add(PHONES, "behaviour"), TRUST, "trust decision");
            assertThatThrownBy(() -> governance.setLocked(false, SCHOOL, "please"))
                    .isInstanceOf(GovernanceException.class);
            Taxonomy unlocked = governance.setLocked(false, TRUST, "pilot year");
            assertThat(unlocked.locked()).isFalse();
            assertThat(unlocked.version()).isEqualTo("2025.3");
            governance.change(Change.retire("behaviour.mobile-phone", "behaviour.other"), SCHOOL, "not needed");
            assertThat(governance.current().resolve("behaviour.mobile-phone")).contains("behaviour.other");
            assertThat(governance.decisions().entries()).extracting(Decision::outcome)
                    .containsOnly(Decision.Outcome.APPLIED);
        }
    }

    @Nested
    @DisplayName("changes")
    class Changes {

        final Taxonomy start = trustTaxonomy();

        @Test
        @DisplayName("a record written under 2025.1 still resolves under later versions")
        void renamesMergesAndRetirementsKeepOldCodesResolvable() {
            TaxonomyGovernance governance = TaxonomyGovernance.of(start, CLOCK);
            approve(governance, Change.rename("child-on-child", "child-on-child.other"));
            approve(governance, Change.merge("bullying.verbal", "bullying.physical"));
            approve(governance, Change.retire("mental-health.anxiety", "mental-health"));
            approve(governance, Change.rename("bullying.physical", "bullying.in-person"), "2026.1");

            Taxonomy v2026 = governance.current();
            assertThat(v2026.version()).isEqualTo("2026.1");
            assertThat(v2026.resolve("peer-on-peer")).contains("child-on-child.other");
            assertThat(v2026.resolve("child-on-child")).contains("child-on-child.other");
            assertThat(v2026.resolve("bullying.verbal")).contains("bullying.in-person");
            assertThat(v2026.resolve("name calling")).as("merged alias").contains("bullying.in-person");
            assertThat(v2026.resolve("mental-health.anxiety")).contains("mental-health");
            assertThat(v2026.isCurrent("bullying.verbal")).isFalse();
            assertThat(v2026.find("bullying.verbal").orElseThrow().flags())
                    .as("kind and flags come from the successor").contains(
                            org.safeguardingkit.categories.CategoryFlag.CHILD_ON_CHILD);
        }

        @Test
        @DisplayName("a request that no longer fits when it is decided stays pending with a clear error")
        void requestOvertakenByAnother() {
            TaxonomyGovernance governance = TaxonomyGovernance.of(start, CLOCK);
            ChangeRequest first = governance.submit(Change.rename("behaviour.vaping", "behaviour.e-cigarettes"),
                    SCHOOL, "clearer");
            ChangeRequest second = governance.submit(Change.rename("behaviour.vaping", "behaviour.vapes"),
                    Actor.school("oak-primary/dsl"), "shorter");
            governance.approve(first.id(), TRUST, "ok");
            assertThatThrownBy(() -> governance.approve(second.id(), TRUST, "ok"))
                    .isInstanceOf(GovernanceException.class).hasMessageStartingWith("SGK-0234")
                    .hasMessageContaining("now resolves to 'behaviour.e-cigarettes'");
            assertThat(governance.pending()).containsExactly(second);
            governance.reject(second.id(), TRUST, "already renamed under CR-1");
            assertThat(governance.decisions().entries()).extracting(Decision::outcome)
                    .containsExactly(Decision.Outcome.APPROVED, Decision.Outcome.REJECTED);
            assertThat(governance.current().resolve("behaviour.vaping")).contains("behaviour.e-cigarettes");
        }

        @Test
        void mergeMovesChildren() {
            Taxonomy merged = Change.merge("violence", "exploitation").applyTo(start, "x");
            assertThat(merged.isA("violence.weapon", "exploitation")).isTrue();
            assertThat(merged.resolve("violence")).contains("exploitation");
        }

        @Test
        void changesThatDoNotFitAreRefusedAtSubmission() {
            TaxonomyGovernance governance = TaxonomyGovernance.of(start, CLOCK);
            assertThatThrownBy(() -> governance.submit(Change.rename("no-such", "x"), SCHOOL, "why"))
                    .isInstanceOf(GovernanceException.class).hasMessageStartingWith("SGK-0234");
            assertThatThrownBy(() -> governance.submit(Change.add(PHONES.withCode("behaviour.theft")), SCHOOL,
                    "why")).isInstanceOf(GovernanceException.class).hasMessageContaining("already in use");
            assertThatThrownBy(() -> governance.submit(Change.rename("child-on-child", "peer-on-peer"), SCHOOL,
                    "old name")).isInstanceOf(GovernanceException.class).hasMessageContaining("was retired");
            assertThatThrownBy(() -> governance.submit(Change.retire("hsb"), SCHOOL, "why"))
                    .isInstanceOf(GovernanceException.class).hasMessageStartingWith("SGK-0236");
            assertThatThrownBy(() -> governance.submit(Change.merge("hsb", "hsb.upskirting"), SCHOOL, "why"))
                    .isInstanceOf(GovernanceException.class).hasMessageContaining("own descendant");
            assertThatThrownBy(() -> governance.submit(Change.add(CategoryDefinition.of("x", "X", "")), SCHOOL,
                    "why")).isInstanceOf(TaxonomyValidationException.class);
            assertThatThrownBy(() -> governance.submit(Change.add(PHONES, "behaviour"), SCHOOL, " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("SGK-0241");
            assertThat(governance.pending()).isEmpty();
        }

        @Test
        void aliasesAreNotCurrentCodes() {
            assertThatThrownBy(() -> Change.rename("sexism", "hsb.sexism").applyTo(start, "x"))
                    .isInstanceOf(GovernanceException.class).hasMessageContaining("resolves to 'hsb.sexist-language'");
        }

        @Test
        void retiringWithoutSuccessorKeepsTheCodeOutOfUse() {
            Taxonomy next = Change.retire("behaviour.lateness").applyTo(start, "x");
            assertThat(next.contains("behaviour.lateness")).isFalse();
            assertThatThrownBy(() -> Change.add(PHONES.withCode("behaviour.lateness"), "behaviour")
                    .applyTo(next, "y")).isInstanceOf(GovernanceException.class);
        }

        private void approve(TaxonomyGovernance governance, Change change) {
            ChangeRequest r = governance.submit(change, SCHOOL, "tidy up");
            governance.approve(r.id(), TRUST, "ok");
        }

        private void approve(TaxonomyGovernance governance, Change change, String version) {
            ChangeRequest r = governance.submit(change, SCHOOL, "tidy up");
            governance.approve(r.id(), TRUST, "ok", version);
        }
    }

    @Test
    void nextVersion() {
        assertThat(TaxonomyGovernance.nextVersion("2026.1")).isEqualTo("2026.2");
        assertThat(TaxonomyGovernance.nextVersion("2026.9")).isEqualTo("2026.10");
        assertThat(TaxonomyGovernance.nextVersion("v3")).isEqualTo("v4");
        assertThat(TaxonomyGovernance.nextVersion("draft")).isEqualTo("draft.1");
    }

    @Test
    void decisionsNeedReasonsForRejections() {
        assertThatThrownBy(() -> new Decision(Optional.of("CR-1"), "x", Decision.Outcome.REJECTED, TRUST, "",
                NOON, "1", Optional.empty())).hasMessageStartingWith("SGK-0242");
    }
}
