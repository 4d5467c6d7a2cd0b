package org.safeguardingkit.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguardingkit.core.model.constraints.DecidedNotBeforeOccurred;
import org.safeguardingkit.core.model.constraints.PlausibleDueDates;
import org.safeguardingkit.core.model.constraints.RecordedNotBeforeOccurred;

/**
 * One safeguarding or behaviour concern about ONE child: the v1 interchange record.
 *
 * <p>Required: {@code id}, {@code pupil}, {@code occurredAt}, {@code recordedAt}, {@code recordedBy} and
 * {@code summary}. Everything else is optional because real logs are incomplete: the quality rules report what is
 * missing, the model does not reject it. Other children appear only as {@link OtherPupil} references.
 *
 * <pre>{@code
 * Concern concern = Concern.builder()
 *         .id(ConcernId.of("c-1"))
 *         .pupil(Pupil.of(PupilId.of("p-42"), Sex.F, 9))
 *         .occurredAt(Instant.parse("2026-10-03T12:40:00Z"))
 *         .recordedAt(Instant.parse("2026-10-03T15:10:00Z"))
 *         .recordedBy(StaffRef.of(StaffId.of("s-7"), StaffRole.TEACHER))
 *         .summary("She said \"he keeps sending me pictures\".")
 *         .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the record's id
 * @param schoolId the school, if the log spans several
 * @param pupil the child the concern is about
 * @param occurredAt when it happened
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it
 * @param location where it happened
 * @param summary the free text written by the member of staff
 * @param childVoice the child's own words, or why they were not obtained
 * @param otherPupils other children involved
 * @param categories category codes of the active taxonomy
 * @param agencies agencies involved
 * @param responses responses to individuals, peer groups, the whole school or places
 * @param actions actions to be taken
 * @param decisions decisions and their rationale
 * @param status open or closed
 * @param outcome the outcome, for a closed concern
 * @param tags vendor-supplied theme tags (an optional extension of v1)
 */
@RecordedNotBeforeOccurred
@DecidedNotBeforeOccurred
@PlausibleDueDates
public record Concern(
        @NotNull @Valid ConcernId id,
        Optional<@Valid SchoolId> schoolId,
        @NotNull @Valid Pupil pupil,
        @NotNull @PastOrPresent Instant occurredAt,
        @NotNull @PastOrPresent Instant recordedAt,
        @NotNull @Valid StaffRef recordedBy,
        Optional<@Valid Location> location,
        @NotNull String summary,
        Optional<@Valid ChildVoice> childVoice,
        List<@NotNull @Valid OtherPupil> otherPupils,
        List<@NotBlank String> categories,
        List<@NotNull @Valid AgencyInvolvement> agencies,
        List<@NotNull @Valid Response> responses,
        List<@NotNull @Valid Action> actions,
        List<@NotNull @Valid Decision> decisions,
        Optional<ConcernStatus> status,
        Optional<String> outcome,
        List<@NotBlank String> tags) {

    /** Checks the required fields and copies the lists. */
    public Concern {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(pupil, "pupil is required");
        Objects.requireNonNull(occurredAt, "occurredAt is required");
        Objects.requireNonNull(recordedAt, "recordedAt is required");
        Objects.requireNonNull(recordedBy, "recordedBy is required");
        Objects.requireNonNull(summary, "summary is required");
        schoolId = Objects.requireNonNullElse(schoolId, Optional.empty());
        location = Objects.requireNonNullElse(location, Optional.empty());
        childVoice = Objects.requireNonNullElse(childVoice, Optional.empty());
        otherPupils = copy(otherPupils, "otherPupils");
        categories = copy(categories, "categories");
        agencies = copy(agencies, "agencies");
        responses = copy(responses, "responses");
        actions = copy(actions, "actions");
        decisions = copy(decisions, "decisions");
        status = Objects.requireNonNullElse(status, Optional.empty());
        outcome = Objects.requireNonNullElse(outcome, Optional.empty());
        tags = copy(tags, "tags");
    }

    private static <T> List<T> copy(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (T item : list) {
            if (item == null) {
                throw new IllegalArgumentException("SGK-0003: " + field + " must not contain null");
            }
        }
        return List.copyOf(list);
    }

    /**
     * A builder for a new concern.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder initialised from this concern, to make a changed copy.
     *
     * @return a builder with this concern's values
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.schoolId = schoolId.orElse(null);
        b.pupil = pupil;
        b.occurredAt = occurredAt;
        b.recordedAt = recordedAt;
        b.recordedBy = recordedBy;
        b.location = location.orElse(null);
        b.summary = summary;
        b.childVoice = childVoice.orElse(null);
        b.otherPupils.addAll(otherPupils);
        b.categories.addAll(categories);
        b.agencies.addAll(agencies);
        b.responses.addAll(responses);
        b.actions.addAll(actions);
        b.decisions.addAll(decisions);
        b.status = status.orElse(null);
        b.outcome = outcome.orElse(null);
        b.tags.addAll(tags);
        return b;
    }

    /**
     * Returns a copy with another summary.
     *
     * @param text the new summary
     * @return a copy
     */
    public Concern withSummary(String text) {
        return toBuilder().summary(text).build();
    }

    /**
     * Whether the record is closed.
     *
     * @return true if its status is {@link ConcernStatus#CLOSED}
     */
    public boolean isClosed() {
        return status.filter(s -> s == ConcernStatus.CLOSED).isPresent();
    }

    /**
     * Builds a {@link Concern}. Not thread-safe; {@link #build()} checks the required fields.
     */
    public static final class Builder {
        private ConcernId id;
        private SchoolId schoolId;
        private Pupil pupil;
        private Instant occurredAt;
        private Instant recordedAt;
        private StaffRef recordedBy;
        private Location location;
        private String summary;
        private ChildVoice childVoice;
        private final List<OtherPupil> otherPupils = new ArrayList<>();
        private final List<String> categories = new ArrayList<>();
        private final List<AgencyInvolvement> agencies = new ArrayList<>();
        private final List<Response> responses = new ArrayList<>();
        private final List<Action> actions = new ArrayList<>();
        private final List<Decision> decisions = new ArrayList<>();
        private ConcernStatus status;
        private String outcome;
        private final List<String> tags = new ArrayList<>();

        private Builder() {
        }

        /** @param value the id @return this builder */
        public Builder id(ConcernId value) { this.id = value; return this; }

        /** @param value the id as text @return this builder */
        public Builder id(String value) { this.id = ConcernId.of(value); return this; }

        /** @param value the school @return this builder */
        public Builder schoolId(SchoolId value) { this.schoolId = value; return this; }

        /** @param value the pupil @return this builder */
        public Builder pupil(Pupil value) { this.pupil = value; return this; }

        /** @param value when it happened @return this builder */
        public Builder occurredAt(Instant value) { this.occurredAt = value; return this; }

        /** @param value when it was recorded @return this builder */
        public Builder recordedAt(Instant value) { this.recordedAt = value; return this; }

        /** @param value who recorded it @return this builder */
        public Builder recordedBy(StaffRef value) { this.recordedBy = value; return this; }

        /** @param value where it happened @return this builder */
        public Builder location(Location value) { this.location = value; return this; }

        /** @param value the summary @return this builder */
        public Builder summary(String value) { this.summary = value; return this; }

        /** @param value the child's voice @return this builder */
        public Builder childVoice(ChildVoice value) { this.childVoice = value; return this; }

        /** @param value another pupil @return this builder */
        public Builder addOtherPupil(OtherPupil value) { this.otherPupils.add(value); return this; }

        /** @param values other pupils, replacing any added @return this builder */
        public Builder otherPupils(List<OtherPupil> values) { replace(otherPupils, values); return this; }

        /** @param code a category code @return this builder */
        public Builder addCategory(String code) { this.categories.add(code); return this; }

        /** @param values category codes, replacing any added @return this builder */
        public Builder categories(List<String> values) { replace(categories, values); return this; }

        /** @param value an agency involvement @return this builder */
        public Builder addAgency(AgencyInvolvement value) { this.agencies.add(value); return this; }

        /** @param values agency involvements, replacing any added @return this builder */
        public Builder agencies(List<AgencyInvolvement> values) { replace(agencies, values); return this; }

        /** @param value a response @return this builder */
        public Builder addResponse(Response value) { this.responses.add(value); return this; }

        /** @param values responses, replacing any added @return this builder */
        public Builder responses(List<Response> values) { replace(responses, values); return this; }

        /** @param value an action @return this builder */
        public Builder addAction(Action value) { this.actions.add(value); return this; }

        /** @param values actions, replacing any added @return this builder */
        public Builder actions(List<Action> values) { replace(actions, values); return this; }

        /** @param value a decision @return this builder */
        public Builder addDecision(Decision value) { this.decisions.add(value); return this; }

        /** @param values decisions, replacing any added @return this builder */
        public Builder decisions(List<Decision> values) { replace(decisions, values); return this; }

        /** @param value the status @return this builder */
        public Builder status(ConcernStatus value) { this.status = value; return this; }

        /** @param value the outcome @return this builder */
        public Builder outcome(String value) { this.outcome = value; return this; }

        /** @param value a theme tag @return this builder */
        public Builder addTag(String value) { this.tags.add(value); return this; }

        /** @param values theme tags, replacing any added @return this builder */
        public Builder tags(List<String> values) { replace(tags, values); return this; }

        private static <T> void replace(List<T> target, List<T> values) {
            target.clear();
            target.addAll(values);
        }

        /**
         * Builds the concern.
         *
         * @return the concern
         * @throws NullPointerException naming the first missing required field
         */
        public Concern build() {
            return new Concern(id, Optional.ofNullable(schoolId), pupil, occurredAt, recordedAt, recordedBy,
                    Optional.ofNullable(location), summary, Optional.ofNullable(childVoice), otherPupils, categories,
                    agencies, responses, actions, decisions, Optional.ofNullable(status), Optional.ofNullable(outcome),
                    tags);
        }
    }
}
