package org.safeguardingkit.core.json;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams a JSON Lines log (one v1 record per line) in constant memory. It never stops at a bad line: every
 * non-blank line comes back as a {@link LogLine.Accepted} record or a {@link LogLine.Rejected} line whose error names
 * the line number, the field and what was expected. Blank lines are skipped and counted.
 *
 * <pre>{@code
 * try (ConcernLogReader log = ConcernLogReader.open(Path.of("log.jsonl"))) {
 *     log.lines().forEach(line -> {
 *         if (line instanceof LogLine.Accepted a) {
 *             store.save(a.concern(), Versioned.NEW);
 *         } else if (line instanceof LogLine.Rejected r) {
 *             System.err.println(r.error().getMessage());   // line, field, expectation; never the text
 *         }
 *     });
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader is consumed once, by one thread.
 */
public final class ConcernLogReader implements Closeable {

    private final LineSource in;
    private final ConcernJson json;
    private long lineNumber;
    private long accepted;
    private long rejected;
    private long blank;

    private ConcernLogReader(LineSource in, ConcernJson json) {
        this.in = in;
        this.json = json;
    }

    /**
     * A reader over text that is already decoded.
     *
     * @param in the text; closed by {@link #close()}
     * @return the reader
     */
    public static ConcernLogReader of(Reader in) {
        Objects.requireNonNull(in, "in");
        return new ConcernLogReader(new TextLines(in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16)),
                ConcernJson.create());
    }

    /**
     * A reader over UTF-8 bytes. A leading byte order mark is skipped; a line that is not valid UTF-8 (say, a
     * Windows-1252 export) is rejected with the byte where the text goes wrong, never silently altered.
     *
     * @param in the bytes; closed by {@link #close()}
     * @return the reader
     */
    public static ConcernLogReader of(InputStream in) {
        Objects.requireNonNull(in, "in");
        return new ConcernLogReader(new Utf8Lines(in), ConcernJson.create());
    }

    /**
     * A reader over a UTF-8 file, as {@link #of(InputStream)}.
     *
     * @param file the file
     * @return the reader
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static ConcernLogReader open(Path file) {
        try {
            return of(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0101: cannot open " + file, e);
        }
    }

    /**
     * The lines, read lazily as the stream is consumed. Consume it once.
     *
     * @return a sequential stream of accepted and rejected lines
     */
    public Stream<LogLine> lines() {
        Iterator<LogLine> it = new Iterator<>() {
            private LogLine next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = readNext();
                }
                return next != null;
            }

            @Override
            public LogLine next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                LogLine line = next;
                next = null;
                return line;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    private LogLine readNext() {
        try {
            RawLine raw;
            while ((raw = in.next()) != null) {
                lineNumber++;
                String text = raw.text();
                if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (raw.malformedAt() >= 0) {
                    rejected++;
                    return new LogLine.Rejected(lineNumber, new RecordFormatException(lineNumber, "",
                            "not valid UTF-8 (byte " + (raw.malformedAt() + 1) + " of the line); save the log as UTF-8",
                            null));
                }
                if (text.isBlank()) {
                    blank++;
                    continue;
                }
                try {
                    LogLine.Accepted line = new LogLine.Accepted(lineNumber, json.read(text, lineNumber));
                    accepted++;
                    return line;
                } catch (RecordFormatException e) {
                    rejected++;
                    return new LogLine.Rejected(lineNumber, e);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0102: cannot read line " + (lineNumber + 1), e);
        }
    }

    /** One line as read: its text, and where it stopped being valid UTF-8 (-1 if it is valid). */
    private record RawLine(String text, int malformedAt) {
    }

    /** Where lines come from. */
    private interface LineSource extends Closeable {
        /** @return the next line without its line end, or null at the end */
        RawLine next() throws IOException;
    }

    /** Lines of decoded text: ends are {@code \n}, {@code \r\n} or {@code \r}. */
    private static final class TextLines implements LineSource {
        private final BufferedReader in;

        TextLines(BufferedReader in) {
            this.in = in;
        }

        @Override
        public RawLine next() throws IOException {
            String text = in.readLine();
            return text == null ? null : new RawLine(text, -1);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Lines of UTF-8 bytes, split at {@code \n} (which never occurs inside a multi-byte character), a trailing
     * {@code \r} dropped, each decoded strictly so that a bad byte rejects its own line and nothing else.
     */
    private static final class Utf8Lines implements LineSource {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int limit;
        private byte[] line = new byte[1024];

        Utf8Lines(InputStream in) {
            this.in = in;
        }

        @Override
        public RawLine next() throws IOException {
            int length = 0;
            boolean any = false;
            while (true) {
                if (position == limit) {
                    limit = in.read(buffer, 0, buffer.length);
                    position = 0;
                    if (limit <= 0) {
                        limit = 0;
                        if (!any) {
                            return null;
                        }
                        break;
                    }
                }
                any = true;
                byte b = buffer[position++];
                if (b == '\n') {
                    break;
                }
                if (length == line.length) {
                    line = Arrays.copyOf(line, line.length * 2);
                }
                line[length++] = b;
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            return decode(length);
        }

        private RawLine decode(int length) {
            ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
            CharBuffer chars = CharBuffer.allocate(length);
            decoder.reset();
            CoderResult result = decoder.decode(bytes, chars, true);
            if (!result.isError()) {
                result = decoder.flush(chars);
            }
            chars.flip();
            return new RawLine(chars.toString(), result.isError() ? bytes.position() : -1);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /**
     * Lines read so far, blank ones included.
     *
     * @return the count
     */
    public long linesRead() {
        return lineNumber;
    }

    /**
     * Records accepted so far.
     *
     * @return the count
     */
    public long accepted() {
        return accepted;
    }

    /**
     * Lines rejected so far.
     *
     * @return the count
     */
    public long rejected() {
        return rejected;
    }

    /**
     * Blank lines skipped so far.
     *
     * @return the count
     */
    public long blank() {
        return blank;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
