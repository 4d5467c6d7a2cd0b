package org.safeguardingkit.examples.generate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The generator's scenario book, loaded from the resource {@code scenarios.yaml}: what happens in a fictional
 * school, where, how often, and what staff write about it. Immutable.
 *
 * @param opinions unlabelled opinions staff add, by kind (BEHAVIOURAL, SAFEGUARDING)
 * @param notObtained reasons the child's views were not obtained
 * @param closings closing sentences
 * @param terse short jargon-heavy entries
 * @param rationales reasons for decisions, by outcome name
 * @param scenarios the scenarios, one per category code
 */
record ScenarioBook(Map<String, List<String>> opinions, List<String> notObtained, List<String> closings,
        List<String> terse, Map<String, List<String>> rationales, List<Scenario> scenarios) {

    ScenarioBook {
        opinions = Map.copyOf(opinions);
        notObtained = List.copyOf(notObtained);
        closings = List.copyOf(closings);
        terse = List.copyOf(terse);
        rationales = Map.copyOf(rationales);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * One kind of incident.
     *
     * @param code the category code of sgkit-default
     * @param weight the relative frequency
     * @param peers the probability that other pupils are involved
     * @param places "SETTING|place" entries; for ONLINE the place is the platform
     * @param events what staff wrote happened
     * @param quotes the child's own words
     * @param reported the child's words as reported speech
     * @param responses "LEVEL|TYPE|description" entries
     * @param agencies "AGENCY|involvement" entries
     * @param decisions decision outcomes the DSL may take
     * @param actions action descriptions
     */
    record Scenario(String code, double weight, double peers, List<String> places, List<String> events,
            List<String> quotes, List<String> reported, List<String> responses, List<String> agencies,
            List<String> decisions, List<String> actions) {

        Scenario {
            Objects.requireNonNull(code, "code");
            places = copy(places);
            events = copy(events);
            quotes = copy(quotes);
            reported = copy(reported);
            responses = copy(responses);
            agencies = copy(agencies);
            decisions = copy(decisions);
            actions = copy(actions);
        }

        private static List<String> copy(List<String> list) {
            return list == null ? List.of() : List.copyOf(list);
        }

        /** Whether the category is behavioural (behaviour.*, bullying.*) rather than safeguarding. */
        boolean behavioural() {
            return code.startsWith("behaviour.") || code.startsWith("bullying.");
        }

        boolean hsb() {
            return code.startsWith("hsb.");
        }

        boolean lowerLevelHsb() {
            return code.equals("hsb.sexist-language") || code.equals("hsb.sexual-comments")
                    || code.equals("hsb.age-inappropriate");
        }

        String kind() {
            return behavioural() ? "BEHAVIOURAL" : "SAFEGUARDING";
        }
    }

    /** Loads the book shipped with the generator. */
    static ScenarioBook load() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = ScenarioBook.class.getResourceAsStream("scenarios.yaml")) {
            if (in == null) {
                throw new IllegalStateException("SGK-0653: scenarios.yaml is missing from the classpath");
            }
            return yaml.readValue(in, ScenarioBook.class);
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0653: cannot read scenarios.yaml", e);
        }
    }

    Scenario scenario(String code) {
        return scenarios.stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("SGK-0654: no scenario for " + code));
    }
}
