package org.safeguardingkit.review.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;

class TimelineTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Concern concern(int day, String code, Location location) {
        Instant at = LocalDate.of(2026, 1, 1).plusDays(day).atTime(10, 0).atZone(LONDON).toInstant();
        Concern.Builder b = Concern.builder().id("c-" + day).pupil(Pupil.of(PupilId.of("p-1"))).occurredAt(at)
                .recordedAt(at).recordedBy(StaffRef.of(StaffId.of("s-1"))).summary("x");
        if (code != null) {
            b.addCategory(code);
        }
        if (location != null) {
            b.location(location);
        }
        return b.build();
    }

    @Test
    void countsByWeekAndPlace() {
        Timeline t = Timeline.builder(LONDON)
                .add(concern(0, "neglect", Location.online("my snapchat story")))       // Thu 1 Jan 2026
                .add(concern(4, "neglect", Location.of(Setting.ON_SITE, "canteen")))     // Mon 5 Jan
                .add(concern(5, null, null))
                .add(concern(6, "behaviour.fighting", Location.online("Some <b>forum</b>")))
                .build();
        assertThat(t.incidents()).isEqualTo(4);
        assertThat(t.weekly().keySet()).containsExactly(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 5));
        assertThat(t.weekly().get(LocalDate.of(2026, 1, 5))).containsEntry("neglect", 1L)
                .containsEntry(Timeline.UNCATEGORISED, 1L).containsEntry("behaviour.fighting", 1L);
        assertThat(t.places()).containsEntry("Online: Snapchat", 1L).containsEntry("On site", 1L)
                .containsEntry(Timeline.NOT_RECORDED, 1L).containsEntry("Online: other", 1L);
    }

    @Property(tries = 200)
    void mergeIsAssociativeAndCommutative(@ForAll @Size(max = 12) List<@IntRange(max = 60) Integer> a,
            @ForAll @Size(max = 12) List<@IntRange(max = 60) Integer> b,
            @ForAll @Size(max = 12) List<@IntRange(max = 60) Integer> c) {
        Timeline ta = of(a);
        Timeline tb = of(b);
        Timeline tc = of(c);
        Timeline left = ta.merge(tb).merge(tc);
        Timeline right = tc.merge(tb.merge(ta));
        assertThat(left.weekly()).isEqualTo(right.weekly());
        assertThat(left.places()).isEqualTo(right.places());
        assertThat(left.incidents()).isEqualTo(a.size() + b.size() + c.size());
        Timeline whole = of(concat(a, b, c));
        assertThat(whole.weekly()).isEqualTo(left.weekly());
    }

    private static List<Integer> concat(List<Integer> a, List<Integer> b, List<Integer> c) {
        return java.util.stream.Stream.of(a, b, c).flatMap(List::stream).toList();
    }

    private static Timeline of(List<Integer> days) {
        Timeline.Builder builder = Timeline.builder(LONDON);
        for (int d : days) {
            builder.add(concern(d, d % 3 == 0 ? "neglect" : "behaviour.disruption",
                    d % 2 == 0 ? Location.online("WhatsApp") : new Location(Optional.of(Setting.HOME),
                            Optional.empty(), Optional.empty())));
        }
        return builder.build();
    }
}
