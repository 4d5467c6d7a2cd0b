package org.safeguardingkit.examples.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A gap the generator leaves in a log, as real logs have: something never recorded. A gap wins over a planted
 * pattern (a log with no locations has no hotspot).
 */
public enum Gap {
    /** No record has a location. */
    LOCATIONS("locations"),
    /** No harmful sexual behaviour category is ever used. */
    HSB("hsb"),
    /** No lower-level HSB (sexist language, sexual comments, age-inappropriate behaviour) is recorded. */
    LOWER_LEVEL_HSB("lower-level-hsb"),
    /** Only behavioural incidents are recorded, no safeguarding ones. */
    SAFEGUARDING("safeguarding"),
    /** No record has an action. */
    ACTIONS("actions"),
    /** Actions are recorded but never with an owner, a due date or a status. */
    ACTION_OWNERS("action-owners"),
    /** Other pupils involved are never recorded. */
    OTHER_PUPILS("other-pupils"),
    /** The child's voice is never recorded (nor a reason why not). */
    CHILD_VOICE("child-voice"),
    /** Only individual responses: never to a peer group, the whole school or a place. */
    WIDER_RESPONSES("wider-responses");

    private final String id;

    Gap(String id) {
        this.id = id;
    }

    /**
     * The id used on the command line, e.g. {@code locations}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Parses an id ({@code lower-level-hsb}) or a constant name ({@code LOWER_LEVEL_HSB}).
     *
     * @param text the text
     * @return the gap
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Gap parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Gap g : values()) {
            if (g.id.equals(key)) {
                return g;
            }
        }
        throw new IllegalArgumentException("SGK-0652: unknown gap '" + text + "'; expected one of: "
                + Arrays.stream(values()).map(Gap::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
