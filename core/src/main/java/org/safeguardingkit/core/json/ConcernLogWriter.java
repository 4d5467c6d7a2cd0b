package org.safeguardingkit.core.json;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;
import org.safeguardingkit.core.model.Concern;

/**
 * Writes a JSON Lines log: one v1 record per line, streamed.
 *
 * <p>Not thread-safe.
 */
public final class ConcernLogWriter implements Closeable, Flushable {

    private final Writer out;
    private final ConcernJson json = ConcernJson.create();

    private ConcernLogWriter(Writer out) {
        this.out = out;
    }

    /**
     * A writer onto text output.
     *
     * @param out the output; closed by {@link #close()}
     * @return the writer
     */
    public static ConcernLogWriter of(Writer out) {
        return new ConcernLogWriter(Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes one record and a line break.
     *
     * @param concern the record
     */
    public void write(Concern concern) {
        try {
            out.write(json.write(concern));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
