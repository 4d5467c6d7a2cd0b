package org.safeguardingkit.examples.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened, before anybody wrote it down: the generator's plan for one record.
 *
 * @param date the day
 * @param minute the minute of the day (local school time)
 * @param code the category code
 * @param subject the pupil the record is about (cohort index)
 * @param others other pupils involved (cohort indices), if planted; empty to let the scribe decide
 * @param place "SETTING|place"
 * @param tags theme tags
 */
record Incident(LocalDate date, int minute, String code, int subject, Optional<List<Integer>> others, String place,
        List<String> tags) {

    Incident {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(code, "code");
        others = others.map(List::copyOf);
        Objects.requireNonNull(place, "place");
        tags = List.copyOf(tags);
    }
}
