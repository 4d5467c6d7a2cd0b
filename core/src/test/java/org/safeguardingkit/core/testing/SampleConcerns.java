package org.safeguardingkit.core.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.AgencyInvolvement;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.ConcernStatus;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.SchoolId;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.model.StaffRole;

/**
 * Sample concern records for tests: the example of the record format, and small records to vary.
 */
public final class SampleConcerns {

    /** The deterministic "now" of the samples: 2026-11-01T00:00:00Z. Every sample lies before it. */
    public static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private SampleConcerns() {
    }

    /**
     * A fixed clock at {@link #NOW}.
     *
     * @return the clock
     */
    public static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    /**
     * The example record of docs/record-format.md, every field filled.
     *
     * @return the record
     */
    public static Concern formatExample() {
        return Concern.builder()
                .id(ConcernId.of("c-000123"))
                .schoolId(SchoolId.of("school-a"))
                .pupil(Pupil.of(PupilId.of("p-42"), Sex.F, 9).withDateOfBirth(LocalDate.parse("2011-03-02"))
                        .withFamilyId(FamilyId.of("f-17")))
                .occurredAt(Instant.parse("2026-10-03T12:40:00Z"))
                .recordedAt(Instant.parse("2026-10-03T15:10:00Z"))
                .recordedBy(StaffRef.of(StaffId.of("s-7"), StaffRole.TEACHER))
                .location(Location.of(org.safeguardingkit.core.model.Setting.ON_SITE, "Year 9 toilets"))
                .summary("Free text written by the member of staff.")
                .childVoice(ChildVoice.of("He keeps sending me pictures."))
                .addOtherPupil(OtherPupil.of(PupilId.of("p-43"), OtherPupilRole.ALLEGED_PERPETRATOR))
                .addCategory("hsb.sexual-harassment")
                .addAgency(AgencyInvolvement.of(Agency.POLICE, "PCSO informed"))
                .addResponse(Response.of(ResponseLevel.INDIVIDUAL, ResponseType.SUPPORT, "Met with form tutor"))
                .addAction(Action.of("Speak to parents", StaffId.of("s-9"), LocalDate.parse("2026-10-05"),
                        ActionStatus.OPEN))
                .addDecision(Decision.of(DecisionOutcome.NO_FURTHER_ACTION, "...", StaffId.of("s-1"),
                        Instant.parse("2026-10-04T09:00:00Z")))
                .status(ConcernStatus.OPEN)
                .build();
    }

    /**
     * A record with only the required fields.
     *
     * @param id the record id
     * @param pupil the pupil id
     * @param occurredAt when it occurred; recorded an hour later
     * @return the record
     */
    public static Concern minimal(String id, String pupil, Instant occurredAt) {
        return Concern.builder()
                .id(ConcernId.of(id))
                .pupil(Pupil.of(PupilId.of(pupil)))
                .occurredAt(occurredAt)
                .recordedAt(occurredAt.plusSeconds(3600))
                .recordedBy(StaffRef.of(StaffId.of("s-1")))
                .summary("Sample summary.")
                .build();
    }
}
