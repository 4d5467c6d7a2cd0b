package org.safeguardingkit.core.json;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *         switch (line) {  // or instanceof
 *             case LogLine.Accepted a -> store.save(a.concern());
 *             case LogLine.Rejected r -> System.err.println(r.error().getMessage());
 *         }
 *     });
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one reader is consumed once, by one thread.
 */
public final class ConcernLogReader implements Closeable {

    private final BufferedReader in;
    private final ConcernJson json;
    private long lineNumber;
    private long accepted;
    private long rejected;
    private long blank;

    private ConcernLogReader(Reader in, ConcernJson json) {
        this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
        this.json = json;
    }

    /**
     * A reader over text.
     *
     * @param in the text; closed by {@link #close()}
     * @return the reader
     */
    public static ConcernLogReader of(Reader in) {
        return new ConcernLogReader(Objects.requireNonNull(in, "in"), ConcernJson.create());
    }

    /**
     * A reader over UTF-8 bytes (a leading byte order mark is skipped).
     *
     * @param in the bytes; closed by {@link #close()}
     * @return the reader
     */
    public static ConcernLogReader of(InputStream in) {
        return of(new InputStreamReader(Objects.requireNonNull(in, "in"), StandardCharsets.UTF_8));
    }

    /**
     * A reader over a UTF-8 file.
     *
     * @param file the file
     * @return the reader
     * @throws UncheckedIOException if the file cannot be opened
     */
    public static ConcernLogReader open(Path file) {
        try {
            return of(Files.newBufferedReader(file, StandardCharsets.UTF_8));
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
            String text;
            while ((text = in.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
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
