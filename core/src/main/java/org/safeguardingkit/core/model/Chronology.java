package org.safeguardingkit.core.model;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A child's concerns, decisions and actions as one chronological sequence: the first view of a case.
 *
 * <pre>{@code
 * Chronology chronology = Chronology.of(PupilId.of("p-42"), store.findByPupil(PupilId.of("p-42")));
 * for (ChronologyEvent event : chronology.events()) {
 *     if (event instanceof ChronologyEvent.DecisionMade d) { ... }
 * }
 * }</pre>
 *
 * <p>Only concerns whose subject is the child are included (a concern about another child that merely names this one
 * in {@code otherPupils} belongs to that child's chronology). Events are ordered by time; events at the same time are
 * ordered concern occurred, then decision, then action, then by concern id, then by position in the record, so the
 * order never depends on the order of the input. An action is placed at the end of its due day in the chronology's
 * zone (UTC unless given).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pupil the child
 * @param events the events, in order
 */
public record Chronology(PupilId pupil, List<ChronologyEvent> events) {

    private static final Comparator<ChronologyEvent> ORDER = Comparator.comparing(ChronologyEvent::at)
            .thenComparingInt(Chronology::rank)
            .thenComparing(e -> e.concern().id())
            .thenComparingInt(Chronology::index);

    /** Checks the fields and copies the list. */
    public Chronology {
        Objects.requireNonNull(pupil, "pupil");
        events = List.copyOf(events);
    }

    /**
     * The chronology of a child, with due dates read in UTC.
     *
     * @param pupil the child
     * @param concerns concerns, of this child and possibly others (only this child's are used); ids must be unique
     * @return the chronology
     * @throws IllegalArgumentException if two of the child's concerns have the same id
     */
    public static Chronology of(PupilId pupil, Collection<Concern> concerns) {
        return of(pupil, concerns, ZoneOffset.UTC);
    }

    /**
     * The chronology of a child, with due dates read in a time zone (the school's).
     *
     * @param pupil the child
     * @param concerns concerns, of this child and possibly others (only this child's are used); ids must be unique
     * @param zone the zone in which due dates are days
     * @return the chronology
     * @throws IllegalArgumentException if two of the child's concerns have the same id
     */
    public static Chronology of(PupilId pupil, Collection<Concern> concerns, ZoneId zone) {
        Objects.requireNonNull(pupil, "pupil");
        Objects.requireNonNull(zone, "zone");
        List<ChronologyEvent> events = new ArrayList<>();
        Set<ConcernId> seen = new HashSet<>();
        for (Concern concern : concerns) {
            if (!concern.pupil().id().equals(pupil)) {
                continue;
            }
            if (!seen.add(concern.id())) {
                throw new IllegalArgumentException("SGK-0005: concern " + concern.id()
                        + " appears twice in the chronology of pupil " + pupil);
            }
            events.add(new ChronologyEvent.ConcernOccurred(concern.occurredAt(), concern));
            List<Decision> decisions = concern.decisions();
            for (int i = 0; i < decisions.size(); i++) {
                Decision d = decisions.get(i);
                events.add(new ChronologyEvent.DecisionMade(d.decidedAt().orElse(concern.recordedAt()),
                        d.decidedAt().isEmpty(), concern, i, d));
            }
            List<Action> actions = concern.actions();
            for (int i = 0; i < actions.size(); i++) {
                Action a = actions.get(i);
                Instant at = a.dueDate().map(date -> date.atTime(LocalTime.MAX).atZone(zone).toInstant())
                        .orElse(concern.recordedAt());
                events.add(new ChronologyEvent.ActionDue(at, a.dueDate().isEmpty(), concern, i, a));
            }
        }
        events.sort(ORDER);
        return new Chronology(pupil, events);
    }

    /**
     * The events between two instants.
     *
     * @param period the period, half-open
     * @return the events in the period, in order
     */
    public List<ChronologyEvent> during(Interval period) {
        return events.stream().filter(e -> period.contains(e.at())).toList();
    }

    /**
     * Whether the child has no events.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return events.isEmpty();
    }

    private static int rank(ChronologyEvent event) {
        if (event instanceof ChronologyEvent.ConcernOccurred) {
            return 0;
        }
        return event instanceof ChronologyEvent.DecisionMade ? 1 : 2;
    }

    private static int index(ChronologyEvent event) {
        if (event instanceof ChronologyEvent.DecisionMade d) {
            return d.index();
        }
        return event instanceof ChronologyEvent.ActionDue a ? a.index() : -1;
    }
}
