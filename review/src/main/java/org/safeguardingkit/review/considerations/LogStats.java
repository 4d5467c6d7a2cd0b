package org.safeguardingkit.review.considerations;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.review.engine.CategoryInfo;
import org.safeguardingkit.review.engine.ExampleIds;
import org.safeguardingkit.review.engine.Incident;

/**
 * Mergeable counts over the incidents of a period (of one school, or all): what the key considerations and the
 * checklist are computed from. Integer counts and bounded example sets only, so merging is exact. Not thread-safe.
 */
public final class LogStats {

    /** Counter: incidents. */
    public static final String INCIDENTS = "incidents";
    public static final String SAFEGUARDING = "safeguarding";
    public static final String BEHAVIOURAL = "behavioural";
    public static final String UNCATEGORISED = "uncategorised";
    public static final String HSB = "hsb";
    public static final String LOWER_LEVEL_HSB = "lowerLevelHsb";
    public static final String WITH_ACTIONS = "withActions";
    public static final String OWNED_ACTIONS = "ownedActions";
    public static final String WITH_CONTEXT_RESPONSE = "withContextResponse";
    public static final String WITH_OTHERS = "withOthers";
    public static final String WITH_OTHER_ROLES = "withOtherRoles";
    public static final String WITH_PLACE = "withPlace";
    public static final String WITH_LOCATION = "withLocation";
    public static final String ONLINE = "online";
    public static final String ONLINE_WITH_PLATFORM = "onlineWithPlatform";
    public static final String TAGGED = "tagged";

    /** The record fields whose fill rate is reported, in the v1 format's names. */
    public static final List<String> FIELDS = List.of("location", "childVoice", "otherPupils", "categories",
            "agencies", "responses", "actions", "decisions", "status", "outcome", "recordedBy.role", "pupil.sex",
            "pupil.yearGroup", "tags");

    /** Example sets. */
    public static final String EX_NO_PLACE = "noPlace";
    public static final String EX_UNOWNED = "unownedActions";
    public static final String EX_UNCATEGORISED = "uncategorised";
    public static final String EX_HSB = "hsb";
    public static final String EX_LOWER_LEVEL = "lowerLevelHsb";
    public static final String EX_SAFEGUARDING = "safeguarding";
    public static final String EX_BEHAVIOURAL = "behavioural";
    public static final String EX_OTHERS = "withOthers";
    public static final String EX_NO_ROLES = "noRoles";
    public static final String EX_TAGGED = "tagged";
    public static final String EX_CONTEXT = "contextResponse";

    private static final Set<ResponseType> SUPPORT = EnumSet.of(ResponseType.SUPPORT, ResponseType.EDUCATION,
            ResponseType.RESTORATIVE, ResponseType.SUPERVISION, ResponseType.SAFETY_PLAN);
    private static final Set<DecisionOutcome> REFERRAL = EnumSet.of(DecisionOutcome.EARLY_HELP,
            DecisionOutcome.STATUTORY_REFERRAL, DecisionOutcome.POLICE_REFERRAL, DecisionOutcome.SIGNPOST);

    private final int exampleLimit;
    private final Map<String, Long> counters = new TreeMap<>();
    private final Map<String, Long> fieldFilled = new TreeMap<>();
    private final Map<String, Long> categoryCounts = new TreeMap<>();
    private final Map<String, CategoryInfo> categoryInfo = new TreeMap<>();
    private final Map<String, long[]> responsesByCategory = new TreeMap<>();
    private final Map<CategoryKind, long[]> responsesByKind = new EnumMap<>(CategoryKind.class);
    private final Map<String, ExampleIds> sanctionOnlyExamples = new TreeMap<>();
    private final Map<String, ExampleIds> examples = new TreeMap<>();

    /**
     * Empty counts.
     *
     * @param exampleLimit example ids kept per set
     */
    public LogStats(int exampleLimit) {
        this.exampleLimit = exampleLimit;
    }

    /**
     * Counts one incident.
     *
     * @param concern the record
     * @param incident its facts
     */
    public void add(Concern concern, Incident incident) {
        count(INCIDENTS);
        boolean safeguarding = false;
        boolean behavioural = false;
        boolean hsb = false;
        boolean lowerLevel = false;
        boolean onlineCategory = false;
        for (CategoryInfo c : incident.categories()) {
            categoryCounts.merge(c.code(), 1L, Long::sum);
            categoryInfo.putIfAbsent(c.code(), c);
            safeguarding |= c.kind().filter(k -> k == CategoryKind.SAFEGUARDING).isPresent();
            behavioural |= c.kind().filter(k -> k == CategoryKind.BEHAVIOURAL).isPresent();
            hsb |= c.hsb();
            lowerLevel |= c.lowerLevelHsb();
            onlineCategory |= c.online();
        }
        if (safeguarding) {
            count(SAFEGUARDING);
            example(EX_SAFEGUARDING, concern);
        }
        if (behavioural) {
            count(BEHAVIOURAL);
            example(EX_BEHAVIOURAL, concern);
        }
        if (!incident.categorised()) {
            count(UNCATEGORISED);
            example(EX_UNCATEGORISED, concern);
        }
        if (hsb) {
            count(HSB);
            example(EX_HSB, concern);
        }
        if (lowerLevel) {
            count(LOWER_LEVEL_HSB);
            example(EX_LOWER_LEVEL, concern);
        }
        addActions(concern);
        addOthers(concern);
        addLocation(concern, onlineCategory);
        if (!concern.tags().isEmpty()) {
            count(TAGGED);
            example(EX_TAGGED, concern);
        }
        addFields(concern);
        addResponses(concern, incident);
    }

    private void addActions(Concern concern) {
        if (concern.actions().isEmpty()) {
            example(EX_UNOWNED, concern);
            return;
        }
        count(WITH_ACTIONS);
        boolean owned = true;
        for (Action a : concern.actions()) {
            owned &= a.owner().isPresent() && a.status().isPresent();
        }
        if (owned) {
            count(OWNED_ACTIONS);
        } else {
            example(EX_UNOWNED, concern);
        }
    }

    private void addOthers(Concern concern) {
        if (concern.otherPupils().isEmpty()) {
            return;
        }
        count(WITH_OTHERS);
        example(EX_OTHERS, concern);
        boolean roles = true;
        for (OtherPupil o : concern.otherPupils()) {
            roles &= o.role().isPresent();
        }
        if (roles) {
            count(WITH_OTHER_ROLES);
        } else {
            example(EX_NO_ROLES, concern);
        }
    }

    private void addLocation(Concern concern, boolean onlineCategory) {
        Location loc = concern.location().orElse(null);
        boolean recorded = loc != null && loc.isRecorded();
        boolean place = loc != null && (loc.place().filter(p -> !p.isBlank()).isPresent()
                || loc.platform().filter(p -> !p.isBlank()).isPresent());
        if (recorded) {
            count(WITH_LOCATION);
        }
        if (place) {
            count(WITH_PLACE);
        } else {
            example(EX_NO_PLACE, concern);
        }
        boolean online = onlineCategory || (loc != null && loc.setting().filter(s -> s == Setting.ONLINE).isPresent());
        if (online) {
            count(ONLINE);
            if (loc != null && loc.platform().filter(p -> !p.isBlank()).isPresent()) {
                count(ONLINE_WITH_PLATFORM);
            }
        }
    }

    private void addFields(Concern c) {
        fill("location", c.location().filter(Location::isRecorded).isPresent());
        fill("childVoice", c.childVoice().filter(v -> v.words().filter(w -> !w.isBlank()).isPresent()
                || v.notObtainedReason().filter(r -> !r.isBlank()).isPresent()).isPresent());
        fill("otherPupils", !c.otherPupils().isEmpty());
        fill("categories", !c.categories().isEmpty());
        fill("agencies", !c.agencies().isEmpty());
        fill("responses", !c.responses().isEmpty());
        fill("actions", !c.actions().isEmpty());
        fill("decisions", !c.decisions().isEmpty());
        fill("status", c.status().isPresent());
        fill("outcome", c.outcome().filter(o -> !o.isBlank()).isPresent());
        fill("recordedBy.role", c.recordedBy().role().isPresent());
        fill("pupil.sex", c.pupil().sex().isPresent());
        fill("pupil.yearGroup", c.pupil().yearGroup().isPresent());
        fill("tags", !c.tags().isEmpty());
    }

    private void fill(String field, boolean filled) {
        if (filled) {
            fieldFilled.merge(field, 1L, Long::sum);
        }
    }

    private void addResponses(Concern c, Incident incident) {
        boolean sanction = false;
        boolean support = false;
        boolean referral = !c.agencies().isEmpty();
        boolean individual = false;
        boolean context = false;
        for (Response r : c.responses()) {
            ResponseType type = r.type().orElse(ResponseType.OTHER);
            sanction |= type == ResponseType.SANCTION;
            support |= SUPPORT.contains(type);
            referral |= type == ResponseType.REFERRAL;
            ResponseLevel level = r.level().orElse(ResponseLevel.INDIVIDUAL);
            individual |= level == ResponseLevel.INDIVIDUAL;
            context |= level != ResponseLevel.INDIVIDUAL;
        }
        for (Decision d : c.decisions()) {
            referral |= REFERRAL.contains(d.outcome());
        }
        boolean sanctionOnly = sanction && !support && !referral;
        boolean none = c.responses().isEmpty() && !referral;
        if (context) {
            count(WITH_CONTEXT_RESPONSE);
            example(EX_CONTEXT, c);
        }
        long[] row = {1, sanction ? 1 : 0, support ? 1 : 0, referral ? 1 : 0, sanctionOnly ? 1 : 0,
            individual ? 1 : 0, context ? 1 : 0, none ? 1 : 0};
        EnumSet<CategoryKind> kinds = EnumSet.noneOf(CategoryKind.class);
        for (CategoryInfo info : incident.categories()) {
            add(responsesByCategory.computeIfAbsent(info.code(), k -> new long[8]), row);
            info.kind().ifPresent(kinds::add);
            if (sanctionOnly && (info.hsb() || info.kind().filter(k -> k == CategoryKind.SAFEGUARDING).isPresent())) {
                sanctionOnlyExamples.computeIfAbsent(info.code(), k -> new ExampleIds(exampleLimit)).add(c.id());
            }
        }
        for (CategoryKind kind : kinds) {
            add(responsesByKind.computeIfAbsent(kind, k -> new long[8]), row);
        }
    }

    private static void add(long[] target, long[] row) {
        for (int i = 0; i < target.length; i++) {
            target[i] += row[i];
        }
    }

    private void count(String name) {
        counters.merge(name, 1L, Long::sum);
    }

    private void example(String set, Concern concern) {
        examples.computeIfAbsent(set, k -> new ExampleIds(exampleLimit)).add(concern.id());
    }

    /**
     * Adds another's counts to these.
     *
     * @param other the other counts
     * @return this
     */
    public LogStats merge(LogStats other) {
        other.counters.forEach((k, v) -> counters.merge(k, v, Long::sum));
        other.fieldFilled.forEach((k, v) -> fieldFilled.merge(k, v, Long::sum));
        other.categoryCounts.forEach((k, v) -> categoryCounts.merge(k, v, Long::sum));
        other.categoryInfo.forEach(categoryInfo::putIfAbsent);
        other.responsesByCategory.forEach((k, v) -> add(responsesByCategory.computeIfAbsent(k, x -> new long[8]), v));
        other.responsesByKind.forEach((k, v) -> add(responsesByKind.computeIfAbsent(k, x -> new long[8]), v));
        other.sanctionOnlyExamples.forEach((k, v) ->
                sanctionOnlyExamples.computeIfAbsent(k, x -> new ExampleIds(exampleLimit)).addAll(v));
        other.examples.forEach((k, v) -> examples.computeIfAbsent(k, x -> new ExampleIds(exampleLimit)).addAll(v));
        return this;
    }

    /**
     * A counter's value.
     *
     * @param name the counter, one of the constants of this class
     * @return the value, 0 if never counted
     */
    public long get(String name) {
        return counters.getOrDefault(name, 0L);
    }

    /**
     * Incidents counted.
     *
     * @return the number of incidents
     */
    public long incidents() {
        return get(INCIDENTS);
    }

    /**
     * Example ids of a set.
     *
     * @param set the set name, one of the {@code EX_} constants
     * @return the ids, sorted
     */
    public List<org.safeguardingkit.core.model.ConcernId> examples(String set) {
        ExampleIds ids = examples.get(set);
        return ids == null ? List.of() : ids.list();
    }

    Map<String, Long> fieldFilled() {
        return fieldFilled;
    }

    Map<String, Long> categoryCounts() {
        return categoryCounts;
    }

    Map<String, CategoryInfo> categoryInfo() {
        return categoryInfo;
    }

    Map<String, long[]> responsesByCategory() {
        return responsesByCategory;
    }

    Map<CategoryKind, long[]> responsesByKind() {
        return responsesByKind;
    }

    Map<String, ExampleIds> sanctionOnlyExamples() {
        return sanctionOnlyExamples;
    }

    /**
     * The counts per category, most frequent first, then by code.
     *
     * @return the counts
     */
    public List<CategoryCount> toCategoryCounts() {
        List<CategoryCount> out = new java.util.ArrayList<>();
        categoryCounts.forEach((code, n) -> {
            CategoryInfo info = categoryInfo.get(code);
            out.add(new CategoryCount(code, info.label(), info.kind(), n));
        });
        out.sort(java.util.Comparator.comparingLong(CategoryCount::count).reversed()
                .thenComparing(CategoryCount::code));
        return out;
    }

    /**
     * The incident types.
     *
     * @return counts by kind and category
     */
    public IncidentTypes toIncidentTypes() {
        return new IncidentTypes(incidents(), get(SAFEGUARDING), get(BEHAVIOURAL), get(UNCATEGORISED),
                toCategoryCounts());
    }

    private static ResponseCounts counts(long[] a) {
        return new ResponseCounts(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7]);
    }

    /**
     * The response patterns.
     *
     * @return by kind, by category, and the sanction-only flags
     */
    public ResponsePatterns toResponsePatterns() {
        List<KindResponses> byKind = new java.util.ArrayList<>();
        responsesByKind.forEach((k, v) -> byKind.add(new KindResponses(k, counts(v))));
        List<CategoryResponses> byCategory = new java.util.ArrayList<>();
        responsesByCategory.forEach((code, v) -> {
            CategoryInfo info = categoryInfo.get(code);
            byCategory.add(new CategoryResponses(code, info.label(), info.kind(), counts(v)));
        });
        byCategory.sort(java.util.Comparator.comparingLong((CategoryResponses r) -> r.counts().incidents())
                .reversed().thenComparing(CategoryResponses::code));
        List<SanctionOnlyFlag> flags = new java.util.ArrayList<>();
        sanctionOnlyExamples.forEach((code, ids) -> {
            CategoryInfo info = categoryInfo.get(code);
            long[] v = responsesByCategory.get(code);
            flags.add(new SanctionOnlyFlag(code, info.label(), info.hsb() ? "hsb" : "safeguarding", v[0], v[4],
                    ids.list()));
        });
        flags.sort(java.util.Comparator.comparingLong(SanctionOnlyFlag::sanctionOnly).reversed()
                .thenComparing(SanctionOnlyFlag::code));
        return new ResponsePatterns(byKind, byCategory, flags);
    }

    /**
     * The fill rate of each reported field.
     *
     * @param rarelyFilledShare below this share a field is rarely filled
     * @return the fill rates in {@link #FIELDS} order
     */
    public List<FieldFill> toFieldFills(double rarelyFilledShare) {
        long total = incidents();
        List<FieldFill> out = new java.util.ArrayList<>();
        for (String field : FIELDS) {
            long filled = fieldFilled.getOrDefault(field, 0L);
            double share = total == 0 ? 0.0 : (double) filled / total;
            out.add(new FieldFill(field, filled, total, share, total > 0 && share < rarelyFilledShare));
        }
        return out;
    }

    /**
     * The taxonomy's categories that no incident uses, neither directly nor through a sub-category (the taxonomy's
     * coverage analysis).
     *
     * @param taxonomy the taxonomy
     * @return the codes, in the taxonomy's order
     */
    public List<String> unusedCategories(org.safeguardingkit.categories.Taxonomy taxonomy) {
        return org.safeguardingkit.categories.coverage.CoverageAnalysis.of(taxonomy).analyse(categoryCounts)
                .neverUsed();
    }

    /**
     * The number of distinct known categories used.
     *
     * @return the count
     */
    public int distinctKnownCategories() {
        int n = 0;
        for (CategoryInfo info : categoryInfo.values()) {
            if (info.known()) {
                n++;
            }
        }
        return n;
    }
}
