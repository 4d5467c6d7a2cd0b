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
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.review.CategoryEntry;
import org.safeguardingkit.review.ReviewRow;

/**
 * What the charts show over the whole period of a review: incidents per week by category (a record counts once,
 * under its first category), and where incidents happen, by setting and online platform. Place text is not kept
 * (it can hold names); platforms are reduced to a list of well-known ones.
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

    private static final Timeline EMPTY = new Timeline(new TreeMap<>(), new HashMap<>(), 0);

    private final NavigableMap<LocalDate, Map<String, Long>> weekly;
    private final Map<String, Long> places;
    private final long incidents;

    private Timeline(NavigableMap<LocalDate, Map<String, Long>> weekly, Map<String, Long> places, long incidents) {
        TreeMap<LocalDate, Map<String, Long>> copy = new TreeMap<>();
        weekly.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.weekly = Collections.unmodifiableNavigableMap(copy);
        this.places = Collections.unmodifiableMap(new LinkedHashMap<>(places));
        this.incidents = incidents;
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
        return new Builder(Objects.requireNonNull(zone, "zone"));
    }

    /**
     * A timeline from a review's rows alone (when only the sample is at hand); it has no locations.
     *
     * @param rows the rows
     * @return the timeline
     */
    public static Timeline ofRows(List<ReviewRow> rows) {
        NavigableMap<LocalDate, Map<String, Long>> weekly = new TreeMap<>();
        for (ReviewRow row : rows) {
            String code = row.categories().stream().map(CategoryEntry::code).findFirst().orElse(UNCATEGORISED);
            weekly.computeIfAbsent(monday(row.date()), k -> new HashMap<>()).merge(code, 1L, Long::sum);
        }
        return new Timeline(weekly, Map.of(), rows.size());
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
        return new Timeline(w, p, incidents + other.incidents);
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
        private final NavigableMap<LocalDate, Map<String, Long>> weekly = new TreeMap<>();
        private final Map<String, Long> places = new HashMap<>();
        private long incidents;

        private Builder(ZoneId zone) {
            this.zone = zone;
        }

        /**
         * Counts one record.
         *
         * @param concern the record
         * @return this builder
         */
        public Builder add(Concern concern) {
            LocalDate week = monday(concern.occurredAt().atZone(zone).toLocalDate());
            String code = concern.categories().isEmpty() ? UNCATEGORISED : concern.categories().get(0);
            weekly.computeIfAbsent(week, k -> new HashMap<>()).merge(code, 1L, Long::sum);
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
            return new Timeline(weekly, places, incidents);
        }
    }
}
