package org.safeguardingkit.examples.importer;

import java.util.List;
import java.util.Objects;
import org.safeguardingkit.core.model.Concern;

/**
 * What became of one row: imported as a record, or rejected with its reasons; either way with warnings.
 */
public sealed interface RowResult {

    /** @return the row's warnings (imported anyway, or also wrong) */
    List<RowProblem> warnings();

    /**
     * The row became a record.
     *
     * @param concern the record
     * @param warnings what was not quite right (e.g. an unknown category label kept as written)
     */
    record Imported(Concern concern, List<RowProblem> warnings) implements RowResult {
        /** Checks the fields. */
        public Imported {
            Objects.requireNonNull(concern, "concern");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The row could not become a record.
     *
     * @param problems why, at least one
     * @param warnings other things found on the row
     */
    record Rejected(List<RowProblem> problems, List<RowProblem> warnings) implements RowResult {
        /** Checks the fields. */
        public Rejected {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("SGK-0712: a rejected row needs a reason");
            }
        }
    }
}
