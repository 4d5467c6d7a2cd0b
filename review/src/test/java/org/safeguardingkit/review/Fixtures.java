package org.safeguardingkit.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.model.StaffRole;
import org.safeguardingkit.review.anonymise.ReviewKey;
import org.safeguardingkit.review.sampling.Sampling;

/**
 * Builds small logs with planted patterns for the review tests.
 */
public final class Fixtures {

    /** The zone of the tests. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** The first day of the test logs (a Monday). */
    public static final LocalDate START = LocalDate.of(2026, 9, 7);
    /** The review date. */
    public static final Instant NOW = Instant.parse("2026-12-18T16:00:00Z");
    /** The test key. */
    public static final ReviewKey KEY = ReviewKey.fromPassphrase("test key");

    private Fixtures() {
    }

    /**
     * A bare record: pupil in year 9, at noon on START + day, recorded by a teacher.
     *
     * @param id the id
     * @param pupil the pupil id
     * @param day days after START
     * @return a builder
     */
    public static Concern.Builder concern(String id, String pupil, int day) {
        Instant at = START.plusDays(day).atTime(12, 0).atZone(ZONE).toInstant();
        return Concern.builder().id(id).pupil(Pupil.of(PupilId.of(pupil), day % 2 == 0 ? Sex.F : Sex.M, 9))
                .occurredAt(at).recordedAt(at.plusSeconds(3600))
                .recordedBy(StaffRef.of(StaffId.of("s-1"), StaffRole.TEACHER))
                .summary("Incident " + id + " was recorded.");
    }

    /**
     * A well-recorded record: a category, a place, another pupil with a role, a response and an owned action, a tag.
     *
     * @param id the id
     * @param pupil the pupil
     * @param day days after START
     * @param category the category code
     * @return a builder
     */
    public static Concern.Builder recorded(String id, String pupil, int day, String category) {
        return concern(id, pupil, day).addCategory(category)
                .location(Location.of(Setting.ON_SITE, "place " + (Math.abs(id.hashCode()) % 40)))
                .addOtherPupil(OtherPupil.of(PupilId.of("o-" + id), OtherPupilRole.WITNESS))
                .addResponse(Response.of(ResponseLevel.INDIVIDUAL, ResponseType.SUPPORT, "Mentoring"))
                .addAction(Action.of("Check in with the pupil", StaffId.of("s-2"), START.plusDays(day + 7),
                        ActionStatus.OPEN))
                .addTag("term-1");
    }

    /**
     * Settings for tests: all rows, fixed clock and key, no quality rules unless given.
     *
     * @return a builder
     */
    public static ReviewSettings.Builder settings() {
        return ReviewSettings.builder().sampling(Sampling.all()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).zone(ZONE)
                .key(KEY).qualityRules(c -> Set.of());
    }
}
