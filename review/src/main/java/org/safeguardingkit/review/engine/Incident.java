package org.safeguardingkit.review.engine;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.review.SchoolBreakdown;

/**
 * The facts of one concern that the whole-period parts of a review use (internal): no free text.
 *
 * @param id the incident id
 * @param school the school id, or {@link SchoolBreakdown#UNSPECIFIED}
 * @param pupil the subject child
 * @param day the day it occurred, in the review's zone
 * @param categories the distinct categories, resolved
 * @param severity the highest known severity, 0 when no category is known
 * @param involved the subject and the other pupils, distinct, subject first
 */
public record Incident(ConcernId id, String school, PupilId pupil, LocalDate day, List<CategoryInfo> categories,
        int severity, List<PupilId> involved) {

    /**
     * The facts of a concern.
     *
     * @param concern the concern
     * @param lens the taxonomy lens
     * @param zone the zone for days
     * @return the facts
     */
    public static Incident of(Concern concern, CategoryLens lens, ZoneId zone) {
        Map<String, CategoryInfo> byCode = new LinkedHashMap<>();
        int severity = 0;
        for (String raw : concern.categories()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            CategoryInfo info = lens.info(raw);
            byCode.putIfAbsent(info.code(), info);
            severity = Math.max(severity, info.severity());
        }
        Set<PupilId> involved = new LinkedHashSet<>();
        involved.add(concern.pupil().id());
        for (OtherPupil other : concern.otherPupils()) {
            involved.add(other.id());
        }
        String school = concern.schoolId().map(s -> s.value()).orElse(SchoolBreakdown.UNSPECIFIED);
        return new Incident(concern.id(), school, concern.pupil().id(), concern.occurredAt().atZone(zone).toLocalDate(),
                List.copyOf(new ArrayList<>(byCode.values())), severity, List.copyOf(involved));
    }

    /**
     * Whether any category is known to the taxonomy.
     *
     * @return true if categorised
     */
    public boolean categorised() {
        return categories.stream().anyMatch(CategoryInfo::known);
    }
}
