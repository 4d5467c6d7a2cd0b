package org.safeguardingkit.core.text;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Texts for property tests: record-like pieces (chosen words and marks, or short random strings) joined by spaces. */
public final class TestTexts {

    private TestTexts() {
    }

    /**
     * @param chosen    pieces a test cares about: words, phrases, punctuation, quotation marks, breaks
     * @param random    short random pieces, drawn as often as chosen ones
     * @param maxPieces at most this many pieces in a text
     * @return texts of those pieces joined by single spaces
     */
    public static Arbitrary<String> joined(List<String> chosen, Arbitrary<String> random, int maxPieces) {
        return Arbitraries.oneOf(Arbitraries.of(chosen), random).list().ofMaxSize(maxPieces)
                .map(l -> String.join(" ", l));
    }
}
