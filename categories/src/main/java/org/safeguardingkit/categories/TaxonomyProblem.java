package org.safeguardingkit.categories;

import java.util.Objects;

/**
 * One problem of a taxonomy document, with where it is ({@code categories[3].children[0].severity}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param path    where in the document, e.g. {@code "categories[3].children[0].severity"}; for syntax
 *                errors {@code "line 4, column 7"}
 * @param type    what kind of problem
 * @param message a sentence for the person who maintains the file
 */
public record TaxonomyProblem(String path, ProblemType type, String message) {

    /** Checks that no field is null. */
    public TaxonomyProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
    }

    /** {@code "categories[3].severity: SGK-0209 severity must be 1..5, was 9"}. */
    @Override
    public String toString() {
        return path + ": " + type.code() + " " + message;
    }
}
