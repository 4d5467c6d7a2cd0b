package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.quality.rules.TimelinessRule;

/**
 * The {@code timeliness} rule reads the delay between the two times as {@link Duration#between} gives it, to the
 * nanosecond, around the threshold and across the epoch.
 */
class TimelinessProperties {

    private static final TimelinessRule RULE = new TimelinessRule();

    /** Times near each other and near the threshold, with and without fractions of a second, either side of 1970. */
    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(Arbitraries.longs().between(-3, 3),
                Arbitraries.longs().between(1_780_000_000L, 1_780_000_000L + 5 * 86_400L),
                Arbitraries.of(1_780_000_000L + 24 * 3600L, 1_780_000_000L + 24 * 3600L - 1,
                        1_780_000_000L + 48 * 3600L),
                Arbitraries.longs().between(-400L * 86_400, 400L * 86_400));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.of(0, 1, 999_999_999, 500_000_000),
                Arbitraries.integers().between(0, 999_999_999));
        return seconds.flatMap(s -> nanos.map(n -> Instant.ofEpochSecond(s, n)));
    }

    @Property(tries = 2000)
    void delayAsDurationBetweenGivesIt(@ForAll("instants") Instant occurred, @ForAll("instants") Instant recorded) {
        Concern c = Concern.builder().id("c-1").pupil(Pupil.of(PupilId.of("p-1"))).occurredAt(occurred)
                .recordedAt(recorded).recordedBy(StaffRef.of(StaffId.of("s-1"))).summary("Hi.").build();
        List<Finding> found = RULE.check(c, RuleContext.of(RuleSet.defaults()));
        Duration delay = Duration.between(occurred, recorded);
        if (delay.isNegative()) {
            assertThat(found).extracting(Finding::message).containsExactly("recordedAt is before occurredAt.");
        } else if (delay.compareTo(Duration.ofHours(24)) > 0) {
            long h = delay.toHours();
            String when = h >= 48 ? (h / 24) + " days" : h + " hours";
            assertThat(found).extracting(Finding::message)
                    .containsExactly("Recorded " + when + " after it occurred (more than 24 hours).");
        } else {
            assertThat(found).isEmpty();
        }
    }
}
