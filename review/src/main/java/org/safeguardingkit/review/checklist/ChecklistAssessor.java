package org.safeguardingkit.review.checklist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.review.ReviewThresholds;
import org.safeguardingkit.review.considerations.LogStats;
import org.safeguardingkit.review.trends.Trends;

/**
 * Answers the eight checklist questions from the counts of the whole period, with evidence and a follow-up
 * suggestion for every answer that is not YES. The rules (thresholds from {@link ReviewThresholds}):
 *
 * <ul>
 * <li>{@code actions-owned}: share of incidents whose actions all have an owner and a status: YES at
 * {@code yesShare}, PARTIAL at {@code partialShare}, else NO;</li>
 * <li>{@code behavioural-and-safeguarding}: NO unless both kinds occur; YES when each is at least
 * {@code kindMinShare} of incidents, else PARTIAL;</li>
 * <li>{@code hsb-categories}: NO without any harmful-sexual-behaviour incident; PARTIAL when fewer than
 * {@code minDistinctCategories} distinct categories are in use; else YES;</li>
 * <li>{@code lower-level-hsb}: NO without any; PARTIAL below {@code lowerLevelHsbMin}; else YES;</li>
 * <li>{@code peer-connections}: NO when no incident names other pupils; YES when at least
 * {@code peerRecordedYesShare} of incidents name them and at least {@code yesShare} of those give their roles; else
 * PARTIAL;</li>
 * <li>{@code repeated-escalating}: share of incidents with a category the taxonomy knows (severity and trends need
 * it): YES at {@code categorisedYesShare}, PARTIAL at {@code categorisedPartialShare}, else NO;</li>
 * <li>{@code locations}: share of incidents naming a place or platform: YES at {@code yesShare}, PARTIAL at
 * {@code partialShare} (of places, or of any location including a setting only), else NO;</li>
 * <li>{@code themes}: YES when theme tags are used and at least {@code categorisedPartialShare} of incidents are
 * categorised (weekly spikes); PARTIAL with only one of the two; NO with neither.</li>
 * </ul>
 *
 * An empty period answers NO everywhere. Thread-safe (stateless).
 */
public final class ChecklistAssessor {

    private final ReviewThresholds t;
    private final Taxonomy taxonomy;

    /**
     * An assessor.
     *
     * @param thresholds the thresholds
     * @param taxonomy the taxonomy
     */
    public ChecklistAssessor(ReviewThresholds thresholds, Taxonomy taxonomy) {
        this.t = thresholds;
        this.taxonomy = taxonomy;
    }

    /**
     * The checklist in the form's order.
     *
     * @param s the counts
     * @param trends the trends, cited as evidence
     * @return the items
     */
    public List<ChecklistItem> assess(LogStats s, Trends trends) {
        List<ChecklistItem> out = new ArrayList<>();
        out.add(actionsOwned(s));
        out.add(behaviouralAndSafeguarding(s));
        out.add(hsbCategories(s));
        out.add(lowerLevelHsb(s));
        out.add(peerConnections(s, trends));
        out.add(repeatedEscalating(s, trends));
        out.add(locations(s, trends));
        out.add(themes(s, trends));
        return out;
    }

    /**
     * The computed answers only, by id (for a school's breakdown).
     *
     * @param s the counts
     * @return the answers in the form's order
     */
    public Map<String, Answer> answers(LogStats s) {
        Map<String, Answer> out = new LinkedHashMap<>();
        for (ChecklistItem item : assess(s, Trends.none())) {
            out.put(item.id(), item.answer());
        }
        return out;
    }

    private static double share(long count, long total) {
        return total == 0 ? 0.0 : (double) count / total;
    }

    private static String pct(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private ChecklistItem item(ChecklistId id, Answer answer, String summary, List<Figure> figures,
            List<ConcernId> incidents, String followUp) {
        List<ConcernId> examples = incidents.stream().limit(t.examples()).toList();
        return new ChecklistItem(id.id(), id.question(), answer, new Evidence(summary, figures, examples),
                answer == Answer.YES ? Optional.empty() : Optional.of(followUp), Optional.empty());
    }

    private Answer byShare(double share, double yes, double partial) {
        return share >= yes ? Answer.YES : share >= partial ? Answer.PARTIAL : Answer.NO;
    }

    private ChecklistItem actionsOwned(LogStats s) {
        long n = s.incidents();
        long owned = s.get(LogStats.OWNED_ACTIONS);
        long withActions = s.get(LogStats.WITH_ACTIONS);
        long context = s.get(LogStats.WITH_CONTEXT_RESPONSE);
        double share = share(owned, n);
        Answer a = n == 0 ? Answer.NO : byShare(share, t.yesShare(), t.partialShare());
        String summary = String.format(Locale.ROOT,
                "%d of %d incidents (%s) record actions that all have an owner and a status; YES needs %s, PARTIAL %s."
                        + " %d (%s) record any action; %d (%s) record a response to a peer group, the whole school or"
                        + " a place.",
                owned, n, pct(share), pct(t.yesShare()), pct(t.partialShare()), withActions,
                pct(share(withActions, n)), context, pct(share(context, n)));
        return item(ChecklistId.ACTIONS_OWNED, a, summary,
                List.of(Figure.of("share of incidents with owned actions", share, t.yesShare()),
                        Figure.of("share of incidents with any action", share(withActions, n)),
                        Figure.of("share of incidents with a contextual response", share(context, n))),
                s.examples(LogStats.EX_UNOWNED),
                "Add an owner, a due date and a status to every action in the log, and a field for responses to"
                        + " peer groups, the whole school and places; check responses against the safeguarding"
                        + " policy.");
    }

    private ChecklistItem behaviouralAndSafeguarding(LogStats s) {
        long n = s.incidents();
        long sg = s.get(LogStats.SAFEGUARDING);
        long bh = s.get(LogStats.BEHAVIOURAL);
        Answer a;
        if (sg == 0 || bh == 0) {
            a = Answer.NO;
        } else if (share(sg, n) >= t.kindMinShare() && share(bh, n) >= t.kindMinShare()) {
            a = Answer.YES;
        } else {
            a = Answer.PARTIAL;
        }
        String summary = String.format(Locale.ROOT,
                "%d of %d incidents (%s) have a safeguarding category and %d (%s) a behavioural one; YES needs both,"
                        + " each at least %s.",
                sg, n, pct(share(sg, n)), bh, pct(share(bh, n)), pct(t.kindMinShare()));
        List<ConcernId> ex = new ArrayList<>(s.examples(LogStats.EX_SAFEGUARDING).stream().limit(2).toList());
        ex.addAll(s.examples(LogStats.EX_BEHAVIOURAL).stream().limit(3).toList());
        return item(ChecklistId.BEHAVIOURAL_AND_SAFEGUARDING, a, summary,
                List.of(Figure.of("share of safeguarding incidents", share(sg, n), t.kindMinShare()),
                        Figure.of("share of behavioural incidents", share(bh, n), t.kindMinShare())),
                ex, "Record behavioural and safeguarding incidents in the same log with categories of both kinds,"
                        + " so that behaviour which is a sign of harm is seen.");
    }

    private ChecklistItem hsbCategories(LogStats s) {
        long n = s.incidents();
        long hsb = s.get(LogStats.HSB);
        int distinct = s.distinctKnownCategories();
        long hsbInTaxonomy = taxonomy.categories().stream().filter(c -> taxonomy.isHsb(c.code())).count();
        Answer a = hsb == 0 ? Answer.NO : distinct < t.minDistinctCategories() ? Answer.PARTIAL : Answer.YES;
        String summary = String.format(Locale.ROOT,
                "%d of %d incidents (%s) use a harmful sexual behaviour category (the taxonomy has %d); %d distinct"
                        + " categories are in use, YES needs at least %d and some HSB incidents.",
                hsb, n, pct(share(hsb, n)), hsbInTaxonomy, distinct, t.minDistinctCategories());
        return item(ChecklistId.HSB_CATEGORIES, a, summary,
                List.of(Figure.of("incidents with an HSB category", hsb, 1),
                        Figure.of("distinct categories in use", distinct, t.minDistinctCategories()),
                        Figure.of("HSB categories in the taxonomy", hsbInTaxonomy)),
                s.examples(LogStats.EX_HSB),
                "Add categories for harmful sexual behaviour to the log (e.g. sexual harassment, image sharing,"
                        + " sexual violence) and train staff to use them.");
    }

    private ChecklistItem lowerLevelHsb(LogStats s) {
        long n = s.incidents();
        long ll = s.get(LogStats.LOWER_LEVEL_HSB);
        Answer a = ll == 0 ? Answer.NO : ll < t.lowerLevelHsbMin() ? Answer.PARTIAL : Answer.YES;
        String summary = String.format(Locale.ROOT,
                "%d of %d incidents record lower-level harmful sexual behaviour (e.g. sexist language); YES needs at"
                        + " least %d.",
                ll, n, t.lowerLevelHsbMin());
        return item(ChecklistId.LOWER_LEVEL_HSB, a, summary,
                List.of(Figure.of("lower-level HSB incidents", ll, t.lowerLevelHsbMin())),
                s.examples(LogStats.EX_LOWER_LEVEL),
                "Add categories for lower-level harmful sexual behaviour (sexist language, sexual comments) and"
                        + " brief staff that these are recorded, not only dealt with.");
    }

    private ChecklistItem peerConnections(LogStats s, Trends trends) {
        long n = s.incidents();
        long others = s.get(LogStats.WITH_OTHERS);
        long roles = s.get(LogStats.WITH_OTHER_ROLES);
        double shareOthers = share(others, n);
        double shareRoles = share(roles, others);
        Answer a;
        if (others == 0) {
            a = Answer.NO;
        } else if (shareOthers >= t.peerRecordedYesShare() && shareRoles >= t.yesShare()) {
            a = Answer.YES;
        } else {
            a = Answer.PARTIAL;
        }
        String summary = String.format(Locale.ROOT,
                "%d of %d incidents (%s) name the other pupils involved, %s of those with their roles; YES needs %s"
                        + " and %s. %d peer group(s) of pupils repeatedly involved together were found.",
                others, n, pct(shareOthers), pct(shareRoles), pct(t.peerRecordedYesShare()), pct(t.yesShare()),
                trends.peerGroups().size());
        List<ConcernId> ex = others == 0 ? List.of()
                : roles < others ? s.examples(LogStats.EX_NO_ROLES) : s.examples(LogStats.EX_OTHERS);
        return item(ChecklistId.PEER_CONNECTIONS, a, summary,
                List.of(Figure.of("share of incidents naming other pupils", shareOthers, t.peerRecordedYesShare()),
                        Figure.of("share of those with roles", shareRoles, t.yesShare()),
                        Figure.of("peer groups found", trends.peerGroups().size())),
                ex, "Record the other pupils involved in each incident with their role (alleged perpetrator, victim,"
                        + " witness), so that peer groups can be mapped.");
    }

    private ChecklistItem repeatedEscalating(LogStats s, Trends trends) {
        long n = s.incidents();
        long categorised = n - s.get(LogStats.UNCATEGORISED);
        double share = share(categorised, n);
        Answer a = n == 0 ? Answer.NO : byShare(share, t.categorisedYesShare(), t.categorisedPartialShare());
        String summary = String.format(Locale.ROOT,
                "%d of %d incidents (%s) have a category with a severity, which repeated and escalating behaviour"
                        + " needs; YES needs %s, PARTIAL %s. Found: %d pupil(s) with %d or more incidents in %d"
                        + " days, %d escalating.",
                categorised, n, pct(share), pct(t.categorisedYesShare()), pct(t.categorisedPartialShare()),
                trends.repeated().size(), t.repeatedCount(), t.repeatedWindowDays(), trends.escalating().size());
        return item(ChecklistId.REPEATED_ESCALATING, a, summary,
                List.of(Figure.of("share of categorised incidents", share, t.categorisedYesShare()),
                        Figure.of("pupils with repeated incidents", trends.repeated().size()),
                        Figure.of("pupils with escalating incidents", trends.escalating().size())),
                s.examples(LogStats.EX_UNCATEGORISED),
                "Make a category required on every record and review repeated and escalating pupils each half"
                        + " term.");
    }

    private ChecklistItem locations(LogStats s, Trends trends) {
        long n = s.incidents();
        long place = s.get(LogStats.WITH_PLACE);
        long any = s.get(LogStats.WITH_LOCATION);
        long online = s.get(LogStats.ONLINE);
        long platform = s.get(LogStats.ONLINE_WITH_PLATFORM);
        double sharePlace = share(place, n);
        double shareAny = share(any, n);
        Answer a = n == 0 ? Answer.NO
                : sharePlace >= t.yesShare() ? Answer.YES
                : sharePlace >= t.partialShare() || shareAny >= t.partialShare() ? Answer.PARTIAL : Answer.NO;
        String summary = String.format(Locale.ROOT,
                "%d of %d incidents (%s) name a place or online platform, %d (%s) record any location; YES needs %s,"
                        + " PARTIAL %s. %d of %d online incidents name the platform. %d hotspot(s) found.",
                place, n, pct(sharePlace), any, pct(shareAny), pct(t.yesShare()), pct(t.partialShare()), platform,
                online, trends.locations().size());
        return item(ChecklistId.LOCATIONS, a, summary,
                List.of(Figure.of("share of incidents naming a place or platform", sharePlace, t.yesShare()),
                        Figure.of("share of incidents with any location", shareAny, t.partialShare()),
                        Figure.of("share of online incidents naming the platform", share(platform, online)),
                        Figure.of("hotspots found", trends.locations().size())),
                s.examples(LogStats.EX_NO_PLACE),
                "Add a location field (setting, place, online platform) to the log and make it required, so that"
                        + " hotspots in and around school and online can be seen.");
    }

    private ChecklistItem themes(LogStats s, Trends trends) {
        long n = s.incidents();
        long tagged = s.get(LogStats.TAGGED);
        long categorised = n - s.get(LogStats.UNCATEGORISED);
        double catShare = share(categorised, n);
        boolean tags = tagged > 0;
        boolean cats = n > 0 && catShare >= t.categorisedPartialShare();
        Answer a = tags && cats ? Answer.YES : tags || cats ? Answer.PARTIAL : Answer.NO;
        String summary = String.format(Locale.ROOT,
                "%d of %d incidents (%s) carry a theme tag and %s are categorised (weekly spikes need at least %s);"
                        + " YES needs both. %d spike(s) and %d theme tag(s) found.",
                tagged, n, pct(share(tagged, n)), pct(catShare), pct(t.categorisedPartialShare()),
                trends.themes().size(), trends.tags().size());
        return item(ChecklistId.THEMES, a, summary,
                List.of(Figure.of("share of incidents with a theme tag", share(tagged, n)),
                        Figure.of("share of categorised incidents", catShare, t.categorisedPartialShare()),
                        Figure.of("category spikes found", trends.themes().size())),
                tags ? s.examples(LogStats.EX_TAGGED) : s.examples(LogStats.EX_UNCATEGORISED),
                "Add theme tags to the log for local, regional and national concerns (e.g. a new policy, a local"
                        + " incident, a national campaign) and compare weekly counts with them each half term.");
    }
}
