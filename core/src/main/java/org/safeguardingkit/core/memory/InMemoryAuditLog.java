package org.safeguardingkit.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.spi.AuditEvent;
import org.safeguardingkit.core.spi.AuditLog;
import org.safeguardingkit.core.spi.AuditSeal;

/**
 * An append-only {@link AuditLog} in memory, sealed as a hash chain ({@link AuditSeal}) so that a trail copied out
 * of it can be checked for tampering later.
 *
 * <pre>{@code
 * AuditLog log = new InMemoryAuditLog();
 * log.append(new AuditEvent(0, clock.instant(), staff, "VIEW", Optional.of(concernId), ""));
 * }</pre>
 *
 * <p>This class is thread-safe: appends are serialised, reads see a snapshot.
 */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditSeal> seals = new ArrayList<>();

    /** Creates an empty log. */
    public InMemoryAuditLog() {
    }

    @Override
    public synchronized AuditEvent append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        AuditEvent stored = new AuditEvent(seals.size() + 1L, event.at(), event.actor(), event.action(),
                event.concern(), event.detail());
        seals.add(seals.isEmpty() ? AuditSeal.first(stored) : seals.get(seals.size() - 1).next(stored));
        return stored;
    }

    @Override
    public Stream<AuditEvent> events() {
        return seals().stream().map(AuditSeal::event);
    }

    @Override
    public List<AuditEvent> eventsFor(ConcernId concern) {
        Objects.requireNonNull(concern, "concern");
        return events().filter(e -> e.concern().filter(concern::equals).isPresent()).toList();
    }

    /**
     * The sealed trail, oldest first, e.g. to archive it.
     *
     * @return a snapshot of the seals
     */
    public synchronized List<AuditSeal> seals() {
        return List.copyOf(seals);
    }

    /**
     * Checks the chain.
     *
     * @return the sequence number of the first event that does not check, or empty if intact
     */
    public OptionalLong verify() {
        return AuditSeal.verify(seals());
    }
}
