package org.safeguardingkit.review;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.AgencyInvolvement;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.review.anonymise.Anonymiser;
import org.safeguardingkit.review.engine.CategoryInfo;
import org.safeguardingkit.review.engine.CategoryLens;

/**
 * Fills the form's row for one record: pseudonyms, redacted text, categories with their kind, responses split into
 * those for individuals and those for a peer group, the whole school or the environment. Never the date of birth.
 */
final class FormRows {

    private FormRows() {
    }

    static ReviewRow of(Concern c, Anonymiser a, CategoryLens lens, ZoneId zone) {
        Student student = new Student(a.pupil(c.pupil().id()), c.pupil().sex(),
                c.pupil().yearGroup().isPresent() ? Optional.of(c.pupil().yearGroup().getAsInt()) : Optional.empty());
        List<InvolvedPupil> others = new ArrayList<>();
        for (OtherPupil o : c.otherPupils()) {
            others.add(new InvolvedPupil(a.pupil(o.id()), o.role()));
        }
        List<AgencyEntry> agencies = new ArrayList<>();
        for (AgencyInvolvement ag : c.agencies()) {
            agencies.add(new AgencyEntry(ag.agency(), ag.involvement().map(a::text)));
        }
        Map<String, CategoryEntry> categories = new LinkedHashMap<>();
        for (String raw : c.categories()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            CategoryInfo info = lens.info(raw);
            categories.putIfAbsent(info.code(), new CategoryEntry(info.code(), info.label(), info.kind()));
        }
        List<ResponseEntry> individual = new ArrayList<>();
        List<ResponseEntry> context = new ArrayList<>();
        for (Response r : c.responses()) {
            ResponseEntry entry = new ResponseEntry(r.level(), r.type(), r.description().map(a::text));
            if (r.level().orElse(ResponseLevel.INDIVIDUAL) == ResponseLevel.INDIVIDUAL) {
                individual.add(entry);
            } else {
                context.add(entry);
            }
        }
        List<ActionEntry> actions = new ArrayList<>();
        for (Action act : c.actions()) {
            actions.add(new ActionEntry(a.text(act.description()), act.owner().map(a::staff), act.dueDate(),
                    act.status()));
        }
        return new ReviewRow(c.id(), c.schoolId(), c.occurredAt().atZone(zone).toLocalDate(), student,
                a.text(c.summary()), others, agencies, List.copyOf(categories.values()), individual, context,
                actions);
    }
}
