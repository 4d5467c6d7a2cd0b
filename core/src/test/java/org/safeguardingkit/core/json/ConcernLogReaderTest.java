package org.safeguardingkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguardingkit.core.model.Concern;

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
}
