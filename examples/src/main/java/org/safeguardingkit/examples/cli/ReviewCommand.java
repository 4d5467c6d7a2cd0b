package org.safeguardingkit.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyReader;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Interval;
import org.safeguardingkit.examples.generate.SyntheticLog;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewSettings;
import org.safeguardingkit.review.anonymise.ReviewKey;
import org.safeguardingkit.review.render.ReportFormat;
import org.safeguardingkit.review.render.Timeline;
import org.safeguardingkit.review.sampling.Sampling;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code sgkit review} command: reviews a behaviour log (v1 JSON Lines) the way the Appendix A form asks and
 * writes the review as HTML, Markdown, JSON or CSV.
 *
 * <pre>
 * sgkit review --input log.jsonl --from 2026-09-01 --to 2026-12-19 --sample stratified:40 --seed 7 --out review.html
 * sgkit review --demo
 * </pre>
 *
 * <p>Streams the input: memory does not grow with the log. A line that is not a valid record is reported on stderr
 * by line number and field, the rest is reviewed, and the exit code is 1. Output is anonymised unless
 * {@code --no-anonymise} is given (which stderr then says).
 */
@Command(name = "review", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Review a behaviour log the way the Appendix A form asks.",
            "Rows for a sample, trends over the whole period, the checklist with evidence, a follow-up plan.",
            "Try: sgkit review --demo"})
public final class ReviewCommand implements Callable<Integer> {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");
    private static final String DEMO_FILE = "review.html";

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", paramLabel = "FILE", description = "The log: v1 JSON Lines, one record per line.")
    private Path input;

    @Option(names = "--demo", description = "Review a built-in FICTIONAL school log (about 4,400 records with planted "
            + "patterns) and write " + DEMO_FILE + " in the current directory.")
    private boolean demo;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "Category taxonomy (YAML or JSON); default: "
            + "sgkit-default.")
    private Path taxonomyFile;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period (ISO date).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period, included (ISO date).")
    private LocalDate to;

    @Option(names = "--sample", paramLabel = "all|recent:N|stratified:N", defaultValue = "recent:50",
            description = "Which incidents become the form's rows (default: ${DEFAULT-VALUE}). Trends always use "
                    + "the whole period.")
    private String sample;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of a stratified sample (default: random, "
            + "printed on the review).")
    private Long seed;

    @Option(names = "--format", paramLabel = "html|md|json|csv", description = "Output format (default: from the "
            + "--out file's extension, else html).")
    private String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    private Path out;

    @Option(names = "--no-anonymise", negatable = false, description = "Show pupils' and staff ids and the free "
            + "text as recorded. Anonymised by default.")
    private boolean noAnonymise;

    @Option(names = "--key", paramLabel = "KEYFILE", description = "Review key of the pseudonyms (hex or a "
            + "passphrase): the same key gives the same pseudonyms. Created with a new random key if missing.")
    private Path keyFile;

    private Path workingDirectory = Path.of("");

    /**
     * Sets the directory that relative paths of the demo resolve against (tests).
     *
     * @param directory the directory
     */
    void workingDirectory(Path directory) {
        this.workingDirectory = directory;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return run(err);
        } catch (UsageProblem e) {
            err.println("sgkit review: " + e.getMessage());
            err.flush();
            return SgkitCommand.USAGE;
        } finally {
            err.flush();
        }
    }

    private int run(PrintWriter err) {
        if (demo == (input != null)) {
            throw new UsageProblem("give either --input FILE or --demo");
        }
        ReviewSettings settings = settings(err);
        ReportFormat reportFormat = format();
        if (demo) {
            return runDemo(settings, reportFormat, err);
        }
        long size;
        try {
            size = Files.size(input);
        } catch (IOException e) {
            throw new UsageProblem("cannot read " + input + ": " + e.getMessage());
        }
        Progress progress = Progress.onTerminal(err, size);
        LogReview.Result result;
        try (InputStream raw = Files.newInputStream(input)) {
            result = LogReview.of(progress.wrap(raw), settings, threads(),
                    e -> err.println("sgkit review: " + e.getMessage()), progress::record);
        } catch (IOException | UncheckedIOException e) {
            progress.done();
            err.println("sgkit review: cannot read " + input + ": " + e.getMessage());
            return SgkitCommand.REJECTED;
        }
        Review review = result.review();
        Timeline timeline = result.timeline();
        long[] rejected = {result.rejected()};
        progress.done();
        write(review, timeline, reportFormat, out, err);
        if (rejected[0] > 0) {
            err.println("sgkit review: " + rejected[0] + " line" + (rejected[0] == 1 ? " was" : "s were")
                    + " rejected (see above); all other records were reviewed");
            return SgkitCommand.REJECTED;
        }
        return SgkitCommand.OK;
    }

    private static int threads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    private int runDemo(ReviewSettings settings, ReportFormat reportFormat, PrintWriter err) {
        SyntheticLog log = SyntheticLog.demo();
        Timeline.Builder timelineBuilder = Timeline.builder(settings.zone(), settings.taxonomy());
        Review review;
        try (Stream<Concern> records = log.stream()) {
            review = Review.of(records.filter(c -> settings.period().contains(c.occurredAt()))
                    .peek(timelineBuilder::add), settings);
        }
        Path target = out != null ? workingDirectory.resolve(out) : workingDirectory.resolve(DEMO_FILE);
        write(review, timelineBuilder.build(), reportFormat, target, err);
        err.println("sgkit review: reviewed a FICTIONAL demo school log of " + String.format(Locale.UK, "%,d",
                log.size()) + " records with planted patterns (a peer group, a hotspot, an escalating pupil, a "
                + "spike); open the page in a browser:");
        PrintWriter outWriter = spec.commandLine().getOut();
        outWriter.println(target.toAbsolutePath().normalize());
        outWriter.flush();
        return SgkitCommand.OK;
    }

    private ReviewSettings settings(PrintWriter err) {
        ReviewSettings.Builder b = ReviewSettings.builder().zone(SCHOOL_ZONE);
        if (from != null || to != null) {
            if (from != null && to != null && to.isBefore(from)) {
                throw new UsageProblem("--to " + to + " is before --from " + from);
            }
            Instant start = from == null ? Instant.MIN : from.atStartOfDay(SCHOOL_ZONE).toInstant();
            Instant end = to == null ? Instant.MAX : to.plusDays(1).atStartOfDay(SCHOOL_ZONE).toInstant();
            b.period(Interval.between(start, end));
        }
        b.sampling(sampling(err));
        if (taxonomyFile != null) {
            try {
                Taxonomy taxonomy = TaxonomyReader.read(taxonomyFile);
                b.taxonomy(taxonomy);
            } catch (RuntimeException e) {
                throw new UsageProblem("--taxonomy " + taxonomyFile + ": " + e.getMessage());
            }
        }
        if (noAnonymise) {
            err.println("sgkit review: WARNING: --no-anonymise: the output is NOT anonymised; it shows pupils' and "
                    + "staff identifiers and the free text as recorded. Handle it as a safeguarding record.");
            b.anonymised(false);
        } else {
            b.key(key(err));
            if (demo) {
                b.directory(SyntheticLog.demo().directory());
            }
        }
        return b.build();
    }

    private Sampling sampling(PrintWriter err) {
        String s = demo && spec.commandLine().getParseResult().expandedArgs().stream()
                .noneMatch(a -> a.startsWith("--sample")) ? "stratified:40" : sample;
        String text = s.strip().toLowerCase(Locale.ROOT);
        try {
            if (text.equals("all")) {
                return Sampling.all();
            }
            if (text.startsWith("recent:")) {
                return Sampling.mostRecent(Integer.parseInt(text.substring("recent:".length())));
            }
            if (text.startsWith("stratified:")) {
                long chosen = seed != null ? seed : demo ? 2026L : new SecureRandom().nextInt(1_000_000);
                if (seed == null && !demo) {
                    err.println("sgkit review: stratified sample with seed " + chosen
                            + " (give --seed " + chosen + " to draw the same sample again)");
                }
                return Sampling.stratified(Integer.parseInt(text.substring("stratified:".length())), chosen);
            }
        } catch (NumberFormatException e) {
            throw new UsageProblem("--sample " + s + ": N must be a whole number");
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("--sample " + s + ": " + e.getMessage());
        }
        throw new UsageProblem("--sample " + s + ": expected all, recent:N or stratified:N");
    }

    private ReviewKey key(PrintWriter err) {
        if (keyFile == null) {
            return demo ? ReviewKey.fromPassphrase("sgkit demo school") : ReviewKey.random();
        }
        try {
            if (!Files.exists(keyFile)) {
                ReviewKey key = ReviewKey.random();
                Files.writeString(keyFile, key.toHex() + "\n", StandardCharsets.UTF_8);
                err.println("sgkit review: wrote a new review key to " + keyFile
                        + "; keep it safe and pass it again to get the same pseudonyms");
                return key;
            }
            String text = Files.readString(keyFile, StandardCharsets.UTF_8).strip();
            return text.matches("(?i)[0-9a-f]{32,}") ? ReviewKey.fromHex(text) : ReviewKey.fromPassphrase(text);
        } catch (IOException e) {
            throw new UsageProblem("--key " + keyFile + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("--key " + keyFile + ": " + e.getMessage());
        }
    }

    private ReportFormat format() {
        try {
            if (format != null) {
                return ReportFormat.parse(format);
            }
        } catch (IllegalArgumentException e) {
            throw new UsageProblem("--format: " + e.getMessage());
        }
        if (out != null) {
            String name = out.getFileName().toString();
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                try {
                    return ReportFormat.parse(name.substring(dot + 1));
                } catch (IllegalArgumentException e) {
                    // not a known extension: the default below
                }
            }
        }
        return ReportFormat.HTML;
    }

    private void write(Review review, Timeline timeline, ReportFormat reportFormat, Path target, PrintWriter err) {
        if (target == null) {
            Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
            reportFormat.render(review, timeline, w);
            try {
                w.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            reportFormat.render(review, timeline, w);
        } catch (IOException e) {
            throw new UsageProblem("cannot write " + target + ": " + e.getMessage());
        }
        if (!demo) {
            err.println("sgkit review: wrote " + target + " (" + reportFormat.extension() + ", "
                    + review.rows().size() + " rows, " + String.format(Locale.UK, "%,d",
                            review.keyConsiderations().incidentTypes().incidents()) + " incidents in the period"
                    + (review.anonymised() ? ", anonymised)" : ", NOT anonymised)"));
        }
    }

    /** A problem with the command line or its files: exit code 2. */
    private static final class UsageProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageProblem(String message) {
            super(message, null, false, false);
        }
    }
}
