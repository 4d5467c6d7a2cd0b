package org.safeguardingkit.categories.governance;

import java.util.Objects;

/**
 * Who asks for or decides a change: a school (for example its designated safeguarding lead) or a trust
 * (for example the trust safeguarding officer). Identified by an id, never by a name.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id   a stable identifier such as a staff id, e.g. {@code "st-marys/dsl"}
 * @param role whether the actor acts for a school or for the trust
 */
public record Actor(String id, Role role) {

    /** Whether an actor acts for a school or for the trust that owns the taxonomy. */
    public enum Role {
        /** A school in the trust: may request changes to a locked taxonomy, not make them. */
        SCHOOL,
        /** The trust: may lock the taxonomy, approve and reject requests, and change it directly. */
        TRUST
    }

    /** Checks that the id is not blank. */
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        if (id.isBlank()) {
            throw new IllegalArgumentException("SGK-0240: actor id must not be blank");
        }
    }

    /** An actor for a school. */
    public static Actor school(String id) {
        return new Actor(id, Role.SCHOOL);
    }

    /** An actor for the trust. */
    public static Actor trust(String id) {
        return new Actor(id, Role.TRUST);
    }

    /** {@code "school:st-marys/dsl"}. */
    @Override
    public String toString() {
        return role.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
