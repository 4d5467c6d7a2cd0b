package org.safeguardingkit.examples.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewSettings;
import org.safeguardingkit.review.trends.LocationHotspot;
import org.safeguardingkit.review.trends.Trends;

/**
 * The review's trends on generated logs (FICTIONAL): the planted patterns are found, and a log without plants gives
 * few chance hotspots, groups and spikes.
 */
class GeneratedLogReviewTest {

    private static Trends trends(SyntheticLog log) {
        try (Stream<Concern> s = log.stream()) {
            return Review.of(s, ReviewSettings.builder().anonymised(false).build()).trends();
        }
    }

    @Test
    @DisplayName("planted peer group, hotspot and spike are found, and come first")
    void plantedPatternsAreFound() {
        SyntheticLog log = SyntheticLog.builder().pupils(600).days(320).seed(7).plant(Plant.values()).build();
        Trends t = trends(log);
        List<String> group = log.planted().peerGroup().stream().map(PupilId::value).toList();
        assertThat(t.peerGroups()).isNotEmpty();
        assertThat(t.peerGroups().get(0).members()).containsAll(group);
        assertThat(t.peerGroups()).hasSizeLessThanOrEqualTo(3);

        String place = log.planted().hotspot().orElseThrow().toLowerCase(java.util.Locale.ROOT);
        List<LocationHotspot> violence = t.locations().stream().filter(h -> h.family().equals("violence")).toList();
        assertThat(violence).anySatisfy(h -> assertThat(h.place()).contains(place));
        int at = t.locations().indexOf(violence.stream().filter(h -> h.place().orElse("").equals(place))
                .findFirst().orElseThrow());
        assertThat(t.locations().subList(0, at))
                .noneSatisfy(h -> assertThat(h.place().orElse("")).isIn("classroom", "corridor"));

        String code = log.planted().spikeCategory().orElseThrow();
        LocalDate week = log.planted().spikeWeek().orElseThrow();
        assertThat(t.themes()).anySatisfy(s -> {
            assertThat(s.category()).isEqualTo(code);
            assertThat(s.from()).isBeforeOrEqualTo(week);
            assertThat(s.to()).isAfterOrEqualTo(week);
        });
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 23})
    @DisplayName("a log without plants gives few chance groups and spikes, and busy places do not lead the hotspots")
    void fewFalseFindingsWithoutPlants(long seed) {
        Trends t = trends(SyntheticLog.builder().pupils(600).days(320).seed(seed).build());
        assertThat(t.peerGroups()).hasSizeLessThanOrEqualTo(4);
        assertThat(t.themes()).hasSizeLessThanOrEqualTo(2);
        assertThat(t.locations()).hasSizeLessThanOrEqualTo(20);
        assertThat(t.locations().stream().limit(3))
                .noneSatisfy(h -> assertThat(h.place().orElse("")).isIn("classroom", "corridor"));
    }
}
