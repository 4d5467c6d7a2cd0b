package org.safeguardingkit.core.spi;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.PupilId;

/**
 * Where concern records are kept (SPI): what a vendor implements for their own database. Implementations must be
 * thread-safe and must pass the conformance kit {@code ConcernStoreContract} (core's test-jar).
 *
 * <p>Saving uses optimistic versioning so that no update is lost: a save quotes the version it read
 * ({@link Versioned#NEW} for a new record) and fails with {@link StaleVersionException}, writing nothing, if the
 * store holds another version.
 *
 * <p>The promises are written as numbered clauses (C1, C2, ...) in {@code docs/storage.md}; the conformance kit
 * names the clause each of its tests checks.
 */
public interface ConcernStore {

    /**
     * Saves a record: inserts it when {@code expectedVersion} is {@link Versioned#NEW}, else replaces the stored
     * version {@code expectedVersion} with it.
     *
     * @param concern the record
     * @param expectedVersion the version the caller last read, or {@link Versioned#NEW}
     * @return the record with its new version ({@code expectedVersion + 1})
     * @throws StaleVersionException if the store holds another version; nothing is written
     * @throws IllegalArgumentException if {@code expectedVersion} is negative
     */
    Versioned<Concern> save(Concern concern, long expectedVersion);

    /**
     * Finds a record.
     *
     * @param id the id
     * @return the record and its version, or empty
     */
    Optional<Versioned<Concern>> find(ConcernId id);

    /**
     * A pupil's concerns (as the subject child) in time order: by {@code occurredAt}, then by id. Records that only
     * name the pupil in {@code otherPupils} are not included.
     *
     * @param pupil the pupil
     * @return the concerns, oldest first
     */
    List<Concern> findByPupil(PupilId pupil);

    /**
     * The concerns that occurred in a period, in time order (by {@code occurredAt}, then id). The caller closes the
     * stream; implementations should not hold the whole result in memory.
     *
     * @param period the period, half-open ({@code start <= occurredAt < end})
     * @return the concerns
     */
    Stream<Concern> stream(Interval period);

    /**
     * The concerns with a category code that occurred in a period, in time order (by {@code occurredAt}, then id).
     * The code matches exactly: no prefix or hierarchy matching (that is the taxonomy's job). The caller closes the
     * stream.
     *
     * @param categoryCode a category code as stored on the record
     * @param period the period, on {@code occurredAt}
     * @return the concerns
     */
    Stream<Concern> streamByCategory(String categoryCode, Interval period);

    /**
     * How many records the store holds (distinct ids; updates do not add).
     *
     * @return the count
     */
    long count();

    /**
     * Applies a change to the latest version of a record, re-reading and re-applying it whenever another writer
     * saved first, so that no update is lost. The change must be a pure function of the record it is given (it may
     * run more than once) and must keep the record's id.
     *
     * <pre>{@code
     * store.update(id, concern -> concern.toBuilder().status(ConcernStatus.CLOSED).outcome(text).build());
     * }</pre>
     *
     * @param id the record
     * @param change the change
     * @return the record as saved, with its new version
     * @throws java.util.NoSuchElementException if the record is not stored
     * @throws IllegalArgumentException if the change alters the id
     * @throws StaleVersionException if 1000 attempts in a row lost to other writers
     */
    default Versioned<Concern> update(ConcernId id, UnaryOperator<Concern> change) {
        StaleVersionException last = null;
        for (int attempt = 0; attempt < 1000; attempt++) {
            Versioned<Concern> current = find(id).orElseThrow(
                    () -> new NoSuchElementException("SGK-0804: concern " + id + " is not stored"));
            Concern changed = Objects.requireNonNull(change.apply(current.value()), "change result");
            if (!changed.id().equals(id)) {
                throw new IllegalArgumentException("SGK-0805: an update must keep the record's id " + id);
            }
            try {
                return save(changed, current.version());
            } catch (StaleVersionException stale) {
                last = stale;
            }
        }
        throw last;
    }
}
