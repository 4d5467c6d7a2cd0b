package org.safeguardingkit.review.anonymise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The secret key of a review's pseudonyms. The same key gives the same pseudonym for the same child in every review
 * (so re-runs and a trust's schools line up); another key gives unlinkable pseudonyms. Keep it as secret as the
 * records: whoever has the key and a pupil id can recompute the pseudonym.
 *
 * <p>{@link #toString()} never shows the key. This class is immutable and thread-safe.
 */
public final class ReviewKey {

    private static final int LENGTH = 32;
    private final byte[] bytes;

    private ReviewKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    /**
     * A key from raw bytes.
     *
     * @param bytes at least 16 bytes
     * @return the key
     * @throws IllegalArgumentException if shorter than 16 bytes
     */
    public static ReviewKey of(byte[] bytes) {
        Objects.requireNonNull(bytes, "key");
        if (bytes.length < 16) {
            throw new IllegalArgumentException("SGK-0510: a review key needs at least 16 bytes, had " + bytes.length);
        }
        return new ReviewKey(bytes);
    }

    /**
     * A key derived from a passphrase (SHA-256 of a fixed prefix and the passphrase).
     *
     * @param passphrase the passphrase, not blank
     * @return the key
     * @throws IllegalArgumentException if the passphrase is blank
     */
    public static ReviewKey fromPassphrase(String passphrase) {
        if (passphrase == null || passphrase.isBlank()) {
            throw new IllegalArgumentException("SGK-0511: a review key passphrase must not be blank");
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("sgkit-review-key:".getBytes(StandardCharsets.UTF_8));
            return new ReviewKey(digest.digest(passphrase.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * A key from hexadecimal text (as {@link #toHex()} writes it).
     *
     * @param hex at least 32 hex digits
     * @return the key
     * @throws IllegalArgumentException if not hex or too short
     */
    public static ReviewKey fromHex(String hex) {
        try {
            return of(HexFormat.of().parseHex(Objects.requireNonNull(hex, "hex").strip()));
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("SGK-")) {
                throw e;
            }
            throw new IllegalArgumentException("SGK-0512: a review key must be hexadecimal text", e);
        }
    }

    /**
     * A new random key: pseudonyms that cannot be linked to any other review.
     *
     * @return the key
     */
    public static ReviewKey random() {
        byte[] b = new byte[LENGTH];
        new SecureRandom().nextBytes(b);
        return new ReviewKey(b);
    }

    /**
     * The key as hexadecimal text, to keep it for re-runs.
     *
     * @return the hex text
     */
    public String toHex() {
        return HexFormat.of().formatHex(bytes);
    }

    byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReviewKey k && MessageDigest.isEqual(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ReviewKey[****]";
    }
}
