package org.safeguardingkit.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.json.ConcernLogReader;
import org.safeguardingkit.core.json.LogLine;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.Setting;

class SyntheticLogTest {

    private static final Taxonomy TAXONOMY = Taxonomy.sgkitDefault();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static final SyntheticLog PLANTED = SyntheticLog.builder().pupils(400).days(200).seed(11)
            .plant(Plant.values()).build();
    private static final List<Concern> RECORDS = PLANTED.stream().toList();

    @Test
    @DisplayName("the same seed gives the same log, another seed another log")
    void deterministic() {
        ConcernJson json = ConcernJson.create();
        List<String> again = PLANTED.stream().map(json::write).toList();
        assertThat(again).isEqualTo(RECORDS.stream().map(json::write).toList());
        List<String> rebuilt = SyntheticLog.builder().pupils(400).days(200).seed(11).plant(Plant.values()).build()
                .stream().map(json::write).toList();
        assertThat(rebuilt).isEqualTo(again);
        List<String> other = SyntheticLog.builder().pupils(400).days(200).seed(12).plant(Plant.values()).build()
                .stream().map(json::write).toList();
        assertThat(other).isNotEqualTo(again);
    }

    @Test
    @DisplayName("every record is valid v1 and round-trips through ConcernJson and the log reader")
    void roundTrip() {
        StringWriter out = new StringWriter();
        long written = PLANTED.writeTo(out);
        assertThat(written).isEqualTo(PLANTED.size()).isEqualTo(RECORDS.size());
        try (ConcernLogReader reader = ConcernLogReader.of(new java.io.StringReader(out.toString()))) {
            List<LogLine> lines = reader.lines().toList();
            assertThat(lines).allMatch(l -> l instanceof LogLine.Accepted);
            assertThat(lines.stream().map(l -> ((LogLine.Accepted) l).concern()).toList()).isEqualTo(RECORDS);
        }
        assertThat(RECORDS.stream().map(c -> c.id().value()).distinct().count()).isEqualTo(RECORDS.size());
    }

    @Test
    @DisplayName("records come in time order, each recorded after it occurred, within the log's days")
    void timeOrder() {
        for (int i = 1; i < RECORDS.size(); i++) {
            assertThat(RECORDS.get(i).occurredAt()).isAfterOrEqualTo(RECORDS.get(i - 1).occurredAt());
        }
        assertThat(RECORDS).allMatch(c -> !c.recordedAt().isBefore(c.occurredAt()));
        LocalDate first = RECORDS.get(0).occurredAt().atZone(LONDON).toLocalDate();
        LocalDate last = RECORDS.get(RECORDS.size() - 1).occurredAt().atZone(LONDON).toLocalDate();
        assertThat(first).isAfterOrEqualTo(PLANTED.start());
        assertThat(last).isBefore(PLANTED.end());
    }

    @Test
    @DisplayName("the number of records is exactly --records, or about 3 per 100 pupils per school day")
    void size() {
        SyntheticLog exact = SyntheticLog.builder().pupils(50).days(30).records(1234).plant(Plant.values()).build();
        assertThat(exact.size()).isEqualTo(1234);
        assertThat(exact.stream().count()).isEqualTo(1234);
        SyntheticLog derived = SyntheticLog.builder().pupils(600).days(320).build();
        assertThat(derived.size()).isBetween(4000L, 4800L);
        assertThat(SyntheticLog.demo().size()).isBetween(4000L, 5000L);
    }

    @Test
    @DisplayName("the stream is lazy: the first records of a million-record log come at once")
    void lazy() {
        SyntheticLog big = SyntheticLog.builder().pupils(50_000).days(365).records(1_000_000).seed(3).build();
        assertThat(big.size()).isEqualTo(1_000_000);
        assertThat(big.stream().limit(100).count()).isEqualTo(100);
    }

    @Test
    @DisplayName("realistic content: codes of sgkit-default, behaviour far commoner, HSB incl. lower level, gaps")
    void realistic() {
        assertThat(RECORDS.stream().flatMap(c -> c.categories().stream()).distinct())
                .allMatch(TAXONOMY::contains);
        long behavioural = RECORDS.stream().filter(c -> !c.categories().isEmpty()
                && TAXONOMY.find(c.categories().get(0)).orElseThrow().kind() == CategoryKind.BEHAVIOURAL).count();
        assertThat((double) behavioural / RECORDS.size()).isBetween(0.65, 0.9);
        assertThat(RECORDS).anyMatch(c -> c.categories().contains("hsb.sexist-language"));
        assertThat(RECORDS).anyMatch(c -> c.categories().stream().anyMatch(TAXONOMY::isHsb)
                && !c.categories().contains("hsb.sexist-language"));
        assertThat(RECORDS).anyMatch(c -> c.categories().isEmpty());
        assertThat(RECORDS).anyMatch(c -> c.location().isEmpty());
        assertThat(RECORDS.stream().flatMap(c -> c.location().stream()).flatMap(l -> l.platform().stream()))
                .contains("Snapchat", "WhatsApp group", "Instagram", "TikTok");
        assertThat(RECORDS.stream().flatMap(c -> c.location().stream()).flatMap(l -> l.place().stream()))
                .contains("corridor", "canteen", "toilets", "field", "bus stop on Mill Road");
        assertThat(RECORDS.stream().flatMap(c -> c.actions().stream())).anyMatch(a -> a.owner().isEmpty())
                .anyMatch(a -> a.owner().isPresent());
        assertThat(RECORDS.stream().flatMap(c -> c.decisions().stream()))
                .anyMatch(d -> d.outcome() == DecisionOutcome.NO_FURTHER_ACTION && d.rationale().isEmpty())
                .anyMatch(d -> d.rationale().isPresent());
        assertThat(RECORDS).anyMatch(c -> c.childVoice().flatMap(v -> v.words()).isPresent())
                .anyMatch(c -> c.childVoice().flatMap(v -> v.notObtainedReason()).isPresent())
                .anyMatch(c -> c.summary().contains(" said \"") || c.summary().contains(" told me \u201C"))
                .anyMatch(c -> c.summary().contains(" said that ") || c.summary().contains(" told me that "));
        assertThat(RECORDS).anyMatch(c -> c.summary().contains("Mr ") || c.summary().contains("Mrs "));
        assertThat(RECORDS.stream().flatMap(c -> c.responses().stream()).map(r -> r.level().orElseThrow())
                .collect(Collectors.toSet())).contains(ResponseLevel.INDIVIDUAL, ResponseLevel.PEER_GROUP,
                        ResponseLevel.WHOLE_SCHOOL, ResponseLevel.ENVIRONMENT);
        assertThat(RECORDS).anyMatch(c -> !c.agencies().isEmpty());
        assertThat(RECORDS).anyMatch(c -> !c.otherPupils().isEmpty());
        assertThat(RECORDS).allMatch(c -> c.pupil().yearGroup().getAsInt() >= 7
                && c.pupil().yearGroup().getAsInt() <= 11 && c.pupil().sex().isPresent());
    }

    @Test
    @DisplayName("the directory knows the fictional names that appear in the text")
    void directory() {
        Concern c = RECORDS.stream().filter(r -> r.summary().length() > 30).findFirst().orElseThrow();
        var entry = PLANTED.directory().find(c.pupil().id()).orElseThrow();
        assertThat(entry.names()).hasSize(2);
        assertThat(entry.familyMemberNames()).isNotEmpty();
        Set<String> names;
        try (var s = PLANTED.directory().namesToRedact()) {
            names = s.collect(Collectors.toSet());
        }
        assertThat(names).containsAll(entry.names()).contains("Hill");
        assertThat(PLANTED.directory().family(c.pupil().familyId().orElseThrow())).extracting(e -> e.id())
                .contains(c.pupil().id());
        assertThat(PLANTED.directory().find(PupilId.of("nobody"))).isEmpty();
    }

    @Test
    @DisplayName("planted peer group: four pupils of one year repeatedly involved together")
    void peerGroup() {
        List<PupilId> group = PLANTED.planted().peerGroup();
        assertThat(group).hasSize(4).doesNotHaveDuplicates();
        List<Concern> together = RECORDS.stream().filter(c -> group.contains(c.pupil().id())
                && c.otherPupils().size() >= 2
                && c.otherPupils().stream().map(OtherPupil::id).allMatch(group::contains)).toList();
        assertThat(together).hasSizeGreaterThanOrEqualTo(12);
        assertThat(together.stream().map(c -> c.pupil().yearGroup().getAsInt()).distinct()).containsExactly(9);
    }

    @Test
    @DisplayName("planted hotspot: after-school incidents at one bus stop, three days a week")
    void hotspot() {
        String place = PLANTED.planted().hotspot().orElseThrow();
        List<Concern> there = RECORDS.stream().filter(c -> c.location().flatMap(l -> l.place())
                .filter(place::equals).isPresent()).toList();
        assertThat(there.size()).isGreaterThanOrEqualTo(20);
        assertThat(there).allMatch(c -> c.location().flatMap(l -> l.setting()).orElseThrow() == Setting.TRAVEL);
        assertThat(there).allMatch(c -> c.occurredAt().atZone(LONDON).getHour() == 15);
        assertThat(there.stream().filter(c -> c.categories().contains("behaviour.fighting")).count())
                .isGreaterThan(there.size() / 3);
    }

    @Test
    @DisplayName("planted escalation: one pupil's incidents rise in severity and come closer together")
    void escalating() {
        PupilId pupil = PLANTED.planted().escalating().orElseThrow();
        List<Concern> theirs = RECORDS.stream().filter(c -> c.pupil().id().equals(pupil)
                && !c.categories().isEmpty()).toList();
        assertThat(theirs).hasSizeGreaterThanOrEqualTo(8);
        Function<Concern, Integer> severity = c -> TAXONOMY.find(c.categories().get(0)).orElseThrow().severity();
        int firstHalf = theirs.subList(0, theirs.size() / 2).stream().mapToInt(severity::apply).max().orElse(0);
        int last = severity.apply(theirs.get(theirs.size() - 1));
        assertThat(last).isGreaterThan(firstHalf);
        long firstGap = theirs.get(1).occurredAt().getEpochSecond() - theirs.get(0).occurredAt().getEpochSecond();
        long lastGap = theirs.get(theirs.size() - 1).occurredAt().getEpochSecond()
                - theirs.get(theirs.size() - 2).occurredAt().getEpochSecond();
        assertThat(lastGap).isLessThan(firstGap);
    }

    @Test
    @DisplayName("planted spike: one week with a burst of one category, tagged")
    void spike() {
        String code = PLANTED.planted().spikeCategory().orElseThrow();
        LocalDate monday = PLANTED.planted().spikeWeek().orElseThrow();
        assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        Map<LocalDate, Long> weekly = RECORDS.stream().filter(c -> c.categories().contains(code))
                .collect(Collectors.groupingBy(c -> c.occurredAt().atZone(LONDON).toLocalDate()
                        .with(DayOfWeek.MONDAY), Collectors.counting()));
        long spikeWeek = weekly.getOrDefault(monday, 0L);
        assertThat(spikeWeek).isGreaterThanOrEqualTo(14);
        assertThat(weekly.entrySet().stream().filter(e -> !e.getKey().equals(monday))
                .mapToLong(Map.Entry::getValue).max().orElse(0)).isLessThan(spikeWeek / 3);
        assertThat(RECORDS.stream().filter(c -> c.tags().contains(PLANTED.planted().spikeTag().orElseThrow())))
                .hasSize(14);
    }

    @ParameterizedTest
    @EnumSource(Gap.class)
    @DisplayName("each gap removes what it says, even where a pattern was planted")
    void gaps(Gap gap) {
        List<Concern> records = SyntheticLog.builder().pupils(200).days(60).seed(5).plant(Plant.values()).gap(gap)
                .build().stream().toList();
        assertThat(records).isNotEmpty();
        switch (gap) {
            case LOCATIONS -> assertThat(records).allMatch(c -> c.location().isEmpty());
            case HSB -> assertThat(records.stream().flatMap(c -> c.categories().stream()).distinct()
                    .filter(TAXONOMY::isHsb)).isEmpty();
            case LOWER_LEVEL_HSB -> assertThat(records).noneMatch(c -> c.categories().stream().anyMatch(code ->
                    code.equals("hsb.sexist-language") || code.equals("hsb.sexual-comments")
                            || code.equals("hsb.age-inappropriate")));
            case SAFEGUARDING -> assertThat(records.stream().flatMap(c -> c.categories().stream()).distinct()
                    .filter(TAXONOMY::isSafeguarding)).isEmpty();
            case ACTIONS -> assertThat(records).allMatch(c -> c.actions().isEmpty());
            case ACTION_OWNERS -> {
                assertThat(records.stream().flatMap(c -> c.actions().stream())).isNotEmpty()
                        .allMatch(a -> a.owner().isEmpty() && a.status().isEmpty() && a.dueDate().isEmpty());
            }
            case OTHER_PUPILS -> assertThat(records).allMatch(c -> c.otherPupils().isEmpty());
            case CHILD_VOICE -> assertThat(records.stream().filter(c -> c.childVoice().isPresent()
                    || c.summary().contains("\"") || c.summary().contains("\u201C") || c.summary().contains(" said that ")
                    || c.summary().contains(" told me ")).map(c -> c.id().value())).isEmpty();
            case WIDER_RESPONSES -> assertThat(records.stream().flatMap(c -> c.responses().stream()))
                    .allMatch(r -> r.level().orElseThrow() == ResponseLevel.INDIVIDUAL);
        }
    }

    @Test
    void parsesCommandLineNames() {
        assertThat(Plant.parse("peer-group")).isEqualTo(Plant.PEER_GROUP);
        assertThat(Plant.parse("HOTSPOT")).isEqualTo(Plant.HOTSPOT);
        assertThat(Gap.parse("lower_level_hsb")).isEqualTo(Gap.LOWER_LEVEL_HSB);
        assertThatThrownBy(() -> Plant.parse("ghost")).hasMessageContaining("SGK-0651")
                .hasMessageContaining("peer-group, hotspot, escalating, spike");
        assertThatThrownBy(() -> Gap.parse("ghost")).hasMessageContaining("SGK-0652");
        assertThatThrownBy(() -> SyntheticLog.builder().pupils(3)).hasMessageContaining("SGK-0656");
        Set<String> ids = new HashSet<>();
        for (Action a : List.<Action>of()) {
            ids.add(a.description());
        }
        assertThat(ids).isEmpty();
    }
}
