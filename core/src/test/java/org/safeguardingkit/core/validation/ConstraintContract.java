package org.safeguardingkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.quality.Severity;

/**
 * What the constraints promise, run against each Jakarta Validation provider (subclasses give the provider).
 */
abstract class ConstraintContract {

    abstract Validator validator();

    /** A vendor's class with free text. */
    static final class Note {
        @FactualLanguage(rules = "rationale")
        final String text;

        Note(String text) {
            this.text = text;
        }
    }

    /** Two constraints on one field. */
    static final class StrictNote {
        @FactualLanguage(rules = "rationale", minSeverity = Severity.ERROR)
        @FactualLanguage(rules = "clarity", field = "summary")
        final String text;

        StrictNote(String text) {
            this.text = text;
        }
    }

    /** A vendor's class holding a concern. */
    static final class Submission {
        @MeetsRecordingStandard(minSeverity = Severity.ERROR)
        final Concern concern;

        Submission(Concern concern) {
            this.concern = concern;
        }
    }

    /** Only some rules. */
    static final class VoiceOnly {
        @MeetsRecordingStandard(rules = "child-voice")
        final Concern concern;

        VoiceOnly(Concern concern) {
            this.concern = concern;
        }
    }

    /** A misdeclared constraint. */
    static final class Broken {
        @FactualLanguage(rules = "no-such-rule")
        final String text;

        Broken(String text) {
            this.text = text;
        }
    }

    static Concern concern(String summary) {
        return Concern.builder()
                .id(ConcernId.of("c-1"))
                .pupil(Pupil.of(PupilId.of("p-1")))
                .occurredAt(Instant.parse("2026-01-05T10:00:00Z"))
                .recordedAt(Instant.parse("2026-01-05T12:00:00Z"))
                .recordedBy(StaffRef.of(StaffId.of("s-1")))
                .summary(summary)
                .build();
    }

    @Nested
    @DisplayName("@FactualLanguage")
    class FactualLanguageConstraint {

        @Test
        @DisplayName("accepts null and text with no finding")
        void acceptsNullAndCleanText() {
            assertThat(validator().validate(new Note(null))).isEmpty();
            assertThat(validator().validate(new Note("NFA because the coach confirmed the injury happened at training.")))
                    .isEmpty();
        }

        @Test
        @DisplayName("gives one violation per finding, naming the words and the suggestion")
        void violationPerFinding() {
            Set<ConstraintViolation<Note>> v = validator().validate(new Note("Mum seemed drunk. NFA. Will monitor."));
            assertThat(v).hasSize(2);
            assertThat(v).extracting(ConstraintViolation::getMessage)
                    .anySatisfy(m -> assertThat(m).startsWith("is not written as fact: 'NFA' - ").contains("Suggestion: "))
                    .anySatisfy(m -> assertThat(m).contains("'monitor'"));
            assertThat(v).allSatisfy(c -> assertThat(c.getPropertyPath().toString()).isEqualTo("text"));
        }

        @Test
        @DisplayName("never evaluates record text in the message")
        void escapesRecordText() {
            Set<ConstraintViolation<Note>> v = validator().validate(new Note("Closed ${1+1} {javax.x} \\ NFA."));
            assertThat(v).extracting(ConstraintViolation::getMessage).allSatisfy(m -> assertThat(m).doesNotContain("'2'"));
        }

        @Test
        @DisplayName("is repeatable, each with its own minimum severity")
        void repeatable() {
            Set<ConstraintViolation<StrictNote>> v = validator().validate(new StrictNote("Will monitor."));
            // rationale at ERROR: 'monitor' is only a WARNING; clarity: too short to act on
            assertThat(v).hasSize(1);
            assertThat(v.iterator().next().getMessage()).contains("too short");
        }

        @Test
        @DisplayName("rejects an unknown rule when the constraint is first used")
        void unknownRule() {
            assertThatThrownBy(() -> validator().validate(new Broken("text"))).isInstanceOf(ValidationException.class);
        }
    }

    @Nested
    @DisplayName("@MeetsRecordingStandard")
    class MeetsRecordingStandardConstraint {

        @Test
        @DisplayName("accepts null")
        void acceptsNull() {
            assertThat(validator().validate(new Submission(null))).isEmpty();
        }

        @Test
        @DisplayName("reports findings at or above the minimum severity, with the field in the path")
        void errorsOnly() {
            Concern c = concern("Bruise on Leon's shin noticed in PE. NFA.").toBuilder()
                    .decisions(List.of(Decision.of(DecisionOutcome.NO_FURTHER_ACTION, "n/a")))
                    .build();
            Set<ConstraintViolation<Submission>> v = validator().validate(new Submission(c));
            assertThat(v).isNotEmpty();
            assertThat(v).extracting(x -> x.getPropertyPath().toString())
                    .allSatisfy(p -> assertThat(p).startsWith("concern."))
                    .contains("concern.decisions/0/rationale");
            assertThat(v).extracting(ConstraintViolation::getMessage)
                    .allSatisfy(m -> assertThat(m).startsWith("does not meet the recording standard: "));
        }

        @Test
        @DisplayName("a record that meets the standard has no violation")
        void goodRecord() {
            Concern c = concern("Amira said \"I don't want to come in tomorrow\". Passed to her Head of Year.").toBuilder()
                    .location(Location.of(Setting.ON_SITE, "Year 9 corridor"))
                    .build();
            assertThat(validator().validate(new Submission(c))).isEmpty();
        }

        @Test
        @DisplayName("runs only the named rules")
        void namedRules() {
            Concern withVoice = concern("Sent out of the lesson.").toBuilder()
                    .childVoice(ChildVoice.of("I didn't do anything."))
                    .build();
            assertThat(validator().validate(new VoiceOnly(withVoice))).isEmpty();
            assertThat(validator().validate(new VoiceOnly(concern("Sent out of the lesson."))))
                    .extracting(x -> x.getPropertyPath().toString()).containsExactly("concern.childVoice");
        }
    }
}
