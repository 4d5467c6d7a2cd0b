package org.safeguardingkit.review.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.AgencyInvolvement;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.review.Fixtures;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewJson;
import org.safeguardingkit.review.sampling.Sampling;

/**
 * End to end: whatever free text carries a directory name, the review's JSON does not.
 */
class ReviewAnonymisationProperties {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** Names with an "ö", so that no word of the review's own (ASCII) vocabulary is taken for a name. */
    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzáéö").ofMinLength(3).ofMaxLength(9)
                .map(s -> Character.toUpperCase(s.charAt(0)) + "ö" + s.substring(1)).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 60)
    void noDirectoryNameSurvivesInTheReview(@ForAll("names") List<String> names, @ForAll long seed) {
        Random r = new Random(seed);
        List<Concern> log = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = names.get(r.nextInt(names.size()));
            String cased = r.nextBoolean() ? name : name.toUpperCase(Locale.ROOT);
            log.add(Fixtures.concern("c-" + i, "p-" + r.nextInt(4), r.nextInt(30))
                    .summary(cased + " said that " + name.toLowerCase(Locale.ROOT) + "'s phone was taken.")
                    .addCategory("bullying.verbal")
                    .location(Location.of(Setting.OFF_SITE, "outside " + name + "'s house"))
                    .addAgency(AgencyInvolvement.of(Agency.HEALTH, "Nurse saw " + name))
                    .addResponse(Response.of(ResponseLevel.INDIVIDUAL, ResponseType.SUPPORT, "Talk with " + name))
                    .addAction(Action.of("Call " + name + "'s mum", StaffId.of("s-1"), Fixtures.START,
                            org.safeguardingkit.core.model.ActionStatus.OPEN))
                    .addTag("about " + name)
                    .build());
        }
        String json = ReviewJson.write(Review.of(log, Fixtures.settings().sampling(Sampling.all())
                .namesToRedact(names).build()));
        List<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        Matcher m = WORD.matcher(json);
        while (m.find()) {
            assertThat(lower).as(json).doesNotContain(m.group().toLowerCase(Locale.ROOT));
        }
    }
}
