package org.safeguardingkit.review.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.safeguardingkit.review.ReviewThresholds;
import org.safeguardingkit.review.checklist.Answer;
import org.safeguardingkit.review.checklist.ChecklistItem;
import org.safeguardingkit.review.considerations.SanctionOnlyFlag;
import org.safeguardingkit.review.quality.RuleCount;
import org.safeguardingkit.review.trends.EscalatingPupil;
import org.safeguardingkit.review.trends.LocationHotspot;
import org.safeguardingkit.review.trends.PeerGroup;
import org.safeguardingkit.review.trends.RepeatedPupil;
import org.safeguardingkit.review.trends.ThemeSpike;
import org.safeguardingkit.review.trends.Trends;

/**
 * Drafts the follow-up plan from the NO/PARTIAL answers, the trends, the HSB or safeguarding categories met only
 * with sanctions and the recurring quality findings. Each action has a suggested owner role and a due date counted
 * from the review date: {@code followUpDays} for a NO, twice that for a PARTIAL, half of it for pupils with repeated
 * or escalating incidents. The reviewer edits the result ({@link FollowUp#withAction(String)}, ...). Stateless.
 */
public final class FollowUpPlanner {

    private static final int MAX_PER_KIND = 5;
    private static final int MAX_PUPILS_LISTED = 10;

    private static final Map<String, String> OWNERS = Map.of(
            "actions-owned", "DSL",
            "behavioural-and-safeguarding", "Behaviour lead with the DSL",
            "hsb-categories", "DSL",
            "lower-level-hsb", "DSL",
            "peer-connections", "MIS lead",
            "repeated-escalating", "MIS lead",
            "locations", "MIS lead",
            "themes", "MIS lead");

    private static final Map<String, String> RULES = Map.of(
            "fact-opinion", "separating fact from opinion and labelling opinion",
            "child-voice", "recording the child's own words",
            "rationale", "recording the reason for every decision",
            "location", "recording where it happened",
            "action-owner", "naming who owns each action and by when",
            "timeliness", "recording on the same day",
            "outcome", "recording the outcome when a concern is closed",
            "category", "choosing a category for every record",
            "clarity", "clear language without jargon or euphemism");

    private final ReviewThresholds t;

    /**
     * A planner.
     *
     * @param thresholds the thresholds (due dates)
     */
    public FollowUpPlanner(ReviewThresholds thresholds) {
        this.t = thresholds;
    }

    /**
     * Drafts the plan.
     *
     * @param today the review date
     * @param checklist the checklist
     * @param trends the trends
     * @param sanctionOnly HSB or safeguarding categories met only with sanctions
     * @param recurring recurring quality findings
     * @return the follow-ups
     */
    public List<FollowUp> plan(LocalDate today, List<ChecklistItem> checklist, Trends trends,
            List<SanctionOnlyFlag> sanctionOnly, List<RuleCount> recurring) {
        List<FollowUp> out = new ArrayList<>();
        for (ChecklistItem item : checklist) {
            if (item.answer() != Answer.YES) {
                int days = item.answer() == Answer.NO ? t.followUpDays() : 2 * t.followUpDays();
                out.add(new FollowUp(item.id(), item.id(), item.followUp().orElse("Review this question."),
                        item.evidence().summary(), OWNERS.getOrDefault(item.id(), "DSL"), today.plusDays(days)));
            }
        }
        LocalDate soon = today.plusDays(Math.max(1, t.followUpDays() / 2));
        if (!trends.repeated().isEmpty()) {
            out.add(new FollowUp("trend-repeated", "trend:repeated",
                    "Review the support and safety plans of the pupils with repeated incidents: "
                            + list(trends.repeated().stream().map(RepeatedPupil::pupil).toList()) + ".",
                    trends.repeated().size() + " pupil(s) with " + t.repeatedCount() + " or more incidents in "
                            + t.repeatedWindowDays() + " days.", "DSL", soon));
        }
        if (!trends.escalating().isEmpty()) {
            out.add(new FollowUp("trend-escalating", "trend:escalating",
                    "Review the pupils whose incidents are escalating and consider early help or a referral: "
                            + list(trends.escalating().stream().map(EscalatingPupil::pupil).distinct().toList())
                            + ".",
                    trends.escalating().size() + " escalation(s) in severity or frequency.", "DSL", soon));
        }
        int n = 0;
        for (PeerGroup g : trends.peerGroups()) {
            if (++n > MAX_PER_KIND) {
                break;
            }
            out.add(new FollowUp("peer-group-" + n, "trend:peerGroups",
                    "Plan a peer-group response (peer mapping, group work, supervision) for " + list(g.members())
                            + ".",
                    g.members().size() + " pupils repeatedly involved together on " + g.dates().size() + " day(s).",
                    "DSL", today.plusDays(t.followUpDays())));
        }
        n = 0;
        for (LocationHotspot h : trends.locations()) {
            if (++n > MAX_PER_KIND) {
                break;
            }
            String where = h.place().orElseGet(() -> h.platform().orElse("?"));
            boolean online = h.platform().isPresent();
            out.add(new FollowUp("location-" + n, "trend:locations",
                    online ? "Plan an online-safety response for " + where + " (education, parents, reporting)."
                            : "Review supervision and safety at " + where + " (staffing, partners such as transport"
                                    + " or community safety).",
                    h.count() + " incidents (" + h.family() + ") against " + h.expected() + " expected.",
                    online ? "Online safety lead" : "Senior leader for behaviour and site",
                    today.plusDays(t.followUpDays())));
        }
        n = 0;
        for (ThemeSpike s : trends.themes()) {
            if (++n > MAX_PER_KIND) {
                break;
            }
            out.add(new FollowUp("theme-" + n, "trend:themes",
                    "Plan a whole-school response to " + s.label() + " (assembly, PSHE, staff briefing) and look for"
                            + " a local or national cause.",
                    s.count() + " incidents from " + s.from() + " to " + s.to() + " against a weekly baseline of "
                            + s.baseline() + ".", "PSHE lead", today.plusDays(t.followUpDays())));
        }
        n = 0;
        for (SanctionOnlyFlag f : sanctionOnly) {
            if (++n > MAX_PER_KIND) {
                break;
            }
            out.add(new FollowUp("sanction-only-" + f.code(), "keyConsiderations:responses",
                    "Review the responses to " + f.label() + ": add support, education or a referral alongside"
                            + " sanctions.",
                    f.sanctionOnly() + " of " + f.incidents() + " incidents were met only with sanctions.", "DSL",
                    today.plusDays(t.followUpDays())));
        }
        for (RuleCount r : recurring) {
            out.add(new FollowUp("quality-" + r.rule(), "quality:" + r.rule(),
                    "Staff training on recording: " + RULES.getOrDefault(r.rule(), r.rule()) + ".",
                    r.records() + " sampled records (" + Math.round(r.share() * 100) + "%) have this finding.",
                    "DSL", today.plusDays(t.followUpDays())));
        }
        return out;
    }

    private static String list(List<String> pupils) {
        String shown = pupils.stream().limit(MAX_PUPILS_LISTED).collect(Collectors.joining(", "));
        return pupils.size() > MAX_PUPILS_LISTED ? shown + " and " + (pupils.size() - MAX_PUPILS_LISTED) + " more"
                : shown;
    }
}
