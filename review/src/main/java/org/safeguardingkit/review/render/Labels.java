package org.safeguardingkit.review.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.review.ActionEntry;
import org.safeguardingkit.review.AgencyEntry;
import org.safeguardingkit.review.InvolvedPupil;
import org.safeguardingkit.review.ResponseEntry;
import org.safeguardingkit.review.Student;
import org.safeguardingkit.review.checklist.Answer;

/**
 * The words a reader sees for the review's codes and values (unescaped: callers escape). Stateless.
 */
final class Labels {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private Labels() {
    }

    static String date(LocalDate date) {
        return date.format(DATE);
    }

    static String yearGroup(int year) {
        return year == -1 ? "Nursery" : year == 0 ? "Reception" : "Y" + year;
    }

    static String sex(Sex sex) {
        return switch (sex) {
            case M -> "M";
            case F -> "F";
            case X -> "X";
        };
    }

    /** "F, Y9" or what is known. */
    static String student(Student s) {
        String sex = s.sex().map(Labels::sex).orElse("sex not recorded");
        String year = s.yearGroup().map(Labels::yearGroup).orElse("year not recorded");
        return sex + ", " + year;
    }

    static String kind(Optional<CategoryKind> kind) {
        return kind.map(Labels::kind).orElse("not in taxonomy");
    }

    static String kind(CategoryKind kind) {
        return kind == CategoryKind.SAFEGUARDING ? "Safeguarding" : "Behavioural";
    }

    static String role(OtherPupilRole role) {
        return switch (role) {
            case ALLEGED_PERPETRATOR -> "alleged perpetrator";
            case VICTIM -> "victim";
            case WITNESS -> "witness";
            case INVOLVED -> "involved";
        };
    }

    static String involved(InvolvedPupil p) {
        return p.pupil() + p.role().map(r -> " (" + role(r) + ")").orElse("");
    }

    static String agency(Agency agency) {
        return switch (agency) {
            case POLICE -> "Police";
            case CHILDRENS_SOCIAL_CARE -> "Children's social care";
            case EARLY_HELP -> "Early help";
            case MASH -> "MASH";
            case CAMHS -> "CAMHS";
            case HEALTH -> "Health";
            case YOUTH_JUSTICE -> "Youth justice";
            case PREVENT -> "Prevent";
            case OTHER -> "Other agency";
        };
    }

    static String agency(AgencyEntry a) {
        return agency(a.agency()) + a.involvement().filter(s -> !s.isBlank()).map(s -> ": " + s).orElse("");
    }

    static String level(ResponseLevel level) {
        return switch (level) {
            case INDIVIDUAL -> "individual";
            case PEER_GROUP -> "peer group";
            case WHOLE_SCHOOL -> "whole school";
            case ENVIRONMENT -> "environment";
        };
    }

    static String type(ResponseType type) {
        return switch (type) {
            case SANCTION -> "Sanction";
            case SUPPORT -> "Support";
            case EDUCATION -> "Education";
            case RESTORATIVE -> "Restorative";
            case SUPERVISION -> "Supervision";
            case REFERRAL -> "Referral";
            case SAFETY_PLAN -> "Safety plan";
            case OTHER -> "Other";
        };
    }

    /** "Sanction: Detention" (the type, then the description). */
    static String response(ResponseEntry r, boolean withLevel) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.type().map(Labels::type).orElse("Response"));
        if (withLevel) {
            r.level().ifPresent(l -> sb.append(" (").append(level(l)).append(')'));
        }
        r.description().filter(s -> !s.isBlank()).ifPresent(d -> sb.append(": ").append(d));
        return sb.toString();
    }

    static String status(ActionStatus status) {
        return switch (status) {
            case OPEN -> "open";
            case IN_PROGRESS -> "in progress";
            case DONE -> "done";
            case CANCELLED -> "cancelled";
        };
    }

    /** "Speak to parents (owner S-1, due 10 Oct 2026, open)"; says "no owner" when there is none. */
    static String action(ActionEntry a) {
        StringBuilder sb = new StringBuilder(a.description().isBlank() ? "(no description)" : a.description());
        sb.append(" (").append(a.owner().map(o -> "owner " + o).orElse("no owner"));
        a.dueDate().ifPresent(d -> sb.append(", due ").append(date(d)));
        sb.append(", ").append(a.status().map(Labels::status).orElse("no status")).append(')');
        return sb.toString();
    }

    static String answer(Answer answer) {
        return answer.name();
    }

    static String setting(Setting setting) {
        return switch (setting) {
            case ON_SITE -> "On site";
            case OFF_SITE -> "Off site";
            case ONLINE -> "Online";
            case TRAVEL -> "Travel to/from school";
            case HOME -> "Home";
            case UNKNOWN -> "Unknown";
        };
    }

    static String percent(double share) {
        if (Double.isNaN(share)) {
            return "-";
        }
        double p = share * 100;
        return p > 0 && p < 1 ? "<1%" : Math.round(p) + "%";
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String ruleName(String rule) {
        return switch (rule) {
            case "fact-opinion" -> "Unlabelled opinion";
            case "child-voice" -> "No child's voice";
            case "rationale" -> "Decision without rationale";
            case "location" -> "No location";
            case "action-owner" -> "Action without owner, status or due date";
            case "timeliness" -> "Recorded late (over 24 h)";
            case "outcome" -> "Closed without outcome";
            case "category" -> "Missing or unknown category";
            case "clarity" -> "Unclear (jargon, acronyms, too short)";
            default -> rule;
        };
    }
}
