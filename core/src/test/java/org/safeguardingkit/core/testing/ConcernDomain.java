package org.safeguardingkit.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ActionStatus;
import org.safeguardingkit.core.model.Agency;
import org.safeguardingkit.core.model.AgencyInvolvement;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.ConcernStatus;
import org.safeguardingkit.core.model.Decision;
import org.safeguardingkit.core.model.DecisionOutcome;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.OtherPupil;
import org.safeguardingkit.core.model.OtherPupilRole;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.ResponseLevel;
import org.safeguardingkit.core.model.ResponseType;
import org.safeguardingkit.core.model.SchoolId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.model.StaffRole;

/**
 * The jqwik domain of valid concern records, for the property tests of every module (core's test-jar).
 *
 * <pre>{@code
 * @Property(tries = 200)
 * @Domain(ConcernDomain.class)
 * void myProperty(@ForAll Concern concern) { ... }
 *
 * // a domain replaces jqwik's defaults; add them back for other parameter types:
 * @Property
 * @Domain(ConcernDomain.class)
 * @Domain(DomainContext.Global.class)
 * void another(@ForAll Concern concern, @ForAll long seed) { ... }
 *
 * // or without the domain:
 * Arbitrary<Concern> concerns = ConcernDomain.anyConcern();
 * }</pre>
 *
 * <p>Records are valid under the model's Jakarta constraints with "now" at {@link SampleConcerns#NOW}: times
 * between 2000 and then, recorded not before they occurred, decisions not before the concern, due dates within two
 * years. Free text is hostile on purpose: every quote style, emoji (also joined sequences and flags), control
 * characters, line and paragraph separators, any code point outside the surrogate range, empty text and very long
 * text. Within the domain, {@code @ForAll String} is such free text.
 */
public class ConcernDomain extends DomainContextBase {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** Creates the domain (jqwik does this). */
    public ConcernDomain() {
    }

    @Provide
    Arbitrary<Concern> concerns() {
        return anyConcern();
    }

    @Provide
    Arbitrary<String> text() {
        return anyFreeText();
    }

    /**
     * Free text as people type it, and worse.
     *
     * @return the arbitrary
     */
    public static Arbitrary<String> anyFreeText() {
        Arbitrary<String> words = Arbitraries.strings().withCharRange('a', 'z').withChars(".,;:!?-()").ofMinLength(1)
                .ofMaxLength(10);
        Arbitrary<String> quotes = Arbitraries.of("\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab",
                "\u00bb", "\u201e", "`", "\u00b4", "\\", "\\\"", "\\u0041");
        Arbitrary<String> emoji = Arbitraries.of("\uD83D\uDE22", "\uD83D\uDC4D\uD83C\uDFFD",
                "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDEC\uD83C\uDDE7", "\u2764\uFE0F");
        Arbitrary<String> controls = Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u001f'),
                Arbitraries.of('\u007f', '\u0085', '\u2028', '\u2029', '\uFEFF', '\u200B')).map(String::valueOf);
        Arbitrary<String> breaks = Arbitraries.of(" ", " ", " ", "\n", "\r\n", "\t", "\u00a0");
        Arbitrary<String> codePoint = Arbitraries.integers().between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE).map(Character::toString);
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(8, words), Tuple.of(6, breaks), Tuple.of(3, quotes),
                Tuple.of(1, emoji), Tuple.of(1, controls), Tuple.of(1, codePoint));
        Arbitrary<String> normal = piece.list().ofMaxSize(40).map(parts -> String.join("", parts));
        Arbitrary<String> veryLong = Combinators.combine(normal, Arbitraries.integers().between(50, 400))
                .as((text, times) -> (text + " x").repeat(times));
        return Arbitraries.frequencyOf(Tuple.of(30, normal), Tuple.of(1, veryLong), Tuple.of(2, Arbitraries.just("")));
    }

    /**
     * Identifier text, as an MIS writes it (sometimes with odd characters).
     *
     * @param prefix the usual prefix, e.g. {@code p-}
     * @return the arbitrary
     */
    public static Arbitrary<String> anyIdText(String prefix) {
        Arbitrary<String> usual = Arbitraries.integers().between(1, 99_999).map(n -> prefix + n);
        Arbitrary<String> odd = Arbitraries.strings().withCharRange('!', '~').withChars("\u00e9\u00df\u4e2d")
                .ofMinLength(1).ofMaxLength(20);
        return Arbitraries.frequencyOf(Tuple.of(9, usual), Tuple.of(1, odd));
    }

    private static Arbitrary<StaffId> staff() {
        return anyIdText("s-").map(StaffId::of);
    }

    private static <T> Arbitrary<List<T>> few(Arbitrary<T> element) {
        return element.list().ofMaxSize(3);
    }

    private static Arbitrary<Optional<String>> optionalText() {
        return anyFreeText().optional();
    }

    private static Arbitrary<Instant> instantBetween(Instant from, Instant to) {
        long seconds = Duration.between(from, to).getSeconds();
        return Combinators.combine(Arbitraries.longs().between(0, seconds),
                Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(0)),
                        Tuple.of(1, Arbitraries.integers().between(0, 999_999_999))))
                .as((s, nanos) -> {
                    Instant at = from.plusSeconds(s).plusNanos(nanos);
                    return at.isAfter(to) ? to : at;
                });
    }

    /**
     * A valid pupil.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Pupil> anyPupil() {
        Arbitrary<OptionalInt> yearGroup = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(Pupil.NURSERY, Pupil.MAX_YEAR_GROUP).map(OptionalInt::of)),
                Tuple.of(1, Arbitraries.just(OptionalInt.empty())));
        Arbitrary<Optional<LocalDate>> dob = Arbitraries.longs()
                .between(LocalDate.parse("1995-01-01").toEpochDay(),
                        LocalDate.ofInstant(SampleConcerns.NOW, ZoneOffset.UTC).toEpochDay())
                .map(LocalDate::ofEpochDay).optional();
        return Combinators.combine(anyIdText("p-").map(PupilId::of), Arbitraries.of(Sex.class).optional(), yearGroup,
                dob, anyIdText("f-").map(FamilyId::of).optional()).as(Pupil::new);
    }

    private static Arbitrary<Location> location() {
        return Combinators.combine(Arbitraries.of(Setting.class).optional(), optionalText(), optionalText())
                .as(Location::new);
    }

    private static Arbitrary<ChildVoice> childVoice() {
        return Combinators.combine(optionalText(), optionalText()).as(ChildVoice::new);
    }

    private static Arbitrary<Decision> decision(Instant occurredAt) {
        return Combinators.combine(Arbitraries.of(DecisionOutcome.class), optionalText(), staff().optional(),
                instantBetween(occurredAt, SampleConcerns.NOW).optional()).as(Decision::new);
    }

    private static Arbitrary<Action> action(Instant occurredAt) {
        LocalDate day = LocalDate.ofInstant(occurredAt, ZoneOffset.UTC);
        Arbitrary<LocalDate> due = Arbitraries.integers().between(0, 700).map(day::plusDays);
        return Combinators.combine(anyFreeText(), staff().optional(), due.optional(),
                Arbitraries.of(ActionStatus.class).optional()).as(Action::new);
    }

    /**
     * A valid concern record.
     *
     * @return the arbitrary
     */
    public static Arbitrary<Concern> anyConcern() {
        Arbitrary<Instant[]> times = Combinators.combine(instantBetween(EARLIEST, SampleConcerns.NOW),
                instantBetween(EARLIEST, SampleConcerns.NOW))
                .as((a, b) -> a.isBefore(b) ? new Instant[] {a, b} : new Instant[] {b, a});
        Arbitrary<String> code = Arbitraries.strings().withCharRange('a', 'z').withChars(".-").ofMinLength(1)
                .ofMaxLength(24).filter(s -> !s.isBlank());
        return times.flatMap(t -> Builders.withBuilder(Concern::builder)
                .use(anyIdText("c-").map(ConcernId::of)).in(Concern.Builder::id)
                .use(anyIdText("school-").map(SchoolId::of)).withProbability(0.5).in(Concern.Builder::schoolId)
                .use(anyPupil()).in(Concern.Builder::pupil)
                .use(Arbitraries.just(t[0])).in(Concern.Builder::occurredAt)
                .use(Arbitraries.just(t[1])).in(Concern.Builder::recordedAt)
                .use(Combinators.combine(staff(), Arbitraries.of(StaffRole.class).optional()).as(StaffRef::new))
                .in(Concern.Builder::recordedBy)
                .use(location()).withProbability(0.7).in(Concern.Builder::location)
                .use(anyFreeText()).in(Concern.Builder::summary)
                .use(childVoice()).withProbability(0.7).in(Concern.Builder::childVoice)
                .use(few(Combinators.combine(anyIdText("p-").map(PupilId::of),
                        Arbitraries.of(OtherPupilRole.class).optional()).as(OtherPupil::new)))
                .in(Concern.Builder::otherPupils)
                .use(few(code)).in(Concern.Builder::categories)
                .use(few(Combinators.combine(Arbitraries.of(Agency.class), optionalText())
                        .as(AgencyInvolvement::new))).in(Concern.Builder::agencies)
                .use(few(Combinators.combine(Arbitraries.of(ResponseLevel.class).optional(),
                        Arbitraries.of(ResponseType.class).optional(), optionalText()).as(Response::new)))
                .in(Concern.Builder::responses)
                .use(few(action(t[0]))).in(Concern.Builder::actions)
                .use(few(decision(t[0]))).in(Concern.Builder::decisions)
                .use(Arbitraries.of(ConcernStatus.class)).withProbability(0.7).in(Concern.Builder::status)
                .use(anyFreeText()).withProbability(0.3).in(Concern.Builder::outcome)
                .use(few(code)).in(Concern.Builder::tags)
                .build(Concern.Builder::build));
    }

    /**
     * A short description of a concern for test output: ids only, never text.
     *
     * @param concern the concern
     * @return the description
     */
    public static String describe(Concern concern) {
        return concern.id() + "/" + concern.pupil().id() + concern.categories().stream()
                .collect(Collectors.joining(",", "[", "]"));
    }
}
