package org.safeguardingkit.review.anonymise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.StaffId;

class AnonymisationProperties {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    @Provide
    Arbitrary<ReviewKey> keys() {
        return Arbitraries.bytes().array(byte[].class).ofSize(32).map(ReviewKey::of);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.isBlank());
    }

    @Property(tries = 300)
    void aPseudonymIsStableForTheSameKeyAndChild(@ForAll("keys") ReviewKey key, @ForAll("ids") String id) {
        String first = Pseudonyms.of(key).pupil(PupilId.of(id));
        String again = Pseudonyms.of(ReviewKey.fromHex(key.toHex())).pupil(PupilId.of(id));
        assertThat(again).isEqualTo(first).matches("P-[A-Z2-9]{10}");
        assertThat(first).doesNotContain(id.length() > 3 ? id : "\u0000");
    }

    @Property(tries = 300)
    void anotherKeyGivesAnotherPseudonym(@ForAll("keys") ReviewKey a, @ForAll("keys") ReviewKey b,
            @ForAll("ids") String id) {
        if (a.equals(b)) {
            return;
        }
        assertThat(Pseudonyms.of(a).pupil(PupilId.of(id))).isNotEqualTo(Pseudonyms.of(b).pupil(PupilId.of(id)));
        assertThat(Pseudonyms.of(a).staff(StaffId.of(id))).isNotEqualTo(Pseudonyms.of(b).staff(StaffId.of(id)));
    }

    @Property(tries = 300)
    void differentChildrenGetDifferentPseudonyms(@ForAll("keys") ReviewKey key, @ForAll("ids") String a,
            @ForAll("ids") String b) {
        if (a.strip().equals(b.strip())) {
            return;
        }
        Pseudonyms p = Pseudonyms.of(key);
        assertThat(p.pupil(PupilId.of(a))).isNotEqualTo(p.pupil(PupilId.of(b)));
        assertThat(p.pupil(PupilId.of(a))).isNotEqualTo(p.staff(StaffId.of(a)));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzéöñ").ofMinLength(2)
                .ofMaxLength(10);
        return Combinators.combine(word, word, Arbitraries.of(" ", "-", "'")).as((x, y, sep) ->
                Character.toUpperCase(x.charAt(0)) + x.substring(1) + sep + y);
    }

    @Provide
    Arbitrary<List<String>> filler() {
        return Arbitraries.of("the", "pupil", "said", "that", "in", "corridor", "he", "she", "was", "upset",
                "Mr", "Miss", "and", "told", "me", ".", ",", "\"", "!", "\n", "(", ")", "'s", "123", "DOB:")
                .list().ofMaxSize(25);
    }

    @Property(tries = 400)
    void aDirectoryNameNeverSurvivesRedaction(@ForAll @Size(min = 1, max = 4) List<@From("names") String> names,
            @ForAll("filler") List<String> filler, @ForAll("casing") List<Integer> casing) {
        Redactor redactor = Redactor.of(names);
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (String word : filler) {
            text.append(word).append(' ');
            String name = names.get(n % names.size());
            int c = casing.isEmpty() ? 0 : casing.get(n % casing.size());
            text.append(c == 0 ? name : c == 1 ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT))
                    .append(n % 3 == 0 ? "'s " : " ");
            n++;
        }
        text.append(names.get(0));
        String out = redactor.redact(text.toString());
        Set<String> nameWords = words(String.join(" ", names));
        Set<String> outWords = words(out);
        outWords.retainAll(nameWords);
        assertThat(outWords).as(out).isEmpty();
    }

    @Provide
    Arbitrary<List<Integer>> casing() {
        return Arbitraries.integers().between(0, 2).list().ofMaxSize(5);
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (m.group().codePointCount(0, m.group().length()) >= 2) {
                out.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    @Property(tries = 500)
    void redactionNeverThrows(@ForAll String text, @ForAll @Size(max = 3) List<@StringLength(max = 12) String> names) {
        List<String> withNull = new ArrayList<>(names);
        withNull.add(null);
        assertThatCode(() -> Redactor.of(withNull).redact(text)).doesNotThrowAnyException();
        assertThatCode(() -> Redactor.of(names).redact(null)).doesNotThrowAnyException();
    }
}
