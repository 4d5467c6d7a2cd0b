package org.safeguardingkit.review.engine;

import java.util.List;
import java.util.TreeSet;

import org.safeguardingkit.core.model.ConcernId;

/**
 * A bounded set of example incident ids that keeps the smallest ids (internal): deterministic and independent of the
 * order and split of the input, so it merges exactly. Not thread-safe.
 */
public final class ExampleIds {

    private final int limit;
    private final TreeSet<ConcernId> ids = new TreeSet<>();

    /**
     * An empty set.
     *
     * @param limit how many ids to keep
     */
    public ExampleIds(int limit) {
        this.limit = Math.max(1, limit);
    }

    /**
     * Offers an id.
     *
     * @param id the id
     */
    public void add(ConcernId id) {
        if (ids.size() < limit) {
            ids.add(id);
        } else if (id.compareTo(ids.last()) < 0 && ids.add(id)) {
            ids.pollLast();
        }
    }

    /**
     * Offers all ids of another set.
     *
     * @param other the other set
     */
    public void addAll(ExampleIds other) {
        for (ConcernId id : other.ids) {
            add(id);
        }
    }

    /**
     * The ids, sorted.
     *
     * @return the ids
     */
    public List<ConcernId> list() {
        return List.copyOf(ids);
    }

    /**
     * Whether no id was kept.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return ids.isEmpty();
    }
}
