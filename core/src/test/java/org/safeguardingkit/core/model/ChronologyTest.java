package org.safeguardingkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.testing.SampleConcerns;

class ChronologyTest {

    private static final PupilId P42 = PupilId.of("p-42");
    private static final Instant T = Instant.parse("2026-10-03T12:40:00Z");

    private static String describe(ChronologyEvent e) {
        String kind = e instanceof ChronologyEvent.ConcernOccurred ? "occurred"
                : e instanceof ChronologyEvent.DecisionMade d ? "decision " + d.index() + (d.timeEstimated() ? "?" : "")
                : "action " + ((ChronologyEvent.ActionDue) e).index() + (e.timeEstimated() ? "?" : "")
                        + (((ChronologyEvent.ActionDue) e).isDone() ? " done" : "");
        return e.at() + " " + e.concern().id() + " " + kind;
    }

    private static Concern second() {
        return SampleConcerns.minimal("c-2", "p-42", T.plusSeconds(86_400)).toBuilder()
                .addDecision(Decision.of(DecisionOutcome.MONITOR, "watch"))
                .addAction(Action.of("check in", StaffId.of("s-1"), LocalDate.parse("2026-10-04"), ActionStatus.DONE))
                .addAction(Action.of("no date"))
                .build();
    }

    @Test
    @DisplayName("concerns, decisions and actions of one child in time order; other children's records left out")
    void ordersEvents() {
        Concern first = SampleConcerns.formatExample();
        Concern other = SampleConcerns.minimal("c-9", "p-43", T);
        Chronology chronology = Chronology.of(P42, List.of(second(), other, first));
        assertThat(chronology.pupil()).isEqualTo(P42);
        assertThat(chronology.events()).extracting(ChronologyTest::describe).containsExactly(
                "2026-10-03T12:40:00Z c-000123 occurred",
                "2026-10-04T09:00:00Z c-000123 decision 0",
                "2026-10-04T12:40:00Z c-2 occurred",
                "2026-10-04T13:40:00Z c-2 decision 0?",
                "2026-10-04T13:40:00Z c-2 action 1?",
                "2026-10-04T23:59:59.999999999Z c-2 action 0 done",
                "2026-10-05T23:59:59.999999999Z c-000123 action 0");
    }

    @Test
    @DisplayName("the order does not depend on the order of the input, also for events at the same time")
    void stableOrder() {
        List<Concern> concerns = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            concerns.add(SampleConcerns.minimal("c-" + i, "p-42", T).toBuilder()
                    .addDecision(Decision.of(DecisionOutcome.MONITOR, "r", StaffId.of("s-1"), T))
                    .addDecision(Decision.of(DecisionOutcome.OTHER, "r", StaffId.of("s-1"), T)).build());
        }
        List<ChronologyEvent> expected = Chronology.of(P42, concerns).events();
        Random random = new Random(7);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(concerns, random);
            assertThat(Chronology.of(P42, concerns).events()).isEqualTo(expected);
        }
        assertThat(expected.get(0)).isInstanceOf(ChronologyEvent.ConcernOccurred.class);
        assertThat(expected).hasSize(60);
    }

    @Test
    @DisplayName("due dates are days in the given zone; the chronology can be cut to a period")
    void zoneAndPeriod() {
        Chronology london = Chronology.of(P42, List.of(SampleConcerns.formatExample()), ZoneId.of("Europe/London"));
        assertThat(london.events()).last().extracting(ChronologyEvent::at)
                .isEqualTo(Instant.parse("2026-10-05T22:59:59.999999999Z"));
        assertThat(london.during(Interval.ofDays(LocalDate.parse("2026-10-03"), LocalDate.parse("2026-10-04"),
                ZoneId.of("Europe/London")))).hasSize(2);
        assertThat(Chronology.of(PupilId.of("p-0"), List.of(SampleConcerns.formatExample())).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("a child's concern given twice is an error")
    void duplicate() {
        Concern c = SampleConcerns.formatExample();
        assertThatThrownBy(() -> Chronology.of(P42, List.of(c, c))).hasMessageStartingWith("SGK-0005");
    }
}
