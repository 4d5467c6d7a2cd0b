package org.safeguardingkit.review.anonymise;

import java.util.Objects;

import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.StaffId;

/**
 * What a review shows for people and free text: with anonymisation on (the default) keyed pseudonyms and redacted
 * text; switched off (for the DSL's own use) the ids and the text as recorded.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Anonymiser {

    private final Pseudonyms pseudonyms;
    private final Redactor redactor;

    private Anonymiser(Pseudonyms pseudonyms, Redactor redactor) {
        this.pseudonyms = pseudonyms;
        this.redactor = redactor;
    }

    /**
     * Anonymisation on.
     *
     * @param key the review key for pseudonyms
     * @param redactor the redactor for free text
     * @return the anonymiser
     */
    public static Anonymiser of(ReviewKey key, Redactor redactor) {
        return new Anonymiser(Pseudonyms.of(key), Objects.requireNonNull(redactor, "redactor"));
    }

    /**
     * Anonymisation off: ids and text are shown as recorded (dates of birth are still never shown).
     *
     * @return the anonymiser
     */
    public static Anonymiser off() {
        return new Anonymiser(null, Redactor.none());
    }

    /**
     * Whether pseudonyms and redaction are applied.
     *
     * @return true when on
     */
    public boolean enabled() {
        return pseudonyms != null;
    }

    /**
     * How a pupil is shown.
     *
     * @param id the pupil
     * @return the pseudonym, or the id when off
     */
    public String pupil(PupilId id) {
        return pseudonyms == null ? id.value() : pseudonyms.pupil(id);
    }

    /**
     * How a member of staff is shown.
     *
     * @param id the member of staff
     * @return the pseudonym, or the id when off
     */
    public String staff(StaffId id) {
        return pseudonyms == null ? id.value() : pseudonyms.staff(id);
    }

    /**
     * How free text is shown.
     *
     * @param text the text, may be null
     * @return the redacted text, or the text when off ("" for null)
     */
    public String text(String text) {
        return redactor.redact(text);
    }
}
