package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.QualityChecker;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.quality.Severity;

/**
 * Entries a rule set adds to the child-voice and rationale lexicons take effect (the rules skip the look-ups only
 * when the rule set adds none), and a rule set without them is not affected by another's.
 */
class RuleSetLexiconTest {

    private static Concern record(String summary) {
        return Concern.builder().id("c-1").pupil(Pupil.of(PupilId.of("p-1")))
                .occurredAt(Instant.parse("2026-01-05T10:00:00Z")).recordedAt(Instant.parse("2026-01-05T11:00:00Z"))
                .recordedBy(StaffRef.of(StaffId.of("s-1"))).summary(summary).build();
    }

    @Test
    @DisplayName("hasLexicon tells whether a rule set adds entries to a rule's lists")
    void hasLexicon() {
        RuleSet extended = RuleSet.builder().lexicon(ChildVoiceRule.ID, "speechVerbs", List.of("squeaked")).build();
        assertThat(extended.hasLexicon(ChildVoiceRule.ID)).isTrue();
        assertThat(extended.hasLexicon(RationaleRule.ID)).isFalse();
        assertThat(RuleSet.defaults().hasLexicon(ChildVoiceRule.ID)).isFalse();
    }

    @Test
    @DisplayName("an added speech verb makes the child's words count as their voice")
    void childVoiceSpeechVerb() {
        Concern c = record("Amira squeaked that she is scared of going home.");
        QualityChecker plain = QualityChecker.of(RuleSet.builder().rules(List.of(new ChildVoiceRule())).build());
        QualityChecker extended = QualityChecker.of(RuleSet.builder().rules(List.of(new ChildVoiceRule()))
                .lexicon(ChildVoiceRule.ID, "speechVerbs", List.of("Squeaked")).build());
        assertThat(plain.check(c).findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(extended.check(c).findings()).isEmpty();
        assertThat(plain.check(c).findings()).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    @DisplayName("an added no-further-action phrase is a decision that needs its reason")
    void rationaleDecision() {
        String text = "Spoke to Sam about the argument at lunch. Put on ice.";
        QualityChecker plain = QualityChecker.of(RuleSet.builder().rules(List.of(new RationaleRule())).build());
        QualityChecker extended = QualityChecker.of(RuleSet.builder().rules(List.of(new RationaleRule()))
                .lexicon(RationaleRule.ID, "nfa", List.of("put on ice")).build());
        assertThat(plain.checkText(text, "summary")).isEmpty();
        assertThat(extended.checkText(text, "summary")).extracting(Finding::severity).containsExactly(Severity.ERROR);
        assertThat(extended.checkText("Spoke to Sam about the argument at lunch. Put on ice because he apologised"
                + " and Sam accepted it.", "summary")).isEmpty();
    }
}
