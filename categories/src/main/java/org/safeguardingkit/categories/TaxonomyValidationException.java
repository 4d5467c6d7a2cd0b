package org.safeguardingkit.categories;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A taxonomy document was rejected; carries <em>every</em> problem found, each with its path.
 */
public class TaxonomyValidationException extends TaxonomyException {

    private static final long serialVersionUID = 1L;

    private final transient List<TaxonomyProblem> problems;

    /** An exception for the given problems (at least one). */
    public TaxonomyValidationException(String source, List<TaxonomyProblem> problems) {
        super(message(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("SGK-0200: a validation exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in document order. */
    public List<TaxonomyProblem> problems() {
        return problems;
    }

    private static String message(String source, List<TaxonomyProblem> problems) {
        String list = problems.stream().map(TaxonomyProblem::toString).collect(Collectors.joining("\n  "));
        return "SGK-0200: taxonomy " + source + " has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + ":\n  " + list;
    }
}
