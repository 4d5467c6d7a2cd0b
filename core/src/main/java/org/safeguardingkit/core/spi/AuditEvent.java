package org.safeguardingkit.core.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.StaffId;

/**
 * One entry of the audit trail: who did what to which record, when. Carries ids, never record text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sequence the position in the log, from 1, assigned by the log
 * @param at when it happened
 * @param actor who did it
 * @param action what was done, e.g. {@code CREATE}, {@code UPDATE}, {@code VIEW}, {@code EXPORT}
 * @param concern the record concerned, if any
 * @param detail a short note with no personal data, may be empty
 */
public record AuditEvent(long sequence, Instant at, StaffId actor, String action, Optional<ConcernId> concern,
        String detail) {

    /** Checks the fields. */
    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        concern = Objects.requireNonNullElse(concern, Optional.empty());
        detail = Objects.requireNonNullElse(detail, "");
        if (sequence < 0) {
            throw new IllegalArgumentException("SGK-0802: sequence must not be negative");
        }
    }
}
