package org.safeguardingkit.examples.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The character encoding of an export, and how many bytes of byte order mark to skip. Detection: a byte order mark
 * (UTF-8, UTF-16 LE/BE), else UTF-8 if the whole file decodes as UTF-8, else Windows-1252 (what Excel writes for
 * "CSV" on a UK Windows machine).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param charset the encoding
 * @param bomLength the length in bytes of the byte order mark at the start, 0 if none
 * @param detected whether the encoding was detected (true) or named by the mapping (false)
 */
public record SourceEncoding(Charset charset, int bomLength, boolean detected) {

    /** Windows-1252, the fallback for files that are not valid UTF-8. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    /** Checks the fields. */
    public SourceEncoding {
        Objects.requireNonNull(charset, "charset");
        if (bomLength < 0 || bomLength > 3) {
            throw new IllegalArgumentException("SGK-0705: bomLength must be 0..3, was " + bomLength);
        }
    }

    /**
     * Detects a file's encoding, or takes the mapping's: {@code auto} detects; a charset name is used as given (a
     * matching byte order mark is still skipped).
     *
     * @param file the file
     * @param configured the mapping's {@code source.encoding}
     * @return the encoding
     * @throws ImportException if the file cannot be read
     */
    public static SourceEncoding of(Path file, String configured) {
        try {
            byte[] head = new byte[3];
            int n;
            try (InputStream in = Files.newInputStream(file)) {
                n = in.readNBytes(head, 0, 3);
            }
            byte[] start = Arrays.copyOf(head, n);
            if (!"auto".equalsIgnoreCase(configured)) {
                Charset charset = Charset.forName(configured);
                return new SourceEncoding(charset, bomFor(start, charset), false);
            }
            if (startsWith(start, UTF8_BOM)) {
                return new SourceEncoding(StandardCharsets.UTF_8, 3, true);
            }
            if (startsWith(start, UTF16LE_BOM)) {
                return new SourceEncoding(StandardCharsets.UTF_16LE, 2, true);
            }
            if (startsWith(start, UTF16BE_BOM)) {
                return new SourceEncoding(StandardCharsets.UTF_16BE, 2, true);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new SourceEncoding(isUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0, true);
            }
        } catch (IOException e) {
            throw new ImportException("SGK-0706: cannot read the export " + file, e);
        }
    }

    private static int bomFor(byte[] start, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8) && startsWith(start, UTF8_BOM)) {
            return 3;
        }
        if ((charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16))
                && startsWith(start, UTF16LE_BOM)) {
            return 2;
        }
        if ((charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16))
                && startsWith(start, UTF16BE_BOM)) {
            return 2;
        }
        return 0;
    }

    /**
     * Whether a stream is entirely valid UTF-8, decoding it in chunks (constant memory).
     *
     * @param in the bytes; read to the end, not closed
     * @return true if valid UTF-8
     * @throws IOException if reading fails
     */
    static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        byte[] buffer = new byte[1 << 15];
        int n;
        while ((n = in.read(buffer)) != -1) {
            bytes.put(buffer, 0, n).flip();
            if (!decode(decoder, bytes, chars, false)) {
                return false;
            }
            bytes.compact();
        }
        bytes.flip();
        return decode(decoder, bytes, chars, true) && decoder.flush(chars.clear()).isUnderflow();
    }

    private static boolean decode(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end)
            throws CharacterCodingException {
        while (true) {
            CoderResult result = decoder.decode(bytes, chars.clear(), end);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /**
     * The encoding's name as the report shows it, e.g. {@code UTF-8 (BOM)}.
     *
     * @return the name
     */
    public String describe() {
        return charset.name() + (bomLength > 0 ? " (BOM)" : "") + (detected ? "" : " (from mapping)");
    }
}
