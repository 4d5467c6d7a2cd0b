package org.safeguardingkit.core.quality;

/**
 * The paths of a record's repeated free-text fields ({@code decisions/0/rationale}), made once for the first few
 * indexes rather than concatenated by every text rule for every field of every record.
 */
final class FieldPaths {

    static final int RATIONALE = 0;
    static final int ACTION = 1;
    static final int RESPONSE = 2;

    private static final String[][] PARTS = {
        {"decisions/", "/rationale"}, {"actions/", "/description"}, {"responses/", "/description"}};
    private static final int MADE = 16;
    private static final String[][] PATHS = new String[PARTS.length][MADE];

    static {
        for (int k = 0; k < PARTS.length; k++) {
            for (int i = 0; i < MADE; i++) {
                PATHS[k][i] = PARTS[k][0] + i + PARTS[k][1];
            }
        }
    }

    private FieldPaths() {
    }

    /**
     * @param kind  {@link #RATIONALE}, {@link #ACTION} or {@link #RESPONSE}
     * @param index the index in the record's list
     * @return the field path, e.g. {@code decisions/0/rationale}
     */
    static String of(int kind, int index) {
        return index < MADE ? PATHS[kind][index] : PARTS[kind][0] + index + PARTS[kind][1];
    }
}
