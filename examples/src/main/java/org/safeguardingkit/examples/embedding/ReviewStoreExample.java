package org.safeguardingkit.examples.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.core.spi.ConcernStore;
import org.safeguardingkit.core.spi.Versioned;
import org.safeguardingkit.examples.importer.ImportMapping;
import org.safeguardingkit.examples.importer.ImportReport;
import org.safeguardingkit.examples.importer.MisImporter;
import org.safeguardingkit.examples.importer.PseudonymKey;
import org.safeguardingkit.examples.jdbc.JdbcConcernStore;
import org.safeguardingkit.examples.jdbc.JdbcSchema;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewSettings;
import org.safeguardingkit.review.anonymise.ReviewKey;
import org.safeguardingkit.review.checklist.ChecklistItem;
import org.safeguardingkit.review.sampling.Sampling;

/**
 * Running a behaviour log review on a store: import an MIS export into the store, then review the term straight
 * from the store (streamed, anonymised).
 *
 * <pre>{@code
 * ReviewSettings settings = ReviewSettings.builder()
 *         .period(Interval.ofDays(first, last, zone)).zone(zone)
 *         .sampling(Sampling.stratified(40, seed)).key(reviewKey).build();
 * Review review = Review.of(store, settings);          // streams store.stream(period)
 * }</pre>
 */
public final class ReviewStoreExample {

    private static final String SAMPLES = "/org/safeguardingkit/examples/importer/samples/";

    private ReviewStoreExample() {
    }

    /**
     * Imports the fictional safeguarding-concerns sample into an H2 store and reviews the autumn term.
     *
     * @param out where to print
     * @return the review
     */
    public static Review run(PrintStream out) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:review-store-example;DB_CLOSE_DELAY=-1");
        JdbcSchema.migrate(dataSource);
        ConcernStore store = JdbcConcernStore.of(dataSource);

        ImportMapping mapping = ImportMapping.parse(resource("safeguarding-concerns.mapping.yaml"));
        PseudonymKey key = PseudonymKey.of("demo-only-key-never-use-in-production");
        ImportReport imported = MisImporter.of(mapping, Optional.of(key))
                .run(copy("safeguarding-concerns.csv"), concern -> store.save(concern, Versioned.NEW));
        out.println("Imported " + imported.imported() + " of " + imported.rowsRead() + " rows; store holds "
                + store.count());

        ZoneId zone = ZoneId.of("Europe/London");
        ReviewSettings settings = ReviewSettings.builder()
                .period(Interval.ofDays(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 18), zone))
                .zone(zone)
                .sampling(Sampling.stratified(12, 7))
                .key(ReviewKey.fromPassphrase("demo review passphrase"))
                .clock(Clock.fixed(Instant.parse("2026-12-19T09:00:00Z"), zone))
                .build();
        Review review = Review.of(store, settings);

        out.println("Reviewed " + review.sample().population() + " incidents, " + review.rows().size()
                + " rows sampled (seed " + review.sample().seed().orElse(0L) + "), anonymised: " + review.anonymised());
        for (ChecklistItem item : review.checklist()) {
            out.println("- " + item.answer() + ": " + item.question());
        }
        return review;
    }

    private static InputStream resource(String name) {
        InputStream in = ReviewStoreExample.class.getResourceAsStream(SAMPLES + name);
        if (in == null) {
            throw new IllegalStateException("missing sample " + name);
        }
        return in;
    }

    private static Path copy(String name) {
        try (InputStream in = resource(name)) {
            Path file = Files.createTempFile("sgkit-sample-", ".csv");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs the example.
     *
     * @param args none
     */
    public static void main(String[] args) {
        run(System.out);
    }
}
