package org.safeguardingkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.examples.generate.Plant;
import org.safeguardingkit.examples.generate.PlantedPatterns;
import org.safeguardingkit.examples.generate.SyntheticLog;
import org.safeguardingkit.review.Review;
import org.safeguardingkit.review.ReviewJson;
import org.safeguardingkit.review.trends.PeerGroup;
import picocli.CommandLine;

class ReviewCommandTest {

    @TempDir
    static Path dir;

    static Path log;
    static PlantedPatterns planted;

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        return run(null, args);
    }

    static Run run(Path workingDirectory, String... args) {
        CommandLine cli = SgkitCommand.commandLine();
        if (workingDirectory != null) {
            ((ReviewCommand) cli.getSubcommands().get("review").getCommand()).workingDirectory(workingDirectory);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void generate() {
        log = dir.resolve("log.jsonl");
        Run generated = run("generate", "--pupils", "300", "--days", "200", "--seed", "21", "--plant",
                "peer-group,hotspot,escalating,spike", "--out", log.toString());
        assertThat(generated.exit()).isZero();
        assertThat(generated.err()).contains("fictional records written to");
        planted = SyntheticLog.builder().pupils(300).days(200).seed(21).plant(Plant.values()).build().planted();
    }

    @Test
    @DisplayName("reviews a generated log into a printable HTML page")
    void html() throws IOException {
        Path out = dir.resolve("review.html");
        Run r = run("review", "--input", log.toString(), "--sample", "stratified:25", "--seed", "4", "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("wrote " + out).contains("25 rows").contains("anonymised");
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.select("#rows thead th")).hasSize(8);
        assertThat(doc.select("#rows tbody tr")).hasSize(25);
        assertThat(doc.select("#checklist tbody tr")).hasSize(8);
        assertThat(doc.select("svg").size()).isGreaterThanOrEqualTo(5);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.selectFirst("header").text()).contains("seed 4").contains("Anonymised Yes");
        // anonymised: no raw pupil ids in the page
        assertThat(doc.text()).doesNotContainPattern("p-\\d{5}");
    }

    @Test
    @DisplayName("the same seed and key give the same sample and the same pseudonyms; a missing key file is created")
    void reproducible() throws IOException {
        Path key = dir.resolve("review.key");
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Run first = run("review", "--input", log.toString(), "--sample", "stratified:10", "--seed", "9", "--key",
                key.toString(), "--out", a.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.err()).contains("wrote a new review key to " + key);
        assertThat(Files.readString(key).strip()).matches("[0-9a-f]{64}");
        Run second = run("review", "--input", log.toString(), "--sample", "stratified:10", "--seed", "9", "--key",
                key.toString(), "--format", "json", "--out", b.toString());
        assertThat(second.exit()).isZero();
        Review ra = ReviewJson.read(Files.readString(a));
        Review rb = ReviewJson.read(Files.readString(b));
        assertThat(rb.rows()).isEqualTo(ra.rows());
        assertThat(ra.sample().seed()).contains(9L);
    }

    @Test
    @DisplayName("finds what the generator planted (not anonymised, so the ids can be compared)")
    void findsPlantedPatterns() throws IOException {
        Path out = dir.resolve("open.json");
        Run r = run("review", "--input", log.toString(), "--no-anonymise", "--sample", "recent:5", "--out",
                out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("NOT anonymised");
        Review review = ReviewJson.read(Files.readString(out));
        assertThat(review.anonymised()).isFalse();
        List<String> group = planted.peerGroup().stream().map(PupilId::value).toList();
        assertThat(review.trends().peerGroups()).map(PeerGroup::members)
                .anySatisfy(members -> assertThat(members).containsAll(group));
        assertThat(review.trends().escalating()).anySatisfy(e -> assertThat(e.pupil())
                .isEqualTo(planted.escalating().orElseThrow().value()));
        assertThat(review.trends().themes()).anySatisfy(s -> {
            assertThat(s.category()).isEqualTo(planted.spikeCategory().orElseThrow());
            assertThat(s.from()).isEqualTo(planted.spikeWeek().orElseThrow());
        });
        assertThat(review.trends().tags()).anySatisfy(t -> assertThat(t.tag())
                .isEqualTo(planted.spikeTag().orElseThrow()));
        assertThat(review.trends().locations()).anySatisfy(h -> assertThat(h.place().orElse("").toLowerCase())
                .isEqualTo(planted.hotspot().orElseThrow().toLowerCase()));
    }

    @Test
    @DisplayName("Markdown and CSV outputs; CSV cells cannot start a formula")
    void otherFormats() throws IOException {
        Path md = dir.resolve("review.md");
        assertThat(run("review", "--input", log.toString(), "--out", md.toString()).exit()).isZero();
        assertThat(Files.readString(md)).startsWith("# Behaviour log review (Appendix A)");
        Path csv = dir.resolve("rows.csv");
        assertThat(run("review", "--input", log.toString(), "--sample", "recent:12", "--format", "csv", "--out",
                csv.toString()).exit()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).startsWith("incident,date,school,pupil,sex,yearGroup,overview");
        assertThat(lines.size()).isGreaterThanOrEqualTo(13);
    }

    @Test
    @DisplayName("bad lines are reported on stderr by line number and field; the rest is reviewed; exit 1")
    void badLines() throws IOException {
        List<String> good = Files.readAllLines(log).subList(0, 30);
        Path mixed = dir.resolve("mixed.jsonl");
        String hostile = good.get(2).replaceFirst("\"summary\":\"[^\"]*\"",
                "\"summary\":\"=HYPERLINK(\\\\\"http://x\\\\\") <script>alert(1)</script>\"");
        List<String> lines = new java.util.ArrayList<>(good);
        lines.set(2, hostile);
        lines.add(5, "{ not json");
        lines.add(9, good.get(0).replace("\"summary\"", "\"summry\""));
        Files.write(mixed, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("mixed.html");
        Run r = run("review", "--input", mixed.toString(), "--sample", "all", "--no-anonymise", "--out",
                out.toString());
        assertThat(r.exit()).isEqualTo(SgkitCommand.REJECTED);
        assertThat(r.err()).contains("line 6").contains("line 10").contains("summary")
                .contains("2 lines were rejected");
        assertThat(r.err()).doesNotContain("alert(1)");
        Document doc = Jsoup.parse(Files.readString(out));
        assertThat(doc.select("#rows tbody tr")).hasSize(30);
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("#rows").text()).contains("<script>alert(1)</script>");
        Path csv = dir.resolve("mixed.csv");
        run("review", "--input", mixed.toString(), "--sample", "all", "--no-anonymise", "--out", csv.toString());
        assertThat(Files.readString(csv)).contains(",\"'=HYPERLINK(").doesNotContain(",=HYPERLINK(")
                .doesNotContain(",\"=HYPERLINK(");
    }

    @Test
    @DisplayName("--demo writes review.html in the current directory and prints its path")
    void demo(@TempDir Path here) {
        Run r = run(here, "review", "--demo");
        assertThat(r.exit()).as(r.err()).isZero();
        Path page = here.resolve("review.html");
        assertThat(page).exists();
        assertThat(r.out().strip()).isEqualTo(page.toAbsolutePath().normalize().toString());
        assertThat(r.err()).contains("FICTIONAL demo");
        Document doc;
        try {
            doc = Jsoup.parse(Files.readString(page));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(doc.select("#rows tbody tr")).hasSize(40);
        assertThat(doc.select("#checklist tbody tr")).hasSize(8);
        assertThat(doc.select("svg[aria-label=Peer groups: pupils involved together]")).hasSize(1);
    }

    @Test
    @DisplayName("usage errors exit 2 with a message")
    void usage() {
        Run none = run("review");
        assertThat(none.exit()).isEqualTo(SgkitCommand.USAGE);
        assertThat(none.err()).contains("--input FILE or --demo");
        Run sample = run("review", "--input", log.toString(), "--sample", "some");
        assertThat(sample.exit()).isEqualTo(SgkitCommand.USAGE);
        assertThat(sample.err()).contains("expected all, recent:N or stratified:N");
        Run format = run("review", "--input", log.toString(), "--format", "pdf");
        assertThat(format.exit()).isEqualTo(SgkitCommand.USAGE);
        Run missing = run("review", "--input", dir.resolve("nope.jsonl").toString());
        assertThat(missing.exit()).isEqualTo(SgkitCommand.USAGE);
        assertThat(missing.err()).contains("cannot read");
        Run dates = run("review", "--input", log.toString(), "--from", "2026-01-10", "--to", "2026-01-01");
        assertThat(dates.exit()).isEqualTo(SgkitCommand.USAGE);
    }

    @Test
    @DisplayName("--from and --to limit the period")
    void period() throws IOException {
        Path out = dir.resolve("period.json");
        assertThat(run("review", "--input", log.toString(), "--from", "2025-10-01", "--to", "2025-10-31",
                "--sample", "all", "--out", out.toString()).exit()).isZero();
        Review review = ReviewJson.read(Files.readString(out));
        assertThat(review.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.date())
                .isBetween(java.time.LocalDate.of(2025, 10, 1), java.time.LocalDate.of(2025, 10, 31)));
    }
}
