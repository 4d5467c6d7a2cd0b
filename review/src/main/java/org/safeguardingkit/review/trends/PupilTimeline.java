package org.safeguardingkit.review.trends;

import java.util.Arrays;
import java.util.Comparator;

import org.safeguardingkit.core.model.ConcernId;

/**
 * One pupil's incidents as the subject child (internal): day, severity and id of each, packed; no text. Appending
 * and merging keep everything; {@link #sorted()} orders by day, then id, so the result does not depend on the input
 * order. Not thread-safe.
 */
final class PupilTimeline {

    private long[] keys = new long[4];
    private ConcernId[] ids = new ConcernId[4];
    private int size;

    void add(long epochDay, int severity, ConcernId id) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        keys[size] = (epochDay << 3) | (severity & 7);
        ids[size] = id;
        size++;
    }

    void addAll(PupilTimeline other) {
        for (int i = 0; i < other.size; i++) {
            add(other.keys[i] >> 3, (int) (other.keys[i] & 7), other.ids[i]);
        }
    }

    int size() {
        return size;
    }

    /** An incident of the timeline. */
    record Entry(long day, int severity, ConcernId id) {
    }

    Entry[] sorted() {
        Entry[] out = new Entry[size];
        for (int i = 0; i < size; i++) {
            out[i] = new Entry(keys[i] >> 3, (int) (keys[i] & 7), ids[i]);
        }
        Arrays.sort(out, Comparator.comparingLong(Entry::day).thenComparing(Entry::id));
        return out;
    }
}
