package org.safeguardingkit.review.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;
import org.safeguardingkit.categories.Category;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.review.CategoryEntry;
import org.safeguardingkit.review.ReviewRow;

/**
 * What the charts show over the whole period of a review: incidents per week by category (a record counts once,
 * under its first category, or that category's top-level group when built with a taxonomy), the first and last day,
 * and where incidents happen, by setting and online platform. Place text is not kept (it can hold names); platforms
 * are reduced to a list of well-known ones.
 *
 * <p>Collect one while the review reads its records, with {@link #builder(ZoneId)}; timelines of shards
 * {@link #merge(Timeline) merge}. This class is immutable and thread-safe.
 */
public final class Timeline {

    /** The key for a record without a category. */
    public static final String UNCATEGORISED = "(uncategorised)";
    /** The key for a record without a location. */
    public static final String NOT_RECORDED = "Not recorded";

    private static final List<String> PLATFORMS = List.of("Snapchat", "WhatsApp", "Instagram", "TikTok",
            "Facebook", "Discord", "Roblox", "YouTube", "Telegram", "Twitter", "Xbox", "PlayStation", "Fortnite",
            "Twitch", "Reddit", "Threads", "BeReal", "Messenger", "iMessage", "Minecraft");

    private static final Timeline EMPTY = new Timeline(new TreeMap<>(), new HashMap<>(), 0, null, null, Map.of());

    private final NavigableMap<LocalDate, Map<String, Long>> weekly;
    private final Map<String, Long> places;
    private final long incidents;
    private final LocalDate first;
    private final LocalDate last;
    private final Map<String, String> labels;

    private Timeline(NavigableMap<LocalDate, Map<String, Long>> weekly, Map<String, Long> places, long incidents,
            LocalDate first, LocalDate last, Map<String, String> labels) {
        TreeMap<LocalDate, Map<String, Long>> copy = new TreeMap<>();
        weekly.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.weekly = Collections.unmodifiableNavigableMap(copy);
        this.places = Collections.unmodifiableMap(new LinkedHashMap<>(places));
        this.incidents = incidents;
        this.first = first;
        this.last = last;
        this.labels = Map.copyOf(labels);
    }

    /**
     * A timeline with nothing in it.
     *
     * @return the empty timeline
     */
    public static Timeline empty() {
        return EMPTY;
    }

    /**
     * A builder that places each record in the week (starting Monday) of its {@code occurredAt} in a zone.
     *
     * @param zone the school's time zone
     * @return a new builder
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Objects.requireNonNull(zone, "zone"), null);
    }

    /**
     * A builder that counts each record under the top-level category of its first category in a taxonomy (e.g.
     * "Harmful sexual behaviour" for {@code hsb.sexist-language}), which keeps the chart readable; codes the taxonomy
     * does not know are counted as they are.
     *
     * @param zone the school's time zone
     * @param taxonomy the taxonomy
     * @return a new builder
     */
    public static Builder builder(ZoneId zone, Taxonomy taxonomy) {
        return new Builder(Objects.requireNonNull(zone, "zone"), Objects.requireNonNull(taxonomy, "taxonomy"));
    }

    /**
     * A timeline from a review's rows alone (when only the sample is at hand); it has no locations.
     *
     * @param rows the rows
     * @return the timeline
     */
    public static Timeline ofRows(List<ReviewRow> rows) {
        NavigableMap<LocalDate, Map<String, Long>> weekly = new TreeMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (ReviewRow row : rows) {
            String code = row.categories().stream().map(CategoryEntry::code).findFirst().orElse(UNCATEGORISED);
            weekly.computeIfAbsent(monday(row.date()), k -> new HashMap<>()).merge(code, 1L, Long::sum);
            first = first == null || row.date().isBefore(first) ? row.date() : first;
            last = last == null || row.date().isAfter(last) ? row.date() : last;
        }
        return new Timeline(weekly, Map.of(), rows.size(), first, last, Map.of());
    }

    /**
     * The day of the first incident counted.
     *
     * @return the day, or empty if none
     */
    public Optional<LocalDate> first() {
        return Optional.ofNullable(first);
    }

    /**
     * The day of the last incident counted.
     *
     * @return the day, or empty if none
     */
    public Optional<LocalDate> last() {
        return Optional.ofNullable(last);
    }

    /**
     * Labels of the category groups counted, when built with a taxonomy.
     *
     * @return code to label
     */
    public Map<String, String> labels() {
        return labels;
    }

    /**
     * Incidents per week: the Monday of each week to counts by category code.
     *
     * @return the weeks in order
     */
    public NavigableMap<LocalDate, Map<String, Long>> weekly() {
        return weekly;
    }

    /**
     * Incidents by where they happened: "On site", "Online: Snapchat", "Not recorded", ...
     *
     * @return counts by place label
     */
    public Map<String, Long> places() {
        return places;
    }

    /**
     * The number of incidents counted.
     *
     * @return the count
     */
    public long incidents() {
        return incidents;
    }

    /**
     * Whether nothing was counted.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return incidents == 0;
    }

    /**
     * Combines two timelines (of shards of one log, or of several schools). Associative and commutative.
     *
     * @param other the other timeline
     * @return the combined timeline
     */
    public Timeline merge(Timeline other) {
        NavigableMap<LocalDate, Map<String, Long>> w = new TreeMap<>();
        for (Timeline t : List.of(this, other)) {
            t.weekly.forEach((week, counts) -> {
                Map<String, Long> target = w.computeIfAbsent(week, k -> new HashMap<>());
                counts.forEach((code, n) -> target.merge(code, n, Long::sum));
            });
        }
        Map<String, Long> p = new HashMap<>(places);
        other.places.forEach((k, v) -> p.merge(k, v, Long::sum));
        Map<String, String> l = new HashMap<>(labels);
        l.putAll(other.labels);
        return new Timeline(w, p, incidents + other.incidents, min(first, other.first), max(last, other.last), l);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The label under which a location is counted. */
    static String placeLabel(Location location) {
        if (!location.isRecorded()) {
            return NOT_RECORDED;
        }
        if (location.platform().filter(p -> !p.isBlank()).isPresent()) {
            String platform = location.platform().get().toLowerCase(Locale.ROOT);
            for (String known : PLATFORMS) {
                if (platform.contains(known.toLowerCase(Locale.ROOT))) {
                    return "Online: " + known;
                }
            }
            return "Online: other";
        }
        return location.setting().map(Labels::setting).orElse("Place given, setting not recorded");
    }

    /**
     * Collects a {@link Timeline}. Not thread-safe: use one per thread and merge the results.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final Taxonomy taxonomy;
        private final Map<String, String> groups = new HashMap<>();
        private final Map<String, String> labels = new HashMap<>();
        private final NavigableMap<LocalDate, Map<String, Long>> weekly = new TreeMap<>();
        private final Map<String, Long> places = new HashMap<>();
        private long incidents;
        private LocalDate first;
        private LocalDate last;

        private Builder(ZoneId zone, Taxonomy taxonomy) {
            this.zone = zone;
            this.taxonomy = taxonomy;
        }

        private String group(String code) {
            if (taxonomy == null) {
                return code;
            }
            return groups.computeIfAbsent(code, c -> taxonomy.find(c).map(found -> {
                List<Category> ancestors = taxonomy.ancestors(found.code());
                Category top = ancestors.isEmpty() ? found : ancestors.get(ancestors.size() - 1);
                labels.put(top.code(), top.label());
                return top.code();
            }).orElse(c));
        }

        /**
         * Counts one record.
         *
         * @param concern the record
         * @return this builder
         */
        public Builder add(Concern concern) {
            LocalDate day = concern.occurredAt().atZone(zone).toLocalDate();
            LocalDate week = monday(day);
            String code = concern.categories().isEmpty() ? UNCATEGORISED : group(concern.categories().get(0));
            weekly.computeIfAbsent(week, k -> new HashMap<>()).merge(code, 1L, Long::sum);
            first = first == null || day.isBefore(first) ? day : first;
            last = last == null || day.isAfter(last) ? day : last;
            places.merge(concern.location().map(Timeline::placeLabel).orElse(NOT_RECORDED), 1L, Long::sum);
            incidents++;
            return this;
        }

        /**
         * The timeline so far.
         *
         * @return the timeline
         */
        public Timeline build() {
            return new Timeline(weekly, places, incidents, first, last, labels);
        }
    }
}
