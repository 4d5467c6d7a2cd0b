package org.safeguardingkit.review.anonymise;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.StaffId;

/**
 * Keyed pseudonyms for pupils and staff: HMAC-SHA256 of the id with the review key, written as {@code P-} or
 * {@code S-} and ten base-32 characters (50 bits). The same id and key always give the same pseudonym; without the
 * key the pseudonym reveals nothing about the id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Pseudonyms {

    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final int LENGTH = 10;

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    private Pseudonyms(ReviewKey key) {
        this.key = new SecretKeySpec(key.bytes(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Pseudonyms under a key.
     *
     * @param key the review key
     * @return the pseudonyms
     */
    public static Pseudonyms of(ReviewKey key) {
        return new Pseudonyms(Objects.requireNonNull(key, "key"));
    }

    /**
     * A pupil's pseudonym.
     *
     * @param id the pupil id
     * @return e.g. {@code P-7Q2M4KXA9B}
     */
    public String pupil(PupilId id) {
        return "P-" + code("pupil", id.value());
    }

    /**
     * A staff member's pseudonym.
     *
     * @param id the staff id
     * @return e.g. {@code S-AB12CD34EF}
     */
    public String staff(StaffId id) {
        return "S-" + code("staff", id.value());
    }

    private String code(String domain, String value) {
        Mac hmac = macs.get();
        hmac.reset();
        hmac.update(domain.getBytes(StandardCharsets.UTF_8));
        hmac.update((byte) 0);
        byte[] mac = hmac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        StringBuilder out = new StringBuilder(LENGTH);
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (mac[i] & 0xff);
        }
        for (int i = 0; i < LENGTH; i++) {
            out.append(ALPHABET[(int) ((bits >>> (59 - 5 * i)) & 31)]);
        }
        return out.toString();
    }
}
