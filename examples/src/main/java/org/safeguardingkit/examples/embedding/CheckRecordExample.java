package org.safeguardingkit.examples.embedding;

import java.io.PrintStream;
import java.time.Instant;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.model.StaffRole;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Findings;
import org.safeguardingkit.core.quality.QualityChecker;

/**
 * Checking a record against the recording standard and showing the findings to the member of staff.
 *
 * <pre>{@code
 * QualityChecker checker = QualityChecker.defaults();   // build once, share: thread-safe
 * Findings findings = checker.check(concern);
 * for (Finding f : findings.findings()) {
 *     show(f.severity(), f.field(), f.span(), f.message(), f.suggestion());
 * }
 * }</pre>
 */
public final class CheckRecordExample {

    private CheckRecordExample() {
    }

    /**
     * Checks a sample record and prints what a form would show.
     *
     * @param out where to print
     * @return the findings
     */
    public static Findings run(PrintStream out) {
        Concern concern = Concern.builder()
                .id("c-2041")
                .pupil(Pupil.of(PupilId.of("p-42"), Sex.M, 9))
                .occurredAt(Instant.parse("2026-10-03T12:40:00Z"))
                .recordedAt(Instant.parse("2026-10-05T09:10:00Z"))
                .recordedBy(StaffRef.of(StaffId.of("s-7"), StaffRole.TEACHER))
                .summary("He was aggressive and clearly attention seeking in the canteen. NFA.")
                .build();

        QualityChecker checker = QualityChecker.defaults();
        Findings findings = checker.check(concern);

        out.println("Record " + findings.id() + ": score " + findings.score() + ", "
                + findings.findings().size() + " findings");
        for (Finding f : findings.findings()) {
            out.println("- " + f.severity() + " " + f.rule() + " [" + f.field() + "]"
                    + f.span().map(s -> " \"" + s.text() + "\"").orElse("") + ": " + f.message());
            f.suggestion().ifPresent(suggestion -> out.println("  " + suggestion));
        }
        return findings;
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
