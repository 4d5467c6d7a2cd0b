package org.safeguardingkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.constraints.DecidedNotBeforeOccurredValidator;
import org.safeguardingkit.core.model.constraints.PlausibleDueDates;
import org.safeguardingkit.core.model.constraints.PlausibleDueDatesValidator;
import org.safeguardingkit.core.model.constraints.RecordedNotBeforeOccurredValidator;
import org.safeguardingkit.core.testing.SampleConcerns;

@DisplayName("Jakarta Validation of the model (Hibernate Validator, clock fixed at 2026-11-01)")
class ModelValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.byProvider(HibernateValidator.class).configure()
                .clockProvider(SampleConcerns::clock)
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Set<String> violations(Object value) {
        return validator.validate(value).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(Collectors.toSet());
    }

    private static Set<String> paths(Object value) {
        return validator.validate(value).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .collect(Collectors.toSet());
    }

    private static final Concern EXAMPLE = SampleConcerns.formatExample();

    @Test
    @DisplayName("the record-format example is valid, and so is a minimal record")
    void validRecords() {
        assertThat(violations(EXAMPLE)).isEmpty();
        assertThat(violations(SampleConcerns.minimal("c-1", "p-1", Instant.parse("2026-10-01T08:00:00Z"))))
                .isEmpty();
    }

    @Nested
    @DisplayName("times")
    class Times {

        @Test
        @DisplayName("a concern recorded before it occurred is reported on recordedAt")
        void recordedBeforeOccurred() {
            Concern c = EXAMPLE.toBuilder().recordedAt(EXAMPLE.occurredAt().minusSeconds(1)).build();
            assertThat(violations(c)).containsExactly("recordedAt: SGK-0301: recordedAt must not be before occurredAt");
        }

        @Test
        @DisplayName("recorded at the very moment it occurred is valid")
        void recordedAtOccurrence() {
            Concern c = EXAMPLE.toBuilder().recordedAt(EXAMPLE.occurredAt()).build();
            assertThat(violations(c)).isEmpty();
        }

        @Test
        @DisplayName("occurredAt and recordedAt after the validator's clock are reported")
        void future() {
            Instant later = SampleConcerns.NOW.plusSeconds(60);
            Concern c = EXAMPLE.toBuilder().occurredAt(later).recordedAt(later).build();
            assertThat(paths(c)).contains("occurredAt", "recordedAt");
            Concern now = EXAMPLE.toBuilder().recordedAt(SampleConcerns.NOW).build();
            assertThat(violations(now)).isEmpty();
        }

        @Test
        @DisplayName("a decision before the concern occurred, or in the future, is reported on its decidedAt")
        void decisions() {
            Concern early = EXAMPLE.toBuilder().decisions(java.util.List.of(
                    Decision.of(DecisionOutcome.MONITOR, "r", StaffId.of("s-1"), EXAMPLE.occurredAt()),
                    Decision.of(DecisionOutcome.MONITOR, "r", StaffId.of("s-1"), EXAMPLE.occurredAt().minusSeconds(1))))
                    .build();
            assertThat(violations(early)).containsExactly(
                    "decisions[1].decidedAt: SGK-0302: a decision must not be made before the concern occurred");
            Concern future = EXAMPLE.toBuilder().decisions(java.util.List.of(
                    Decision.of(DecisionOutcome.MONITOR, "r", StaffId.of("s-1"), SampleConcerns.NOW.plusSeconds(1))))
                    .build();
            assertThat(paths(future)).singleElement().asString().startsWith("decisions[0].decidedAt");
        }

        @Test
        @DisplayName("a due date before the day of occurrence or more than two years after it is reported")
        void dueDates() {
            LocalDate day = LocalDate.parse("2026-10-03");
            Concern c = EXAMPLE.toBuilder().actions(java.util.List.of(
                    Action.of("a", StaffId.of("s-1"), day.minusDays(1), ActionStatus.OPEN),
                    Action.of("b", StaffId.of("s-1"), day.minusDays(2), ActionStatus.OPEN),
                    Action.of("c", StaffId.of("s-1"), day.plusDays(730), ActionStatus.OPEN),
                    Action.of("d", StaffId.of("s-1"), LocalDate.parse("2062-10-03"), ActionStatus.OPEN),
                    Action.of("e"))).build();
            assertThat(paths(c)).containsExactlyInAnyOrder("actions[1].dueDate", "actions[3].dueDate");
            assertThat(violations(c)).allMatch(v -> v.endsWith(
                    "SGK-0303: an action's due date must be between the day the concern occurred and 730 days after it"));
        }

        @Test
        @DisplayName("a date of birth after today is reported on pupil.dateOfBirth")
        void dateOfBirth() {
            Concern c = EXAMPLE.toBuilder().pupil(EXAMPLE.pupil().withDateOfBirth(LocalDate.parse("2026-11-02")))
                    .build();
            assertThat(paths(c)).singleElement().asString().startsWith("pupil.dateOfBirth");
        }
    }

    @Nested
    @DisplayName("structure")
    class Structure {

        @Test
        @DisplayName("year groups run from -1 (Nursery) to 14")
        void yearGroup() {
            assertThat(validator.validateValue(Pupil.class, "yearGroup", OptionalInt.of(-1))).isEmpty();
            assertThat(validator.validateValue(Pupil.class, "yearGroup", OptionalInt.of(14))).isEmpty();
            assertThat(validator.validateValue(Pupil.class, "yearGroup", OptionalInt.empty())).isEmpty();
            assertThat(validator.validateValue(Pupil.class, "yearGroup", OptionalInt.of(-2))).hasSize(1);
            assertThat(validator.validateValue(Pupil.class, "yearGroup", OptionalInt.of(15))).hasSize(1);
            assertThatThrownBy(() -> Pupil.of(PupilId.of("p-1"), Sex.F, 15))
                    .hasMessageStartingWith("SGK-0002: pupil.yearGroup");
        }

        @Test
        @DisplayName("identifiers are not blank")
        void identifiers() {
            for (Class<?> type : new Class<?>[] {ConcernId.class, PupilId.class, StaffId.class, SchoolId.class,
                    FamilyId.class}) {
                assertThat(validator.validateValue(type, "value", " ")).as(type.getSimpleName()).hasSize(1);
                assertThat(validator.validateValue(type, "value", "x-1")).as(type.getSimpleName()).isEmpty();
            }
            assertThatThrownBy(() -> PupilId.of("  ")).hasMessage("SGK-0001: PupilId must not be blank");
        }

        @Test
        @DisplayName("category codes and tags are not blank")
        void categoriesAndTags() {
            Concern c = EXAMPLE.toBuilder().addCategory(" ").addTag("").build();
            assertThat(paths(c)).containsExactlyInAnyOrder("categories[1].<list element>", "tags[0].<list element>");
        }

        @Test
        @DisplayName("nested parts are validated: a pupil's date of birth inside a concern, a decision's time")
        void cascades() {
            assertThat(validator.getConstraintsForClass(Concern.class).getConstrainedProperties())
                    .extracting(p -> p.getPropertyName())
                    .contains("id", "pupil", "occurredAt", "recordedAt", "recordedBy", "summary", "actions",
                            "decisions", "categories");
        }
    }

    @Nested
    @DisplayName("the validators, called directly")
    class Direct {

        @Test
        @DisplayName("treat null as valid")
        void nullIsValid() {
            assertThat(new RecordedNotBeforeOccurredValidator().isValid(null, null)).isTrue();
            assertThat(new DecidedNotBeforeOccurredValidator().isValid(null, null)).isTrue();
            PlausibleDueDatesValidator due = new PlausibleDueDatesValidator();
            due.initialize(Defaults.class.getAnnotation(PlausibleDueDates.class));
            assertThat(due.isValid(null, null)).isTrue();
        }

        @Test
        @DisplayName("a negative maxDaysAfterOccurrence is a declaration error")
        void badParameter() {
            PlausibleDueDatesValidator due = new PlausibleDueDatesValidator();
            assertThatThrownBy(() -> due.initialize(Negative.class.getAnnotation(PlausibleDueDates.class)))
                    .isInstanceOf(ConstraintDeclarationException.class).hasMessageStartingWith("SGK-0304");
        }

        @PlausibleDueDates
        private static final class Defaults {
        }

        @PlausibleDueDates(maxDaysAfterOccurrence = -1)
        private static final class Negative {
        }
    }

    @Test
    @DisplayName("Optional parts are checked inside the Optional")
    void optionalContents() {
        Decision future = new Decision(DecisionOutcome.OTHER, Optional.empty(), Optional.empty(),
                Optional.of(SampleConcerns.NOW.plusSeconds(5)));
        assertThat(validator.validate(future)).hasSize(1);
    }

    @Test
    @DisplayName("the constraints are plain Jakarta Validation: Apache BVal finds the same problems")
    void anotherProvider() {
        try (ValidatorFactory bval = Validation.byProvider(org.apache.bval.jsr.ApacheValidationProvider.class)
                .configure().clockProvider(SampleConcerns::clock).buildValidatorFactory()) {
            Validator other = bval.getValidator();
            assertThat(other.validate(EXAMPLE)).isEmpty();
            Concern bad = EXAMPLE.toBuilder().recordedAt(EXAMPLE.occurredAt().minusSeconds(1))
                    .occurredAt(SampleConcerns.NOW.plusSeconds(60)).build();
            assertThat(other.validate(bad)).extracting(v -> v.getPropertyPath().toString())
                    .containsExactlyInAnyOrder("occurredAt", "recordedAt", "decisions[0].decidedAt",
                            "actions[0].dueDate");
            assertThat(other.validateValue(Pupil.class, "yearGroup", java.util.OptionalInt.of(15))).hasSize(1);
        }
    }
}
