package org.safeguardingkit.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A response to a concern: to the individuals involved, or to a peer group, the whole school or a place.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param level whom the response is aimed at
 * @param type the kind of response
 * @param description free text
 */
public record Response(Optional<ResponseLevel> level, Optional<ResponseType> type, Optional<String> description) {

    /** Checks the fields. */
    public Response {
        level = Objects.requireNonNullElse(level, Optional.empty());
        type = Objects.requireNonNullElse(type, Optional.empty());
        description = Objects.requireNonNullElse(description, Optional.empty());
    }

    /**
     * A response.
     *
     * @param level the level
     * @param type the type
     * @param description the description, may be null
     * @return the response
     */
    public static Response of(ResponseLevel level, ResponseType type, String description) {
        return new Response(Optional.of(level), Optional.of(type), Optional.ofNullable(description));
    }
}
