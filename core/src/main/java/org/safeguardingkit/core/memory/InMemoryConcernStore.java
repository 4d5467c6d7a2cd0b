package org.safeguardingkit.core.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.spi.ConcernStore;
import org.safeguardingkit.core.spi.StaleVersionException;
import org.safeguardingkit.core.spi.Versioned;

/**
 * A {@link ConcernStore} in memory: the embedded default, and the reference the conformance kit is written against.
 *
 * <pre>{@code
 * ConcernStore store = new InMemoryConcernStore();
 * Versioned<Concern> saved = store.save(concern, Versioned.NEW);
 * store.save(saved.value().withSummary("..."), saved.version());
 * }</pre>
 *
 * <p>Records are indexed by id and by time of occurrence. Queries return a snapshot taken when they are called.
 * This class is thread-safe: a read-write lock makes every save atomic.
 */
public final class InMemoryConcernStore implements ConcernStore {

    private static final Comparator<Concern> TIME_ORDER = Comparator.comparing(Concern::occurredAt)
            .thenComparing(Concern::id);

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<ConcernId, Versioned<Concern>> byId = new HashMap<>();
    private final NavigableMap<Concern, Concern> byTime = new TreeMap<>(TIME_ORDER);

    /** Creates an empty store. */
    public InMemoryConcernStore() {
    }

    @Override
    public Versioned<Concern> save(Concern concern, long expectedVersion) {
        Objects.requireNonNull(concern, "concern");
        if (expectedVersion < Versioned.NEW) {
            throw new IllegalArgumentException("SGK-0803: expected version must be NEW (0) or a stored version, was "
                    + expectedVersion);
        }
        lock.writeLock().lock();
        try {
            Versioned<Concern> current = byId.get(concern.id());
            long actual = current == null ? Versioned.NEW : current.version();
            if (actual != expectedVersion) {
                throw new StaleVersionException(concern.id(), expectedVersion, actual);
            }
            if (current != null) {
                byTime.remove(current.value());
            }
            Versioned<Concern> saved = new Versioned<>(concern, actual + 1);
            byId.put(concern.id(), saved);
            byTime.put(concern, concern);
            return saved;
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public Optional<Versioned<Concern>> find(ConcernId id) {
        Objects.requireNonNull(id, "id");
        lock.readLock().lock();
        try {
            return Optional.ofNullable(byId.get(id));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Concern> findByPupil(PupilId pupil) {
        Objects.requireNonNull(pupil, "pupil");
        return select(Interval.ALL, c -> c.pupil().id().equals(pupil));
    }

    @Override
    public Stream<Concern> stream(Interval period) {
        Objects.requireNonNull(period, "period");
        return select(period, c -> true).stream();
    }

    @Override
    public Stream<Concern> streamByCategory(String categoryCode, Interval period) {
        Objects.requireNonNull(categoryCode, "categoryCode");
        Objects.requireNonNull(period, "period");
        return select(period, c -> c.categories().contains(categoryCode)).stream();
    }

    @Override
    public long count() {
        lock.readLock().lock();
        try {
            return byId.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    private List<Concern> select(Interval period, Predicate<Concern> filter) {
        lock.readLock().lock();
        try {
            List<Concern> result = new ArrayList<>();
            for (Concern c : byTime.values()) {
                if (!c.occurredAt().isBefore(period.end())) {
                    break;
                }
                if (period.contains(c.occurredAt()) && filter.test(c)) {
                    result.add(c);
                }
            }
            return List.copyOf(result);
        } finally {
            lock.readLock().unlock();
        }
    }
}
