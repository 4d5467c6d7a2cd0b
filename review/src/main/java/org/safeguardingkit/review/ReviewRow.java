package org.safeguardingkit.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.SchoolId;

/**
 * One row of the review form, for one sampled incident: the form's eight columns.
 *
 * <ol>
 * <li>student details: {@code student} (pseudonym, M/F, year group)</li>
 * <li>overview of incident: {@code overview} (the redacted summary)</li>
 * <li>other students involved: {@code otherStudents} (pseudonyms and roles)</li>
 * <li>agency involvements: {@code agencies}</li>
 * <li>behaviour category (safeguarding / behavioural): {@code categories}</li>
 * <li>response, individuals involved: {@code individualResponses}</li>
 * <li>response, peer group / whole school / environment: {@code contextResponses}</li>
 * <li>actions taken: {@code actions}</li>
 * </ol>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param incident the incident id (the concern record's id)
 * @param schoolId the school, for a trust's review
 * @param date the day the incident occurred
 * @param student the student details
 * @param overview the redacted summary
 * @param otherStudents the other students involved
 * @param agencies agency involvements
 * @param categories behaviour categories with their kind
 * @param individualResponses responses aimed at the individuals involved (or at no recorded level)
 * @param contextResponses responses aimed at a peer group, the whole school or the environment
 * @param actions actions taken
 */
public record ReviewRow(ConcernId incident, Optional<SchoolId> schoolId, LocalDate date, Student student,
        String overview, List<InvolvedPupil> otherStudents, List<AgencyEntry> agencies,
        List<CategoryEntry> categories, List<ResponseEntry> individualResponses,
        List<ResponseEntry> contextResponses, List<ActionEntry> actions) {

    /** Checks the fields. */
    public ReviewRow {
        Objects.requireNonNull(incident, "rows[].incident is required");
        schoolId = Objects.requireNonNullElse(schoolId, Optional.empty());
        Objects.requireNonNull(date, "rows[].date is required");
        Objects.requireNonNull(student, "rows[].student is required");
        overview = Objects.requireNonNullElse(overview, "");
        otherStudents = List.copyOf(Objects.requireNonNullElse(otherStudents, List.of()));
        agencies = List.copyOf(Objects.requireNonNullElse(agencies, List.of()));
        categories = List.copyOf(Objects.requireNonNullElse(categories, List.of()));
        individualResponses = List.copyOf(Objects.requireNonNullElse(individualResponses, List.of()));
        contextResponses = List.copyOf(Objects.requireNonNullElse(contextResponses, List.of()));
        actions = List.copyOf(Objects.requireNonNullElse(actions, List.of()));
    }
}
