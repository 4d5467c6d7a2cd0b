package org.safeguardingkit.core.json;

import java.util.Objects;
import org.safeguardingkit.core.model.Concern;

/**
 * One line of a JSON Lines log: either an accepted record or a rejection that says why. A reader hands back one of
 * these for every non-blank line, so accepted + rejected = non-blank lines read.
 */
public sealed interface LogLine permits LogLine.Accepted, LogLine.Rejected {

    /**
     * The 1-based line number in the input.
     *
     * @return the line number
     */
    long lineNumber();

    /**
     * A line that held a valid record.
     *
     * @param lineNumber the 1-based line number
     * @param concern the record
     */
    record Accepted(long lineNumber, Concern concern) implements LogLine {
        /** Checks the fields. */
        public Accepted {
            Objects.requireNonNull(concern, "concern");
        }
    }

    /**
     * A line that did not hold a valid record.
     *
     * @param lineNumber the 1-based line number
     * @param error why, naming the line and field
     */
    record Rejected(long lineNumber, RecordFormatException error) implements LogLine {
        /** Checks the fields. */
        public Rejected {
            Objects.requireNonNull(error, "error");
        }
    }
}
