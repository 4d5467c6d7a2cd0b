package org.safeguardingkit.core.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The word table answers as a map does: for words in it, whether given as the table's own (interned) string or as
 * an equal copy, and 0 for words not in it (including words whose first slot another word holds).
 */
class WordTableTest {

    @Provide
    Arbitrary<List<String>> words() {
        // short words over few letters: many share a first slot or a hash with another
        return Arbitraries.strings().withChars("abcde'").ofMinLength(0).ofMaxLength(4).list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void answersAsAMap(@ForAll("words") List<String> in, @ForAll("words") List<String> probes) {
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> second = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            String w = in.get(i);
            if (i % 3 != 2) {
                first.merge(w, 1 << (i % 31), (a, b) -> a | b);
            }
            if (i % 3 != 0) {
                second.merge(w, 1 << (i % 32), (a, b) -> a | b);
            }
        }
        WordTable table = WordTable.of(first, second);
        WordTable one = WordTable.of(first);
        for (List<String> words : List.of(in, probes)) {
            for (String w : words) {
                for (String probe : List.of(w, new String(w), w.intern())) {
                    int slot = table.slot(probe);
                    assertThat(table.first(slot)).isEqualTo(first.getOrDefault(w, 0));
                    assertThat(table.second(slot)).isEqualTo(second.getOrDefault(w, 0));
                    assertThat(table.get(probe)).isEqualTo(first.getOrDefault(w, 0));
                    assertThat(table.get(probe, w.hashCode())).isEqualTo(first.getOrDefault(w, 0));
                    assertThat(one.get(probe)).isEqualTo(first.getOrDefault(w, 0));
                    assertThat(one.second(one.slot(probe))).isZero();
                }
            }
        }
    }
}
