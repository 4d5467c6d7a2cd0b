package org.safeguardingkit.categories.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every governance decision, oldest first. Appending gives a new log; a log never changes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param entries the decisions, oldest first
 */
public record DecisionLog(List<Decision> entries) {

    /** Copies the entries. */
    public DecisionLog {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }

    /** An empty log. */
    public static DecisionLog empty() {
        return new DecisionLog(List.of());
    }

    /** A new log with {@code decision} appended. */
    public DecisionLog append(Decision decision) {
        List<Decision> all = new ArrayList<>(entries);
        all.add(decision);
        return new DecisionLog(all);
    }

    /** The decisions on one change request. */
    public List<Decision> forRequest(String requestId) {
        return entries.stream().filter(d -> d.requestId().filter(requestId::equals).isPresent()).toList();
    }

    /** The number of decisions. */
    public int size() {
        return entries.size();
    }
}
