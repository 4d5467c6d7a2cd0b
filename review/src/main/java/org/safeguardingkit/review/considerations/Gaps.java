package org.safeguardingkit.review.considerations;

import java.util.List;
import java.util.Objects;

import org.safeguardingkit.review.quality.RuleCount;

/**
 * What gaps there are: fields never or rarely filled, categories of the taxonomy never used in the period, and
 * recording-quality findings that recur in the sample.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param fields fill rates of the record's optional fields
 * @param categoriesNeverUsed codes of the taxonomy's categories that no incident of the period uses
 * @param recurringFindings quality rules that fire on at least the recurring share of the sample
 */
public record Gaps(List<FieldFill> fields, List<String> categoriesNeverUsed, List<RuleCount> recurringFindings) {

    /** Checks the fields. */
    public Gaps {
        fields = List.copyOf(Objects.requireNonNullElse(fields, List.of()));
        categoriesNeverUsed = List.copyOf(Objects.requireNonNullElse(categoriesNeverUsed, List.of()));
        recurringFindings = List.copyOf(Objects.requireNonNullElse(recurringFindings, List.of()));
    }
}
