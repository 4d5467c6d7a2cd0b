package org.safeguardingkit.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a child's {@link Chronology}: a concern occurred, a decision was made, an action fell due.
 *
 * <p>Every event has a point in time. When the record gives no time for an event (a decision without
 * {@code decidedAt}, an action without a due date) the concern's {@code recordedAt} stands in and
 * {@link #timeEstimated()} says so: nothing in a record is left out of its child's chronology.
 *
 * <p>All implementations are immutable and thread-safe.
 */
public sealed interface ChronologyEvent
        permits ChronologyEvent.ConcernOccurred, ChronologyEvent.DecisionMade, ChronologyEvent.ActionDue {

    /**
     * When the event happened, or is due.
     *
     * @return the point in time
     */
    Instant at();

    /**
     * Whether {@link #at()} is the concern's {@code recordedAt}, standing in for a time the record does not give.
     *
     * @return true if the time is estimated
     */
    boolean timeEstimated();

    /**
     * The concern the event belongs to.
     *
     * @return the concern
     */
    Concern concern();

    /**
     * The concern occurred.
     *
     * @param at the concern's {@code occurredAt}
     * @param concern the concern
     */
    record ConcernOccurred(Instant at, Concern concern) implements ChronologyEvent {
        /** Checks the fields. */
        public ConcernOccurred {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(concern, "concern");
        }

        @Override
        public boolean timeEstimated() {
            return false;
        }
    }

    /**
     * A decision was made about the concern.
     *
     * @param at the decision's {@code decidedAt}, or the concern's {@code recordedAt} if it has none
     * @param timeEstimated whether {@code at} stands in for a missing {@code decidedAt}
     * @param concern the concern
     * @param index the decision's position in {@link Concern#decisions()}
     * @param decision the decision
     */
    record DecisionMade(Instant at, boolean timeEstimated, Concern concern, int index, Decision decision)
            implements ChronologyEvent {
        /** Checks the fields. */
        public DecisionMade {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(concern, "concern");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /**
     * An action of the concern is due (by the end of its due day), or, without a due date, was set.
     *
     * @param at the end of the due day in the chronology's zone, or the concern's {@code recordedAt} if there is no
     *     due date
     * @param timeEstimated whether the action has no due date
     * @param concern the concern
     * @param index the action's position in {@link Concern#actions()}
     * @param action the action
     */
    record ActionDue(Instant at, boolean timeEstimated, Concern concern, int index, Action action)
            implements ChronologyEvent {
        /** Checks the fields. */
        public ActionDue {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(concern, "concern");
            Objects.requireNonNull(action, "action");
        }

        /**
         * Whether the action is recorded as done.
         *
         * @return true if its status is {@link ActionStatus#DONE}
         */
        public boolean isDone() {
            return action.status().filter(s -> s == ActionStatus.DONE).isPresent();
        }
    }
}
