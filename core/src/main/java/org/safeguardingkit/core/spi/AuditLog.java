package org.safeguardingkit.core.spi;

import java.util.List;
import java.util.stream.Stream;
import org.safeguardingkit.core.model.ConcernId;

/**
 * The append-only audit trail (SPI). Entries are never changed or removed; each gets the next sequence number
 * (1, 2, 3, ... with no gaps, also under concurrent appends). Implementations must be thread-safe; they may seal the
 * trail as a hash chain with {@link AuditSeal} so that tampering can be detected.
 */
public interface AuditLog {

    /**
     * Appends an event; the log assigns its sequence number (the event's own is ignored).
     *
     * @param event the event
     * @return the event as stored, with its sequence number
     */
    AuditEvent append(AuditEvent event);

    /**
     * Every event in order of sequence.
     *
     * @return the events; the caller closes the stream
     */
    Stream<AuditEvent> events();

    /**
     * The events about one record, in order of sequence.
     *
     * @param concern the record
     * @return the events
     */
    List<AuditEvent> eventsFor(ConcernId concern);
}
