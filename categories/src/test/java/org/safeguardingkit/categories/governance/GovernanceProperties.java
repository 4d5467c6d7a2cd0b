package org.safeguardingkit.categories.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.safeguardingkit.categories.Category;
import org.safeguardingkit.categories.CategoryDefinition;
import org.safeguardingkit.categories.CategoryKind;
import org.safeguardingkit.categories.Retirement;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyDefinition;
import org.safeguardingkit.categories.TaxonomyException;

class GovernanceProperties {

    /** A step: 0 rename, 1 merge, 2 retire with successor; codes picked from a small pool so that clashes happen. */
    record Step(int kind, int a, int b) {
    }

    private static final List<String> POOL = List.of("a", "b", "c", "d", "e", "f", "g", "h", "a.x", "b.y", "c.z");

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100)).as(Step::new).list().ofMinSize(1).ofMaxSize(30);
    }

    private static Taxonomy start() {
        List<CategoryDefinition> top = new ArrayList<>();
        for (String code : List.of("a", "b", "c")) {
            top.add(CategoryDefinition.of(code, code.toUpperCase(), "Category " + code + ".")
                    .withKind(CategoryKind.SAFEGUARDING).withSeverity(2)
                    .withChildren(List.of(CategoryDefinition.of(code + ".1", code + " one", "First of " + code + "."))));
        }
        return Taxonomy.of(new TaxonomyDefinition("prop", "1", true, top, List.of()));
    }

    @Property(tries = 300)
    void approvedRenamesAndMergesAlwaysResolveOldCodesToExactlyOneCurrentCode(@ForAll("steps") List<Step> steps) {
        TaxonomyGovernance governance = TaxonomyGovernance.of(start(), Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
        Set<String> everCurrent = new HashSet<>();
        governance.current().categories().forEach(c -> everCurrent.add(c.code()));
        for (Step step : steps) {
            List<String> current = governance.current().categories().stream().map(Category::code).toList();
            String from = current.get(step.a() % current.size());
            Change change = switch (step.kind()) {
                case 0 -> Change.rename(from, POOL.get(step.b() % POOL.size()));
                case 1 -> Change.merge(from, current.get(step.b() % current.size()));
                default -> Change.retire(from, current.get(step.b() % current.size()));
            };
            try {
                ChangeRequest request = governance.submit(change, Actor.school("s"), "tidy");
                governance.approve(request.id(), Actor.trust("t"), "ok");
            } catch (TaxonomyException refused) {
                // a change that does not fit is refused with a message and changes nothing
                assertThat(refused.getMessage()).startsWith("SGK-02");
            }
            governance.current().categories().forEach(c -> everCurrent.add(c.code()));
        }
        Taxonomy last = governance.current();
        for (String code : everCurrent) {
            Optional<String> resolved = last.resolve(code);
            assertThat(resolved).as(code).isPresent();
            assertThat(last.isCurrent(resolved.get())).as(code).isTrue();
            assertThat(last.resolve(resolved.get())).contains(resolved.get());
        }
        // resolution is transitive across versions: what a code meant then, it still means now
        for (Taxonomy version : governance.versions()) {
            for (Retirement r : version.retired()) {
                Optional<String> then = version.resolve(r.code());
                then.ifPresent(code -> assertThat(last.resolve(r.code())).isEqualTo(last.resolve(code)));
            }
        }
        // successor chains never revisit a code
        Map<String, String> successor = new HashMap<>();
        last.retired().forEach(r -> r.replacedBy().ifPresent(s -> successor.put(r.code(), s)));
        for (String code : successor.keySet()) {
            Set<String> seen = new HashSet<>();
            String at = code;
            while (successor.containsKey(at)) {
                assertThat(seen.add(at)).as("cycle through " + at).isTrue();
                at = successor.get(at);
            }
            assertThat(last.isCurrent(at)).isTrue();
        }
    }
}
