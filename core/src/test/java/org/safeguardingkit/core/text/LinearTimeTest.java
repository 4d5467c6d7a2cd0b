package org.safeguardingkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguardingkit.core.quality.rules.FactOpinionRule;

/**
 * Analysis and the fact-opinion rule do work proportional to the length of the text, even for adversarial
 * input: counted in steps (characters scanned, automaton transitions, scope steps), not timed.
 */
class LinearTimeTest {

    private static final int MEGABYTE = 1 << 20;
    /** Generous: steps per character allowed. */
    private static final long STEPS_PER_CHAR = 60;

    static List<Object[]> adversarialTexts() {
        return List.of(
                new Object[] {"a million straight quotes", (IntFunction<String>) n -> "\"".repeat(n)},
                new Object[] {"a million curly opening quotes", (IntFunction<String>) n -> "\u201C".repeat(n)},
                new Object[] {"alternating quote styles", (IntFunction<String>) n -> "\u201C\u2018'\"".repeat(n / 4)},
                new Object[] {"no spaces at all", (IntFunction<String>) n -> "a".repeat(n)},
                new Object[] {"repeated cue words", (IntFunction<String>) n -> "said told probably clearly ".repeat(n / 27)},
                new Object[] {"repeated hedges in one clause", (IntFunction<String>) n -> "I think probably might be ".repeat(n / 26)},
                new Object[] {"repeated labels", (IntFunction<String>) n -> "is a very aggressive nasty liar ".repeat(n / 32)},
                new Object[] {"quotes and apostrophes", (IntFunction<String>) n -> "'a' didn't James' \"b ".repeat(n / 22)},
                new Object[] {"one long sentence of reports", (IntFunction<String>) n -> "Mum said she thinks ".repeat(n / 20)},
                new Object[] {"harm labels alone", (IntFunction<String>) n -> "neglect ".repeat(n / 8)},
                new Object[] {"hyphen chains", (IntFunction<String>) n -> "attention-".repeat(n / 10)},
                new Object[] {"sentences", (IntFunction<String>) n -> "He was drunk. ".repeat(n / 14)});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarialTexts")
    void workGrowsLinearly(String name, IntFunction<String> make) {
        // the three the brief names run at a full megabyte; the others at a quarter, to keep the build quick
        boolean full = name.startsWith("a million") || name.startsWith("no spaces") || name.startsWith("repeated cue");
        for (int size : new int[] {MEGABYTE / 64, full ? MEGABYTE : MEGABYTE / 4}) {
            String text = make.apply(size);
            WorkMeter meter = WorkMeter.counting();
            AnalysedText analysed = AnalysedText.of(text, meter);
            new FactOpinionRule().findings(analysed, "summary", List.of());
            assertThat(meter.steps()).as("%s, %d chars", name, text.length())
                    .isLessThanOrEqualTo(STEPS_PER_CHAR * Math.max(text.length(), 1));
        }
    }
}
