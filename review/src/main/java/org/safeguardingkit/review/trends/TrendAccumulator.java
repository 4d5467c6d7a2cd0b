package org.safeguardingkit.review.trends;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.review.anonymise.Anonymiser;
import org.safeguardingkit.review.engine.CategoryInfo;
import org.safeguardingkit.review.engine.ExampleIds;
import org.safeguardingkit.review.engine.Incident;

/**
 * Mergeable summaries of the whole period from which the trends are computed: per-pupil timelines (day, severity,
 * id), co-involvement links (the days two pupils were involved together), counts per place and platform per
 * category family, weekly counts per category and theme tag counts. No free text is kept: places are redacted and
 * normalised when counted. Merging is exact, so the trends do not depend on how the log was split. Not thread-safe.
 */
public final class TrendAccumulator {

    /** The category families of location hotspots, in report order. */
    public static final List<String> FAMILIES = List.of("all", "hsb", "online", "violence");

    private static final int LINK_EXAMPLES = 10;
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}\\u0001]+");

    private final Anonymiser anonymiser;
    private final int exampleLimit;
    private final Map<PupilId, PupilId> pupils = new HashMap<>();
    final Map<PupilId, PupilTimeline> timelines = new HashMap<>();
    final Map<PupilPair, Link> links = new HashMap<>();
    final Map<PlaceKey, PlaceStats> places = new HashMap<>();
    final Map<String, TreeMap<Long, WeekCell>> weekly = new HashMap<>();
    final Map<String, CategoryInfo> categories = new HashMap<>();
    final Map<String, TagStats> tags = new HashMap<>();
    long minDay = Long.MAX_VALUE;
    long maxDay = Long.MIN_VALUE;

    /**
     * Empty summaries.
     *
     * @param anonymiser redacts place text before it is counted
     * @param exampleLimit example ids kept per item
     */
    public TrendAccumulator(Anonymiser anonymiser, int exampleLimit) {
        this.anonymiser = anonymiser;
        this.exampleLimit = exampleLimit;
    }

    /** Two pupils, the smaller id first. */
    record PupilPair(PupilId a, PupilId b) {
        static PupilPair of(PupilId x, PupilId y) {
            return x.compareTo(y) <= 0 ? new PupilPair(x, y) : new PupilPair(y, x);
        }
    }

    /**
     * A co-involvement link: the distinct days (sorted epoch days) and the smallest incident ids, in small arrays
     * because a school has many links.
     */
    static final class Link {
        private int[] days = new int[1];
        private int dayCount;
        private ConcernId[] ids = new ConcernId[1];
        private int idCount;

        void add(long day, ConcernId id) {
            addDay((int) day);
            addId(id);
        }

        private void addDay(int day) {
            int at = java.util.Arrays.binarySearch(days, 0, dayCount, day);
            if (at >= 0) {
                return;
            }
            int insert = -at - 1;
            if (dayCount == days.length) {
                days = java.util.Arrays.copyOf(days, dayCount * 2);
            }
            System.arraycopy(days, insert, days, insert + 1, dayCount - insert);
            days[insert] = day;
            dayCount++;
        }

        private void addId(ConcernId id) {
            int at = java.util.Arrays.binarySearch(ids, 0, idCount, id);
            if (at >= 0) {
                return;
            }
            int insert = -at - 1;
            if (insert >= LINK_EXAMPLES) {
                return;
            }
            if (idCount == ids.length) {
                ids = java.util.Arrays.copyOf(ids, Math.min(LINK_EXAMPLES, idCount * 2));
            }
            int moved = Math.min(idCount, ids.length - 1) - insert;
            System.arraycopy(ids, insert, ids, insert + 1, moved);
            ids[insert] = id;
            idCount = Math.min(idCount + 1, LINK_EXAMPLES);
        }

        void addAll(Link other) {
            for (int i = 0; i < other.dayCount; i++) {
                addDay(other.days[i]);
            }
            for (int i = 0; i < other.idCount; i++) {
                addId(other.ids[i]);
            }
        }

        int dayCount() {
            return dayCount;
        }

        java.util.List<Long> days() {
            java.util.List<Long> out = new java.util.ArrayList<>(dayCount);
            for (int i = 0; i < dayCount; i++) {
                out.add((long) days[i]);
            }
            return out;
        }

        java.util.List<ConcernId> ids() {
            return java.util.List.of(java.util.Arrays.copyOf(ids, idCount));
        }
    }

    /** A place or platform within a family. */
    record PlaceKey(String family, boolean platform, String text) {
    }

    /** Counts of a place. */
    static final class PlaceStats {
        long count;
        final long[] settings = new long[Setting.values().length];
        final ExampleIds ids;

        PlaceStats(int limit) {
            ids = new ExampleIds(limit);
        }
    }

    /** A category's count in one week. */
    static final class WeekCell {
        long count;
        final ExampleIds ids;

        WeekCell(int limit) {
            ids = new ExampleIds(limit);
        }
    }

    /** A theme tag's counts. */
    static final class TagStats {
        long count;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        final ExampleIds ids;

        TagStats(int limit) {
            ids = new ExampleIds(limit);
        }
    }

    /**
     * Counts one incident.
     *
     * @param concern the record (its location and tags are read)
     * @param incident its facts
     */
    public void add(Concern concern, Incident incident) {
        long day = incident.day().toEpochDay();
        minDay = Math.min(minDay, day);
        maxDay = Math.max(maxDay, day);
        ConcernId id = incident.id();
        timelines.computeIfAbsent(canonical(incident.pupil()), p -> new PupilTimeline())
                .add(day, incident.severity(), id);
        List<PupilId> involved = incident.involved();
        for (int i = 0; i < involved.size(); i++) {
            for (int j = i + 1; j < involved.size(); j++) {
                links.computeIfAbsent(PupilPair.of(canonical(involved.get(i)), canonical(involved.get(j))),
                        k -> new Link()).add(day, id);
            }
        }
        concern.location().ifPresent(loc -> addPlace(loc, incident));
        long week = weekStart(incident.day());
        for (CategoryInfo c : incident.categories()) {
            categories.putIfAbsent(c.code(), c);
            WeekCell cell = weekly.computeIfAbsent(c.code(), k -> new TreeMap<>())
                    .computeIfAbsent(week, k -> new WeekCell(exampleLimit));
            cell.count++;
            cell.ids.add(id);
        }
        for (String raw : concern.tags()) {
            String tag = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            TagStats t = tags.computeIfAbsent(anonymiser.text(tag), k -> new TagStats(exampleLimit));
            t.count++;
            t.first = Math.min(t.first, day);
            t.last = Math.max(t.last, day);
            t.ids.add(id);
        }
    }

    /** One instance per pupil, however many records name them: a school has many links. */
    private PupilId canonical(PupilId id) {
        return pupils.computeIfAbsent(id, k -> k);
    }

    private void addPlace(Location loc, Incident incident) {
        Optional<String> place = loc.place().map(p -> normalise(anonymiser.text(p))).filter(p -> !p.isEmpty());
        Optional<String> platform = loc.platform().map(p -> normalise(anonymiser.text(p))).filter(p -> !p.isEmpty());
        if (place.isEmpty() && platform.isEmpty()) {
            return;
        }
        boolean hsb = false;
        boolean online = loc.setting().filter(s -> s == Setting.ONLINE).isPresent() || platform.isPresent();
        boolean violence = false;
        for (CategoryInfo c : incident.categories()) {
            hsb |= c.hsb();
            online |= c.online();
            violence |= c.violence();
        }
        boolean[] in = {true, hsb, online, violence};
        for (int f = 0; f < FAMILIES.size(); f++) {
            if (!in[f]) {
                continue;
            }
            if (place.isPresent()) {
                countPlace(new PlaceKey(FAMILIES.get(f), false, place.get()), loc, incident.id());
            }
            if (platform.isPresent()) {
                countPlace(new PlaceKey(FAMILIES.get(f), true, platform.get()), loc, incident.id());
            }
        }
    }

    private void countPlace(PlaceKey key, Location loc, ConcernId id) {
        PlaceStats s = places.computeIfAbsent(key, k -> new PlaceStats(exampleLimit));
        s.count++;
        loc.setting().ifPresent(set -> s.settings[set.ordinal()]++);
        s.ids.add(id);
    }

    /**
     * Normalises place text: lower case, punctuation to spaces (keeping the redaction mask), single spaces, without
     * a leading "the".
     *
     * @param text the (redacted) text
     * @return the normalised text, possibly empty
     */
    static String normalise(String text) {
        String masked = text.replace(org.safeguardingkit.review.anonymise.Redactor.MASK, "\u0001");
        String lower = NOT_WORD.matcher(masked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (lower.startsWith("the ")) {
            lower = lower.substring(4);
        }
        return lower.replace("\u0001", org.safeguardingkit.review.anonymise.Redactor.MASK);
    }

    static long weekStart(LocalDate day) {
        return day.minusDays(day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()).toEpochDay();
    }

    /**
     * Adds another's summaries to these.
     *
     * @param other the other summaries
     * @return this
     */
    public TrendAccumulator merge(TrendAccumulator other) {
        minDay = Math.min(minDay, other.minDay);
        maxDay = Math.max(maxDay, other.maxDay);
        other.timelines.forEach((p, t) -> timelines.computeIfAbsent(canonical(p), k -> new PupilTimeline()).addAll(t));
        other.links.forEach((k, l) -> links.computeIfAbsent(new PupilPair(canonical(k.a()), canonical(k.b())),
                x -> new Link()).addAll(l));
        other.places.forEach((k, s) -> {
            PlaceStats mine = places.computeIfAbsent(k, x -> new PlaceStats(exampleLimit));
            mine.count += s.count;
            for (int i = 0; i < s.settings.length; i++) {
                mine.settings[i] += s.settings[i];
            }
            mine.ids.addAll(s.ids);
        });
        other.categories.forEach(categories::putIfAbsent);
        other.weekly.forEach((code, weeks) -> {
            TreeMap<Long, WeekCell> mine = weekly.computeIfAbsent(code, k -> new TreeMap<>());
            weeks.forEach((w, cell) -> {
                WeekCell m = mine.computeIfAbsent(w, k -> new WeekCell(exampleLimit));
                m.count += cell.count;
                m.ids.addAll(cell.ids);
            });
        });
        other.tags.forEach((tag, s) -> {
            TagStats mine = tags.computeIfAbsent(tag, k -> new TagStats(exampleLimit));
            mine.count += s.count;
            mine.first = Math.min(mine.first, s.first);
            mine.last = Math.max(mine.last, s.last);
            mine.ids.addAll(s.ids);
        });
        return this;
    }

    /**
     * The first day with an incident.
     *
     * @return the day, or empty if none
     */
    public Optional<LocalDate> firstDay() {
        return minDay == Long.MAX_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(minDay));
    }

    /**
     * The last day with an incident.
     *
     * @return the day, or empty if none
     */
    public Optional<LocalDate> lastDay() {
        return maxDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(maxDay));
    }

    /**
     * The trends.
     *
     * @param context how to show pupils, thresholds and the days covered
     * @return the trends
     */
    public Trends toTrends(TrendContext context) {
        return new Trends(RepeatedFinder.find(this, context), EscalationFinder.find(this, context),
                HotspotFinder.find(this, context), PeerGroupFinder.find(this, context),
                ThemeFinder.find(this, context), tagCounts());
    }

    private List<TagCount> tagCounts() {
        List<TagCount> out = new java.util.ArrayList<>();
        tags.forEach((tag, s) -> out.add(new TagCount(tag, s.count, LocalDate.ofEpochDay(s.first),
                LocalDate.ofEpochDay(s.last), s.ids.list())));
        out.sort(java.util.Comparator.comparingLong(TagCount::count).reversed().thenComparing(TagCount::tag));
        return out;
    }

    int exampleLimit() {
        return exampleLimit;
    }
}
