package org.safeguardingkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.testing.SampleConcerns;

class ConcernLogReaderTest {

    private static final String GOOD = """
            {"id":"c-1","pupil":{"id":"p-1","sex":"F","yearGroup":9},"occurredAt":"2026-10-03T12:40:00Z",\
            "recordedAt":"2026-10-03T15:10:00Z","recordedBy":{"id":"s-7","role":"TEACHER"},"summary":"Text.",\
            "location":{"setting":"ON_SITE","place":"Year 9 toilets","platform":null},\
            "decisions":[{"outcome":"NO_FURTHER_ACTION","rationale":"because","decidedBy":"s-1","decidedAt":"2026-10-04T09:00:00Z"}],\
            "actions":[{"description":"Speak to parents","owner":"s-9","dueDate":"2026-10-05","status":"OPEN"}]}""";

    @Test
    void keepsEveryGoodLineAndRejectsEachBadLineByNumberAndField() {
        String log = String.join("\n",
                GOOD,
                GOOD.replace("\"sex\":\"F\"", "\"sex\":\"Q\""),
                "",
                GOOD.replace("\"summary\"", "\"sumary\""),
                "{not json",
                GOOD.replace("\"occurredAt\":\"2026-10-03T12:40:00Z\",", ""),
                GOOD.replace("c-1", "c-2"));
        try (ConcernLogReader reader = ConcernLogReader.of(new StringReader(log))) {
            List<LogLine> lines = reader.lines().toList();
            assertThat(lines).hasSize(6);
            assertThat(lines).filteredOn(l -> l instanceof LogLine.Accepted)
                    .extracting(LogLine::lineNumber).containsExactly(1L, 7L);
            List<String> messages = lines.stream().filter(l -> l instanceof LogLine.Rejected)
                    .map(l -> ((LogLine.Rejected) l).error().getMessage()).toList();
            assertThat(messages).containsExactly(
                    "SGK-0100: line 2: field 'pupil/sex': expected one of M, F, X",
                    messages.get(1), messages.get(2), messages.get(3));
            assertThat(messages.get(1)).isEqualTo("SGK-0100: line 4: field 'summary': required field is missing");
            assertThat(messages.get(2)).startsWith("SGK-0100: line 5: not valid JSON");
            assertThat(messages.get(3)).isEqualTo("SGK-0100: line 6: field 'occurredAt': required field is missing");
            assertThat(reader.accepted() + reader.rejected() + reader.blank()).isEqualTo(reader.linesRead());
        }
    }

    @Test
    void roundTripsTheFormatExample() {
        ConcernJson json = ConcernJson.create();
        Concern concern = json.read(GOOD);
        assertThat(json.read(json.write(concern))).isEqualTo(concern);
        assertThat(json.write(concern)).doesNotContain("platform").doesNotContain("otherPupils");
    }

    @Test
    @DisplayName("a byte order mark, CRLF line ends and whitespace-only lines are handled")
    void bomAndLineEnds() {
        String log = "\uFEFF" + GOOD + "\r\n   \t\r\n" + GOOD.replace("c-1", "c-2") + "\r\n";
        try (ConcernLogReader reader = ConcernLogReader.of(new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)))) {
            assertThat(reader.lines().map(LogLine::lineNumber).toList()).containsExactly(1L, 3L);
            assertThat(reader.accepted()).isEqualTo(2);
            assertThat(reader.blank()).isEqualTo(1);
            assertThat(reader.linesRead()).isEqualTo(3);
        }
    }

    @Test
    @DisplayName("a line that is not UTF-8 (a Windows-1252 pound sign) is rejected by number; the other lines are kept")
    void notUtf8() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write((GOOD + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.write(GOOD.replace("c-1", "c-2").replace("Text.", "Cost \u00a35 \u201cquoted\u201d.")
                .getBytes("windows-1252"));
        bytes.write('\n');
        bytes.write(GOOD.replace("c-1", "c-3").replace("Text.", "Caf\u00e9 \uD83D\uDE22 \u201cok\u201d")
                .getBytes(StandardCharsets.UTF_8));
        try (ConcernLogReader reader = ConcernLogReader.of(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<LogLine> lines = reader.lines().toList();
            assertThat(lines).extracting(LogLine::lineNumber).containsExactly(1L, 2L, 3L);
            assertThat(lines.get(1)).isInstanceOfSatisfying(LogLine.Rejected.class, r -> assertThat(
                    r.error().getMessage()).isEqualTo("SGK-0100: line 2: not valid UTF-8 (byte 189 of the line); "
                            + "save the log as UTF-8"));
            assertThat(((LogLine.Accepted) lines.get(2)).concern().summary())
                    .isEqualTo("Caf\u00e9 \uD83D\uDE22 \u201cok\u201d");
            assertThat(reader.accepted() + reader.rejected() + reader.blank()).isEqualTo(reader.linesRead());
        }
    }

    @Test
    @DisplayName("a file is read as UTF-8 bytes, the last line needing no line end")
    void file(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("log.jsonl");
        java.nio.file.Files.writeString(file, GOOD + "\n\n" + GOOD.replace("c-1", "c-2"));
        try (ConcernLogReader reader = ConcernLogReader.open(file)) {
            assertThat(reader.lines().map(LogLine::lineNumber).toList()).containsExactly(1L, 3L);
            assertThat(reader.blank()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("what the log writer writes, the reader reads back, one record per line")
    void writerAndReader() {
        StringWriter out = new StringWriter();
        Concern a = SampleConcerns.formatExample().withSummary("line one\nline two \"quoted\" \u2028 end");
        Concern b = SampleConcerns.minimal("c-2", "p-2", SampleConcerns.NOW.minusSeconds(86_400));
        try (ConcernLogWriter writer = ConcernLogWriter.of(out)) {
            writer.write(a);
            writer.write(b);
        }
        assertThat(out.toString().split("\n", -1)).hasSize(3);
        try (ConcernLogReader reader = ConcernLogReader.of(new StringReader(out.toString()))) {
            assertThat(reader.lines().map(l -> ((LogLine.Accepted) l).concern()).toList()).containsExactly(a, b);
        }
    }

    /** Produces a long log on demand, one line at a time, and counts how much it has produced. */
    private static final class GeneratedLog extends Reader {
        private final long lines;
        private final AtomicLong produced = new AtomicLong();
        private String current = "";
        private int pos;

        GeneratedLog(long lines) {
            this.lines = lines;
        }

        static boolean blank(long n) {
            return n % 500 == 0;
        }

        static boolean bad(long n) {
            return n % 1000 == 7;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (pos == current.length()) {
                long n = produced.get() + 1;
                if (n > lines) {
                    return -1;
                }
                produced.set(n);
                current = blank(n) ? "\n" : "{\"id\":\"c-" + n + "\",\"pupil\":{\"id\":\"p-1\",\"sex\":"
                        + (bad(n) ? "\"SECRET\"" : "\"F\"") + "},\"occurredAt\":\"2026-10-03T12:40:00Z\","
                        + "\"recordedAt\":\"2026-10-03T12:40:00Z\",\"recordedBy\":{\"id\":\"s-1\"},\"summary\":\"x\"}\n";
                pos = 0;
            }
            int count = Math.min(len, current.length() - pos);
            current.getChars(pos, pos + count, buf, off);
            pos += count;
            return count;
        }

        @Override
        public void close() {
        }
    }

    @Test
    @DisplayName("200,000 lines stream lazily: every line accepted, rejected by number, or counted blank")
    void longLogStreamsLazily() {
        GeneratedLog source = new GeneratedLog(200_000);
        List<Long> rejectedLines = new ArrayList<>();
        AtomicLong accepted = new AtomicLong();
        try (ConcernLogReader reader = ConcernLogReader.of(source)) {
            reader.lines().forEach(line -> {
                if (line.lineNumber() == 1) {
                    assertThat(source.produced.get()).as("only a buffer's worth is read ahead").isLessThan(1_000);
                }
                if (line instanceof LogLine.Rejected r) {
                    assertThat(r.error().getMessage()).isEqualTo("SGK-0100: line " + r.lineNumber()
                            + ": field 'pupil/sex': expected one of M, F, X");
                    rejectedLines.add(r.lineNumber());
                } else {
                    accepted.incrementAndGet();
                }
            });
            assertThat(reader.linesRead()).isEqualTo(200_000);
            assertThat(reader.blank()).isEqualTo(400);
            assertThat(reader.rejected()).isEqualTo(200);
            assertThat(reader.accepted()).isEqualTo(accepted.get()).isEqualTo(200_000 - 400 - 200);
            assertThat(reader.accepted() + reader.rejected() + reader.blank()).isEqualTo(reader.linesRead());
        }
        assertThat(rejectedLines).hasSize(200).allMatch(GeneratedLog::bad).isSorted();
    }
}
