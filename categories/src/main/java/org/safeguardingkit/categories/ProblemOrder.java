package org.safeguardingkit.categories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders problems as they appear in the document: {@code categories[2]} before {@code categories[10]},
 * a category's fields in the order the format lists them, unknown fields last. Internal.
 */
final class ProblemOrder implements Comparator<TaxonomyProblem> {

    static final ProblemOrder INSTANCE = new ProblemOrder();

    private static final List<String> FIELDS = List.of("id", "version", "locked", "categories",
            "code", "label", "kind", "flags", "severity", "definition", "aliases", "parent", "children", "replacedBy",
            "retired");

    private ProblemOrder() {
    }

    @Override
    public int compare(TaxonomyProblem a, TaxonomyProblem b) {
        List<String> x = tokens(a.path());
        List<String> y = tokens(b.path());
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = compareToken(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private static int compareToken(String s, String t) {
        boolean sNum = !s.isEmpty() && s.chars().allMatch(Character::isDigit);
        boolean tNum = !t.isEmpty() && t.chars().allMatch(Character::isDigit);
        if (sNum && tNum) {
            return Long.compare(Long.parseLong(s), Long.parseLong(t));
        }
        int rs = rank(s);
        int rt = rank(t);
        return rs != rt ? Integer.compare(rs, rt) : s.compareTo(t);
    }

    private static int rank(String field) {
        int index = FIELDS.indexOf(field);
        return index < 0 ? FIELDS.size() : index;
    }

    private static List<String> tokens(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("[.\\[\\]]+")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }
}
