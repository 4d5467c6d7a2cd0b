package org.safeguardingkit.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An action to be taken, which should have an owner, a status and a due date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param description what is to be done; empty if not written
 * @param owner who will do it
 * @param dueDate by when
 * @param status the status
 */
public record Action(@NotNull String description, Optional<@Valid StaffId> owner, Optional<LocalDate> dueDate,
        Optional<ActionStatus> status) {

    /** Checks the fields. */
    public Action {
        description = Objects.requireNonNullElse(description, "");
        owner = Objects.requireNonNullElse(owner, Optional.empty());
        dueDate = Objects.requireNonNullElse(dueDate, Optional.empty());
        status = Objects.requireNonNullElse(status, Optional.empty());
    }

    /**
     * A fully specified action.
     *
     * @param description what
     * @param owner who
     * @param dueDate by when
     * @param status the status
     * @return the action
     */
    public static Action of(String description, StaffId owner, LocalDate dueDate, ActionStatus status) {
        return new Action(description, Optional.of(owner), Optional.of(dueDate), Optional.of(status));
    }

    /**
     * An action with only a description, as often written.
     *
     * @param description what
     * @return the action
     */
    public static Action of(String description) {
        return new Action(description, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
