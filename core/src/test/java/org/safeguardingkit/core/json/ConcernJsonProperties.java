package org.safeguardingkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.testing.ConcernDomain;
import org.safeguardingkit.core.testing.SampleConcerns;

@Domain(ConcernDomain.class)
class ConcernJsonProperties {

    private static final ConcernJson JSON = ConcernJson.create();
    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeContainer
    static void start() {
        factory = Validation.byDefaultProvider().configure().clockProvider(SampleConcerns::clock)
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterContainer
    static void stop() {
        factory.close();
    }

    @Property(tries = 300)
    void anyValidConcernSurvivesWriteThenReadUnchanged(@ForAll Concern concern) {
        String line = JSON.write(concern);
        assertThat(line).as("safe for any line splitter").doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029");
        assertThat(JSON.read(line)).isEqualTo(concern);
    }

    @Property(tries = 50)
    void logsOfAnyRecordsReadBackLineByLine(@ForAll @Size(max = 8) List<Concern> concerns) {
        StringWriter out = new StringWriter();
        try (ConcernLogWriter writer = ConcernLogWriter.of(out)) {
            concerns.forEach(writer::write);
        }
        try (ConcernLogReader reader = ConcernLogReader.of(new StringReader(out.toString()))) {
            assertThat(reader.lines().map(l -> ((LogLine.Accepted) l).concern()).toList()).isEqualTo(concerns);
            assertThat(reader.linesRead()).isEqualTo(concerns.size());
        }
    }

    @Property(tries = 100)
    void theDomainMakesOnlyValidRecords(@ForAll Concern concern) {
        assertThat(validator.validate(concern)).isEmpty();
    }

    private static final String MARKER = "ZQXJ";

    @Property(tries = 300)
    void errorsNeverRepeatTheRecordsText(@ForAll Concern concern, @ForAll("damage") net.jqwik.api.Tuple.Tuple3<Integer,
            Integer, Character> damage) {
        Concern marked = concern.toBuilder().summary(MARKER + concern.summary() + MARKER)
                .outcome(MARKER + " outcome " + MARKER).build();
        String line = JSON.write(marked);
        int at = damage.get1() % line.length();
        String broken = switch (damage.get2()) {
            case 0 -> line.substring(0, at);
            case 1 -> line.substring(0, at) + damage.get3() + line.substring(at + 1);
            default -> line.substring(0, at) + damage.get3() + line.substring(at);
        };
        try {
            JSON.read(broken, 1);
        } catch (RecordFormatException e) {
            assertThat(e.getMessage()).startsWith("SGK-0100: line 1: ").doesNotContain(MARKER);
            assertThat(e.getCause()).isNull();
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<net.jqwik.api.Tuple.Tuple3<Integer, Integer, Character>> damage() {
        return net.jqwik.api.Combinators.combine(net.jqwik.api.Arbitraries.integers().between(0, 100_000),
                net.jqwik.api.Arbitraries.integers().between(0, 2),
                net.jqwik.api.Arbitraries.of('"', '{', '}', '[', ']', ',', ':', 'x', '1', '\\', ' ', '\u0000'))
                .as(net.jqwik.api.Tuple::of);
    }
}
