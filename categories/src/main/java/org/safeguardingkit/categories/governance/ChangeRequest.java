package org.safeguardingkit.categories.governance;

import java.time.Instant;
import java.util.Objects;

/**
 * A request to change a taxonomy: what, who asked, why and when, and against which version. Created by
 * {@link TaxonomyGovernance#submit(Change, Actor, String)}, which assigns the id and the time.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id             the request id, e.g. {@code "CR-3"}
 * @param change         the change asked for
 * @param requestedBy    who asked
 * @param reason         why, in the requester's words (required)
 * @param requestedAt    when (from the governance clock)
 * @param againstVersion the taxonomy version current when it was asked
 */
public record ChangeRequest(String id, Change change, Actor requestedBy, String reason, Instant requestedAt,
                            String againstVersion) {

    /** Checks every field; the reason must not be blank. */
    public ChangeRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(againstVersion, "againstVersion");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("SGK-0241: a change request needs a reason");
        }
    }
}
