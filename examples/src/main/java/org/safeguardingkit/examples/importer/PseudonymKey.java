package org.safeguardingkit.examples.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret key that turns names and MIS ids into stable pseudonymous ids (HMAC-SHA-256): the same pupil gets the
 * same id in every import made with the same key, and nobody without the key can recompute or reverse it. The key
 * lives in a file or an environment variable, never in the mapping, and is never logged.
 *
 * <pre>{@code
 * PseudonymKey key = PseudonymKey.fromFile(Path.of("/etc/sgkit/import.key"));
 * String id = key.pseudonym("p-", List.of("Amira", "Khan", "2011-03-02"));  // "p-3f9a..."
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PseudonymKey {

    /** The environment variable read by default. */
    public static final String ENVIRONMENT_VARIABLE = "SGKIT_IMPORT_KEY";

    /** The minimum key length in bytes (after trimming). */
    public static final int MIN_LENGTH = 16;

    private static final String ALGORITHM = "HmacSHA256";
    private static final int ID_BYTES = 10; // 80 bits: no collisions in any school's lifetime
    private final SecretKeySpec key;

    private PseudonymKey(byte[] secret) {
        if (secret.length < MIN_LENGTH) {
            throw new ImportException("SGK-0707: the pseudonym key is too short: at least " + MIN_LENGTH
                    + " bytes are needed (e.g. 32 random bytes, hex-encoded)");
        }
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /**
     * A key from its text (trimmed; UTF-8 bytes).
     *
     * @param secret the key text
     * @return the key
     */
    public static PseudonymKey of(String secret) {
        return new PseudonymKey(Objects.requireNonNull(secret, "secret").strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A key from a file holding its text.
     *
     * @param file the file
     * @return the key
     * @throws ImportException if the file cannot be read or is too short
     */
    public static PseudonymKey fromFile(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImportException("SGK-0707: cannot read the pseudonym key file " + file, e);
        }
    }

    /**
     * A key from an environment variable, if set.
     *
     * @param name the variable's name
     * @param environment looks up variables ({@code System::getenv})
     * @return the key, or empty if the variable is unset or blank
     */
    public static Optional<PseudonymKey> fromEnvironment(String name, Function<String, String> environment) {
        return Optional.ofNullable(environment.apply(name)).filter(s -> !s.isBlank()).map(PseudonymKey::of);
    }

    /**
     * A stable pseudonym for some values: HMAC-SHA-256 of the values (each trimmed, case-folded, spaces collapsed,
     * Unicode NFC), hex, after a prefix.
     *
     * @param prefix put before the hex, e.g. {@code "p-"}
     * @param values the values, in a fixed order
     * @return the pseudonym, e.g. {@code p-3f9a0c...} (prefix + 20 hex digits)
     */
    public String pseudonym(String prefix, List<String> values) {
        Mac mac = mac();
        for (String value : values) {
            String normal = Normalizer.normalize(value.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
                    .toLowerCase(Locale.ROOT);
            mac.update(normal.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0x1F); // unit separator: ("ab", "c") and ("a", "bc") differ
        }
        byte[] digest = mac.doFinal();
        return prefix + HexFormat.of().formatHex(digest, 0, ID_BYTES);
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("SGK-0708: HMAC-SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "PseudonymKey[secret hidden]";
    }

}
