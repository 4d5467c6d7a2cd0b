package org.safeguardingkit.core.quality;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of checking one record: its id, the findings in rule order, a 0..100 score and a summary per rule
 * that ran (including rules that found nothing).
 *
 * <p>The score starts at 100 and loses 25 per ERROR, 10 per WARNING and 2 per INFO, never below 0: a quick
 * signal for dashboards, not a judgement of the child's safety.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id       the record id
 * @param findings the findings
 * @param score    0..100, 100 when there is nothing to improve
 * @param rules    per rule id (in run order), its summary
 */
public record Findings(String id, List<Finding> findings, int score, Map<String, RuleSummary> rules) {

    /** Validates and copies. */
    public Findings {
        Objects.requireNonNull(id, "id");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        Objects.requireNonNull(rules, "rules");
        // a map built by of(...) is immutable already; any other is copied
        rules = rules instanceof Summaries ? rules : Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("SGK-0409: score must be within 0..100, got " + score);
        }
    }

    /**
     * Builds the result from findings, computing the score and the per-rule summary.
     *
     * @param id       the record id
     * @param ruleIds  the ids of the rules that ran, in order
     * @param findings the findings
     * @return the result
     */
    public static Findings of(String id, List<String> ruleIds, List<Finding> findings) {
        return of(id, ruleIds.toArray(new String[0]), null, findings);
    }

    /** The summaries of rules that found nothing, one per rule id (immutable values, shared between results). */
    static RuleSummary[] noFindings(String[] ruleIds) {
        RuleSummary[] none = new RuleSummary[ruleIds.length];
        for (int r = 0; r < none.length; r++) {
            none[r] = new RuleSummary(ruleIds[r], 0, Optional.empty());
        }
        return none;
    }

    /** The most findings of one severity a rule's shared summary stands for (see {@link #summaryTable}). */
    private static final int SHARED = 4;

    /** The number of severities. */
    private static final int SEVERITIES = Severity.values().length;

    /**
     * The summaries a checker hands out, made once for its rules: for rule {@code r}, at index
     * {@code (r * SEVERITIES + worst.ordinal()) * (SHARED + 1) + count} the summary of {@code count} findings (0 to
     * {@value #SHARED}) whose worst is {@code worst} (count 0: the rule found nothing, whatever {@code worst}).
     * Summaries are immutable values, so a record's summary may be one of these rather than a new one each time.
     *
     * @param ruleIds the rule ids in run order, distinct
     * @return the table, read through {@link #summary}
     */
    static RuleSummary[] summaryTable(String[] ruleIds) {
        RuleSummary[] table = new RuleSummary[ruleIds.length * SEVERITIES * (SHARED + 1)];
        for (int r = 0; r < ruleIds.length; r++) {
            RuleSummary none = new RuleSummary(ruleIds[r], 0, Optional.empty());
            for (Severity s : Severity.values()) {
                int at = (r * SEVERITIES + s.ordinal()) * (SHARED + 1);
                table[at] = none;
                Optional<Severity> worst = Optional.of(s);
                for (int count = 1; count <= SHARED; count++) {
                    table[at + count] = new RuleSummary(ruleIds[r], count, worst);
                }
            }
        }
        return table;
    }

    /**
     * The summary of rule {@code r} from {@link #summaryTable}: its {@code count} findings, {@code worst} the most
     * serious of them (null when {@code count} is 0).
     */
    static RuleSummary summary(RuleSummary[] table, String[] ruleIds, int r, int count, Severity worst) {
        if (count == 0) {
            return table[r * SEVERITIES * (SHARED + 1)];
        }
        if (count <= SHARED) {
            return table[(r * SEVERITIES + worst.ordinal()) * (SHARED + 1) + count];
        }
        return new RuleSummary(ruleIds[r], count, Optional.of(worst));
    }

    /** What a finding of this severity takes off the score. */
    static int penalty(Severity severity) {
        return switch (severity) {
            case ERROR -> 25;
            case WARNING -> 10;
            case INFO -> 2;
        };
    }

    /**
     * The result of a checker that summarised its findings itself, as
     * {@link #of(String, String[], RuleSummary[], List)} would have: every finding under the id of the rule that
     * made it.
     *
     * @param findings  the findings in run order (copied unless immutable already)
     * @param score     100 less the findings' {@link #penalty penalties}, may be below 0
     * @param summaries one per rule in run order, ids distinct; not copied, never changed
     */
    static Findings summarised(String id, List<Finding> findings, int score, RuleSummary[] summaries) {
        return new Findings(id, findings, Math.max(0, score), new Summaries(summaries));
    }

    /**
     * As {@link #of(String, List, List)}, with the summaries of rules that found nothing ready made (or null).
     *
     * @param ids  the rule ids, not changed
     * @param none from {@link #noFindings(String[])} for distinct {@code ids} (as a checker's are), or null
     */
    static Findings of(String id, String[] ids, RuleSummary[] none, List<Finding> findings) {
        int n = ids.length;
        int[] counts = new int[n];
        Severity[] worst = new Severity[n];
        Map<String, RuleSummary> extra = null;
        int score = 100;
        for (Finding f : findings) {
            int r = indexOf(ids, f.rule());
            if (r >= 0) {
                counts[r]++;
                if (worst[r] == null || f.severity().compareTo(worst[r]) > 0) {
                    worst[r] = f.severity();
                }
            } else {
                // a finding of a rule not listed (a rule may report under another id): summarise it too
                if (extra == null) {
                    extra = new LinkedHashMap<>();
                }
                RuleSummary old = extra.get(f.rule());
                Severity w = old == null ? f.severity()
                        : old.worst().filter(x -> x.isAtLeast(f.severity())).orElse(f.severity());
                extra.put(f.rule(), new RuleSummary(f.rule(), old == null ? 1 : old.findings() + 1, Optional.of(w)));
            }
            score -= penalty(f.severity());
        }
        RuleSummary[] summaries = new RuleSummary[n + (extra == null ? 0 : extra.size())];
        for (int r = 0; r < n; r++) {
            summaries[r] = none != null && counts[r] == 0 ? none[r]
                    : new RuleSummary(ids[r], counts[r], Optional.ofNullable(worst[r]));
        }
        if (extra != null) {
            int r = n;
            for (RuleSummary s : extra.values()) {
                summaries[r++] = s;
            }
        }
        // a checker's rule ids are distinct (a rule set refuses duplicates); anyone else's are checked
        return new Findings(id, findings, Math.max(0, score),
                none != null || distinct(ids) ? new Summaries(summaries) : inOrder(summaries));
    }

    private static boolean distinct(String[] ids) {
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < ids.length; j++) {
                if (ids[i].equals(ids[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The summaries by rule id in order, where an id listed twice keeps its first place and its last summary. */
    private static Map<String, RuleSummary> inOrder(RuleSummary[] summaries) {
        Map<String, RuleSummary> map = new LinkedHashMap<>();
        for (RuleSummary s : summaries) {
            map.put(s.rule(), s);
        }
        return map;
    }

    /**
     * The index of a rule id: the ids a checker hands over are the very strings its rules put in their findings, so
     * an identity pass finds them without comparing characters; then by {@code equals}; -1 if not listed.
     */
    private static int indexOf(String[] ids, String rule) {
        for (int r = 0; r < ids.length; r++) {
            if (ids[r] == rule) {
                return r;
            }
        }
        for (int r = 0; r < ids.length; r++) {
            if (ids[r].equals(rule)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The summary map {@link #of(String, String[], RuleSummary[], List)} builds: the summaries in run order, keyed by
     * their rule id, in an array (a handful of rules: a scan is as quick as hashing and needs no table). Immutable.
     */
    private static final class Summaries extends AbstractMap<String, RuleSummary> {
        private final RuleSummary[] summaries;

        /** @param summaries one per rule id, ids distinct; not copied, never changed */
        Summaries(RuleSummary[] summaries) {
            this.summaries = summaries;
        }

        @Override
        public int size() {
            return summaries.length;
        }

        @Override
        public RuleSummary get(Object key) {
            for (RuleSummary s : summaries) {
                if (s.rule().equals(key)) {
                    return s;
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Set<Map.Entry<String, RuleSummary>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return summaries.length;
                }

                @Override
                public Iterator<Map.Entry<String, RuleSummary>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < summaries.length;
                        }

                        @Override
                        public Map.Entry<String, RuleSummary> next() {
                            if (next >= summaries.length) {
                                throw new NoSuchElementException();
                            }
                            RuleSummary s = summaries[next++];
                            return new AbstractMap.SimpleImmutableEntry<>(s.rule(), s);
                        }
                    };
                }
            };
        }
    }

    /**
     * The most serious severity found.
     *
     * @return the worst severity, empty when there are no findings
     */
    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo);
    }

    /**
     * Whether the record meets the standard: no finding at or above {@code minimum}.
     *
     * @param minimum the severity that fails a record
     * @return {@code true} if no finding is that serious
     */
    public boolean meets(Severity minimum) {
        return findings.stream().noneMatch(f -> f.severity().isAtLeast(minimum));
    }

    /**
     * The findings of one rule.
     *
     * @param rule the rule id
     * @return its findings, in order
     */
    public List<Finding> of(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
