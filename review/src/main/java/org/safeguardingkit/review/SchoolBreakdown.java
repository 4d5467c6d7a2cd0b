package org.safeguardingkit.review;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.safeguardingkit.review.checklist.Answer;
import org.safeguardingkit.review.considerations.CategoryCount;

/**
 * One school's part of a (trust) review, on the same taxonomy, so that schools can be compared. Incidents without a
 * school id are under {@value #UNSPECIFIED}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param schoolId the school id, or {@value #UNSPECIFIED}
 * @param incidents incidents of the school in the period
 * @param safeguarding incidents with a safeguarding category
 * @param behavioural incidents with a behavioural category
 * @param byCategory counts per category, most frequent first
 * @param checklist the school's own computed checklist answers, by checklist id
 */
public record SchoolBreakdown(String schoolId, long incidents, long safeguarding, long behavioural,
        List<CategoryCount> byCategory, Map<String, Answer> checklist) {

    /** The school id used for incidents that name no school. */
    public static final String UNSPECIFIED = "(unspecified)";

    /** Checks the fields. */
    public SchoolBreakdown {
        Objects.requireNonNull(schoolId, "schools[].schoolId is required");
        byCategory = List.copyOf(Objects.requireNonNullElse(byCategory, List.of()));
        checklist = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(checklist, Map.of())));
    }
}
