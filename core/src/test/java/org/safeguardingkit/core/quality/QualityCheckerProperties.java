package org.safeguardingkit.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernStatus;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;

/**
 * Properties of the whole rule set: no rule throws on any text, every span lies inside its field and quotes it
 * exactly, checking is deterministic and independent of other records.
 */
class QualityCheckerProperties {

    private static final QualityChecker CHECKER = QualityChecker.defaults();
    private static final QualityChecker OTHER_CHECKER = QualityChecker.defaults();

    private static final String[] FRAGMENTS = {
        "NFA", "N.F.A.", "no further action", "because", "as", "Referred to MASH", "will monitor", "Closed.",
        "Parents not informed", "Mum said", "she said", "He told me", "\"", "'", "\u201C", "\u201D", "\u2018", "\u2019",
        "(", ")", "-", ":", ";", ",", ".", "\n", "I think", "probably", "aggressive", "clearly", "was too upset to talk",
        "I have not spoken to him", "Amira", "DSL", "XYZ", "CAMHS (Child and Adolescent Mental Health Services)",
        "logged for info", "keep an eye", "n/a", "-", "didn't", "James'", "p-42", "(p-764)", "\u00a3200", "\uD83D\uDE00",
        "\u202E", "\t", "  ", "she", "they", "Mr Hill", "reported missing", "as above", "given that", "due to", "since",
        "EHA to be offered", "police not contacted", "could not be contacted", "said \"I don't know\""
    };

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> phrases = Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(l -> String.join(" ", l));
        Arbitrary<String> glued = Arbitraries.of(FRAGMENTS).list().ofMaxSize(30).map(l -> String.join("", l));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(200);
        Arbitrary<String> ascii = Arbitraries.strings().withChars(" .,;:'\"()-\nabcXYZ\u2019\u201C").ofMaxLength(120);
        return Arbitraries.oneOf(phrases, glued, any, ascii);
    }

    @Provide
    Arbitrary<Concern> concerns() {
        Arbitrary<String> text = texts();
        Arbitrary<Optional<ChildVoice>> voice = Combinators.combine(text.optional(), text.optional())
                .as((w, r) -> w.isEmpty() && r.isEmpty() ? Optional.<ChildVoice>empty()
                        : Optional.of(new ChildVoice(w, r)));
        Arbitrary<List<Decision>> decisions = Combinators.combine(Arbitraries.of(DecisionOutcome.class), text.optional())
                .as((o, r) -> new Decision(o, r, Optional.empty(), Optional.empty())).list().ofMaxSize(2);
        Arbitrary<List<Action>> actions = Combinators.combine(text, Arbitraries.of(ActionStatus.class).optional())
                .as((d, s) -> new Action(d, Optional.empty(), Optional.empty(), s)).list().ofMaxSize(2);
        Arbitrary<List<String>> categories = Arbitraries.oneOf(Arbitraries.of("bullying.verbal", "neglect", "x.y", " ", ""),
                Arbitraries.strings().ofMaxLength(10)).list().ofMaxSize(2);
        Arbitrary<Long> delayMinutes = Arbitraries.longs().between(-3000, 6000);
        return Combinators.combine(text, voice, decisions, actions, categories, text.optional(), delayMinutes,
                        Arbitraries.of(ConcernStatus.class).optional())
                .as((summary, v, d, a, c, outcome, delay, status) -> Concern.builder()
                        .id("c-prop")
                        .pupil(Pupil.of(PupilId.of("p-1")))
                        .occurredAt(Instant.parse("2026-03-01T09:00:00Z"))
                        .recordedAt(Instant.parse("2026-03-01T09:00:00Z").plusSeconds(delay * 60))
                        .recordedBy(StaffRef.of(StaffId.of("s-1")))
                        .summary(summary)
                        .childVoice(v.orElse(null))
                        .decisions(d)
                        .actions(a)
                        .responses(List.of(Response.of(ResponseLevel.INDIVIDUAL, ResponseType.SUPPORT, summary)))
                        .categories(c)
                        .outcome(outcome.orElse(null))
                        .status(status.orElse(null))
                        .build());
    }

    @Property(tries = 300)
    void noRuleThrowsAndSpansLieInsideTheirField(@ForAll("concerns") Concern concern) {
        Findings findings = CHECKER.check(concern);
        assertThat(findings.score()).isBetween(0, 100);
        for (Finding f : findings.findings()) {
            if (f.span().isPresent()) {
                String text = FieldText.of(concern, f.field())
                        .orElseThrow(() -> new AssertionError("span on a field without text: " + f));
                assertThat(f.span().get().start()).isGreaterThanOrEqualTo(0);
                assertThat(f.span().get().end()).isLessThanOrEqualTo(text.length()).isGreaterThan(f.span().get().start());
                assertThat(text.substring(f.span().get().start(), f.span().get().end())).isEqualTo(f.span().get().text());
            }
        }
    }

    @Property(tries = 300)
    void checkTextSpansLieInsideTheText(@ForAll("texts") String text) {
        for (Finding f : CHECKER.checkText(text, "summary")) {
            f.span().ifPresent(s -> assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()));
            assertThat(f.field()).isEqualTo("summary");
        }
    }

    @Property(tries = 200)
    void checkingIsDeterministic(@ForAll("concerns") Concern concern) {
        assertThat(CHECKER.check(concern)).isEqualTo(CHECKER.check(concern));
        assertThat(OTHER_CHECKER.check(concern)).isEqualTo(CHECKER.check(concern));
    }

    @Property(tries = 300)
    void summariesAndScoreAreThoseOfTheFindings(@ForAll("concerns") Concern concern) {
        // the checker summarises each rule's findings as it gathers them: the same as building them afterwards
        Findings checked = CHECKER.check(concern);
        List<String> ids = CHECKER.ruleSet().rules().stream().map(Rule::id).toList();
        Findings built = Findings.of(concern.id().value(), ids, checked.findings());
        assertThat(checked).isEqualTo(built);
        assertThat(checked.toString()).isEqualTo(built.toString());
        assertThat(List.copyOf(checked.rules().entrySet())).isEqualTo(List.copyOf(built.rules().entrySet()));
    }

    @Property(tries = 200)
    void checkingIsIndependentOfOtherRecords(@ForAll("concerns") Concern a, @ForAll("concerns") Concern b) {
        Findings alone = OTHER_CHECKER.check(a);
        CHECKER.check(b);
        assertThat(CHECKER.check(a)).isEqualTo(alone);
    }

    /** The text of a field path in a concern. */
    static final class FieldText {
        private FieldText() {
        }

        static Optional<String> of(Concern c, String field) {
            String[] p = field.split("/");
            return switch (p[0]) {
                case "summary" -> Optional.of(c.summary());
                case "outcome" -> c.outcome();
                case "childVoice" -> p.length < 2 ? Optional.empty()
                        : c.childVoice().flatMap(v -> p[1].equals("words") ? v.words() : v.notObtainedReason());
                case "decisions" -> p.length < 3 ? Optional.empty() : c.decisions().get(Integer.parseInt(p[1])).rationale();
                case "actions" -> p.length < 3 ? Optional.empty()
                        : Optional.of(c.actions().get(Integer.parseInt(p[1])).description());
                case "responses" -> p.length < 3 ? Optional.empty() : c.responses().get(Integer.parseInt(p[1])).description();
                case "categories" -> p.length < 2 ? Optional.empty() : Optional.of(c.categories().get(Integer.parseInt(p[1])));
                default -> Optional.empty();
            };
        }
    }
}
