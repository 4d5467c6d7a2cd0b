package org.safeguardingkit.core.text;

/**
 * Counts the elementary steps of an analysis (characters scanned, automaton transitions, scope steps), so
 * tests can check that work grows linearly with the input without timing anything.
 *
 * <p>Not thread-safe: use one meter per analysis. {@link #NONE} discards the counts.
 */
public class WorkMeter {

    /** A meter that counts nothing. */
    public static final WorkMeter NONE = new WorkMeter() {
        @Override
        public void add(long steps) {
            // discard
        }
    };

    private long steps;

    /** @return a new meter at zero */
    public static WorkMeter counting() {
        return new WorkMeter();
    }

    /**
     * Records some steps.
     *
     * @param count how many
     */
    public void add(long count) {
        steps += count;
    }

    /** @return the steps recorded so far */
    public long steps() {
        return steps;
    }
}
