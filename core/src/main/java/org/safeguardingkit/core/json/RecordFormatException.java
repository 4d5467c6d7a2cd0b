package org.safeguardingkit.core.json;

import java.util.Objects;
import java.util.OptionalLong;
import org.safeguardingkit.core.SafeguardingException;

/**
 * A record that does not follow the v1 format: an unknown field, a wrong enum value, a bad date, a missing required
 * field, or text that is not JSON. The message names the line (for JSON Lines), the field path and what was expected;
 * it never repeats the record's free text.
 */
public final class RecordFormatException extends SafeguardingException {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;
    private final String field;
    private final String problem;

    /**
     * Creates an exception.
     *
     * @param lineNumber the 1-based line number, or 0 if not read from a line
     * @param field the field path, e.g. {@code pupil/sex} (JSON-pointer-like, as in findings), or empty for the
     *     whole record
     * @param problem what was expected
     * @param cause the underlying parse error, may be null
     */
    public RecordFormatException(long lineNumber, String field, String problem, Throwable cause) {
        super(format(lineNumber, field, problem), cause);
        this.lineNumber = lineNumber;
        this.field = Objects.requireNonNull(field, "field");
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    private static String format(long lineNumber, String field, String problem) {
        StringBuilder sb = new StringBuilder("SGK-0100: ");
        if (lineNumber > 0) {
            sb.append("line ").append(lineNumber).append(": ");
        }
        if (field != null && !field.isEmpty()) {
            sb.append("field '").append(field).append("': ");
        }
        return sb.append(problem).toString();
    }

    /**
     * The line the record was on.
     *
     * @return the 1-based line number, empty if the record was not read from a line
     */
    public OptionalLong lineNumber() {
        return lineNumber > 0 ? OptionalLong.of(lineNumber) : OptionalLong.empty();
    }

    /**
     * The field path, such as {@code pupil/sex} or {@code decisions/0/outcome}.
     *
     * @return the path, empty for a problem with the whole record
     */
    public String field() {
        return field;
    }

    /**
     * What was wrong, without line or field.
     *
     * @return the problem
     */
    public String problem() {
        return problem;
    }
}
