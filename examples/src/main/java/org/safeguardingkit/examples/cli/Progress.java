package org.safeguardingkit.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr for long inputs, shown only when stderr is a terminal ({@code System.console()}) and the
 * work takes more than a moment. Counts bytes read through {@link #wrap(InputStream)}. Not thread-safe.
 */
final class Progress {

    private static final long DELAY_NANOS = 700_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final long total;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long bytes;
    private long records;
    private boolean drawn;

    private Progress(PrintWriter err, long total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    /**
     * A progress bar that draws only on a terminal.
     *
     * @param err where to draw
     * @param total the expected number of bytes, or 0 if unknown
     * @return the progress bar
     */
    static Progress onTerminal(PrintWriter err, long total) {
        return new Progress(err, total, System.console() != null);
    }

    InputStream wrap(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    bytes += n;
                }
                return n;
            }
        };
    }

    /** Counts a record and redraws now and then. */
    void record() {
        records++;
        if (!enabled || (records & 1023) != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - started < DELAY_NANOS || now - lastDrawn < EVERY_NANOS) {
            return;
        }
        lastDrawn = now;
        draw();
    }

    private void draw() {
        StringBuilder sb = new StringBuilder("\rsgkit review: ");
        if (total > 0) {
            double share = Math.min(1.0, (double) bytes / total);
            int filled = (int) Math.round(share * WIDTH);
            sb.append('[').append("#".repeat(filled)).append(".".repeat(WIDTH - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%% ", Math.round(share * 100)));
        }
        sb.append(String.format(Locale.UK, "%,d records", records));
        err.print(sb);
        err.flush();
        drawn = true;
    }

    /** Ends the bar with a line break if one was drawn. */
    void done() {
        if (drawn) {
            draw();
            err.println();
            err.flush();
        }
    }
}
