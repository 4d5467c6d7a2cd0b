package org.safeguardingkit.core.spi;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * An audit event sealed into a hash chain: its {@code digest} is the SHA-256 of the previous seal's digest and of
 * the event's fields, so changing, removing or reordering any stored event breaks every later seal. A store keeps the
 * digest beside the event (a column) and anyone can {@link #verify(List) verify} the trail later.
 *
 * <pre>{@code
 * AuditSeal first = AuditSeal.first(event1);
 * AuditSeal second = first.next(event2);
 * OptionalLong broken = AuditSeal.verify(List.of(first, second));   // empty: intact
 * }</pre>
 *
 * <p>The digest covers sequence, time (ISO-8601), actor, action, concern id and detail, each as length-prefixed
 * UTF-8, after the previous digest (64 zeros before the first event). This class is immutable and thread-safe.
 *
 * @param event the event
 * @param digest the lower-case hex SHA-256 digest over the previous digest and this event
 */
public record AuditSeal(AuditEvent event, String digest) {

    /** The digest that precedes the first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    /** Checks the fields. */
    public AuditSeal {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(digest, "digest");
        if (!HEX.matcher(digest).matches()) {
            throw new IllegalArgumentException("SGK-0820: an audit digest is 64 lower-case hex digits");
        }
    }

    /**
     * Seals the first event of a trail.
     *
     * @param event the event
     * @return the seal
     */
    public static AuditSeal first(AuditEvent event) {
        return new AuditSeal(event, digest(GENESIS, event));
    }

    /**
     * Seals the event that follows this one.
     *
     * @param following the next event
     * @return its seal
     */
    public AuditSeal next(AuditEvent following) {
        return new AuditSeal(following, digest(digest, following));
    }

    /**
     * The digest of an event after a previous digest.
     *
     * @param previous the previous digest, {@link #GENESIS} for the first event
     * @param event the event
     * @return the lower-case hex digest
     */
    public static String digest(String previous, AuditEvent event) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SGK-0821: SHA-256 is not available", e);
        }
        update(sha, previous);
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(event.sequence()).array());
        update(sha, event.at().toString());
        update(sha, event.actor().value());
        update(sha, event.action());
        update(sha, event.concern().map(c -> c.value()).orElse(""));
        update(sha, event.detail());
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        sha.update(bytes);
    }

    /**
     * Checks a whole trail, oldest first: each seal's digest must follow from the one before, and sequence numbers
     * must run 1, 2, 3, ... without gaps.
     *
     * @param trail the seals in order, starting with the first event
     * @return the sequence number of the first seal that does not check, or empty if the trail is intact
     */
    public static OptionalLong verify(List<AuditSeal> trail) {
        String previous = GENESIS;
        long expected = 1;
        for (AuditSeal seal : trail) {
            if (seal.event().sequence() != expected || !digest(previous, seal.event()).equals(seal.digest())) {
                return OptionalLong.of(seal.event().sequence());
            }
            previous = seal.digest();
            expected++;
        }
        return OptionalLong.empty();
    }
}
