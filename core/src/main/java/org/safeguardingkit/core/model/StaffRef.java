package org.safeguardingkit.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a member of staff, with their role when known.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the staff member's id, required
 * @param role the role, if recorded
 */
public record StaffRef(@NotNull @Valid StaffId id, Optional<StaffRole> role) {

    /** Checks the fields. */
    public StaffRef {
        Objects.requireNonNull(id, "recordedBy.id is required");
        role = Objects.requireNonNullElse(role, Optional.empty());
    }

    /**
     * Obtains a reference with a role.
     *
     * @param id the id
     * @param role the role
     * @return the reference
     */
    public static StaffRef of(StaffId id, StaffRole role) {
        return new StaffRef(id, Optional.of(role));
    }

    /**
     * Obtains a reference without a role.
     *
     * @param id the id
     * @return the reference
     */
    public static StaffRef of(StaffId id) {
        return new StaffRef(id, Optional.empty());
    }
}
