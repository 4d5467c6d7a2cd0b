package org.safeguardingkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import org.safeguardingkit.core.testing.ConcernDomain;

@Domain(ConcernDomain.class)
@Domain(DomainContext.Global.class)
class ChronologyProperties {

    private static List<Concern> aboutOnePupil(List<Concern> concerns, PupilId pupil) {
        Map<ConcernId, Concern> unique = new LinkedHashMap<>();
        for (Concern c : concerns) {
            Concern mine = c.pupil().id().value().hashCode() % 2 == 0
                    ? c.toBuilder().pupil(new Pupil(pupil, c.pupil().sex(), c.pupil().yearGroup(),
                            c.pupil().dateOfBirth(), c.pupil().familyId())).build()
                    : c;
            unique.putIfAbsent(mine.id(), mine);
        }
        return new ArrayList<>(unique.values());
    }

    @Property(tries = 100)
    void everyEventOfTheChildOnceInTimeOrderWhateverTheInputOrder(@ForAll @Size(max = 6) List<Concern> concerns,
            @ForAll long seed) {
        PupilId pupil = PupilId.of("p-chronology");
        List<Concern> input = aboutOnePupil(concerns, pupil);
        List<ChronologyEvent> events = Chronology.of(pupil, input).events();

        long expected = input.stream().filter(c -> c.pupil().id().equals(pupil))
                .mapToLong(c -> 1 + c.decisions().size() + c.actions().size()).sum();
        assertThat(events).hasSize((int) expected);
        assertThat(events).allMatch(e -> e.concern().pupil().id().equals(pupil));
        assertThat(events).extracting(ChronologyEvent::at).isSorted();

        List<Concern> shuffled = new ArrayList<>(input);
        Collections.shuffle(shuffled, new Random(seed));
        assertThat(Chronology.of(pupil, shuffled).events()).isEqualTo(events);
    }
}
