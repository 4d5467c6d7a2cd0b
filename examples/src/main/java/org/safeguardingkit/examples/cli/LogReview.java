package org.safeguardingkit.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.safeguardingkit.core.json.ConcernJson;
import org.safeguardingkit.core.json.RecordFormatException;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewAccumulator;
import org.safeguardingkit.review.ReviewSettings;
import org.safeguardingkit.review.render.Timeline;

/**
 * Reviews a JSON Lines log on several threads: the calling thread reads lines in order and hands out batches; a worker
 * parses a batch ({@link ConcernJson} is thread-safe) and adds its records to one of the workers' partial reviews
 * ({@link ReviewAccumulator} and timeline, one per worker, each used by one batch at a time). The parts are merged at
 * the end; merging is exact and independent of how the log was split, so the review is the same as a sequential one.
 * Only a few batches are in flight. Rejected lines are reported in line order, on the calling thread.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(path)) {
 *     LogReview.Result result = LogReview.of(in, settings, 2, e -> System.err.println(e.getMessage()), () -> { });
 * }
 * }</pre>
 */
public final class LogReview {

    private static final int BATCH = 2048;

    private LogReview() {
    }

    /**
     * What a review of a log file gives.
     *
     * @param review the review
     * @param timeline the weekly counts of the period, for the charts
     * @param accepted lines that held a record
     * @param rejected lines that did not
     */
    public record Result(Review review, Timeline timeline, long accepted, long rejected) {
    }

    /** What a worker did with a batch of lines. */
    private record Batch(long accepted, List<RecordFormatException> errors) {
    }

    /** A partial review: used by one batch at a time. */
    private static final class Part {
        final ReviewAccumulator review;
        final Timeline.Builder timeline;

        Part(ReviewSettings settings) {
            this.review = ReviewAccumulator.of(settings);
            this.timeline = Timeline.builder(settings.zone(), settings.taxonomy());
        }
    }

    /** The batches' outcomes, taken on the calling thread in line order. */
    private static final class Sink {
        final Consumer<RecordFormatException> onRejected;
        long accepted;
        long rejected;

        Sink(Consumer<RecordFormatException> onRejected) {
            this.onRejected = onRejected;
        }

        void take(Future<Batch> future) {
            Batch batch;
            try {
                batch = future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("SGK-0752: interrupted while reviewing", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException("SGK-0753: a review worker failed", cause);
            }
            batch.errors().forEach(onRejected);
            rejected += batch.errors().size();
            accepted += batch.accepted();
        }
    }

    /**
     * Reviews a log.
     *
     * @param in UTF-8 JSON Lines (a leading byte order mark is skipped); not closed
     * @param settings the review settings
     * @param threads worker threads, at least 1
     * @param onRejected told of each line that is not a valid record, in line order
     * @param onLine told of each line read (for progress)
     * @return the review, timeline and counts
     * @throws UncheckedIOException if reading fails
     */
    public static Result of(InputStream in, ReviewSettings settings, int threads,
            Consumer<RecordFormatException> onRejected, Runnable onLine) {
        Objects.requireNonNull(settings, "settings");
        int n = Math.max(1, threads);
        ConcernJson json = ConcernJson.create();
        Sink sink = new Sink(onRejected);
        BlockingQueue<Part> parts = new ArrayBlockingQueue<>(n);
        for (int i = 0; i < n; i++) {
            parts.add(new Part(settings));
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "sgkit-review-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Batch>> inFlight = new ArrayDeque<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            long lineNumber = 0;
            List<String> texts = new ArrayList<>(BATCH);
            long first = 1;
            String text;
            while ((text = reader.readLine()) != null) {
                lineNumber++;
                onLine.run();
                if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
                    text = text.substring(1);
                }
                if (texts.isEmpty()) {
                    first = lineNumber;
                }
                texts.add(text);
                if (texts.size() == BATCH) {
                    inFlight.add(pool.submit(task(texts, first, json, parts, settings)));
                    texts = new ArrayList<>(BATCH);
                    while (inFlight.size() > 2 * n) {
                        sink.take(inFlight.poll());
                    }
                }
            }
            if (!texts.isEmpty()) {
                inFlight.add(pool.submit(task(texts, first, json, parts, settings)));
            }
            while (!inFlight.isEmpty()) {
                sink.take(inFlight.poll());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("SGK-0754: cannot read the log", e);
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ReviewAccumulator review = null;
        Timeline timeline = null;
        for (Part part : parts) {
            review = review == null ? part.review : review.merge(part.review);
            timeline = timeline == null ? part.timeline.build() : timeline.merge(part.timeline.build());
        }
        return new Result(review.toReview(), timeline, sink.accepted, sink.rejected);
    }

    private static java.util.concurrent.Callable<Batch> task(List<String> texts, long first, ConcernJson json,
            BlockingQueue<Part> parts, ReviewSettings settings) {
        return () -> {
            List<Concern> records = new ArrayList<>(texts.size());
            List<RecordFormatException> errors = List.of();
            for (int i = 0; i < texts.size(); i++) {
                String text = texts.get(i);
                if (text.isBlank()) {
                    continue;
                }
                try {
                    records.add(json.read(text, first + i));
                } catch (RecordFormatException e) {
                    if (errors.isEmpty()) {
                        errors = new ArrayList<>();
                    }
                    errors.add(e);
                }
            }
            Part part = parts.take();
            try {
                for (Concern concern : records) {
                    part.review.add(concern);
                    if (settings.period().contains(concern.occurredAt())) {
                        part.timeline.add(concern);
                    }
                }
            } finally {
                parts.add(part);
            }
            return new Batch(records.size(), errors);
        };
    }
}
