package org.safeguardingkit.review;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.ActionStatus;

/**
 * An action of a row: the description redacted, the owner by pseudonym.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description what is to be done (redacted)
 * @param owner the owner's pseudonym (or staff id when not anonymised)
 * @param dueDate by when
 * @param status the status
 */
public record ActionEntry(String description, Optional<String> owner, Optional<LocalDate> dueDate,
        Optional<ActionStatus> status) {

    /** Checks the fields. */
    public ActionEntry {
        description = Objects.requireNonNullElse(description, "");
        owner = Objects.requireNonNullElse(owner, Optional.empty());
        dueDate = Objects.requireNonNullElse(dueDate, Optional.empty());
        status = Objects.requireNonNullElse(status, Optional.empty());
    }
}
