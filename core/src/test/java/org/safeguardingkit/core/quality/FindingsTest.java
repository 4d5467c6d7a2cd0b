package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.text.TextSpan;

class FindingsTest {

    private static final Finding AT = Finding.at("fact-opinion", Severity.WARNING, "summary",
            new TextSpan(4, 14, "aggressive"), "'aggressive' is a judgement.", "Describe what you saw.");
    private static final Finding FIELD = Finding.onField("location", Severity.ERROR, "location", "No location.", null);

    @Test
    void scoreAndSummary() {
        Findings f = Findings.of("c-1", List.of("fact-opinion", "location", "clarity"), List.of(AT, FIELD));
        assertThat(f.score()).isEqualTo(65);
        assertThat(f.rules()).containsOnlyKeys("fact-opinion", "location", "clarity");
        assertThat(f.rules().get("clarity").passed()).isTrue();
        assertThat(f.rules().get("location").worst()).contains(Severity.ERROR);
        assertThat(f.worst()).contains(Severity.ERROR);
        assertThat(f.meets(Severity.ERROR)).isFalse();
        assertThat(Findings.of("c-2", List.of(), List.of()).score()).isEqualTo(100);
    }

    @Test
    void scoreNeverBelowZero() {
        assertThat(Findings.of("c-1", List.of(), java.util.Collections.nCopies(9, FIELD)).score()).isZero();
    }

    @Test
    void jsonIsTheInterchangeFormat() {
        String json = FindingsJson.standard().toJson(Findings.of("c-000123", List.of(), List.of(AT, FIELD)));
        assertThat(json).isEqualTo("{\"id\":\"c-000123\",\"findings\":["
                + "{\"rule\":\"fact-opinion\",\"severity\":\"WARNING\",\"field\":\"summary\",\"start\":4,\"end\":14,"
                + "\"text\":\"aggressive\",\"message\":\"'aggressive' is a judgement.\",\"suggestion\":\"Describe what you saw.\"},"
                + "{\"rule\":\"location\",\"severity\":\"ERROR\",\"field\":\"location\",\"message\":\"No location.\"}]}");
        assertThat(FindingsJson.withScore().toJson(Findings.of("c-1", List.of(), List.of()))).isEqualTo(
                "{\"id\":\"c-1\",\"score\":100,\"findings\":[]}");
    }

    @Test
    void valuesValidate() {
        assertThatThrownBy(() -> new TextSpan(3, 3, "")).hasMessageContaining("end must be > start");
        assertThatThrownBy(() -> new Finding(" ", Severity.INFO, "summary", Optional.empty(), "m", Optional.empty()))
                .hasMessageContaining("SGK-0402");
        assertThat(Severity.parse("warning")).isEqualTo(Severity.WARNING);
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThatThrownBy(() -> Severity.parse("LOUD")).hasMessageContaining("SGK-0401");
    }
}
