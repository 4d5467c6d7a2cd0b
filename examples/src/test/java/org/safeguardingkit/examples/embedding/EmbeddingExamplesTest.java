package org.safeguardingkit.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The embedding examples run and print what the README says")
class EmbeddingExamplesTest {

    private static String output(Consumer<PrintStream> example) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            example.accept(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("checking a record shows the opinion words, the late recording and the decision without a reason")
    void checkRecord() {
        String out = output(CheckRecordExample::run);
        assertThat(out).startsWith("Record c-2041: score ")
                .contains("fact-opinion [summary] \"aggressive\"")
                .contains("timeliness")
                .contains("rationale")
                .doesNotContain("Optional[");
    }

    @Test
    @DisplayName("validating the vendor's own form: the opinion form violates @FactualLanguage, the factual one does not")
    void validateEntity() {
        String out = output(ValidateEntityExample::run);
        assertThat(out).contains("Form written as fact: 0 violation(s)")
                .containsPattern("Form written as opinion: [1-9]\\d* violation\\(s\\)")
                .contains("whatHappened: ");
    }

    @Test
    @DisplayName("your own database: a stale update is refused, re-read and re-applied; the audit trail verifies")
    void ownDatabase() {
        String out = output(OwnDatabaseExample::run);
        assertThat(out).contains("Saved c-1 at version 1")
                .contains("Refused: SGK-0801: concern c-1: save quoted version 1 but the store holds version 2")
                .contains("Updated to version 3")
                .contains("This term, online contact: c-1 [hsb.image-sharing, online.contact]")
                .contains("Audit trail intact: true (2 events)");
    }

    @Test
    @DisplayName("a locked trust taxonomy refuses a school's change and takes an approved request as a new version")
    void lockTaxonomy() {
        String out = output(LockTaxonomyExample::run);
        assertThat(out).contains("locked: true").contains("Refused: ")
                .contains("Request ").contains("has behaviour.mobile-phone: true");
    }

    @Test
    @DisplayName("reviewing a store: the imported sample is reviewed straight from the JDBC store, anonymised")
    void reviewStore() {
        String out = output(ReviewStoreExample::run);
        assertThat(out).contains("Imported 38 of 38 rows; store holds 38")
                .contains("Reviewed 38 incidents, 12 rows sampled (seed 7), anonymised: true")
                .containsPattern("- (YES|PARTIAL|NO): ");
    }
}
