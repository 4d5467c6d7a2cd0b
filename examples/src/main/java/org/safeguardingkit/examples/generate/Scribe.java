package org.safeguardingkit.examples.generate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.AgencyInvolvement;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.ConcernStatus;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.examples.generate.ScenarioBook.Scenario;

/**
 * Writes the record of an {@link Incident} the way busy staff do: sometimes with the child's words quoted or
 * reported, sometimes with an unlabelled opinion, a decision without its reason, an action nobody owns, no location,
 * or in three words of jargon. Stateless apart from its configuration; thread-safe.
 */
final class Scribe {

    static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    private static final List<String> OUTCOMES = List.of("Resolved; no further incidents reported.",
            "Support in place and reviewed; case closed.", "Pupil and family engaged with support.",
            "Closed after review with the head of year.");

    private final ScenarioBook book;
    private final Cohort cohort;
    private final Staffroom staff;
    private final Set<Gap> gaps;

    Scribe(ScenarioBook book, Cohort cohort, Staffroom staff, Set<Gap> gaps) {
        this.book = book;
        this.cohort = cohort;
        this.staff = staff;
        this.gaps = gaps;
    }

    Concern write(Incident incident, ConcernId id, Dice dice) {
        Scenario scenario = book.scenario(incident.code());
        boolean safeguarding = !scenario.behavioural();
        int subject = incident.subject();
        int year = cohort.yearGroup(subject);

        ZonedDateTime occurred = incident.date().atStartOfDay(SCHOOL_ZONE).plusMinutes(incident.minute());
        Instant occurredAt = occurred.toInstant();
        Instant recordedAt = occurredAt.plus(delay(dice));

        List<Integer> others = incident.others().orElseGet(() -> drawOthers(scenario, subject, year, dice));
        if (gaps.contains(Gap.OTHER_PUPILS)) {
            others = List.of();
        }
        int recorder = staff.recorder(dice, safeguarding);

        String[] placeParts = incident.place().split("\\|", 2);
        Setting setting = Setting.valueOf(placeParts[0]);
        String place = placeParts[1];

        Text text = new Text(dice, cohort.firstName(subject)
                + (dice.chance(0.12) ? " " + cohort.surname(subject) : ""),
                others.isEmpty() ? otherName(dice) : cohort.firstName(others.get(0)),
                staff.name(dice.below(staff.size())), parent(subject, dice), place,
                String.format("%02d:%02d", occurred.getHour(), occurred.getMinute()));

        Concern.Builder b = Concern.builder()
                .id(id)
                .pupil(cohort.pupil(subject))
                .occurredAt(occurredAt)
                .recordedAt(recordedAt)
                .recordedBy(staff.ref(recorder))
                .tags(incident.tags());

        // Where.
        if (!gaps.contains(Gap.LOCATIONS) && !dice.chance(0.07)) {
            b.location(setting == Setting.ONLINE ? Location.online(place)
                    : setting == Setting.UNKNOWN ? new Location(Optional.of(Setting.UNKNOWN), Optional.empty(),
                            Optional.empty())
                    : Location.of(setting, place));
        }

        // Who else.
        for (int k = 0; k < others.size(); k++) {
            OtherPupilRole role = role(scenario, k);
            b.addOtherPupil(dice.chance(0.1) ? new OtherPupil(cohort.id(others.get(k)), Optional.empty())
                    : OtherPupil.of(cohort.id(others.get(k)), role));
        }

        // What it is about.
        if (!dice.chance(0.02)) {
            b.addCategory(scenario.code());
            if (scenario.code().startsWith("bullying.") && dice.chance(0.02) && !gaps.contains(Gap.SAFEGUARDING)) {
                b.addCategory("peer-on-peer");
            }
        }

        // What staff wrote, and the child's voice.
        StringBuilder summary = new StringBuilder();
        boolean terse = dice.chance(0.04);
        if (terse) {
            summary.append(text.fill(dice.pick(book.terse())));
        } else {
            summary.append(text.fill(dice.pick(events(scenario))));
            if (dice.chance(0.22)) {
                summary.append(' ').append(text.fill(dice.pick(book.opinions().get(scenario.kind()))));
            }
        }
        if (!gaps.contains(Gap.CHILD_VOICE) && !terse) {
            voice(scenario, text, dice, summary, b);
        }

        // Decisions.
        boolean nfaInText = false;
        if (safeguarding && !scenario.decisions().isEmpty() && dice.chance(0.85)) {
            DecisionOutcome outcome = DecisionOutcome.valueOf(dice.pick(scenario.decisions()));
            boolean missing = outcome == DecisionOutcome.NO_FURTHER_ACTION ? dice.chance(0.4) : dice.chance(0.12);
            String rationale = missing ? null : text.fill(dice.pick(book.rationales().get(outcome.name())));
            b.addDecision(Decision.of(outcome, rationale, staff.ref(dice.below(3)).id(),
                    occurredAt.plus(Duration.ofMinutes(dice.between(30, 60 * 30)))));
        } else if (!terse && dice.chance(0.05)) {
            summary.append(dice.pick(List.of(" NFA.", " No further action.", " Will monitor.")));
            nfaInText = true;
        }
        if (!terse && !nfaInText) {
            String closing = dice.pick(book.closings());
            if (!closing.isEmpty()) {
                summary.append(' ').append(closing);
            }
        }
        b.summary(summary.toString());

        // Agencies.
        if (safeguarding && !scenario.agencies().isEmpty() && dice.chance(0.55)) {
            String first = dice.pick(scenario.agencies());
            b.addAgency(agency(first));
            if (scenario.agencies().size() > 1 && dice.chance(0.2)) {
                String second = dice.pick(scenario.agencies());
                if (!second.equals(first)) {
                    b.addAgency(agency(second));
                }
            }
        }

        // Responses.
        List<Response> responses = responses(scenario, dice);
        b.responses(responses);

        // Actions.
        if (!gaps.contains(Gap.ACTIONS) && !scenario.actions().isEmpty() && dice.chance(safeguarding ? 0.7 : 0.45)) {
            int n = dice.chance(0.25) ? 2 : 1;
            for (int k = 0; k < n; k++) {
                b.addAction(action(dice.pick(scenario.actions()), occurred.toLocalDate(), dice));
            }
        }

        // Status and outcome.
        if (dice.chance(0.9)) {
            boolean closed = dice.chance(0.62);
            b.status(closed ? ConcernStatus.CLOSED : ConcernStatus.OPEN);
            if (closed && dice.chance(0.8)) {
                b.outcome(dice.pick(OUTCOMES));
            }
        }
        if (dice.chance(0.97)) {
            b.schoolId(org.safeguardingkit.core.model.SchoolId.of("school-synthetic"));
        }
        return b.build();
    }

    /** The scenario's events; without the child's words in them when the log has no child's voice. */
    private List<String> events(Scenario scenario) {
        if (!gaps.contains(Gap.CHILD_VOICE)) {
            return scenario.events();
        }
        List<String> silent = scenario.events().stream().filter(e -> !e.contains("{name} said")
                && !e.contains("{name} told") && !e.contains("{name} disclosed") && !e.contains("\"")).toList();
        return silent.isEmpty() ? List.of(scenario.events().get(0).replaceAll("\\{name\\} (said|told|disclosed)",
                "it was reported")) : silent;
    }

    private void voice(Scenario scenario, Text text, Dice dice, StringBuilder summary, Concern.Builder b) {
        double roll = dice.unit();
        boolean hasQuotes = !scenario.quotes().isEmpty();
        if (hasQuotes && roll < 0.28) {
            b.childVoice(ChildVoice.of(dice.pick(scenario.quotes())));
        } else if (hasQuotes && roll < 0.50) {
            summary.append(' ').append(text.name()).append(dice.pick(List.of(" said ", " told me ", " replied ")))
                    .append(quoted(dice.pick(scenario.quotes()), dice)).append('.');
        } else if (!scenario.reported().isEmpty() && roll < 0.64) {
            summary.append(' ').append(text.name())
                    .append(dice.pick(List.of(" said that ", " told me that ", " explained that ")))
                    .append(dice.pick(scenario.reported())).append('.');
        } else if (roll < 0.72 || !hasQuotes) {
            b.childVoice(ChildVoice.notObtained(dice.pick(book.notObtained())));
        }
        // Otherwise: no child's voice at all.
    }

    private static String quoted(String words, Dice dice) {
        double r = dice.unit();
        if (r < 0.6) {
            return "\"" + words + "\"";
        }
        return r < 0.9 ? "\u201C" + words + "\u201D" : "\u2018" + words + "\u2019";
    }

    private List<Integer> drawOthers(Scenario scenario, int subject, int year, Dice dice) {
        if (!dice.chance(scenario.peers())) {
            return List.of();
        }
        int n = dice.chance(0.6) ? 1 : dice.chance(0.7) ? 2 : 3;
        List<Integer> others = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int other = cohort.drawInYear(dice, year, subject);
            if (scenario.hsb() && k == 0 && cohort.sex(other) != Sex.F) {
                other = cohort.drawInYear(dice, year, subject); // victims of HSB are mostly girls: one more try
            }
            if (!others.contains(other)) {
                others.add(other);
            }
        }
        return others;
    }

    private static OtherPupilRole role(Scenario scenario, int k) {
        String code = scenario.code();
        boolean harm = code.startsWith("bullying.") || code.startsWith("hsb.") || code.equals("behaviour.theft");
        if (harm) {
            return k == 0 ? OtherPupilRole.VICTIM : OtherPupilRole.WITNESS;
        }
        return k == 0 || code.equals("behaviour.fighting") ? OtherPupilRole.INVOLVED : OtherPupilRole.WITNESS;
    }

    private String otherName(Dice dice) {
        return cohort.firstName(dice.below(cohort.size()));
    }

    private String parent(int subject, Dice dice) {
        double r = dice.unit();
        if (r < 0.35) {
            return "Mum";
        }
        if (r < 0.55) {
            return "Dad";
        }
        List<String> adults = cohort.familyAdults(subject);
        return dice.pick(adults);
    }

    private static Duration delay(Dice dice) {
        double r = dice.unit();
        if (r < 0.70) {
            return Duration.ofMinutes(dice.between(10, 180));
        }
        if (r < 0.92) {
            return Duration.ofMinutes(dice.between(180, 600));
        }
        return Duration.ofHours(dice.between(25, 24 * 5));
    }

    private static AgencyInvolvement agency(String entry) {
        String[] parts = entry.split("\\|", 2);
        return AgencyInvolvement.of(Agency.valueOf(parts[0]), parts.length > 1 ? parts[1] : null);
    }

    private List<Response> responses(Scenario scenario, Dice dice) {
        List<String> pool = scenario.responses();
        if (gaps.contains(Gap.WIDER_RESPONSES)) {
            pool = pool.stream().filter(r -> r.startsWith("INDIVIDUAL|")).toList();
        }
        if (pool.isEmpty() || dice.chance(0.08)) {
            return List.of();
        }
        List<Response> out = new ArrayList<>(2);
        String first = dice.pick(pool);
        out.add(response(first, dice));
        if (pool.size() > 1 && dice.chance(0.25)) {
            String second = dice.pick(pool);
            if (!second.equals(first)) {
                out.add(response(second, dice));
            }
        }
        return out;
    }

    private static Response response(String entry, Dice dice) {
        String[] parts = entry.split("\\|", 3);
        return Response.of(ResponseLevel.valueOf(parts[0]), ResponseType.valueOf(parts[1]),
                dice.chance(0.9) ? parts[2] : null);
    }

    private Action action(String description, LocalDate day, Dice dice) {
        if (gaps.contains(Gap.ACTION_OWNERS)) {
            return Action.of(description);
        }
        boolean owned = dice.chance(0.7);
        boolean due = dice.chance(0.75);
        boolean status = dice.chance(0.8);
        return new Action(description,
                owned ? Optional.of(staff.ref(dice.below(staff.size())).id()) : Optional.empty(),
                due ? Optional.of(day.plusDays(dice.between(1, 21))) : Optional.empty(),
                status ? Optional.of(dice.pick(List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS,
                        ActionStatus.DONE, ActionStatus.DONE, ActionStatus.CANCELLED))) : Optional.empty());
    }

    /** The words that fill a template's placeholders for one record. */
    private static final class Text {
        private final Dice dice;
        private final String name;
        private final String other;
        private final String staff;
        private final String parent;
        private final String place;
        private final String time;

        Text(Dice dice, String name, String other, String staff, String parent, String place, String time) {
            this.dice = dice;
            this.name = name;
            this.other = other;
            this.staff = staff;
            this.parent = parent;
            this.place = place;
            this.time = time;
        }

        String name() {
            return name;
        }

        String fill(String template) {
            if (template.indexOf('{') < 0) {
                return template;
            }
            String out = template.replace("{name}", name).replace("{other}", other).replace("{staff}", staff)
                    .replace("{parent}", parent).replace("{place}", place).replace("{time}", time);
            if (out.contains("{lesson}")) {
                out = out.replace("{lesson}", Integer.toString(1 + dice.below(5)));
            }
            if (out.contains("{outsider}")) {
                out = out.replace("{outsider}", Cohort.outsider(dice));
            }
            return out.replace("the the ", "the ").replace("The the ", "The ");
        }
    }
}
