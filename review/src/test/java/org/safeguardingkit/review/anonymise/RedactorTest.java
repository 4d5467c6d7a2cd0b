package org.safeguardingkit.review.anonymise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.of(List.of("Kacey Okonjo-Brown", "Mrs Dorothy Pilkington"));

    @Test
    void directoryNamesAreMaskedInAnyCaseAndPossessive() {
        assertThat(redactor.redact("kacey said OKONJO-BROWN's bag was taken by Pilkington."))
                .isEqualTo("[X] said [X]-[X]'s bag was taken by [X].");
    }

    @Test
    void capitalisedWordsAfterATitleAreMasked() {
        assertThat(redactor.redact("Mr. Hargreaves-Lyle and Ms Quint saw it")).isEqualTo(
                "Mr. [X]-[X] and Ms [X] saw it");
    }

    @Test
    void knownFirstNamesAndTheFollowingSurnameAreMasked() {
        assertThat(redactor.redact("Olivia Tremethick pushed Jack. The teacher intervened."))
                .isEqualTo("[X] [X] pushed [X]. The teacher intervened.");
    }

    @Test
    void lowerCaseWordsThatAreAlsoNamesAreKept() {
        assertThat(redactor.redact("he will mark the work and grace was shown"))
                .isEqualTo("he will mark the work and grace was shown");
    }

    @Test
    void datesOfBirthAreMasked() {
        assertThat(redactor.redact("DOB: 03/04/2012, born on 3rd April 2012"))
                .isEqualTo("DOB: [X], born on [X]");
    }

    @Test
    void offChangesNothing() {
        assertThat(Redactor.none().redact("Jack Smith")).isEqualTo("Jack Smith");
        assertThat(Redactor.none().redact(null)).isEmpty();
    }

    @Test
    void theKeyIsNeverPrinted() {
        ReviewKey key = ReviewKey.fromPassphrase("secret");
        assertThat(key.toString()).doesNotContain(key.toHex());
    }
}
