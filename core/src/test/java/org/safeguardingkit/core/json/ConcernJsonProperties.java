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
}
