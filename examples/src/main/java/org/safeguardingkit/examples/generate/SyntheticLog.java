package org.safeguardingkit.examples.generate;

import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.safeguardingkit.core.json.ConcernLogWriter;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.spi.PupilDirectory;
import org.safeguardingkit.examples.generate.ScenarioBook.Scenario;

/**
 * A synthetic, FICTIONAL behaviour and safeguarding log of one secondary school (years 7 to 11), streamed as v1
 * records in time order, deterministically for a seed.
 *
 * <p>Behavioural incidents are far commoner than safeguarding ones (as in real logs), a few "frequent flyers"
 * account for many records, weekends are quiet and mostly online. Free text varies in quality: the child's words
 * quoted, reported or missing, unlabelled opinions, decisions without their reason, actions without an owner,
 * records without a location, jargon; fictional names appear in it so that anonymisation has work to do.
 * {@link Plant}s add known patterns and {@link Gap}s remove things, for tests and demos.
 *
 * <pre>{@code
 * SyntheticLog log = SyntheticLog.builder()
 *         .pupils(600).days(320).seed(42)
 *         .plant(Plant.PEER_GROUP, Plant.HOTSPOT, Plant.ESCALATING, Plant.SPIKE)
 *         .build();
 * long written = log.writeTo(Files.newBufferedWriter(Path.of("log.jsonl")));
 * PlantedPatterns planted = log.planted();
 * }</pre>
 *
 * <p>Memory does not grow with the size of the log: one day is generated at a time, and every pupil's details are
 * computed from the seed, so a million records stream in constant memory. The number of records is exactly
 * {@link #size()}: the {@code records} asked for, or about 3 incidents per 100 pupils per school day.
 *
 * <p>This class is immutable and thread-safe; each call of {@link #stream()} starts again from the beginning.
 */
public final class SyntheticLog {

    /** Incidents per pupil per school day when the number of records is not given. */
    public static final double DEFAULT_RATE = 0.03;
    /** The first day when none is given: the start of the 2025-26 school year. */
    public static final LocalDate DEFAULT_START = LocalDate.of(2025, 9, 1);

    private static final double WEEKEND_WEIGHT = 0.12;
    private static final String HOTSPOT_PLACE = "bus stop on Fenwick Road";
    private static final String SPIKE_TAG = "image-sharing-wave";

    private final int pupils;
    private final int days;
    private final long seed;
    private final LocalDate start;
    private final Set<Plant> plants;
    private final Set<Gap> gaps;

    private final ScenarioBook book;
    private final Cohort cohort;
    private final Staffroom staff;
    private final Scribe scribe;
    private final List<Scenario> weekday;
    private final double[] weekdayCumulative;
    private final List<Scenario> weekend;
    private final double[] weekendCumulative;
    private final long[] backgroundBefore;
    private final long[] idBefore;
    private final Map<Integer, List<Incident>> planned;
    private final PlantedPatterns planted;
    private final long size;

    private SyntheticLog(Builder b) {
        this.pupils = b.pupils;
        this.days = b.days;
        this.seed = b.seed;
        this.start = b.start;
        this.plants = Set.copyOf(b.plants);
        this.gaps = Set.copyOf(b.gaps);
        this.book = ScenarioBook.load();
        int academicYear = start.getMonthValue() >= 9 ? start.getYear() : start.getYear() - 1;
        this.cohort = new Cohort(pupils, seed, academicYear);
        this.staff = new Staffroom();
        this.scribe = new Scribe(book, cohort, staff, gaps);

        List<Scenario> allowed = book.scenarios().stream().filter(this::allowed).toList();
        this.weekday = allowed;
        this.weekdayCumulative = cumulative(allowed);
        this.weekend = allowed.stream().filter(s -> s.places().stream().anyMatch(p -> !p.startsWith("ON_SITE|")))
                .toList();
        this.weekendCumulative = cumulative(weekend);

        Map<Integer, List<Incident>> plan = new HashMap<>();
        this.planted = plan(plan);
        this.planned = Map.copyOf(plan);
        long plantedCount = plan.values().stream().mapToLong(List::size).sum();

        double[] weight = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            weight[d] = isWeekend(start.plusDays(d)) ? WEEKEND_WEIGHT : 1.0;
            total += weight[d];
        }
        long background = b.records > 0 ? Math.max(0, b.records - plantedCount)
                : Math.round(pupils * total * DEFAULT_RATE);
        this.backgroundBefore = new long[days + 1];
        this.idBefore = new long[days + 1];
        double running = 0;
        for (int d = 0; d < days; d++) {
            running += weight[d];
            backgroundBefore[d + 1] = Math.round(background * running / total);
            idBefore[d + 1] = idBefore[d] + (backgroundBefore[d + 1] - backgroundBefore[d])
                    + planned.getOrDefault(d, List.of()).size();
        }
        this.size = idBefore[days];
    }

    /**
     * A builder with the defaults: 600 pupils, 320 days from {@link #DEFAULT_START}, seed 1, nothing planted.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The records, in time order, generated as the stream is consumed.
     *
     * @return a sequential stream of {@link #size()} records
     */
    public Stream<Concern> stream() {
        return IntStream.range(0, days).mapToObj(this::day).flatMap(List::stream);
    }

    /**
     * Writes the log as v1 JSON Lines and closes the writer.
     *
     * @param out where to write; closed afterwards
     * @return the number of records written
     */
    public long writeTo(Writer out) {
        long[] count = {0};
        try (ConcernLogWriter writer = ConcernLogWriter.of(out); Stream<Concern> records = stream()) {
            records.forEach(c -> {
                writer.write(c);
                count[0]++;
            });
        }
        return count[0];
    }

    /**
     * The demo school: 600 pupils over 320 days from {@link #DEFAULT_START} (about 4,400 records), seed 2026, with
     * every pattern planted. This is what {@code sgkit review --demo} reviews.
     *
     * @return the demo log
     */
    public static SyntheticLog demo() {
        return builder().pupils(600).days(320).seed(2026).plant(Plant.values()).build();
    }

    /**
     * How many records {@link #stream()} yields.
     *
     * @return the number of records
     */
    public long size() {
        return size;
    }

    /**
     * What was planted, to check that a review finds it.
     *
     * @return the planted patterns
     */
    public PlantedPatterns planted() {
        return planted;
    }

    /**
     * The school's fictional pupil directory: the names of pupils, their families and staff, for anonymisation.
     *
     * @return the directory
     */
    public PupilDirectory directory() {
        return new SyntheticDirectory(cohort, staff);
    }

    /** @return the first day of the log */
    public LocalDate start() {
        return start;
    }

    /** @return the day after the last day of the log */
    public LocalDate end() {
        return start.plusDays(days);
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    private boolean allowed(Scenario s) {
        if (gaps.contains(Gap.SAFEGUARDING) && !s.behavioural()) {
            return false;
        }
        if (gaps.contains(Gap.HSB) && s.hsb()) {
            return false;
        }
        return !(gaps.contains(Gap.LOWER_LEVEL_HSB) && s.lowerLevelHsb());
    }

    private boolean allowed(String code) {
        return allowed(book.scenario(code));
    }

    private static double[] cumulative(List<Scenario> scenarios) {
        double[] c = new double[scenarios.size()];
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            sum += scenarios.get(i).weight();
            c[i] = sum;
        }
        return c;
    }

    private static Scenario pick(List<Scenario> scenarios, double[] cumulative, Dice dice) {
        double r = dice.unit() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, r);
        i = i >= 0 ? i + 1 : -i - 1;
        return scenarios.get(Math.min(i, scenarios.size() - 1));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** One day's records, in time order, with their ids. */
    private List<Concern> day(int d) {
        LocalDate date = start.plusDays(d);
        Dice dice = new Dice(Dice.mix(seed, d, 0x5ca1ab1eL));
        boolean weekendDay = isWeekend(date);
        int n = (int) (backgroundBefore[d + 1] - backgroundBefore[d]);
        List<Incident> incidents = new ArrayList<>(n + 4);
        for (int k = 0; k < n; k++) {
            Scenario s = weekendDay ? pick(weekend, weekendCumulative, dice) : pick(weekday, weekdayCumulative, dice);
            String place = dice.pick(s.places());
            if (weekendDay) {
                while (place.startsWith("ON_SITE|")) {
                    place = dice.pick(s.places());
                }
            }
            int subject = cohort.draw(dice);
            if (s.hsb() && dice.chance(0.85)) {
                // Harmful sexual behaviour recorded in schools is mostly by boys, towards girls.
                for (int tries = 0; tries < 20 && cohort.sex(subject) != Sex.M; tries++) {
                    subject = cohort.draw(dice);
                }
            }
            incidents.add(new Incident(date, minute(place, weekendDay, dice), s.code(), subject,
                    Optional.empty(), place, List.of()));
        }
        incidents.addAll(planned.getOrDefault(d, List.of()));
        incidents.sort(Comparator.comparingInt(Incident::minute));
        List<Concern> out = new ArrayList<>(incidents.size());
        long id = idBefore[d];
        for (Incident incident : incidents) {
            id++;
            out.add(scribe.write(incident, ConcernId.of(String.format("c-%07d", id)), dice));
        }
        return out;
    }

    private static int minute(String place, boolean weekendDay, Dice dice) {
        String setting = place.substring(0, place.indexOf('|'));
        if (weekendDay) {
            return dice.between(10 * 60, 23 * 60);
        }
        return switch (setting) {
            case "ON_SITE" -> place.endsWith("canteen") ? dice.between(12 * 60 + 5, 13 * 60)
                    : place.endsWith("main gate") || place.endsWith("breakfast club") ? dice.between(8 * 60, 9 * 60)
                    : dice.between(8 * 60 + 40, 15 * 60 + 10);
            case "TRAVEL" -> dice.chance(0.7) ? dice.between(15 * 60 + 10, 16 * 60 + 15)
                    : dice.between(7 * 60 + 45, 8 * 60 + 40);
            case "ONLINE" -> dice.between(16 * 60, 23 * 60 + 30);
            case "HOME", "OFF_SITE" -> dice.between(15 * 60 + 30, 22 * 60);
            default -> dice.between(9 * 60, 15 * 60);
        };
    }

    // ------------------------------------------------------------------------------------------------- planting

    private PlantedPatterns plan(Map<Integer, List<Incident>> plan) {
        Dice dice = new Dice(Dice.mix(seed, 0x91a47L));
        Set<Integer> taken = new HashSet<>();
        List<PupilId> peerGroup = List.of();
        Optional<String> hotspot = Optional.empty();
        Optional<PupilId> escalating = Optional.empty();
        Optional<String> spikeCategory = Optional.empty();
        Optional<LocalDate> spikeWeek = Optional.empty();
        Optional<String> spikeTag = Optional.empty();

        if (plants.contains(Plant.PEER_GROUP) && !gaps.contains(Gap.OTHER_PUPILS)) {
            List<Integer> group = new ArrayList<>();
            int from = dice.below(pupils);
            for (int k = 0; k < 4; k++) {
                int p = cohort.find(from, 9, taken);
                group.add(p);
                taken.add(p);
            }
            peerGroup = group.stream().map(cohort::id).toList();
            List<String> codes = Stream.of("behaviour.vaping", "bullying.verbal", "behaviour.fighting",
                    "behaviour.truancy", "bullying.online", "hsb.sexist-language", "behaviour.disruption",
                    "substance.child").filter(this::allowed).toList();
            int n = Math.max(6, Math.min(40, days / 12));
            double first = days * 0.1;
            double step = days * 0.8 / n;
            for (int k = 0; k < n; k++) {
                int day = schoolDay((int) (first + k * step));
                String code = codes.get(k % codes.size());
                int subject = group.get(k % 4);
                List<Integer> others = new ArrayList<>(group);
                others.remove(Integer.valueOf(subject));
                if (dice.chance(0.3)) {
                    others.remove(dice.below(others.size()));
                }
                String place = dice.pick(book.scenario(code).places());
                add(plan, day, new Incident(start.plusDays(day), minute(place, false, dice), code, subject,
                        Optional.of(others), place, List.of()));
            }
        }
        if (plants.contains(Plant.ESCALATING)) {
            int pupil = cohort.find(dice.below(pupils), 10, taken);
            taken.add(pupil);
            escalating = Optional.of(cohort.id(pupil));
            List<String> ladder = Stream.of("behaviour.lateness", "behaviour.disruption", "behaviour.defiance",
                    "behaviour.truancy", "behaviour.damage", "behaviour.abuse-of-staff", "behaviour.fighting",
                    "substance.child", "exploitation.cce", "violence.weapon", "exploitation.county-lines")
                    .filter(this::allowed).toList();
            int n = ladder.size();
            for (int k = 0; k < n; k++) {
                double f = 1 - Math.pow(1 - (double) k / n, 2);
                int day = schoolDay((int) (days * (0.12 + 0.8 * f)));
                String code = ladder.get(k);
                String place = book.scenario(code).places().get(0);
                add(plan, day, new Incident(start.plusDays(day), minute(place, false, dice), code, pupil,
                        Optional.empty(), place, List.of()));
            }
        }
        if (plants.contains(Plant.HOTSPOT) && !gaps.contains(Gap.LOCATIONS)) {
            // After school at one bus stop, three days a week for weeks: mostly fights, with the other harms that
            // gather at such a place (bullying, vaping, substances, an older group, a weapon).
            hotspot = Optional.of(HOTSPOT_PLACE);
            List<String> harms = Stream.of("behaviour.fighting", "behaviour.fighting", "bullying.physical",
                    "behaviour.fighting", "behaviour.vaping", "behaviour.fighting", "substance.child",
                    "behaviour.fighting", "violence.serious", "bullying.verbal", "behaviour.fighting",
                    "exploitation.cce", "behaviour.fighting", "violence.weapon").filter(this::allowed).toList();
            int n = Math.max(12, Math.min(60, days / 8));
            LocalDate monday = start.plusDays((long) (days * 0.3)).with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY));
            for (int k = 0; k < n; k++) {
                LocalDate date = monday.plusWeeks(k / 3).plusDays(1 + k % 3);
                int day = (int) (date.toEpochDay() - start.toEpochDay());
                if (day < 0 || day >= days) {
                    continue;
                }
                int subject = cohort.draw(dice);
                List<Integer> others = new ArrayList<>();
                int m = gaps.contains(Gap.OTHER_PUPILS) ? 0 : 1 + dice.below(2);
                for (int j = 0; j < m; j++) {
                    int other = cohort.drawInYear(dice, cohort.yearGroup(subject), subject);
                    if (!others.contains(other)) {
                        others.add(other);
                    }
                }
                add(plan, day, new Incident(date, dice.between(15 * 60 + 20, 15 * 60 + 55), harms.get(k % harms.size()),
                        subject, Optional.of(others), "TRAVEL|" + HOTSPOT_PLACE, List.of()));
            }
        }
        if (plants.contains(Plant.SPIKE)) {
            String code = allowed("hsb.image-sharing") ? "hsb.image-sharing" : "bullying.online";
            LocalDate monday = start.plusDays((long) (days * 0.6)).with(TemporalAdjusters.previousOrSame(
                    DayOfWeek.MONDAY));
            int firstDay = (int) (monday.toEpochDay() - start.toEpochDay());
            if (firstDay >= 0 && firstDay + 5 <= days) {
                spikeCategory = Optional.of(code);
                spikeWeek = Optional.of(monday);
                spikeTag = Optional.of(SPIKE_TAG);
                for (int k = 0; k < 14; k++) {
                    int day = firstDay + k % 5;
                    int subject = cohort.drawInYear(dice, 9 + dice.below(2), -1);
                    add(plan, day, new Incident(start.plusDays(day), dice.between(16 * 60, 23 * 60), code, subject,
                            Optional.empty(), "ONLINE|Snapchat", List.of(SPIKE_TAG)));
                }
            }
        }
        return new PlantedPatterns(peerGroup, hotspot, escalating, spikeCategory, spikeWeek, spikeTag);
    }

    /** The school day on or after day {@code d} (weekends move to Monday), kept inside the log. */
    private int schoolDay(int d) {
        int day = Math.max(0, Math.min(days - 1, d));
        while (day < days - 1 && isWeekend(start.plusDays(day))) {
            day++;
        }
        return day;
    }

    private static void add(Map<Integer, List<Incident>> plan, int day, Incident incident) {
        plan.computeIfAbsent(day, k -> new ArrayList<>()).add(incident);
    }

    /**
     * Builds a {@link SyntheticLog}. Not thread-safe.
     */
    public static final class Builder {
        private int pupils = 600;
        private int days = 320;
        private long records;
        private long seed = 1;
        private LocalDate start = DEFAULT_START;
        private final Set<Plant> plants = EnumSet.noneOf(Plant.class);
        private final Set<Gap> gaps = EnumSet.noneOf(Gap.class);

        private Builder() {
        }

        /**
         * @param value the number of pupils on roll, at least 10
         * @return this builder
         */
        public Builder pupils(int value) {
            if (value < 10) {
                throw new IllegalArgumentException("SGK-0656: pupils must be at least 10, was " + value);
            }
            this.pupils = value;
            return this;
        }

        /**
         * @param value the number of calendar days the log covers, at least 7
         * @return this builder
         */
        public Builder days(int value) {
            if (value < 7) {
                throw new IllegalArgumentException("SGK-0657: days must be at least 7, was " + value);
            }
            this.days = value;
            return this;
        }

        /**
         * @param value the exact number of records, or 0 to derive it from pupils and days
         * @return this builder
         */
        public Builder records(long value) {
            if (value < 0) {
                throw new IllegalArgumentException("SGK-0658: records must not be negative, was " + value);
            }
            this.records = value;
            return this;
        }

        /**
         * @param value the seed: the same seed and options give the same log
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * @param value the first day of the log
         * @return this builder
         */
        public Builder start(LocalDate value) {
            this.start = Objects.requireNonNull(value, "start");
            return this;
        }

        /**
         * @param values patterns to plant
         * @return this builder
         */
        public Builder plant(Plant... values) {
            plants.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * @param values patterns to plant
         * @return this builder
         */
        public Builder plants(Collection<Plant> values) {
            plants.addAll(values);
            return this;
        }

        /**
         * @param values gaps to leave
         * @return this builder
         */
        public Builder gap(Gap... values) {
            gaps.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * @param values gaps to leave
         * @return this builder
         */
        public Builder gaps(Collection<Gap> values) {
            gaps.addAll(values);
            return this;
        }

        /**
         * Builds the log (nothing is generated until it is streamed).
         *
         * @return the log
         */
        public SyntheticLog build() {
            return new SyntheticLog(this);
        }
    }
}
